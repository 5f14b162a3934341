// @vitest-environment node
import { adapterSuite } from './adapter-suite';

adapterSuite('iherb');

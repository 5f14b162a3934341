import { describe, expect, it } from 'vitest';
import { fitRegion, regionBetween } from '../../../lib/ocr/region';

const SIZE = { width: 800, height: 600 };

describe('regions of a capture', () => {
  it('spans two points whichever way the pointer was dragged', () => {
    expect(regionBetween({ x: 300, y: 200 }, { x: 100.4, y: 50.6 }, SIZE)).toEqual({
      x: 100,
      y: 51,
      width: 200,
      height: 149,
    });
  });

  it('stays inside the picture and is never empty', () => {
    expect(regionBetween({ x: -50, y: 590 }, { x: 900, y: 700 }, SIZE)).toEqual({
      x: 0,
      y: 590,
      width: 800,
      height: 10,
    });
    expect(regionBetween({ x: 10, y: 10 }, { x: 10, y: 10 }, SIZE)).toEqual({
      x: 10,
      y: 10,
      width: 1,
      height: 1,
    });
  });

  it('fits typed fields to the picture, and refuses a field that is not a number', () => {
    expect(fitRegion({ x: 700, y: 0, width: 500, height: 600 }, SIZE)).toEqual({
      x: 700,
      y: 0,
      width: 100,
      height: 600,
    });
    expect(fitRegion({ x: Number.NaN, y: 0, width: 5, height: 5 }, SIZE)).toBeNull();
  });
});

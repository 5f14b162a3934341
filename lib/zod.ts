import { z } from 'zod';

// Zod probes `new Function('')` to decide whether to JIT; on extension pages that is a CSP
// violation. Jitless mode never probes. Import `z` from here, never from 'zod'.
z.config({ jitless: true });

export { z };

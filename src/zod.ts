// zod, set up once for every schema in the app. Import `z` from here, never from 'zod' itself.
import { z } from 'zod';

// zod compiles fast validators with `new Function` where it may. Under the app's Content-Security-Policy
// (no 'unsafe-eval') it may not, and even its probe for that, though caught, is reported as a policy
// violation. Jitless, zod validates by interpretation and never tries.
z.config({ jitless: true });

export { z };

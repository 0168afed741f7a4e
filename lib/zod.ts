// One place that imports zod. zod/mini keeps bundles small; jitless keeps zod from probing
// `new Function` (blocked by the MV3 content-security policy, and flagged by web-ext lint).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

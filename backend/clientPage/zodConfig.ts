import { z } from 'zod';

// The page's Content-Security-Policy forbids eval, which zod would otherwise probe for (and use)
// to speed up object parsing; the probe alone is reported as a CSP violation. zod decides when a
// schema is made, so this module is imported first, before any module that makes schemas.
z.config({ jitless: true });

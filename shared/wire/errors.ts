import { z } from 'zod';

/** Every non-2xx answer of the bank backend carries this body. */
export const wireErrorSchema = z.object({
  error: z.object({
    code: z.enum(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'LIMIT', 'RATE_LIMITED', 'INTERNAL']),
    message: z.string(),
  }),
});
export type WireError = z.infer<typeof wireErrorSchema>;
export type WireErrorCode = WireError['error']['code'];

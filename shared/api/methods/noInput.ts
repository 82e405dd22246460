import { z } from 'zod';

/** Methods that take nothing accept `{}` or no argument at all. */
export const noInput = z.object({}).strict().optional();
/** Methods that answer nothing answer `null`. */
export const nothing = z.null();
/** An id of a desk-side record that is not a client-visible id (outbox entries, batches). */
export const localIdInput = z.object({ id: z.string().min(1).max(64) }).strict();

import type { z } from 'zod';

/**
 * "username: Too small: expected string to have >=1 characters". The field path leads, so the
 * caller knows what to fix; `where` names the whole input when the path is empty. Zod's messages
 * name keys and expectations, never the rejected values, so this text carries no client data.
 */
export function describeZodError(error: z.ZodError, where: string): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : where}: ${issue.message}`)
    .join('; ');
}

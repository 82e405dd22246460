import { z } from 'zod';

/** The coarse class of a failure, which a caller may branch on; `reason` says exactly what. */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'LOCKED', 'OFFLINE', 'LIMIT', 'INTERNAL'] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

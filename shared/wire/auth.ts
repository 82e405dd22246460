import { z } from 'zod';
import { advisorSchema } from '../domain/entities';

/** The longest password the desk and the bank accept. */
export const PASSWORD_MAX_LENGTH = 256;

/** `POST /auth/login` */
export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Answer to a login or a refresh: a short-lived access token and a longer-lived refresh token. */
export const tokenResponseSchema = z.object({
  accessToken: z.string().min(16).max(512),
  refreshToken: z.string().min(16).max(512),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  advisor: advisorSchema,
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** `POST /auth/refresh` */
export const refreshRequestSchema = z.object({ refreshToken: z.string().min(16).max(512) });
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

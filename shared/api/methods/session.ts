import { z } from 'zod';
import { loginRequestSchema, PASSWORD_MAX_LENGTH } from '../../wire/auth';
import { appInfoSchema, sessionInfoSchema } from '../models';
import { defineMethods } from './define';
import { noInput, nothing } from './noInput';

/** The app itself: version and mode, before anyone signs in. */
export const appMethods = defineMethods({
  'app.info': { input: noInput, output: appInfoSchema },
});

/** Sign-in, lock and sign-out. */
export const sessionMethods = defineMethods({
  'session.current': { input: noInput, output: sessionInfoSchema.nullable() },
  'session.login': { input: loginRequestSchema, output: sessionInfoSchema },
  'session.logout': { input: noInput, output: nothing },
  'session.unlock': { input: z.object({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).strict(), output: sessionInfoSchema },
  'session.lock': { input: noInput, output: nothing },
  /** The RM is active (a key or the mouse): resets the idle timer of auto-lock. */
  'session.activity': { input: noInput, output: nothing },
});

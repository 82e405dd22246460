import type { MethodInput } from '../../../../shared/api';
import { api } from '../api';
import { mutation, query } from './define';

export type LoginRequest = MethodInput<'session.login'>;
export type UnlockRequest = MethodInput<'session.unlock'>;

/** Sign-in, lock and sign-out (`session.*`); the session slice follows their answers. */
export const sessionApi = api.injectEndpoints({
  endpoints: (build) => ({
    currentSession: query(build, 'session.current', { provides: ['Session'] }),
    login: mutation(build, 'session.login'),
    logout: mutation(build, 'session.logout'),
    unlock: mutation(build, 'session.unlock'),
    lock: mutation(build, 'session.lock'),
    sessionActivity: mutation(build, 'session.activity'),
  }),
});

export const { useCurrentSessionQuery, useLoginMutation, useLogoutMutation, useUnlockMutation, useLockMutation, useSessionActivityMutation } = sessionApi;

import type { AppInfo, DataTable, Feature, FeatureMethods, MethodName, MethodOutput, ParsedInput, SessionInfo } from '../../../shared/api';
import type { AuditRecord } from '../audit/audit';

/**
 * How a feature declares its slice of the contract (the idea of Actual Budget's per-feature
 * `app.ts`): one entry per method of that slice, and what of the signed-in session it uses,
 * nothing about envelopes, locks, change notices, audit entries or push nudges, which
 * `bindHandler` applies the same way for every method. The kit knows no feature.
 */

/** What the one write wrapper needs of a session; every session offers at least this. */
export interface WriteContext {
  writes: {
    transaction<T>(work: () => T): T;
    /** One transaction whose answer does not wait for the disk; the disk sync follows at once (WalSync). */
    transactionSyncedAfter<T>(work: () => T): T;
    /** Records an act of the signed-in advisor, now, with its outbox entry for the bank. */
    audit(record: AuditRecord): void;
  };
  changes: { notify(tables: readonly DataTable[]): void };
  sync: { nudge(): void };
}

/** Sign-in and lock, as handlers may use them; `S` is the signed-in session's services. */
export interface SessionAccess<S = unknown> {
  info(): SessionInfo | null;
  /** The signed-in, unlocked session (`session.locked` while locked), for handlers that touch client data. */
  require(): S;
  /** The signed-in session even while locked, for what shows no client data (sync status). */
  requireSignedIn(): S;
  login(username: string, password: string): Promise<SessionInfo>;
  logout(): Promise<void>;
  unlock(password: string): Promise<SessionInfo>;
  lock(reason: 'idle' | 'manual'): void;
  activity(): void;
}

/** What every handler may reach: sign-in and lock, the app's facts, the clock. */
export interface CoreContext<S = unknown> {
  sessions: SessionAccess<S>;
  appInfo: AppInfo;
  now: () => Date;
}

type In<M extends MethodName> = ParsedInput<M>;
type Out<M extends MethodName> = MethodOutput<M>;

/** A method that works without a session (app info, sign-in). */
export interface OpenHandler<M extends MethodName> {
  access: 'open';
  run: (input: In<M>, core: CoreContext) => Out<M> | Promise<Out<M>>;
}

/**
 * A method on the signed-in advisor's book: `unlocked` (any client data; refused with
 * `session.locked` while the desk is locked) or `signedIn` (shows no client data: sync and chat
 * status). `run` is synchronous, so a write and its audit entry commit in one transaction;
 * `runAsync` is for work that waits (rendering, the network).
 */
export type SessionHandler<M extends MethodName, S> =
  | {
      access: 'unlocked' | 'signedIn';
      run: (input: In<M>, session: S) => Out<M>;
      /** Read before the write, in its transaction: so it names what the write is about to change. */
      audit?: (input: In<M>, session: S) => AuditRecord | null;
      /**
       * 'after-answer': the commit does not wait for the disk, which syncs right after on libuv's
       * pool (a chat message is sent meanwhile). For writes a second copy soon covers (the relay
       * holds a sent message a millisecond later); every other write waits for the disk.
       */
      disk?: 'after-answer';
    }
  | { access: 'unlocked' | 'signedIn'; runAsync: (input: In<M>, session: S) => Promise<Out<M>> };

/** The shorthand for the common case: an unlocked, synchronous method. */
export type PlainHandler<M extends MethodName, S> = (input: In<M>, session: S) => Out<M>;

export type Handler<M extends MethodName, S> = PlainHandler<M, S> | OpenHandler<M> | SessionHandler<M, S>;

/** One handler for each method of feature F's slice of the contract: no more, no fewer. */
export type FeatureHandlers<F extends Feature, S> = { [M in keyof FeatureMethods<F> & MethodName]: Handler<M, S> };

/** A feature's table, for the combiner, which checks it against the contract. */
export interface FeatureTable<F extends Feature = Feature, S = never> {
  feature: F;
  handlers: FeatureHandlers<F, S>;
}

/**
 * `defineHandlers<{ cadence: CadenceService }>()('cadence', { … })`: S names what of the session
 * the feature's handlers use (its explicit dependencies); the feature is inferred.
 */
export function defineHandlers<S = unknown>() {
  return <F extends Feature>(feature: F, handlers: FeatureHandlers<F, S>): FeatureTable<F, S> => ({ feature, handlers });
}

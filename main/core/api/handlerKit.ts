import type { AppInfo, Feature, FeatureMethods, MethodName, MethodOutput, ParsedInput } from '../../../shared/api';
import type { AuditRecord } from '../audit/audit';
import type { SessionServices } from '../session/sessionServices';
import type { SessionAccess } from '../session/sessionManager';

/**
 * How a feature declares its slice of the contract (the idea of Actual Budget's per-feature
 * `app.ts`): one entry per method of that slice, nothing about envelopes, locks, change notices,
 * audit entries or push nudges, which `bindHandler` applies the same way for every method.
 */

/** What every handler may reach: sign-in and lock, the app's facts, the clock. */
export interface CoreContext {
  sessions: SessionAccess;
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
 * `runAsync` is for work that waits (rendering, the network), audited after it.
 */
export type SessionHandler<M extends MethodName> =
  | {
      access: 'unlocked' | 'signedIn';
      run: (input: In<M>, session: SessionServices) => Out<M>;
      /** Read before the write, in its transaction: so it names what the write is about to change. */
      audit?: (input: In<M>, session: SessionServices) => AuditRecord | null;
    }
  | { access: 'unlocked' | 'signedIn'; runAsync: (input: In<M>, session: SessionServices) => Promise<Out<M>> };

/** The shorthand for the common case: an unlocked, synchronous method. */
export type PlainHandler<M extends MethodName> = (input: In<M>, session: SessionServices) => Out<M>;

export type Handler<M extends MethodName> = PlainHandler<M> | OpenHandler<M> | SessionHandler<M>;

/** One handler for each method of feature F's slice of the contract: no more, no fewer. */
export type FeatureHandlers<F extends Feature> = { [M in keyof FeatureMethods<F> & MethodName]: Handler<M> };

/** A feature's table, for the combiner, which checks it against the contract. */
export interface FeatureTable<F extends Feature = Feature> {
  feature: F;
  handlers: FeatureHandlers<F>;
}

export function defineHandlers<F extends Feature>(feature: F, handlers: FeatureHandlers<F>): FeatureTable<F> {
  return { feature, handlers };
}

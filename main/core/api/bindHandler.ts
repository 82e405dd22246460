import type { DataTable, MethodName, MethodOutput, ParsedInput } from '../../../shared/api';
import { changesOf } from '../../../shared/api';
import { AuditedRefusal } from '../audit/auditedRefusal';
import type { Checkpoint } from '../lifecycle/checkpoints';
import type { CoreContext, Handler, SessionHandler, WriteContext } from './handlerKit';

export interface WriteEffectOptions {
  /** Crash-safety tests only: called once a local write has committed. */
  checkpoint?: Checkpoint | undefined;
}

type Bound<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>>;

/**
 * A feature's handler as the dispatcher calls it: the session it needs (or `session.locked` /
 * `session.not_signed_in`), then the one write wrapper. A method whose contract names `changes`,
 * or whose handler audits, runs in one transaction with its audit entry; once it committed, the
 * core's change notifier hears of the tables (the renderer's `data:changed` follows from it) and,
 * when anything went to the outbox, the push is nudged. A refusal that must be audited (an
 * `AuditedRefusal`) has its entry recorded after the refused write rolled back. No handler does
 * any of this by hand.
 */
export function bindHandler<M extends MethodName, S extends WriteContext>(method: M, handler: Handler<M, S>, core: CoreContext<S>, options: WriteEffectOptions): Bound<M> {
  if (typeof handler === 'function') return bindHandler(method, { access: 'unlocked', run: handler }, core, options);
  if (handler.access === 'open') return async (input) => handler.run(input, core);
  const spec: SessionHandler<M, S> = handler;
  const changes = changesOf(method);
  return async (input) => {
    const session = spec.access === 'signedIn' ? core.sessions.requireSignedIn() : core.sessions.require();
    try {
      return await runWithEffects(spec, changes, input, session, options);
    } catch (error) {
      if (!(error instanceof AuditedRefusal)) throw error;
      session.writes.transaction(() => session.writes.audit(error.record));
      written(session, ['outbox'], options);
      throw error.refusal;
    }
  };
}

async function runWithEffects<M extends MethodName, S extends WriteContext>(
  spec: SessionHandler<M, S>,
  changes: readonly DataTable[],
  input: ParsedInput<M>,
  session: S,
  options: WriteEffectOptions,
): Promise<MethodOutput<M>> {
  if (!('run' in spec)) {
    const output = await spec.runAsync(input, session);
    if (changes.length > 0) written(session, changes, options);
    return output;
  }
  if (changes.length === 0 && !spec.audit) return spec.run(input, session);
  let audited = false;
  const transaction = spec.disk === 'after-answer' ? session.writes.transactionSyncedAfter : session.writes.transaction;
  const output = transaction(() => {
    const record = spec.audit?.(input, session) ?? null;
    if (record) session.writes.audit(record);
    audited = record !== null;
    return spec.run(input, session);
  });
  written(session, audited ? [...changes, 'outbox'] : changes, options);
  return output;
}

/** After a local write committed: say what changed, and let sync push it soon. */
function written(session: WriteContext, tables: readonly DataTable[], options: WriteEffectOptions): void {
  options.checkpoint?.('local-commit');
  session.changes.notify(tables);
  if (tables.includes('outbox')) session.sync.nudge();
}

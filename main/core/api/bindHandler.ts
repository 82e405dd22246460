import type { DataTable, MethodName, MethodOutput, ParsedInput } from '../../../shared/api';
import { changesOf } from '../../../shared/api';
import type { SessionServices } from '../session/sessionServices';
import type { Checkpoint } from '../sync/checkpoints';
import type { AuditRecord } from '../audit/audit';
import type { CoreContext, Handler, SessionHandler } from './handlerKit';

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
 * when anything went to the outbox, the push is nudged. No handler does any of this by hand.
 */
export function bindHandler<M extends MethodName>(method: M, handler: Handler<M>, core: CoreContext, options: WriteEffectOptions): Bound<M> {
  if (typeof handler === 'function') return bindHandler(method, { access: 'unlocked', run: handler }, core, options);
  if (handler.access === 'open') return async (input) => handler.run(input, core);
  const spec: SessionHandler<M> = handler;
  const changes = changesOf(method);
  return async (input) => {
    const session = spec.access === 'signedIn' ? core.sessions.requireSignedIn() : core.sessions.require();
    if (!('run' in spec)) {
      const output = await spec.runAsync(input, session);
      if (changes.length > 0) written(session, changes, options);
      return output;
    }
    if (changes.length === 0 && !spec.audit) return spec.run(input, session);
    let audited = false;
    const output = session.writes.transaction(() => {
      const record = spec.audit?.(input, session) ?? null;
      if (record) audit(session, record);
      audited = record !== null;
      return spec.run(input, session);
    });
    written(session, audited ? [...changes, 'outbox'] : changes, options);
    return output;
  };
}

function audit(session: SessionServices, record: AuditRecord): void {
  session.writes.audit(record);
}

/** After a local write committed: say what changed, and let sync push it soon. */
function written(session: SessionServices, tables: readonly DataTable[], options: WriteEffectOptions): void {
  options.checkpoint?.('local-commit');
  session.changes.notify(tables);
  if (tables.includes('outbox')) session.sync.nudge();
}

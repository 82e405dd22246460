import type { ApiResult, SessionInfo } from '../../../shared/api';
import { AppError, DATA_TABLES, isEventName, isMethodName, sessionInfoSchema } from '../../../shared/api';
import { CoreEvents } from '../events';
import { DisposableStore } from '../lifecycle/disposables';
import { errorKind, log } from '../log';
import type { FromCore, MessageLink } from './protocol';
import { fromCoreSchema } from './protocol';

/** A running core in its own thread or process, as the host started it. */
export interface CoreProcess {
  link: MessageLink;
  /** Settles when it has stopped, however it stopped. */
  exited: Promise<void>;
  /** Ends it at once (a core that does not close in time). */
  kill(): void;
}

export interface SuperviseOptions {
  /** Starts a new core (a worker thread, or Electron's utility process). */
  spawn: () => CoreProcess;
  /** The first wait after a crash; doubled for each crash in a row, up to 10 s. */
  restartDelayMs?: number;
  /** How long a core may take to close before it is killed. */
  closeTimeoutMs?: number;
}

/** What the hosts use: the same shape as an in-thread core, with the supervisor's own facts. */
export interface SupervisedCore {
  dispatch(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
  events: CoreEvents;
  /**
   * Only the events the supervisor raises itself (a core recovering or ready again, the session
   * it took back, everything to refresh): Electron's windows hear the core's own events on their
   * ports, and these from the main process, since a port dies with the core it led to.
   */
  hostEvents: CoreEvents;
  /** The backend the core talks to, as its boot reported. */
  readonly backendUrl: string;
  readonly demo: boolean;
  /** How often the core has been started again after stopping on its own. */
  readonly restarts: number;
  close(): Promise<void>;
}

type Pending = (result: ApiResult<unknown>) => void;

/**
 * The host's side of the port: starts the core, answers the hosts' calls through it, forwards its
 * events, and when it stops on its own (a crash, a kill) starts it again. Calls in flight then
 * answer `host.core_restarting` (they may or may not have been carried out: a write is never sent
 * twice); calls made meanwhile wait and go to the new core. The new core takes the RM's session
 * back with the resume secret the last one gave (never the password), in the same mode and lock,
 * and the renderer hears `core:status` and refreshes everything it shows.
 */
export async function superviseCore(options: SuperviseOptions): Promise<SupervisedCore> {
  const events = new CoreEvents();
  const hostEvents = new CoreEvents();
  const announce: CoreEvents['emit'] = (event, payload) => {
    hostEvents.emit(event, payload);
    events.emit(event, payload);
  };
  const lifetime = new DisposableStore();
  const pending = new Map<number, Pending>();
  let waiting: (() => void)[] = [];
  let nextId = 0;
  let current: CoreProcess | null = null;
  let ready = false;
  let closing = false;
  let crashesInARow = 0;
  let restarts = 0;
  let resumable: { username: string; secret: string } | null = null;
  let session: SessionInfo | null = null;
  let onResumed: ((info: SessionInfo | null) => void) | null = null;
  let onClosed: (() => void) | null = null;

  const send = (message: unknown) => current?.link.post(message);

  function received(message: unknown, boot: { ready: (m: Extract<FromCore, { kind: 'ready' }>) => void; failed: (message: string) => void }): void {
    const parsed = fromCoreSchema.safeParse(message);
    if (!parsed.success) {
      log.warn('port.bad_message', { side: 'host' });
      return;
    }
    const m = parsed.data;
    switch (m.kind) {
      case 'ready':
        return boot.ready(m);
      case 'failed':
        return boot.failed(m.message);
      case 'answer': {
        const answer = pending.get(m.id);
        pending.delete(m.id);
        return answer?.(m.result);
      }
      case 'event':
        noteSession(m.event, m.payload);
        if (isEventName(m.event)) events.emit(m.event, m.payload as never);
        return;
      case 'resumable':
        resumable = m.session;
        return;
      case 'resumed':
        onResumed?.(m.info);
        return;
      case 'closed':
        onClosed?.();
        return;
    }
  }

  /** The supervisor keeps how the session is, to give a restarted core the same one. */
  function noteSession(event: string, payload: unknown): void {
    if (event !== 'session:changed') return;
    const parsed = sessionInfoSchema.nullable().safeParse(payload);
    if (parsed.success) session = parsed.data;
  }

  function start(): Promise<Extract<FromCore, { kind: 'ready' }>> {
    const process = options.spawn();
    current = process;
    return new Promise((resolve, reject) => {
      const unsubscribe = process.link.onMessage((message) => received(message, { ready: resolve, failed: (text) => reject(new Error(text)) }));
      void process.exited.then(() => {
        unsubscribe();
        if (current !== process) return;
        current = null;
        ready = false;
        reject(new Error('The core stopped before it was ready.'));
        if (!closing) void recover();
      });
    });
  }

  async function recover(): Promise<void> {
    crashesInARow += 1;
    log.error('port.core_stopped', { crashesInARow });
    announce('core:status', { state: 'recovering' });
    for (const [id, answer] of pending) {
      pending.delete(id);
      answer({ ok: false, error: new AppError('host.core_restarting').toApiError() });
    }
    const delay = Math.min(10_000, (options.restartDelayMs ?? 200) * 2 ** (crashesInARow - 1));
    await new Promise<void>((resolve) => lifetime.timeout(resolve, delay));
    if (closing) return;
    try {
      await start();
      restarts += 1;
      await resumeSession();
      ready = true;
      crashesInARow = 0;
      announce('core:status', { state: 'ready' });
      announce('data:changed', { tables: [...DATA_TABLES] });
      const released = waiting;
      waiting = [];
      for (const go of released) go();
    } catch (error) {
      log.error('port.restart_failed', { kind: errorKind(error) });
      // The exit handler of the failed start schedules the next attempt.
    }
  }

  async function resumeSession(): Promise<void> {
    const kept = resumable;
    const was = session;
    if (!kept || !was) return;
    const info = await new Promise<SessionInfo | null>((resolve) => {
      onResumed = resolve;
      send({ kind: 'resume', session: kept, state: { locked: was.locked, mode: was.mode } });
    });
    onResumed = null;
    session = info;
    announce('session:changed', info);
  }

  function dispatch(method: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (closing) return Promise.resolve({ ok: false, error: new AppError('host.unreachable').toApiError() });
    if (!ready) return new Promise((resolve) => waiting.push(() => void dispatch(method, input).then(resolve)));
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      send({ kind: 'call', id, method: typeof method === 'string' && isMethodName(method) ? method : String(method).slice(0, 128), input: input ?? {} });
    });
  }

  async function close(): Promise<void> {
    if (closing) return;
    closing = true;
    const process = current;
    lifetime.dispose();
    if (!process) return;
    const closed = new Promise<void>((resolve) => {
      onClosed = resolve;
    });
    const waitForClose = new DisposableStore();
    const timeout = new Promise<void>((resolve) => waitForClose.timeout(resolve, options.closeTimeoutMs ?? 15_000));
    send({ kind: 'close' });
    await Promise.race([closed.then(() => process.exited), timeout]);
    waitForClose.dispose();
    process.kill();
    await process.exited;
  }

  const first = await start();
  ready = true;
  return {
    dispatch,
    events,
    hostEvents,
    backendUrl: first.backendUrl,
    demo: first.demo,
    get restarts() {
      return restarts;
    },
    close,
  };
}


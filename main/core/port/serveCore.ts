import type { Core } from '../core';
import { errorKind, log } from '../log';
import type { FromCore, MessageLink } from './protocol';
import { toCoreSchema } from './protocol';

/**
 * A renderer's port to the core (Electron hands each window its own): contract calls, answered
 * by id on the same port, and the contract's events. Nothing else is taken from it: a window
 * cannot resume a session or close the core.
 */
export function serveCalls(link: MessageLink, core: Pick<Core, 'dispatch' | 'events'>): () => void {
  const post = (message: FromCore) => link.post(message);
  const unsubscribeEvents = core.events.subscribe((event, payload) => post({ kind: 'event', event, payload }));
  const unsubscribeMessages = link.onMessage((message) => {
    const parsed = toCoreSchema.safeParse(message);
    if (!parsed.success || parsed.data.kind !== 'call') {
      log.warn('port.bad_message', { side: 'core' });
      return;
    }
    const { id, method, input } = parsed.data;
    void core.dispatch(method, input).then((result) => post({ kind: 'answer', id, result }));
  });
  return () => {
    unsubscribeEvents();
    unsubscribeMessages();
  };
}

/**
 * The host's port to the core: calls and events like a window's, and what only the supervising
 * host may ask: take a session back after a restart, close. (The session's resume secret goes
 * out on this port alone, wired by the boot that built the core.)
 */
export function serveCore(link: MessageLink, core: Core, close: () => Promise<void>): () => void {
  const post = (message: FromCore) => link.post(message);
  const calls = serveCalls(
    {
      post: link.post,
      // Calls reach serveCalls; control messages are answered below.
      onMessage: (listener) => link.onMessage((message) => toCoreSchema.safeParse(message).data?.kind === 'call' && listener(message)),
    },
    core,
  );
  const unsubscribe = link.onMessage((message) => {
    const parsed = toCoreSchema.safeParse(message);
    if (!parsed.success) {
      log.warn('port.bad_message', { side: 'core' });
      return;
    }
    const request = parsed.data;
    if (request.kind === 'resume') {
      void core.resume(request.session, request.state).then(
        (info) => post({ kind: 'resumed', info }),
        (error: unknown) => {
          log.warn('port.resume_failed', { kind: errorKind(error) });
          post({ kind: 'resumed', info: null });
        },
      );
    } else if (request.kind === 'close') {
      void close().finally(() => post({ kind: 'closed' }));
    }
  });
  return () => {
    calls();
    unsubscribe();
  };
}

import type { Core } from '../core';
import { errorKind, log } from '../log';
import type { FromCore, MessageLink } from './protocol';
import { toCoreSchema } from './protocol';

/**
 * The core's side of the port: every call goes to the one dispatcher and is answered by id, every
 * contract event goes out, and the session's resume secret goes to the host alone (`resumable`,
 * wired by the boot that built the core). Nothing received is trusted before it parses.
 */
export function serveCore(link: MessageLink, core: Core, close: () => Promise<void>): () => void {
  const post = (message: FromCore) => link.post(message);
  const unsubscribeEvents = core.events.subscribe((event, payload) => post({ kind: 'event', event, payload }));
  const unsubscribeMessages = link.onMessage((message) => {
    const parsed = toCoreSchema.safeParse(message);
    if (!parsed.success) {
      log.warn('port.bad_message', { side: 'core' });
      return;
    }
    const request = parsed.data;
    if (request.kind === 'call') {
      void core.dispatch(request.method, request.input).then((result) => post({ kind: 'answer', id: request.id, result }));
    } else if (request.kind === 'resume') {
      void core.resume(request.session, request.state).then(
        (info) => post({ kind: 'resumed', info }),
        (error: unknown) => {
          log.warn('port.resume_failed', { kind: errorKind(error) });
          post({ kind: 'resumed', info: null });
        },
      );
    } else {
      void close().finally(() => post({ kind: 'closed' }));
    }
  });
  return () => {
    unsubscribeEvents();
    unsubscribeMessages();
  };
}

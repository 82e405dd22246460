import { chatHandshakeAuthSchema } from '../../shared/wire/chatEvents';
import type { BackendStore, ChatPeer } from '../store';
import type { ChatSocket } from './socketTypes';

type Middleware = (socket: ChatSocket, next: (error?: Error) => void) => void;

/**
 * Namespace middleware: the connection is accepted only with a valid token, and the peer it
 * names is kept in `socket.data.peer`. Anything else is refused with an Error whose message is
 * 'UNAUTHORIZED' (the client sees it in `connect_error`). One answer for missing, malformed,
 * unknown and expired tokens: which one it was helps only an attacker.
 */
function tokenMiddleware(peerFor: (token: string) => ChatPeer | undefined): Middleware {
  return (socket, next) => {
    try {
      const auth = chatHandshakeAuthSchema.safeParse(socket.handshake.auth);
      const peer = auth.success ? peerFor(auth.data.token) : undefined;
      if (!peer) {
        next(new Error('UNAUTHORIZED'));
        return;
      }
      socket.data = { peer };
      next();
    } catch {
      next(new Error('INTERNAL'));
    }
  };
}

/** `/advisor`: an advisor's access token (the one `POST /auth/login` and `/auth/refresh` hand out). */
export function advisorHandshake(store: BackendStore, now: () => Date): Middleware {
  return tokenMiddleware((token) => {
    const advisorId = store.advisorForAccessToken(token, now());
    return advisorId === undefined ? undefined : { side: 'advisor', advisorId };
  });
}

/** `/client`: a client token (`POST /chat/client-login`, the client page's demo sign-in). */
export function clientHandshake(store: BackendStore, now: () => Date): Middleware {
  return tokenMiddleware((token) => {
    const clientId = store.chat.clientForToken(token, now());
    return clientId === undefined ? undefined : { side: 'client', clientId };
  });
}

/** The peer the handshake accepted. */
export function peerOf(socket: ChatSocket): ChatPeer {
  const peer = socket.data.peer;
  if (!peer) throw new Error('chat socket without an authenticated peer');
  return peer;
}

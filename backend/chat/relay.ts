import type { FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { CHAT_NAMESPACES } from '../../shared/wire/chat';
import type { BackendStore } from '../store';
import { registerChatEvents } from './events';
import { advisorHandshake, clientHandshake, peerOf } from './handshake';
import type { ChatLog } from './log';
import { ownRoom, chatRooms } from './rooms';
import type { ChatServer } from './socketTypes';

/**
 * The largest packet a peer may send. A valid `message:send` is at most about 25 KB (4,000
 * characters, escaped); anything far larger is an attack or a bug, and socket.io closes that
 * connection rather than parse it (the peer reconnects).
 */
const CHAT_PACKET_MAX_BYTES = 64 * 1024;

export interface ChatRelayOptions {
  store: BackendStore;
  now: () => Date;
  log: ChatLog;
}

/**
 * The bank's chat relay: socket.io on the backend's own HTTP server and port, at the default
 * path /socket.io (which also serves /socket.io/socket.io.js to the client page). No CORS: the
 * desk connects from Node and the client page is served from this origin.
 */
export function attachChatRelay(app: FastifyInstance, { store, now, log }: ChatRelayOptions): void {
  const io: ChatServer = new Server(app.server, { maxHttpBufferSize: CHAT_PACKET_MAX_BYTES });
  // Peers use the two namespaces only; the default one has nothing to offer.
  io.of('/').use((_socket, next) => next(new Error('UNAUTHORIZED')));

  const advisors = io.of(CHAT_NAMESPACES.advisor).use(advisorHandshake(store, now));
  const clients = io.of(CHAT_NAMESPACES.client).use(clientHandshake(store, now));
  const rooms = chatRooms({ advisor: advisors, client: clients });
  for (const namespace of [advisors, clients]) {
    namespace.on('connection', (socket) => {
      void socket.join(ownRoom(peerOf(socket)));
      registerChatEvents(socket, { store, now, log, rooms });
    });
  }

  // Before Fastify closes the HTTP server, which would otherwise wait for the open websockets.
  // Only the transports are closed: peers see "transport close" and keep reconnecting until the
  // relay is back. (A socket.io disconnect, `disconnectSockets`, would tell them to give up.)
  app.addHook('preClose', async () => {
    io.engine.close();
  });
}

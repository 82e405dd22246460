import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

/**
 * The chat bench's limit: a bare socket.io relay with nothing else (no auth, no validation, no
 * storage) in a process of its own. `msg` from one peer goes to the others; their `ack` comes
 * back the same way: the desk → relay → client → receipt → desk path, with the relay's work removed.
 */
const server = http.createServer();
const io = new Server(server, { transports: ['websocket'] });
io.on('connection', (socket) => {
  socket.on('msg', (payload: unknown) => socket.broadcast.emit('msg', payload));
  socket.on('ack', (payload: unknown) => socket.broadcast.emit('ack', payload));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`ECHO_URL=http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});

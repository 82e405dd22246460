/**
 * Test support for the chat relay's tests: real socket.io-client peers against a real backend.
 * Not used by production code.
 */
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import { v7 } from 'uuid';
import type { Client } from '../../shared/domain/entities';
import { tokenResponseSchema } from '../../shared/wire/auth';
import type { ChatSend, ChatSendAck } from '../../shared/wire/chat';
import { CHAT_NAMESPACES, chatClientTokenSchema, chatSendAckSchema } from '../../shared/wire/chat';
import type { ChatClientToServerEvents, ChatRelayEventName, ChatServerToClientEvents } from '../../shared/wire/chatEvents';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from '../demo/advisors';
import { DEMO2_CREDENTIALS, DEMO_CREDENTIALS } from '../demo/credentials';
import type { RunningBackend, StartBackendOptions } from '../start';
import { startBackend } from '../start';

const WAIT_MS = 5000;

/** A peer's socket, typed from the event table: emitting a wrong name or payload does not compile. */
export type PeerSocket = Socket<ChatServerToClientEvents, ChatClientToServerEvents>;

/** The same socket without the table's types, for tests that send what a correct peer never would. */
export function untyped(socket: PeerSocket): Socket {
  return socket as unknown as Socket;
}

function openSocket(url: string, namespace: string, auth: object): PeerSocket {
  // forceNew: each peer its own connection, as two people would have; fast retries for restarts.
  return io(`${url}${namespace}`, { auth, forceNew: true, transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 200 });
}

/** A connected peer; rejects with the relay's refusal (e.g. 'UNAUTHORIZED'). */
export function connectPeer(url: string, side: keyof typeof CHAT_NAMESPACES, token: string | object): Promise<PeerSocket> {
  const socket = openSocket(url, CHAT_NAMESPACES[side], typeof token === 'string' ? { token } : token);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The message of the relay's connection refusal. */
export async function refusalOf(url: string, namespace: string, auth: object): Promise<string> {
  const socket = openSocket(url, namespace, auth);
  try {
    return await new Promise<string>((resolve, reject) => {
      socket.once('connect', () => reject(new Error('connected')));
      socket.once('connect_error', (error) => resolve(error.message));
    });
  } finally {
    socket.close();
  }
}

export async function clientLogin(url: string, customerNo: string) {
  const res = await fetch(`${url}/chat/client-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerNo }) });
  if (res.status !== 200) throw new Error(`client login: HTTP ${res.status}`);
  return chatClientTokenSchema.parse(await res.json());
}

export function textMessage(conversationId: string, body: string, id: string = v7()): ChatSend {
  return { id, conversationId, kind: 'text', body, attachmentId: null, sentAt: '2025-06-15T09:00:00+08:00' };
}

/** Sends any payload as `message:send` (tests send broken ones too) and parses the acknowledgement. */
export async function send(socket: PeerSocket, message: unknown): Promise<ChatSendAck> {
  return chatSendAckSchema.parse(await untyped(socket).timeout(WAIT_MS).emitWithAck('message:send', message));
}

/** Emits any event and payloads with an acknowledgement, and resolves with whatever the relay answered. */
export function ask(socket: PeerSocket, event: string, ...payloads: unknown[]): Promise<unknown> {
  return untyped(socket).timeout(WAIT_MS).emitWithAck(event, ...payloads) as Promise<unknown>;
}

/** Everything `socket` hears of `event` from now on, in arrival order. */
export function collect(socket: PeerSocket, event: ChatRelayEventName): unknown[] {
  const seen: unknown[] = [];
  socket.on(event, (payload: unknown) => seen.push(payload));
  return seen;
}

/** Resolves once `check` holds, polling; fails the test after a few seconds. */
export async function eventually(check: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function nextEvent(socket: PeerSocket, event: ChatRelayEventName): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${WAIT_MS} ms`)), WAIT_MS);
    socket.once(event, (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

export interface ChatBank {
  backend: RunningBackend;
  url: string;
  /** `demo`'s and `demo2`'s access tokens. */
  demoToken: string;
  demo2Token: string;
  /** Live clients of `demo` and of `demo2`. */
  demoClients: Client[];
  demo2Clients: Client[];
}

async function accessToken(url: string, credentials: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  return tokenResponseSchema.parse(await res.json()).accessToken;
}

/** A backend with a small demo book on `dbPath` (kept if it exists), both demo advisors signed in. */
export async function startChatBank(dbPath: string, options: Partial<StartBackendOptions> = {}): Promise<ChatBank> {
  const backend = await startBackend({ dbPath, demo: { clients: 8, seed: 5, asOf: '2025-06-15' }, ...options });
  const live = (advisorId: string) => backend.store.listClientsOfAdvisor(advisorId).filter((c) => !c.deleted);
  return {
    backend,
    url: backend.url,
    demoToken: await accessToken(backend.url, DEMO_CREDENTIALS),
    demo2Token: await accessToken(backend.url, DEMO2_CREDENTIALS),
    demoClients: live(DEMO_ADVISOR.id),
    demo2Clients: live(DEMO2_ADVISOR.id),
  };
}

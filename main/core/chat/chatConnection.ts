import { io } from 'socket.io-client';
import type { ChatStatus } from '../../../shared/api';
import type { ChatMessage, ChatPeerPayload } from '../../../shared/wire';
import { CHAT_EVENTS, CHAT_NAMESPACES, chatRefusalSchema, chatSyncPageSchema, isCursorAheadRefusal } from '../../../shared/wire';
import type { Disposable, DisposableStore } from '../lifecycle/disposables';
import { OwnedTimer, toDisposable } from '../lifecycle/disposables';
import { errorKind, log } from '../log';
import type { ChatAttachments } from './chatAttachments';
import { ACK_TIMEOUT_MS, ChatSendWindow } from './chatSendWindow';
import type { ChatStore } from './chatStore';
import type { RelaySocket } from './relaySocket';

export interface ChatConnectionDeps {
  baseUrl: string;
  store: ChatStore;
  attachments: ChatAttachments;
  accessToken: () => Promise<string>;
  /** The access token was refused: get a new one before the next try. */
  invalidateToken: () => void;
  /** A message was stored or changed (ours acknowledged, or one arrived). */
  onMessage: (message: { clientId: string; id: string }) => void;
  /** Receipts or many messages moved: views refetch. */
  onChanged: () => void;
  onTyping: (clientId: string) => void;
  onStatus: (status: ChatStatus) => void;
  /** Owns the connection's socket and timers: disposing it leaves none behind. */
  lifetime: DisposableStore;
}

/** Live messages are applied at once; the cursor catches up shortly after, in one sync. */
const CATCH_UP_DELAY_MS = 250;
const SYNC_PAGE = 500;
const STATUS_THROTTLE_MS = 200;
/** After the relay refused our token: long enough not to hammer it, short enough to feel instant after a refresh. */
const UNAUTHORIZED_RETRY_MS = 2_000;


/**
 * The desk's one connection to the bank's chat relay (ARCHITECTURE §5). Our messages are written
 * to the local store first (pending) and sent in the order written whenever connected; each is
 * acknowledged with the relay's sequence, and resent with the same id after any failure (the
 * relay stores it once). Everything the relay stored is fetched by cursor on every connect and
 * after live messages, so a dropped event or a restart of either side leaves no gap.
 */
export class ChatConnection {
  private socket: RelaySocket | null = null;
  private syncing: { socketId: string | undefined; done: Promise<void> } | null = null;
  private readonly catchUpTimer: OwnedTimer;
  private readonly statusTimer: OwnedTimer;
  private readonly reconnectTimer: OwnedTimer;
  private readonly sendWindow: ChatSendWindow;
  private socketOwned: Disposable | null = null;
  /** Live messages received in this turn of the event loop, stored together. */
  private inbox: ChatMessage[] = [];
  private readonly unreadReceipts = new Set<string>();
  private status: ChatStatus = { state: 'offline', pending: 0, unread: 0, lastError: null };

  constructor(private readonly deps: ChatConnectionDeps) {
    const timer = () => deps.lifetime.add(new OwnedTimer(deps.lifetime));
    this.catchUpTimer = timer();
    this.statusTimer = timer();
    this.reconnectTimer = timer();
    this.sendWindow = new ChatSendWindow({
      socket: () => this.socket,
      store: deps.store,
      attachments: deps.attachments,
      invalidateToken: deps.invalidateToken,
      onSent: deps.onMessage,
      onWindow: () => this.update({}),
      lifetime: deps.lifetime,
    });
  }

  start(): void {
    if (this.socket) return;
    const socket: RelaySocket = io(`${this.deps.baseUrl}${CHAT_NAMESPACES.advisor}`, {
      // Asked again for every attempt, so a refreshed token is used after an expiry.
      auth: (send) => {
        this.deps.accessToken().then(
          (token) => send({ token }),
          () => send({ token: '' }),
        );
      },
      transports: ['websocket'],
      reconnectionDelay: 250,
      reconnectionDelayMax: 5_000,
      timeout: 10_000,
    });
    this.socket = socket;
    this.socketOwned = this.deps.lifetime.add(
      toDisposable(() => {
        socket.removeAllListeners();
        socket.close();
      }),
    );
    this.update({ state: 'connecting' });
    socket.on('connect', () => {
      this.update({ state: 'connected', lastError: null });
      void this.catchUp().then(() => this.sendWindow.flush());
    });
    socket.on('disconnect', (reason) => {
      this.update({ state: 'connecting' });
      // The relay closed this connection on purpose (say, a restart): socket.io leaves reconnecting to us.
      if (reason === 'io server disconnect') this.reconnectTimer.schedule(() => this.socket === socket && socket.connect(), 250);
    });
    socket.on('connect_error', (error) => {
      const refused = error.message === 'UNAUTHORIZED';
      this.update({ state: 'offline', lastError: refused ? 'unauthorized' : 'unreachable' });
      if (!refused) return;
      // The relay refused the token: socket.io gives up after that, so get a fresh one and try again.
      this.deps.invalidateToken();
      this.reconnectTimer.schedule(() => this.socket === socket && !socket.connected && socket.connect(), UNAUTHORIZED_RETRY_MS);
    });
    socket.on('message', (payload: unknown) => this.received(payload));
    socket.on('receipt', (payload: unknown) => {
      const parsed = CHAT_EVENTS.toPeer.receipt.payload.safeParse(payload);
      if (!parsed.success || parsed.data.by !== 'client') return;
      const { conversationId, kind, upToSeq } = parsed.data;
      this.deps.store.applyReceipt({ conversationId, deliveredSeq: upToSeq, readSeq: kind === 'read' ? upToSeq : 0 });
      // The newest of ours it covers is told at once (the rest show on the next refetch).
      const latest = this.deps.store.lastOwnUpTo(conversationId, upToSeq);
      if (latest) this.deps.onMessage({ clientId: conversationId, id: latest });
      this.deps.onChanged();
    });
    socket.on('typing', (payload: unknown) => {
      const parsed = CHAT_EVENTS.toPeer.typing.payload.safeParse(payload);
      if (parsed.success && parsed.data.by === 'client') this.deps.onTyping(parsed.data.conversationId);
    });
  }

  async stop(): Promise<void> {
    for (const timer of [this.catchUpTimer, this.statusTimer, this.reconnectTimer]) timer.cancel();
    this.sendWindow.stop();
    this.socketOwned?.dispose();
    this.socketOwned = null;
    this.socket = null;
    await this.syncing?.done;
    this.update({ state: 'offline' });
  }

  current(): ChatStatus {
    return { ...this.status, pending: this.deps.store.pendingCount(), unread: this.deps.store.unreadTotal() };
  }

  /** A message was written: send it now if connected (else on the next connect). */
  nudge(): void {
    this.update({});
    void this.sendWindow.flush();
  }

  /** The RM read a conversation: tell the client (now, or once connected). */
  read(clientId: string): void {
    const upToSeq = this.deps.store.markRead(clientId);
    if (upToSeq > 0) {
      this.unreadReceipts.add(clientId);
      this.sendReadReceipts();
    }
    this.update({});
  }

  typing(clientId: string): void {
    this.emitAcked('typing', { conversationId: clientId });
  }

  /**
   * Receipts and typing: the relay answers every event (and ignores one that asks for no answer);
   * what it answers changes nothing here, and one lost is sent again later or does not matter.
   */
  private emitAcked<E extends 'receipt' | 'typing'>(event: E, payload: ChatPeerPayload<E>): void {
    if (!this.socket?.connected) return;
    // socket.io's typed emit cannot tie a generic name to its payload; this signature checks the callers.
    (this.socket.timeout(ACK_TIMEOUT_MS) as { emit(event: E, payload: ChatPeerPayload<E>, ack: () => void): void }).emit(event, payload, () => undefined);
  }

  private sendReadReceipts(): void {
    const socket = this.socket;
    if (!socket?.connected) return;
    for (const clientId of this.unreadReceipts) {
      const upToSeq = this.deps.store.markRead(clientId);
      if (upToSeq > 0) this.emitAcked('receipt', { conversationId: clientId, kind: 'read', upToSeq });
    }
    this.unreadReceipts.clear();
  }

  private received(payload: unknown): void {
    const parsed = CHAT_EVENTS.toPeer.message.payload.safeParse(payload);
    if (!parsed.success) {
      log.warn('chat.bad_message_event');
      return;
    }
    // Stored with the others of this turn in one transaction: a burst costs one disk sync, not one each.
    this.inbox.push(parsed.data);
    if (this.inbox.length === 1) {
      // Owned: a connection stopped meanwhile (sign-out) drops the batch; the next sync brings it.
      this.deps.lifetime.immediate(() => {
        const batch = this.inbox;
        this.inbox = [];
        if (this.socket === null) return;
        this.announce(this.deps.store.applyMessages(batch));
        this.scheduleCatchUp();
      });
    }
  }

  /** Tells the UI of messages new here, and the client that theirs arrived. */
  private announce(fresh: readonly ChatMessage[]): void {
    const arrived = new Set<string>();
    for (const message of fresh) {
      this.deps.onMessage({ clientId: message.conversationId, id: message.id });
      if (message.from === 'client') arrived.add(message.conversationId);
    }
    for (const clientId of arrived) this.emitAcked('receipt', { conversationId: clientId, kind: 'delivered', upToSeq: this.deps.store.lastIncomingSeq(clientId) });
    if (arrived.size > 0) this.update({});
  }

  private scheduleCatchUp(): void {
    this.catchUpTimer.scheduleIfIdle(() => void this.catchUp(), CATCH_UP_DELAY_MS);
  }

  /**
   * Everything the relay stored after our cursor, page by page; each page stored with its cursor.
   * One catch-up per connection: a new connection does not wait for one stuck on the old.
   */
  private catchUp(): Promise<void> {
    const socket = this.socket;
    if (!socket?.connected) return Promise.resolve();
    const running = this.syncing;
    if (running && running.socketId === socket.id) return running.done;
    const run = { socketId: socket.id, done: Promise.resolve() };
    run.done = (async () => {
      try {
        for (;;) {
          if (!socket.connected) return;
          const reply: unknown = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('sync', { cursor: this.deps.store.cursor(), limit: SYNC_PAGE });
          const page = chatSyncPageSchema.safeParse(reply);
          if (!page.success) {
            // The relay refuses a cursor ahead of its own (it was reset, or this book came from
            // another one): start over from 0; messages are stored once by id, so nothing doubles.
            const refusal = chatRefusalSchema.safeParse(reply);
            if (refusal.success && isCursorAheadRefusal(refusal.data) && this.deps.store.cursor() > 0) {
              log.warn('chat.cursor_ahead_of_relay');
              this.deps.store.resetCursor();
              continue;
            }
            log.warn('chat.bad_sync_page');
            return;
          }
          this.announce(this.deps.store.applyPage(page.data.messages, page.data.cursor, page.data.receipts));
          if (page.data.receipts.length > 0) this.deps.onChanged();
          if (!page.data.hasMore) break;
        }
        this.sendReadReceipts();
      } catch (error) {
        // A timeout or a drop: try again while this connection lasts; a new one catches up anyway.
        log.info('chat.sync_interrupted', { kind: errorKind(error) });
        if (socket.connected && this.socket === socket) this.scheduleCatchUp();
      } finally {
        if (this.syncing === run) this.syncing = null;
      }
    })();
    this.syncing = run;
    return run.done;
  }

  /**
   * A state change is told at once; counts that moved (a message written, sent or arrived) at most
   * every STATUS_THROTTLE_MS, so a burst of a thousand messages is not a thousand status events.
   */
  private update(change: Partial<ChatStatus>): void {
    const stateChanged = (change.state !== undefined && change.state !== this.status.state) || (change.lastError !== undefined && change.lastError !== this.status.lastError);
    this.status = { ...this.status, ...change };
    if (stateChanged) {
      this.statusTimer.cancel();
      this.deps.onStatus(this.current());
      return;
    }
    this.statusTimer.scheduleIfIdle(() => this.deps.onStatus(this.current()), STATUS_THROTTLE_MS);
  }
}

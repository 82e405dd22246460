import type { ChatMessage } from '../../../shared/wire';
import { chatSendAckSchema } from '../../../shared/wire';
import type { DisposableStore } from '../lifecycle/disposables';
import { OwnedTimer } from '../lifecycle/disposables';
import { log } from '../log';
import type { ChatAttachments } from './chatAttachments';
import { AttachmentRefused } from './chatAttachments';
import type { RelaySocket } from './relaySocket';
import type { ChatStore } from './chatStore';

/** How long an acknowledgement may take before the message counts as not sent (it is sent again). */
export const ACK_TIMEOUT_MS = 10_000;
/** Messages sent before their acknowledgements come back: enough for 1,000 a second on loopback. */
const SEND_WINDOW = 64;
/** After a window could not be sent: soon again, unless no connection (then the next connect sends it). */
const RESEND_DELAY_MS = 200;

type Pending = ReturnType<ChatStore['pending']>[number];
type Outcome = { kind: 'stored'; message: ChatMessage } | { kind: 'failed' | 'retry' };

export interface ChatSendWindowDeps {
  /** The connection's socket now (null when stopped). */
  socket: () => RelaySocket | null;
  store: ChatStore;
  attachments: ChatAttachments;
  /** The relay refused our token: get a new one before the next try. */
  invalidateToken: () => void;
  /** Each message of a window once its answer is stored. */
  onSent: (message: { clientId: string; id: string }) => void;
  /** A window was settled: the counts moved. */
  onWindow: () => void;
  lifetime: DisposableStore;
}

/**
 * The chat's outbox going out: pending messages in the order written, a window at a time, each
 * window's acknowledgements stored in one transaction. A refusal for good (the message itself is
 * wrong) marks it failed with the relay's answer and the rest go on; anything else (a drop, a
 * timeout) stops here, and the next connect sends it again with the same id.
 */
export class ChatSendWindow {
  private flushing = false;
  private flushAgain = false;
  private stopped = false;
  private readonly resendTimer: OwnedTimer;

  constructor(private readonly deps: ChatSendWindowDeps) {
    this.resendTimer = deps.lifetime.add(new OwnedTimer(deps.lifetime));
  }

  /** No window is stored after this (the book is about to close); what was in flight is sent again next time. */
  stop(): void {
    this.stopped = true;
    this.resendTimer.cancel();
  }

  async flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return;
    }
    this.flushing = true;
    try {
      do {
        this.flushAgain = false;
        while (this.deps.socket()?.connected) {
          const batch = this.deps.store.pending(SEND_WINDOW);
          if (batch.length === 0) break;
          const outcomes = await Promise.all(batch.map((message) => this.sendOne(message)));
          if (this.stopped) return;
          this.deps.store.applyMessages(outcomes.flatMap((o) => (o.kind === 'stored' ? [o.message] : [])));
          for (const message of batch) this.deps.onSent({ clientId: message.clientId, id: message.id });
          this.deps.onWindow();
          if (outcomes.some((o) => o.kind === 'retry')) {
            // A new connection may already be up while this window waited on the old one.
            this.resendTimer.schedule(() => void this.flush(), RESEND_DELAY_MS);
            return;
          }
        }
      } while (this.flushAgain && this.deps.socket()?.connected);
    } finally {
      this.flushing = false;
    }
  }

  private async sendOne(message: Pending): Promise<Outcome> {
    const socket = this.deps.socket();
    if (!socket?.connected) return { kind: 'retry' };
    try {
      const attachmentId = message.attachmentId ? await this.deps.attachments.uploaded(message.attachmentId, message.clientId) : null;
      const reply: unknown = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message:send', {
        id: message.id,
        conversationId: message.clientId,
        kind: message.kind,
        body: message.body,
        attachmentId,
        sentAt: message.createdAt,
      });
      const ack = chatSendAckSchema.safeParse(reply);
      if (!ack.success) return { kind: 'retry' };
      if (ack.data.ok) return { kind: 'stored', message: ack.data.message };
      if (ack.data.code === 'UNAUTHORIZED') {
        this.deps.invalidateToken();
        socket.disconnect().connect();
        return { kind: 'retry' };
      }
      this.deps.store.fail(message.id, { code: ack.data.code, reason: ack.data.reason });
      log.warn('chat.message_refused', { code: ack.data.code });
      return { kind: 'failed' };
    } catch (error) {
      if (!(error instanceof AttachmentRefused)) return { kind: 'retry' };
      this.deps.store.fail(message.id, { code: error.code, reason: error.message });
      return { kind: 'failed' };
    }
  }
}

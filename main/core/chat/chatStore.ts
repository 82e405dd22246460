import type { ChatLine, Conversation } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { ChatMessage, ChatMessageKind, ChatReceiptState } from '../../../shared/wire';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { commitBankCopy } from '../db/bankCopyCommit';
import { legacyBankRefusal, readStoredError, storedError } from '../db/storedError';
import type { Db } from '../db/types';
import { readSyncState, writeSyncState } from '../db/syncState';

interface LineRow {
  id: string;
  clientId: string;
  direction: 'in' | 'out';
  kind: ChatMessageKind;
  body: string;
  attachmentId: string | null;
  reportId: string | null;
  status: ChatLine['status'];
  error: string | null;
  seq: number | null;
  createdAt: string;
}

/** A message's place in its conversation: the relay's seq; ours still pending come after all stored ones. */
const POSITION = 'coalesce(m.server_seq, 9007199254740991)';

const LINE = `SELECT m.id, m.client_id AS clientId, m.direction, m.kind, m.body, m.attachment_id AS attachmentId, m.report_id AS reportId,
    m.status, m.error, m.server_seq AS seq, m.created_at AS createdAt FROM chat_messages m`;

/** Our own messages show how far the client got, from their receipts. */
function lineOf(row: LineRow, receipts: { delivered: number; read: number }): ChatLine {
  let status = row.status;
  if (row.direction === 'out' && row.seq !== null && status !== 'failed') {
    if (row.seq <= receipts.read) status = 'read';
    else if (row.seq <= receipts.delivered) status = 'delivered';
  }
  const { reportId, ...line } = row;
  const error = readStoredError(row.error, 'chat_messages.error', (text) => legacyBankRefusal('chat.bank_refused_message', text));
  // A report message opens the report here: its id is what the UI needs, the upload id is the relay's.
  return { ...line, error, attachmentId: row.kind === 'report' ? (reportId ?? row.attachmentId) : row.attachmentId, status };
}

/**
 * The chat's local store: every message we sent or received, one row per message id whatever
 * the network repeated; our pending messages are the chat's outbox.
 */
export class ChatStore {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  /** Statements are prepared once: the chat writes and reads at a thousand messages a second. */
  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  /** A message the RM wrote: shown at once as pending, sent when connected. */
  addOutgoing(message: { id: string; clientId: string; kind: Exclude<ChatMessageKind, 'system'>; body: string; attachmentId: string | null; reportId?: string | null; createdAt: string }): ChatLine {
    this.db.transaction(() => {
      this.sql('INSERT OR IGNORE INTO chat_conversations (client_id) VALUES (?)').run(message.clientId);
      this.sql(
        `INSERT INTO chat_messages (id, client_id, direction, kind, body, attachment_id, report_id, status, created_at)
         VALUES (?, ?, 'out', ?, ?, ?, ?, 'pending', ?)`,
      ).run(message.id, message.clientId, message.kind, message.body, message.attachmentId, message.reportId ?? null, message.createdAt);
    })();
    return this.line(message.id) as ChatLine;
  }

  /** Our pending messages, oldest first: the order they must reach the relay in. */
  pending(limit: number): { id: string; clientId: string; kind: 'text' | 'image' | 'report'; body: string; attachmentId: string | null; createdAt: string }[] {
    return this
      .sql(
        `SELECT id, client_id AS clientId, kind, body, attachment_id AS attachmentId, created_at AS createdAt FROM chat_messages
         WHERE status = 'pending' ORDER BY rowid LIMIT ?`,
      )
      .all(limit) as ReturnType<ChatStore['pending']>;
  }

  pendingCount(): number {
    return this.sql(`SELECT count(*) FROM chat_messages WHERE status = 'pending'`).pluck().get() as number;
  }

  /** The relay refused one of ours for good (not a network failure): kept, marked, with its answer. */
  fail(id: string, refusal: { code: string; reason: string }): void {
    const error = new AppError('chat.bank_refused_message', { bankCode: refusal.code, bankReason: refusal.reason.slice(0, 500) });
    this.sql(`UPDATE chat_messages SET status = 'failed', error = ? WHERE id = ? AND status = 'pending'`).run(storedError(error), id);
  }

  /**
   * A message the relay stored (our own, acknowledged or replayed, or the client's): written once
   * by id, whatever the network repeated. Returns whether anything changed.
   */
  applyStored(message: ChatMessage): boolean {
    this.sql('INSERT OR IGNORE INTO chat_conversations (client_id) VALUES (?)').run(message.conversationId);
    const result = this
      .sql(
        `INSERT INTO chat_messages (id, client_id, server_seq, cursor, direction, kind, body, attachment_id, status, created_at, server_at)
         VALUES (@id, @conversationId, @seq, @cursor, @direction, @kind, @body, @attachmentId, 'sent', @sentAt, @serverAt)
         ON CONFLICT (id) DO UPDATE SET server_seq = excluded.server_seq, cursor = excluded.cursor, server_at = excluded.server_at,
           status = CASE WHEN chat_messages.status = 'pending' THEN 'sent' ELSE chat_messages.status END
         WHERE chat_messages.server_seq IS NULL`,
      )
      .run({ ...message, direction: message.from === 'advisor' ? 'out' : 'in' });
    return result.changes > 0;
  }

  /** The client's receipts: never moves back. */
  applyReceipt(state: ChatReceiptState): void {
    const upsert = this.sql(
      `INSERT INTO chat_conversations (client_id, their_delivered_seq, their_read_seq) VALUES (?, ?, ?)
       ON CONFLICT (client_id) DO UPDATE SET their_delivered_seq = max(their_delivered_seq, excluded.their_delivered_seq),
         their_read_seq = max(their_read_seq, excluded.their_read_seq)`,
    );
    commitBankCopy(this.db, () => upsert.run(state.conversationId, Math.max(state.deliveredSeq, state.readSeq), state.readSeq));
  }

  /** Our latest stored message at or before `seq`: the one a receipt up to `seq` moves on. */
  lastOwnUpTo(clientId: string, seq: number): string | null {
    return (
      (this.sql(`SELECT id FROM chat_messages WHERE client_id = ? AND direction = 'out' AND server_seq <= ? ORDER BY server_seq DESC LIMIT 1`).pluck().get(clientId, seq) as
        | string
        | undefined) ?? null
    );
  }

  /** The RM has read a conversation: up to its last message. Returns that seq (0 when empty). */
  markRead(clientId: string): number {
    const last = (this.sql(`SELECT max(server_seq) FROM chat_messages WHERE client_id = ?`).pluck().get(clientId) as number | null) ?? 0;
    this
      .sql(
        `INSERT INTO chat_conversations (client_id, read_seq) VALUES (?, ?)
         ON CONFLICT (client_id) DO UPDATE SET read_seq = max(read_seq, excluded.read_seq)`,
      )
      .run(clientId, last);
    return last;
  }

  /** The last seq of each conversation we have received messages in, for delivery receipts. */
  lastIncomingSeq(clientId: string): number {
    return (this.sql(`SELECT max(server_seq) FROM chat_messages WHERE client_id = ? AND direction = 'in'`).pluck().get(clientId) as number | null) ?? 0;
  }

  line(id: string): ChatLine | null {
    const row = this.sql(`${LINE} WHERE m.id = ?`).get(id) as LineRow | undefined;
    return row ? lineOf(row, this.receipts(row.clientId)) : null;
  }

  /**
   * A page of a conversation, oldest first: stored messages by the relay's order, then ours still
   * pending in the order written. `before` pages back from a message.
   */
  history(clientId: string, limit: number, before?: string): { lines: ChatLine[]; hasMore: boolean } {
    const anchor = before
      ? (this.sql(`SELECT ${POSITION.replaceAll('m.', '')} AS s, rowid AS r FROM chat_messages WHERE id = ?`).get(before) as { s: number; r: number } | undefined)
      : undefined;
    const rows = this
      .sql(
        `${LINE} WHERE m.client_id = @clientId ${anchor ? `AND (${POSITION}, m.rowid) < (@s, @r)` : ''}
         ORDER BY ${POSITION} DESC, m.rowid DESC LIMIT @take`,
      )
      .all({ clientId, s: anchor?.s ?? 0, r: anchor?.r ?? 0, take: limit + 1 }) as LineRow[];
    const hasMore = rows.length > limit;
    const receipts = this.receipts(clientId);
    return { lines: rows.slice(0, limit).reverse().map((row) => lineOf(row, receipts)), hasMore };
  }

  /** Every client with messages, most recent first, with unread and pending counts and the last message. */
  conversations(): Conversation[] {
    const rows = this
      .sql(
        `SELECT c.id AS clientId, c.name, c.name_en AS nameEn,
           (SELECT count(*) FROM chat_messages i WHERE i.client_id = c.id AND i.direction = 'in'
              AND i.server_seq > coalesce((SELECT read_seq FROM chat_conversations WHERE client_id = c.id), 0)) AS unread,
           (SELECT count(*) FROM chat_messages p WHERE p.client_id = c.id AND p.status = 'pending') AS pending,
           (SELECT id FROM chat_messages m WHERE m.client_id = c.id ORDER BY ${POSITION} DESC, m.rowid DESC LIMIT 1) AS lastId
         FROM clients c WHERE c.id IN (SELECT client_id FROM chat_conversations)`,
      )
      .all() as { clientId: string; name: string; nameEn: string; unread: number; pending: number; lastId: string }[];
    return rows
      .map(({ lastId, ...row }) => ({ ...row, last: this.line(lastId) }))
      .sort((a, b) => (b.last?.createdAt ?? '').localeCompare(a.last?.createdAt ?? ''));
  }

  /** Unread messages in all conversations: per conversation, an index range from where the RM read up to. */
  unreadTotal(): number {
    return this
      .sql(
        `SELECT coalesce(sum((SELECT count(*) FROM chat_messages i WHERE i.client_id = c.client_id AND i.server_seq > c.read_seq AND i.direction = 'in')), 0)
         FROM chat_conversations c`,
      )
      .pluck()
      .get() as number;
  }

  cursor(): number {
    return Number(readSyncState(this.db, 'chat_cursor') ?? '0');
  }

  /** The relay does not know our cursor (it was reset): fetch everything again (stored once by id). */
  resetCursor(): void {
    writeSyncState(this.db, 'chat_cursor', '0');
  }

  /** Stored messages in one transaction (one disk sync, not one per message); answers those that were new here. */
  applyMessages(messages: readonly ChatMessage[]): ChatMessage[] {
    return commitBankCopy(this.db, () => messages.filter((message) => this.applyStored(message)));
  }

  /**
   * A sync page with its receipts and cursor, stored together: a crash re-fetches the page rather
   * than skipping it. Answers the messages that were new here.
   */
  applyPage(messages: readonly ChatMessage[], cursor: number, receipts: readonly ChatReceiptState[]): ChatMessage[] {
    return commitBankCopy(this.db, () => {
      const fresh = this.applyMessages(messages);
      for (const state of receipts) this.applyReceipt(state);
      if (cursor > this.cursor()) writeSyncState(this.db, 'chat_cursor', String(cursor));
      return fresh;
    });
  }

  private receipts(clientId: string): { delivered: number; read: number } {
    const row = this.sql(`SELECT their_delivered_seq AS delivered, their_read_seq AS read FROM chat_conversations WHERE client_id = ?`).get(clientId) as
      | { delivered: number; read: number }
      | undefined;
    return row ?? { delivered: 0, read: 0 };
  }
}

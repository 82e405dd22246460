import type Database from 'better-sqlite3-multiple-ciphers';
import type { ChatSyncPage } from '../../../shared/wire/chat';
import type { ChatMessageRow } from './rows';
import { chatMessageFromRow } from './rows';
import type { ChatPeer } from './types';

/** A page, or 'ahead': the cursor is past anything this relay stored (it was reset or replaced). */
export type SyncPage = (peer: ChatPeer, cursor: number, limit: number) => ChatSyncPage | 'ahead';

/**
 * A peer's catch-up (`sync`): the messages of all its conversations after `cursor`, oldest first.
 * An advisor's are one index range scan on (owner, cursor); conversations of deleted clients are
 * left out, as they are closed to sending. `limit + 1` rows are read to know whether more exist.
 *
 * Every page carries the other side's receipts for all of the peer's conversations that have
 * any: they are small (one row per conversation), and a peer that missed `receipt` events while
 * offline then needs nothing but `sync` to be right again.
 */
export function prepareSyncPage(db: Database.Database): SyncPage {
  const head = db.prepare('SELECT coalesce(max(cursor), 0) FROM chat_messages').pluck();
  const advisorMessages = db.prepare(
    `SELECT m.* FROM chat_messages m JOIN clients c ON c.id = m.conversation_id
     WHERE m.owner_advisor_id = ? AND m.cursor > ? AND c.deleted = 0 ORDER BY m.cursor LIMIT ?`,
  );
  const clientMessages = db.prepare('SELECT * FROM chat_messages WHERE conversation_id = ? AND cursor > ? ORDER BY cursor LIMIT ?');
  // The OTHER side's receipts: an advisor learns how far their clients got, a client how far the RM got.
  const clientReceipts = db.prepare(
    `SELECT cc.id AS conversationId, cc.client_delivered_seq AS deliveredSeq, cc.client_read_seq AS readSeq
     FROM chat_conversations cc JOIN clients c ON c.id = cc.id
     WHERE c.advisor_id = ? AND c.deleted = 0 AND cc.client_delivered_seq > 0 ORDER BY cc.id`,
  );
  const advisorReceipts = db.prepare(
    `SELECT id AS conversationId, advisor_delivered_seq AS deliveredSeq, advisor_read_seq AS readSeq
     FROM chat_conversations WHERE id = ? AND advisor_delivered_seq > 0`,
  );

  const read = (peer: ChatPeer, cursor: number, limit: number): ChatSyncPage | 'ahead' => {
    if (cursor > (head.get() as number)) return 'ahead';
    const rows = (
      peer.side === 'advisor' ? advisorMessages.all(peer.advisorId, cursor, limit + 1) : clientMessages.all(peer.clientId, cursor, limit + 1)
    ) as ChatMessageRow[];
    const messages = rows.slice(0, limit).map(chatMessageFromRow);
    const receipts = (peer.side === 'advisor' ? clientReceipts.all(peer.advisorId) : advisorReceipts.all(peer.clientId)) as ChatSyncPage['receipts'];
    return { messages, cursor: messages.at(-1)?.cursor ?? cursor, hasMore: rows.length > limit, receipts };
  };
  // One read transaction: the page and its receipts come from one snapshot.
  const transaction = db.transaction(read);
  return (peer, cursor, limit) => transaction(peer, cursor, limit);
}

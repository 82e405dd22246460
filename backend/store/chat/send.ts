import type Database from 'better-sqlite3-multiple-ciphers';
import type { ChatSend, ChatSendAck } from '../../../shared/wire/chat';
import { toChinaInstant } from '../../time';
import type { ConversationAccess } from './access';
import type { ChatMessageRow } from './rows';
import { chatMessageFromRow } from './rows';
import type { ChatPeer } from './types';
import { peerId } from './types';

export type SendMessage = (peer: ChatPeer, input: ChatSend, now: Date) => ChatSendAck;

function refused(code: 'VALIDATION' | 'NOT_FOUND', reason: string): ChatSendAck {
  return { ok: false, code, reason };
}

/**
 * Stores one message (`message:send`), at most once, in one IMMEDIATE transaction: the dedup
 * lookup, the conversation's next seq and the row commit together, so seqs have no gaps and two
 * racing copies of one message (even from two processes) are stored once.
 *
 * A resend (same id, same sender, same conversation) answers the stored message as a duplicate.
 * An id someone else used, or used in another conversation, is NOT_FOUND: the answer must not
 * hand over another conversation's message. Judging order: who may send what first (it tells
 * nothing about anyone's data), then dedup, then the conversation and the attachment.
 */
export function prepareSendMessage(db: Database.Database, access: ConversationAccess): SendMessage {
  const byId = db.prepare('SELECT * FROM chat_messages WHERE id = ?');
  const attachment = db.prepare('SELECT conversation_id, type FROM chat_attachments WHERE id = ?');
  // An upsert that hands out the conversation's next seq: RETURNING gives the value it wrote.
  const nextSeq = db
    .prepare(
      `INSERT INTO chat_conversations (id, last_seq) VALUES (?, 1)
       ON CONFLICT (id) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
    )
    .pluck();
  const insert = db.prepare(
    `INSERT INTO chat_messages (id, conversation_id, owner_advisor_id, seq, sender, sender_id, kind, body, attachment_id, sent_at, server_at)
     VALUES (@id, @conversationId, @ownerAdvisorId, @seq, @sender, @senderId, @kind, @body, @attachmentId, @sentAt, @serverAt)`,
  );

  const send = (peer: ChatPeer, input: ChatSend, now: Date): ChatSendAck => {
    if (input.kind === 'report' && peer.side !== 'advisor') return refused('VALIDATION', 'kind: only the advisor sends reports');
    const stored = byId.get(input.id) as ChatMessageRow | undefined;
    if (stored) {
      const resend = stored.sender === peer.side && stored.sender_id === peerId(peer) && stored.conversation_id === input.conversationId;
      return resend
        ? { ok: true, duplicate: true, message: chatMessageFromRow(stored) }
        : refused('NOT_FOUND', 'id: already used; send the message with a new id');
    }
    const conversation = access(peer, input.conversationId);
    if (!conversation) return refused('NOT_FOUND', 'conversationId: no such conversation');
    if (input.attachmentId !== null) {
      const found = attachment.get(input.attachmentId) as { conversation_id: string; type: string } | undefined;
      if (found?.conversation_id !== input.conversationId) return refused('NOT_FOUND', 'attachmentId: no such attachment in this conversation');
      if ((input.kind === 'report') !== (found.type === 'application/pdf')) {
        return refused('VALIDATION', 'attachmentId: an image message needs an image, a report message its PDF');
      }
    }
    const seq = nextSeq.get(input.conversationId) as number;
    const row = {
      id: input.id,
      conversationId: input.conversationId,
      ownerAdvisorId: conversation.advisorId,
      seq,
      sender: peer.side,
      senderId: peerId(peer),
      kind: input.kind,
      body: input.body,
      attachmentId: input.attachmentId,
      sentAt: input.sentAt,
      serverAt: toChinaInstant(now),
    };
    const cursor = Number(insert.run(row).lastInsertRowid);
    return {
      ok: true,
      duplicate: false,
      message: { ...input, seq, cursor, from: peer.side, serverAt: row.serverAt },
    };
  };
  const transaction = db.transaction(send);
  return (peer, input, now) => transaction.immediate(peer, input, now);
}

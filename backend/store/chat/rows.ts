import type { ChatMessage } from '../../../shared/wire/chat';

/** A `chat_messages` row as SQLite returns it. */
export interface ChatMessageRow {
  cursor: number;
  id: string;
  conversation_id: string;
  owner_advisor_id: string;
  seq: number;
  sender: ChatMessage['from'];
  sender_id: string;
  kind: ChatMessage['kind'];
  body: string;
  attachment_id: string | null;
  sent_at: string;
  server_at: string;
}

export function chatMessageFromRow(row: ChatMessageRow): ChatMessage {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    cursor: row.cursor,
    from: row.sender,
    kind: row.kind,
    body: row.body,
    attachmentId: row.attachment_id,
    sentAt: row.sent_at,
    serverAt: row.server_at,
  };
}

import type { Migration } from '../types';

/**
 * Chat at the desk (ARCHITECTURE §5).
 * - chat_messages: our pending messages are the chat's outbox (status 'pending', sent in rowid
 *   order); `cursor` is the relay's position of a stored message, `error` why one was refused, and
 *   `report_id` the report a report message carries (to open it here).
 * - chat_conversations: per client, how far we have read, and how far the client has received
 *   and read our messages (their receipts).
 * - chat_attachments: images waiting to be uploaded, and those fetched for display.
 */
export const chat: Migration = {
  version: 60,
  name: 'chat',
  up(db) {
    db.exec(`
      ALTER TABLE chat_messages ADD COLUMN cursor INTEGER;
      ALTER TABLE chat_messages ADD COLUMN error TEXT;
      ALTER TABLE chat_messages ADD COLUMN report_id TEXT;
      CREATE INDEX chat_messages_by_client ON chat_messages (client_id, server_seq);
      CREATE INDEX chat_messages_pending ON chat_messages (status) WHERE status = 'pending';

      CREATE TABLE chat_conversations (
        client_id TEXT PRIMARY KEY,
        read_seq INTEGER NOT NULL DEFAULT 0,
        their_delivered_seq INTEGER NOT NULL DEFAULT 0,
        their_read_seq INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE chat_attachments (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('image/png', 'image/jpeg', 'image/webp', 'application/pdf')),
        data BLOB NOT NULL,
        uploaded INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1))
      ) STRICT;
    `);
  },
};

import type { Migration } from './types';

/**
 * The chat relay's data (ARCHITECTURE §5). A conversation is one client with their RM, named by
 * the client's id, so every chat table points at `clients`.
 *
 * - `chat_messages`: `cursor` (AUTOINCREMENT, never reused) orders everything the relay stored;
 *   `seq` orders one conversation without gaps. `id` is the sender's own id, the dedup key.
 *   `owner_advisor_id` copies the client's advisor, so an advisor's sync is one index range scan
 *   (owner, cursor) however many clients the book has; `sender_id` (advisor or client id) tells a
 *   resend from a stranger reusing an id.
 * - `chat_conversations`: the conversation's last `seq` (taken in the message's transaction, which
 *   is what keeps seqs gap-free) and each side's receipts (how far it has received and read).
 * - `chat_attachments`: uploaded images and report PDFs, as BLOBs: the relay's file store.
 * - `chat_client_tokens`: the client page's demo sign-in; only SHA-256 digests, like `tokens`.
 */
export const chatSchema: Migration = {
  version: 40,
  name: 'chat',
  up(db) {
    db.exec(`
      CREATE TABLE chat_conversations (
        id                    TEXT PRIMARY KEY REFERENCES clients (id),
        last_seq              INTEGER NOT NULL CHECK (last_seq >= 0),
        advisor_delivered_seq INTEGER NOT NULL DEFAULT 0,
        advisor_read_seq      INTEGER NOT NULL DEFAULT 0,
        client_delivered_seq  INTEGER NOT NULL DEFAULT 0,
        client_read_seq       INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE chat_attachments (
        id              TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES clients (id),
        uploader        TEXT NOT NULL CHECK (uploader IN ('advisor', 'client')),
        type            TEXT NOT NULL CHECK (type IN ('image/png', 'image/jpeg', 'image/webp', 'application/pdf')),
        bytes           INTEGER NOT NULL CHECK (bytes > 0),
        data            BLOB NOT NULL,
        created_at      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE chat_messages (
        cursor           INTEGER PRIMARY KEY AUTOINCREMENT,
        id               TEXT NOT NULL UNIQUE,
        conversation_id  TEXT NOT NULL REFERENCES clients (id),
        owner_advisor_id TEXT NOT NULL REFERENCES advisors (id),
        seq              INTEGER NOT NULL CHECK (seq > 0),
        sender           TEXT NOT NULL CHECK (sender IN ('advisor', 'client')),
        sender_id        TEXT NOT NULL,
        kind             TEXT NOT NULL CHECK (kind IN ('text', 'image', 'report', 'system')),
        body             TEXT NOT NULL,
        attachment_id    TEXT REFERENCES chat_attachments (id),
        sent_at          TEXT NOT NULL,
        server_at        TEXT NOT NULL,
        UNIQUE (conversation_id, seq)
      ) STRICT;
      CREATE INDEX chat_messages_owner_cursor ON chat_messages (owner_advisor_id, cursor);
      CREATE INDEX chat_messages_conversation_cursor ON chat_messages (conversation_id, cursor);

      CREATE TABLE chat_client_tokens (
        token_hash TEXT PRIMARY KEY,
        client_id  TEXT NOT NULL REFERENCES clients (id),
        expires_at INTEGER NOT NULL, -- epoch milliseconds
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX chat_client_tokens_expires ON chat_client_tokens (expires_at);
    `);
  },
};

import type Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import type { ChatAttachmentType } from '../../../shared/wire/chat';
import { toChinaInstant } from '../../time';
import type { ChatSide } from './types';

export interface NewAttachment {
  conversationId: string;
  uploader: ChatSide;
  type: ChatAttachmentType;
  data: Buffer;
}

export interface StoredAttachment {
  conversationId: string;
  type: ChatAttachmentType;
  data: Buffer;
}

export interface AttachmentStore {
  /** Stores the bytes under a new id (the relay names attachments, so an id cannot be squatted). */
  put(attachment: NewAttachment, now: Date): { id: string; type: ChatAttachmentType; bytes: number };
  get(id: string): StoredAttachment | undefined;
}

/** Chat images and report PDFs, as BLOBs in the relay's database: the chat file store. */
export function prepareAttachments(db: Database.Database): AttachmentStore {
  const insert = db.prepare(
    'INSERT INTO chat_attachments (id, conversation_id, uploader, type, bytes, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare('SELECT conversation_id, type, data FROM chat_attachments WHERE id = ?');
  return {
    put: ({ conversationId, uploader, type, data }, now) => {
      const id = randomUUID();
      insert.run(id, conversationId, uploader, type, data.length, data, toChinaInstant(now));
      return { id, type, bytes: data.length };
    },
    get: (id) => {
      const row = select.get(id) as { conversation_id: string; type: ChatAttachmentType; data: Buffer } | undefined;
      return row && { conversationId: row.conversation_id, type: row.type, data: row.data };
    },
  };
}

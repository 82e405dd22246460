import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/api';
import type { ChatAttachmentType } from '../../../shared/wire';
import { CHAT_ATTACHMENT_MAX_BYTES, chatAttachmentSchema, sniffAttachmentType } from '../../../shared/wire';
import type { Db } from '../db/types';

/** The relay refused an attachment for good (its type or size): the message cannot be sent. */
/** The relay refused an upload for good (too large, not an image, not this conversation's). */
export class AttachmentRefused extends Error {
  override readonly name = 'AttachmentRefused';
  /** As the relay's own refusal codes say it, so the message shows the same reasons. */
  readonly code: string;

  constructor(readonly status: number) {
    super(`The bank refused the attachment (HTTP ${status}).`);
    this.code = status === 413 ? 'LIMIT' : status === 404 ? 'NOT_FOUND' : status === 403 ? 'FORBIDDEN' : 'VALIDATION';
  }
}

/** How long one upload or download may take. */
const TRANSFER_TIMEOUT_MS = 60_000;

/**
 * Chat attachments at the desk: an image or a report's PDF is kept here from the moment the RM
 * sends it, uploaded to the relay when the message goes (the relay names it; the message then
 * carries that name), and those received are fetched once and kept for display.
 */
export class ChatAttachments {
  constructor(
    private readonly deps: { db: Db; baseUrl: string; accessToken: () => Promise<string> },
  ) {}

  /** Checks and keeps bytes to send: only PNG, JPEG, WebP (and our own PDFs), judged by content, at most 10 MB. */
  keep(clientId: string, bytes: Buffer, allowPdf = false): { id: string; type: ChatAttachmentType } {
    if (bytes.length > CHAT_ATTACHMENT_MAX_BYTES) {
      throw new AppError('chat.attachment_too_large', { maxBytes: CHAT_ATTACHMENT_MAX_BYTES, bytes: bytes.length });
    }
    const type = sniffAttachmentType(bytes);
    if (!type || (type === 'application/pdf' && !allowPdf)) throw new AppError('chat.not_an_image');
    const id = uuidv7();
    this.deps.db.prepare('INSERT INTO chat_attachments (id, client_id, type, data) VALUES (?, ?, ?, ?)').run(id, clientId, type, bytes);
    return { id, type };
  }

  /** The relay's id of an attachment, uploading it first if it has not been. */
  async uploaded(id: string, clientId: string): Promise<string> {
    const row = this.deps.db.prepare('SELECT type, data, uploaded FROM chat_attachments WHERE id = ?').get(id) as { type: string; data: Buffer; uploaded: number } | undefined;
    if (!row || row.uploaded === 1) return id;
    const response = await fetch(`${this.deps.baseUrl}/chat/attachments?conversationId=${encodeURIComponent(clientId)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await this.deps.accessToken()}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(row.data),
      signal: AbortSignal.timeout(TRANSFER_TIMEOUT_MS),
    });
    if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 429) {
      throw new AttachmentRefused(response.status);
    }
    if (!response.ok) throw new Error(`upload failed: HTTP ${response.status}`);
    const answer = chatAttachmentSchema.parse(await response.json());
    // The message and the kept bytes take the relay's name, so a resend never uploads twice.
    this.deps.db.transaction(() => {
      this.deps.db.prepare('UPDATE chat_attachments SET id = ?, uploaded = 1 WHERE id = ?').run(answer.id, id);
      this.deps.db.prepare('UPDATE chat_messages SET attachment_id = ? WHERE attachment_id = ?').run(answer.id, id);
    })();
    return answer.id;
  }

  /** An attachment's bytes: kept here, or fetched from the relay once and kept. */
  async get(id: string): Promise<{ type: ChatAttachmentType; data: Buffer }> {
    const row = this.deps.db.prepare('SELECT type, data FROM chat_attachments WHERE id = ?').get(id) as { type: ChatAttachmentType; data: Buffer } | undefined;
    if (row) return row;
    const clientId = this.deps.db.prepare('SELECT client_id FROM chat_messages WHERE attachment_id = ?').pluck().get(id) as string | undefined;
    if (!clientId) throw new AppError('chat.attachment_not_found');
    let response: Response;
    try {
      response = await fetch(`${this.deps.baseUrl}/chat/attachments/${encodeURIComponent(id)}`, {
        headers: { authorization: `Bearer ${await this.deps.accessToken()}` },
        signal: AbortSignal.timeout(TRANSFER_TIMEOUT_MS),
      });
    } catch {
      throw new AppError('chat.attachment_offline');
    }
    if (!response.ok) throw new AppError('chat.attachment_not_found');
    const data = Buffer.from(await response.arrayBuffer());
    const type = sniffAttachmentType(data);
    if (!type) throw new AppError('chat.attachment_unreadable');
    this.deps.db.prepare('INSERT OR IGNORE INTO chat_attachments (id, client_id, type, data, uploaded) VALUES (?, ?, ?, ?, 1)').run(id, clientId, type, data);
    return { type, data };
  }
}

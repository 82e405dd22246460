import { CHAT_ATTACHMENT_MAX_BYTES, chatAttachmentSchema } from '../../shared/wire/chat';
import { ui } from './dom';
import type { ChatState } from './state';

/** Attachments need the token, so they are fetched and shown from blob: URLs. */
export async function attachmentUrl(chat: ChatState, id: string): Promise<string> {
  const cached = chat.blobUrls.get(id);
  if (cached) return cached;
  const res = await fetch(`/chat/attachments/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${chat.session.token}` } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  chat.blobUrls.set(id, url);
  return url;
}

export async function openReport(chat: ChatState, id: string, title: string): Promise<void> {
  ui.chatError.textContent = '';
  try {
    ui.viewerTitle.textContent = title;
    ui.viewerFrame.src = await attachmentUrl(chat, id);
    ui.viewer.hidden = false;
  } catch {
    ui.chatError.textContent = '报告无法打开，请稍后重试';
  }
}

export function closeReport(): void {
  ui.viewer.hidden = true;
  ui.viewerFrame.removeAttribute('src');
}

/** A file the relay would refuse for its size is not uploaded at all. */
export const tooLargeToUpload = (file: File): boolean => file.size > CHAT_ATTACHMENT_MAX_BYTES;

/**
 * Uploads an image into the conversation and gives its attachment id. Failures are Errors whose
 * message is for the client; a TypeError is fetch's (no network).
 */
export async function uploadImage(chat: ChatState, file: File): Promise<string> {
  const res = await fetch(`/chat/attachments?conversationId=${encodeURIComponent(chat.session.clientId)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${chat.session.token}`, 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  if (res.status === 413) throw new Error('图片不能超过 10 MB');
  if (res.status === 415) throw new Error('只能发送 PNG、JPEG 或 WebP 图片');
  if (!res.ok) throw new Error(`图片上传失败（${res.status}）`);
  const attachment = chatAttachmentSchema.safeParse(await res.json());
  if (!attachment.success) throw new Error(`图片上传失败（${res.status}）`);
  return attachment.data.id;
}

import type { ChatMessage, ChatMessageKind } from '../../shared/wire/chat';
import { attachmentUrl, openReport } from './attachments';
import { ui } from './dom';
import type { ChatState } from './state';

const STATUS_TEXT = { pending: '发送中…', sent: '已发送', delivered: '已送达', read: '已读', failed: '发送失败' } as const;
export type MessageStatus = keyof typeof STATUS_TEXT;

/** A message as shown: a stored one, or ours still waiting for the relay (no seq, no server time). */
export interface ShownMessage {
  id: string;
  from: 'advisor' | 'client';
  kind: ChatMessageKind;
  seq: number | null;
  body: string;
  attachmentId: string | null;
  serverAt: string | null;
}

// Every text from the wire goes in as textContent, never as markup, so a message that looks like
// HTML shows literally.

export function addMessage(chat: ChatState, message: ChatMessage): void {
  if (chat.messages.has(message.id)) return;
  chat.messages.set(message.id, message);
  const element = renderMessage(chat, message);
  if (message.from === 'client') {
    const receipts = chat.advisorReceipts;
    setStatus(chat, element, message.seq <= receipts.read ? 'read' : message.seq <= receipts.delivered ? 'delivered' : 'sent');
  }
  insertMessage(element, message.seq);
}

/** In seq order; messages still waiting for the relay stay at the end. */
export function insertMessage(element: HTMLElement, seq: number | null): void {
  const stick = ui.log.scrollTop + ui.log.clientHeight >= ui.log.scrollHeight - 40;
  let before: Element | null = null;
  for (const other of ui.log.children) {
    const otherSeq = Number((other as HTMLElement).dataset.seq || Infinity);
    if (seq !== null && otherSeq > seq) {
      before = other;
      break;
    }
  }
  ui.log.insertBefore(element, before);
  if (stick) ui.log.scrollTop = ui.log.scrollHeight;
}

export function renderMessage(chat: ChatState, message: ShownMessage): HTMLElement {
  const element = document.createElement('div');
  element.className = 'msg';
  element.dataset.testid = 'chat-message';
  element.dataset.from = message.from;
  element.dataset.kind = message.kind;
  element.dataset.seq = message.seq === null ? '' : String(message.seq);
  element.dataset.id = message.id;
  const attachmentId = message.attachmentId ?? '';
  if (message.kind === 'image') {
    const image = document.createElement('img');
    image.alt = '图片';
    element.append(image);
    void attachmentUrl(chat, attachmentId).then(
      (url) => (image.src = url),
      () => (image.alt = '图片无法加载'),
    );
    if (message.body) element.append(textBlock(message.body));
  } else if (message.kind === 'report') {
    const report = document.createElement('div');
    report.className = 'report';
    const title = document.createElement('span');
    title.textContent = message.body;
    const open = document.createElement('button');
    open.type = 'button';
    open.dataset.testid = 'report-open';
    open.textContent = '打开';
    open.addEventListener('click', () => void openReport(chat, attachmentId, message.body));
    report.append(title, open);
    element.append(report);
  } else {
    element.append(textBlock(message.body));
  }
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = message.serverAt ? message.serverAt.slice(11, 16) : '';
  element.append(meta);
  return element;
}

function textBlock(text: string): HTMLElement {
  const block = document.createElement('div');
  block.textContent = text;
  return block;
}

export function setStatus(chat: ChatState, element: HTMLElement, status: MessageStatus, reason?: string): void {
  element.dataset.status = status;
  const meta = element.querySelector('.meta');
  const time = chat.messages.get(element.dataset.id ?? '')?.serverAt.slice(11, 16) ?? '';
  if (meta) meta.textContent = [time, STATUS_TEXT[status], reason].filter(Boolean).join(' · ');
}

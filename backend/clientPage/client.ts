// Imported first: zod must be configured before any schema is made (see the module).
import './zodConfig';
import { chatClientTokenSchema, chatDemoClientsSchema } from '../../shared/wire/chat';
import { closeReport, tooLargeToUpload, uploadImage } from './attachments';
import { setConnection, ui } from './dom';
import { connect, queue, sendReceipts, sendTyping } from './relay';
import type { Session } from './state';
import { freshChat, page } from './state';

/*
 * The demo client app: one client chatting with their RM through the bank's chat relay
 * (backend/README.md, "The client page"). Bundled for the browser by scripts/build.ts (and, when
 * the backend runs from its sources, by backend/http/clientPageRoutes.ts); socket.io's client
 * comes from /socket.io/socket.io.js. Event names and payloads are the table's in
 * shared/wire/chatEvents.ts, and everything received is checked with its schema.
 */

const SESSION_KEY = 'advisorDesk.clientPage.session';

// ---- sign-in ----------------------------------------------------------------------------

async function loadPicker(): Promise<void> {
  try {
    const res = await fetch('/chat/demo-clients');
    if (!res.ok) return;
    const { clients } = chatDemoClientsSchema.parse(await res.json());
    for (const client of clients) ui.picker.append(new Option(`${client.name}（${client.customerNo}）`, client.customerNo));
  } catch {
    // Without the list the customer number field still works.
  }
}

async function signIn(): Promise<void> {
  const customerNo = ui.customerNo.value.trim() || ui.picker.value;
  ui.loginError.textContent = '';
  if (!customerNo) {
    ui.loginError.textContent = '请选择客户或输入客户号';
    return;
  }
  ui.loginButton.disabled = true;
  try {
    const res = await fetch('/chat/client-login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerNo }),
    });
    if (res.status === 401) throw new Error('客户号不存在');
    if (!res.ok) throw new Error(`登录失败（${res.status}）`);
    const session = chatClientTokenSchema.safeParse(await res.json());
    if (!session.success) throw new Error(`登录失败（${res.status}）`);
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session.data));
    openChat(session.data);
  } catch (error) {
    ui.loginError.textContent = error instanceof TypeError ? '无法连接服务器' : error instanceof Error ? error.message : String(error);
  } finally {
    ui.loginButton.disabled = false;
  }
}

function signOut(reason?: string): void {
  const chat = page.chat;
  if (chat) {
    chat.socket?.close();
    for (const url of chat.blobUrls.values()) URL.revokeObjectURL(url);
  }
  page.chat = null;
  sessionStorage.removeItem(SESSION_KEY);
  ui.log.replaceChildren();
  ui.chat.hidden = true;
  ui.login.hidden = false;
  ui.loginError.textContent = reason ?? '';
  setConnection('offline');
}

function openChat(session: Session): void {
  const chat = freshChat(session);
  page.chat = chat;
  ui.name.textContent = session.name;
  ui.advisorName.textContent = `客户经理：${session.advisorName}`;
  ui.login.hidden = true;
  ui.chat.hidden = false;
  ui.chatError.textContent = '';
  connect(chat, () => signOut('登录已过期，请重新登录'));
}

/** The session this tab signed in with, if it is still one (sessionStorage is the page's to read, not to trust). */
function savedSession(): Session | null {
  const saved = sessionStorage.getItem(SESSION_KEY);
  if (!saved) return null;
  try {
    const session = chatClientTokenSchema.safeParse(JSON.parse(saved));
    if (session.success) return session.data;
  } catch {
    // Not JSON: forget it below.
  }
  sessionStorage.removeItem(SESSION_KEY);
  return null;
}

// ---- sending ----------------------------------------------------------------------------

function sendText(): void {
  const body = ui.input.value;
  if (!page.chat || body.trim() === '') return;
  ui.input.value = '';
  queue(page.chat, 'text', body, null);
}

async function sendImage(): Promise<void> {
  const file = ui.image.files?.[0];
  ui.image.value = '';
  const chat = page.chat;
  if (!chat || !file) return;
  ui.chatError.textContent = '';
  if (tooLargeToUpload(file)) {
    ui.chatError.textContent = '图片不能超过 10 MB';
    return;
  }
  try {
    const attachmentId = await uploadImage(chat, file);
    if (chat === page.chat) queue(chat, 'image', '', attachmentId);
  } catch (error) {
    ui.chatError.textContent = error instanceof TypeError ? '图片上传失败，请检查网络后重试' : error instanceof Error ? error.message : String(error);
  }
}

// ---- wiring -----------------------------------------------------------------------------

ui.picker.addEventListener('change', () => (ui.customerNo.value = ui.picker.value));
ui.loginButton.addEventListener('click', () => void signIn());
ui.customerNo.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') void signIn();
});
ui.logout.addEventListener('click', () => signOut());
ui.send.addEventListener('click', sendText);
ui.input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendText();
  }
});
ui.input.addEventListener('input', sendTyping);
ui.image.addEventListener('change', () => void sendImage());
ui.viewerClose.addEventListener('click', closeReport);
document.addEventListener('visibilitychange', () => page.chat && sendReceipts());
window.addEventListener('offline', () => page.chat && setConnection('offline'));
window.addEventListener('online', () => page.chat && setConnection(page.chat.socket?.connected ? 'connected' : 'connecting'));

setConnection('offline');
void loadPicker();
const saved = savedSession();
if (saved) openChat(saved);

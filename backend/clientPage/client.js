// The demo client app: one client chatting with their RM through the bank's chat relay
// (backend/README.md, "The client page"). Plain browser JavaScript, no build step; socket.io's
// client comes from /socket.io/socket.io.js. Every text from the wire goes in as textContent,
// never as markup, so a message that looks like HTML shows literally.
// The browser globals this page uses (the lint config knows Node globals only); io is socket.io.js.
/* global document, window, navigator, sessionStorage, fetch, crypto, Option, setTimeout, clearTimeout, io */
'use strict';

(() => {
  const SESSION_KEY = 'advisorDesk.clientPage.session';
  const ACK_TIMEOUT_MS = 10_000;
  const TYPING_EVERY_MS = 2_000;
  const TYPING_SHOWN_MS = 4_000;
  const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
  const STATE_TEXT = { connected: '已连接', connecting: '连接中…', offline: '未连接' };
  const STATUS_TEXT = { pending: '发送中…', sent: '已发送', delivered: '已送达', read: '已读', failed: '发送失败' };

  const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);
  const ui = {
    state: byTestId('connection-state'),
    login: document.getElementById('login'),
    picker: byTestId('client-picker'),
    customerNo: byTestId('client-customer-no'),
    loginButton: byTestId('client-login'),
    loginError: document.getElementById('login-error'),
    chat: document.getElementById('chat'),
    name: byTestId('client-name'),
    advisorName: document.getElementById('advisor-name'),
    logout: document.getElementById('logout'),
    log: byTestId('chat-log'),
    typing: document.getElementById('typing'),
    chatError: document.getElementById('chat-error'),
    input: byTestId('chat-input'),
    send: byTestId('chat-send'),
    image: byTestId('chat-image-input'),
    viewer: document.getElementById('viewer'),
    viewerTitle: document.getElementById('viewer-title'),
    viewerFrame: byTestId('report-viewer'),
    viewerClose: byTestId('report-close'),
  };

  /** Everything about the signed-in client; reset by signOut. */
  let chat = null;

  function freshChat(session) {
    return {
      session,
      socket: null,
      cursor: 0,
      /** Stored messages by id. */
      messages: new Map(),
      /** Our messages not yet acknowledged, oldest first: { payload, element }. */
      outbox: [],
      flushing: false,
      receiptsSent: { delivered: 0, read: 0 },
      advisorReceipts: { delivered: 0, read: 0 },
      lastTypingAt: 0,
      typingTimer: 0,
      blobUrls: new Map(),
    };
  }

  // ---- connection state -------------------------------------------------------------------

  function setConnection(state) {
    ui.state.dataset.state = state;
    ui.state.textContent = STATE_TEXT[state];
  }

  // ---- sign-in ----------------------------------------------------------------------------

  async function loadPicker() {
    try {
      const res = await fetch('/chat/demo-clients');
      if (!res.ok) return;
      const { clients } = await res.json();
      for (const client of clients) ui.picker.append(new Option(`${client.name}（${client.customerNo}）`, client.customerNo));
    } catch {
      // Without the list the customer number field still works.
    }
  }

  async function signIn() {
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
      const session = await res.json();
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
      openChat(session);
    } catch (error) {
      ui.loginError.textContent = error instanceof TypeError ? '无法连接服务器' : error.message;
    } finally {
      ui.loginButton.disabled = false;
    }
  }

  function signOut(reason) {
    if (chat) {
      chat.socket?.close();
      for (const url of chat.blobUrls.values()) URL.revokeObjectURL(url);
    }
    chat = null;
    sessionStorage.removeItem(SESSION_KEY);
    ui.log.replaceChildren();
    ui.chat.hidden = true;
    ui.login.hidden = false;
    ui.loginError.textContent = reason ?? '';
    setConnection('offline');
  }

  function openChat(session) {
    chat = freshChat(session);
    ui.name.textContent = session.name;
    ui.advisorName.textContent = `客户经理：${session.advisorName}`;
    ui.login.hidden = true;
    ui.chat.hidden = false;
    ui.chatError.textContent = '';
    connect();
  }

  // ---- the relay --------------------------------------------------------------------------

  function connect() {
    setConnection('connecting');
    // auth as a function: every reconnection presents the token afresh.
    const socket = io('/client', { auth: (cb) => cb({ token: chat.session.token }) });
    chat.socket = socket;
    socket.on('connect', () => {
      setConnection('connected');
      void catchUp();
    });
    socket.on('disconnect', () => setConnection(socket.active ? 'connecting' : 'offline'));
    socket.on('connect_error', (error) => {
      // The relay refused the token (expired, or the client is gone): sign in again.
      if (error.message === 'UNAUTHORIZED') signOut('登录已过期，请重新登录');
      else setConnection(navigator.onLine ? 'connecting' : 'offline');
    });
    socket.on('message', (message) => {
      if (message.conversationId !== chat.session.clientId) return;
      addMessage(message);
      if (message.from === 'advisor') hideTyping();
      sendReceipts();
    });
    socket.on('receipt', (receipt) => {
      if (receipt.by === 'advisor') noteAdvisorReceipt(receipt.kind === 'read' ? receipt.upToSeq : 0, receipt.upToSeq);
    });
    socket.on('typing', (typing) => {
      if (typing.by === 'advisor') showTyping();
    });
  }

  function ask(event, payload) {
    return chat.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload);
  }

  /** After every (re)connection: everything after the last cursor, then our unsent messages. */
  async function catchUp() {
    const current = chat;
    try {
      for (;;) {
        const page = await ask('sync', { cursor: current.cursor, limit: 500 });
        if (current !== chat) return;
        if (page.ok === false) {
          // The relay's database was replaced: start over from the beginning.
          if (page.reason.startsWith('cursor:') && current.cursor > 0) {
            current.cursor = 0;
            current.messages.clear();
            ui.log.querySelectorAll('[data-seq]:not([data-seq=""])').forEach((el) => el.remove());
            continue;
          }
          return;
        }
        for (const message of page.messages) addMessage(message);
        current.cursor = page.cursor;
        for (const receipt of page.receipts) noteAdvisorReceipt(receipt.readSeq, receipt.deliveredSeq);
        if (!page.hasMore) break;
      }
      sendReceipts();
      await flushOutbox();
    } catch {
      // A timeout: the next connection catches up again.
    }
  }

  function lastSeq() {
    let max = 0;
    for (const message of chat.messages.values()) max = Math.max(max, message.seq);
    return max;
  }

  /** Tells the RM how far we have received and, while the page is visible, read. */
  function sendReceipts() {
    if (!chat?.socket?.connected) return;
    const upToSeq = lastSeq();
    const kinds = document.visibilityState === 'visible' ? ['delivered', 'read'] : ['delivered'];
    for (const kind of kinds) {
      if (upToSeq > chat.receiptsSent[kind]) {
        chat.receiptsSent[kind] = upToSeq;
        void ask('receipt', { conversationId: chat.session.clientId, kind, upToSeq }).catch(() => {
          if (chat) chat.receiptsSent[kind] = 0;
        });
      }
    }
  }

  function noteAdvisorReceipt(readSeq, deliveredSeq) {
    const receipts = chat.advisorReceipts;
    receipts.read = Math.max(receipts.read, readSeq);
    receipts.delivered = Math.max(receipts.delivered, deliveredSeq, readSeq);
    for (const element of ui.log.querySelectorAll('[data-from="client"][data-seq]')) {
      const seq = Number(element.dataset.seq);
      if (seq > 0) setStatus(element, seq <= receipts.read ? 'read' : seq <= receipts.delivered ? 'delivered' : 'sent');
    }
  }

  // ---- sending ----------------------------------------------------------------------------

  function newId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    // Pages served over plain http from another host have no randomUUID: a v4 UUID by hand.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function queue(kind, body, attachmentId) {
    const payload = { id: newId(), conversationId: chat.session.clientId, kind, body, attachmentId, sentAt: new Date().toISOString() };
    const element = renderMessage({ ...payload, from: 'client', seq: null, serverAt: null });
    setStatus(element, 'pending');
    insertMessage(element, null);
    chat.outbox.push({ payload, element });
    void flushOutbox();
  }

  /** Sends the outbox in order; a resend after a lost ack is stored once (the relay dedups by id). */
  async function flushOutbox() {
    const current = chat;
    if (!current || current.flushing || !current.socket?.connected) return;
    current.flushing = true;
    try {
      while (current.outbox.length > 0 && current === chat) {
        const entry = current.outbox[0];
        const ack = await ask('message:send', entry.payload);
        current.outbox.shift();
        entry.element.remove();
        if (ack.ok) addMessage(ack.message);
        else showFailed(entry, ack.reason);
      }
    } catch {
      // No ack in time: keep the entry; the next connection sends it again.
    } finally {
      current.flushing = false;
    }
  }

  function showFailed(entry, reason) {
    setStatus(entry.element, 'failed', reason);
    insertMessage(entry.element, null);
  }

  function sendText() {
    const body = ui.input.value;
    if (!chat || body.trim() === '') return;
    ui.input.value = '';
    queue('text', body, null);
  }

  async function sendImage() {
    const file = ui.image.files?.[0];
    ui.image.value = '';
    if (!chat || !file) return;
    ui.chatError.textContent = '';
    if (file.size > MAX_UPLOAD_BYTES) {
      ui.chatError.textContent = '图片不能超过 10 MB';
      return;
    }
    try {
      const res = await fetch(`/chat/attachments?conversationId=${encodeURIComponent(chat.session.clientId)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${chat.session.token}`, 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      if (res.status === 413) throw new Error('图片不能超过 10 MB');
      if (res.status === 415) throw new Error('只能发送 PNG、JPEG 或 WebP 图片');
      if (!res.ok) throw new Error(`图片上传失败（${res.status}）`);
      const attachment = await res.json();
      queue('image', '', attachment.id);
    } catch (error) {
      ui.chatError.textContent = error instanceof TypeError ? '图片上传失败，请检查网络后重试' : error.message;
    }
  }

  function onTyping() {
    const now = Date.now();
    if (!chat?.socket?.connected || now - chat.lastTypingAt < TYPING_EVERY_MS) return;
    chat.lastTypingAt = now;
    // The relay ignores events without an acknowledgement, so typing carries one too.
    void ask('typing', { conversationId: chat.session.clientId }).catch(() => undefined);
  }

  function showTyping() {
    ui.typing.hidden = false;
    clearTimeout(chat.typingTimer);
    chat.typingTimer = setTimeout(hideTyping, TYPING_SHOWN_MS);
  }

  function hideTyping() {
    ui.typing.hidden = true;
  }

  // ---- the log ----------------------------------------------------------------------------

  function addMessage(message) {
    if (chat.messages.has(message.id)) return;
    chat.messages.set(message.id, message);
    const element = renderMessage(message);
    if (message.from === 'client') {
      const receipts = chat.advisorReceipts;
      setStatus(element, message.seq <= receipts.read ? 'read' : message.seq <= receipts.delivered ? 'delivered' : 'sent');
    }
    insertMessage(element, message.seq);
  }

  /** In seq order; messages still waiting for the relay stay at the end. */
  function insertMessage(element, seq) {
    const stick = ui.log.scrollTop + ui.log.clientHeight >= ui.log.scrollHeight - 40;
    let before = null;
    for (const other of ui.log.children) {
      const otherSeq = Number(other.dataset.seq || Infinity);
      if (seq !== null && otherSeq > seq) {
        before = other;
        break;
      }
    }
    ui.log.insertBefore(element, before);
    if (stick) ui.log.scrollTop = ui.log.scrollHeight;
  }

  function renderMessage(message) {
    const element = document.createElement('div');
    element.className = 'msg';
    element.dataset.testid = 'chat-message';
    element.dataset.from = message.from;
    element.dataset.kind = message.kind;
    element.dataset.seq = message.seq === null ? '' : String(message.seq);
    element.dataset.id = message.id;
    if (message.kind === 'image') {
      const image = document.createElement('img');
      image.alt = '图片';
      element.append(image);
      void attachmentUrl(message.attachmentId).then(
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
      open.addEventListener('click', () => void openReport(message.attachmentId, message.body));
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

  function textBlock(text) {
    const block = document.createElement('div');
    block.textContent = text;
    return block;
  }

  function setStatus(element, status, reason) {
    element.dataset.status = status;
    const meta = element.querySelector('.meta');
    const time = chat.messages.get(element.dataset.id)?.serverAt?.slice(11, 16) ?? '';
    meta.textContent = [time, STATUS_TEXT[status], reason].filter(Boolean).join(' · ');
  }

  // ---- attachments ------------------------------------------------------------------------

  /** Attachments need the token, so they are fetched and shown from blob: URLs. */
  async function attachmentUrl(id) {
    const cached = chat.blobUrls.get(id);
    if (cached) return cached;
    const res = await fetch(`/chat/attachments/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${chat.session.token}` } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const url = URL.createObjectURL(await res.blob());
    chat.blobUrls.set(id, url);
    return url;
  }

  async function openReport(id, title) {
    ui.chatError.textContent = '';
    try {
      ui.viewerTitle.textContent = title;
      ui.viewerFrame.src = await attachmentUrl(id);
      ui.viewer.hidden = false;
    } catch {
      ui.chatError.textContent = '报告无法打开，请稍后重试';
    }
  }

  function closeReport() {
    ui.viewer.hidden = true;
    ui.viewerFrame.removeAttribute('src');
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
  ui.input.addEventListener('input', onTyping);
  ui.image.addEventListener('change', () => void sendImage());
  ui.viewerClose.addEventListener('click', closeReport);
  document.addEventListener('visibilitychange', () => chat && sendReceipts());
  window.addEventListener('offline', () => chat && setConnection('offline'));
  window.addEventListener('online', () => chat && setConnection(chat.socket?.connected ? 'connected' : 'connecting'));

  setConnection('offline');
  void loadPicker();
  const saved = sessionStorage.getItem(SESSION_KEY);
  if (saved) openChat(JSON.parse(saved));
})();

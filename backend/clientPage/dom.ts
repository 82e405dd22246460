// The client page runs in the browser: it is type-checked with the DOM's types by its own
// tsconfig (backend/clientPage/tsconfig.json), never with the Node code's.

type ElementType<T extends HTMLElement> = { new (): T; prototype: T };

function found<T extends HTMLElement>(element: Element | null, type: ElementType<T>, name: string): T {
  if (!(element instanceof type)) throw new Error(`client page: index.html has no ${name}`);
  return element;
}

const byTestId = <T extends HTMLElement>(id: string, type: ElementType<T>): T => found(document.querySelector(`[data-testid="${id}"]`), type, id);
const byId = <T extends HTMLElement>(id: string, type: ElementType<T>): T => found(document.getElementById(id), type, `#${id}`);

/** The elements of index.html the page works with (its data-testid hooks are the end-to-end tests'). */
export const ui = {
  state: byTestId('connection-state', HTMLElement),
  login: byId('login', HTMLElement),
  picker: byTestId('client-picker', HTMLSelectElement),
  customerNo: byTestId('client-customer-no', HTMLInputElement),
  loginButton: byTestId('client-login', HTMLButtonElement),
  loginError: byId('login-error', HTMLElement),
  chat: byId('chat', HTMLElement),
  name: byTestId('client-name', HTMLElement),
  advisorName: byId('advisor-name', HTMLElement),
  logout: byId('logout', HTMLButtonElement),
  log: byTestId('chat-log', HTMLElement),
  typing: byId('typing', HTMLElement),
  chatError: byId('chat-error', HTMLElement),
  input: byTestId('chat-input', HTMLTextAreaElement),
  send: byTestId('chat-send', HTMLButtonElement),
  image: byTestId('chat-image-input', HTMLInputElement),
  viewer: byId('viewer', HTMLElement),
  viewerTitle: byId('viewer-title', HTMLElement),
  viewerFrame: byTestId('report-viewer', HTMLIFrameElement),
  viewerClose: byTestId('report-close', HTMLButtonElement),
};

const STATE_TEXT = { connected: '已连接', connecting: '连接中…', offline: '未连接' } as const;
export type ConnectionState = keyof typeof STATE_TEXT;

export function setConnection(state: ConnectionState): void {
  ui.state.dataset.state = state;
  ui.state.textContent = STATE_TEXT[state];
}

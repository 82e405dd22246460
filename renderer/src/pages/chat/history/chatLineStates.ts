import type { ChatLine } from '../../../../../shared/api';

type LineState = ChatLine['status'];

/** Tag colours: waiting grey, on its way blue, arrived / seen green, refused red. */
export const CHAT_STATE_COLORS: Record<LineState, string> = {
  pending: 'default',
  sent: 'processing',
  delivered: 'cyan',
  read: 'success',
  failed: 'error',
};

/** Only our own messages have a state the RM needs to see; the client's are simply there. */
export function shownState(line: Pick<ChatLine, 'direction' | 'status'>): LineState | null {
  return line.direction === 'out' ? line.status : null;
}

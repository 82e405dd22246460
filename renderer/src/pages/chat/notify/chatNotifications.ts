import i18n from 'i18next';
import type { ApiClient } from '../../../../../shared/api';
import { events } from '../../../../../shared/api';
import { navigate } from '../../../navigation/routes';
import { windowHasAttention } from '../../../hooks/useWindowAttention';
import type { AppStore } from '../../../store';
import { chatApi } from '../../../store/endpoints/chat';
import { selectAdvisor, selectLocked } from '../../../store/sessionSlice';
import { linePreview } from '../linePreview';

/** A message is announced once, even if the host tells of it again (a catch-up after a reconnect). */
const REMEMBERED_IDS = 500;

/**
 * A desktop notification (the browser's Notification API; Electron shows it as the system's) for
 * each message from a client while the RM is not looking at the desk: window not focused, or
 * hidden. Nothing while the desk is locked, since the lock screen must not leak conversations.
 * Clicking it brings the desk forward on that conversation.
 */
export function connectChatNotifications(client: ApiClient, store: AppStore): () => void {
  const announced = new Set<string>();
  return client.on('chat:message', (payload) => {
    const parsed = events['chat:message'].safeParse(payload);
    if (!parsed.success || typeof Notification === 'undefined') return;
    const { clientId, line } = parsed.data;
    if (line.direction !== 'in' || announced.has(line.id)) return;
    const state = store.getState();
    const advisor = selectAdvisor(state);
    if (!advisor || selectLocked(state) || windowHasAttention() || Notification.permission !== 'granted') return;

    announced.add(line.id);
    if (announced.size > REMEMBERED_IDS) announced.delete(announced.values().next().value ?? '');
    const conversation = chatApi.endpoints.chatConversations.select({ advisorId: advisor.id })(state).data?.find((c) => c.clientId === clientId);
    const name = conversation?.name ?? i18n.t('chat.notification.someone');
    const notification = new Notification(i18n.t('chat.notification.title', { name }), { body: linePreview(line, i18n.t), tag: `chat-${clientId}` });
    notification.onclick = () => {
      window.focus();
      navigate('chat', clientId);
      notification.close();
    };
  });
}

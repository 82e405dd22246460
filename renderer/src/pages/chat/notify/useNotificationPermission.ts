import { useEffect } from 'react';
import { browserStorage } from '../../../hooks/browserStorage';

const ASKED_KEY = 'advisorDesk.chat.notificationsAsked';

/**
 * Asks once (ever, on this machine) whether the desk may show desktop notifications for chat, on
 * the RM's first click or key press at the desk: browsers ignore or quietly block a request that
 * no gesture led to. Whatever the answer, it is not asked again.
 */
export function useNotificationPermission(): void {
  useEffect(() => {
    if (typeof Notification === 'undefined' || Notification.permission !== 'default') return undefined;
    const storage = browserStorage();
    if (storage?.getItem(ASKED_KEY)) return undefined;
    function stopListening() {
      window.removeEventListener('pointerdown', ask);
      window.removeEventListener('keydown', ask);
    }
    function ask() {
      stopListening();
      storage?.setItem(ASKED_KEY, new Date().toISOString());
      void Notification.requestPermission();
    }
    window.addEventListener('pointerdown', ask);
    window.addEventListener('keydown', ask);
    return stopListening;
  }, []);
}

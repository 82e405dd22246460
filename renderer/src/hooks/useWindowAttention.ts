import { useSyncExternalStore } from 'react';

/** Whether the RM can be looking at the page: it is shown and the window has the focus. */
export function windowHasAttention(): boolean {
  return document.visibilityState === 'visible' && document.hasFocus();
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('focus', onChange);
  window.addEventListener('blur', onChange);
  document.addEventListener('visibilitychange', onChange);
  return () => {
    window.removeEventListener('focus', onChange);
    window.removeEventListener('blur', onChange);
    document.removeEventListener('visibilitychange', onChange);
  };
}

/** `windowHasAttention()`, kept current: a conversation counts as read only while it can be seen. */
export function useWindowAttention(): boolean {
  return useSyncExternalStore(subscribe, windowHasAttention);
}

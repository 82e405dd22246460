import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectTypingAt } from '../../store/chatSlice';
import { useAppSelector } from '../../store/hooks';
import { isTypingNow, TYPING_SHOWN_MS } from './typing';

/** 对方正在输入… for a few seconds after the client's app says they are typing. */
export function TypingIndicator({ clientId, name }: { clientId: string; name: string }) {
  const { t } = useTranslation();
  const at = useAppSelector((state) => selectTypingAt(state, clientId));
  // The signal that has aged out: the words go without waiting for another event.
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (at === null) return undefined;
    const now = Date.now();
    const timer = setTimeout(() => setExpired(at), isTypingNow(at, now) ? at + TYPING_SHOWN_MS - now : 0);
    return () => clearTimeout(timer);
  }, [at]);
  if (at === null || expired === at) return null;
  return (
    <span data-testid="chat-typing" className="text-secondary chat-typing" aria-live="polite">
      {t('chat.typing', { name })}
    </span>
  );
}

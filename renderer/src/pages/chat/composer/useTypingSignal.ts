import { useCallback, useRef } from 'react';
import { chatApi } from '../../../store/endpoints/chat';
import { useAppDispatch } from '../../../store/hooks';

/** The client's app shows "typing" for a few seconds after each signal: one every 3 s keeps it up. */
const TYPING_SIGNAL_EVERY_MS = 3_000;

/** Tells the client the RM is typing, at most every few seconds; a lost signal does not matter. */
export function useTypingSignal(clientId: string): () => void {
  const dispatch = useAppDispatch();
  const lastSent = useRef(0);
  return useCallback(() => {
    const now = Date.now();
    if (now - lastSent.current < TYPING_SIGNAL_EVERY_MS) return;
    lastSent.current = now;
    void dispatch(chatApi.endpoints.chatTyping.initiate({ clientId }, { track: false }));
  }, [dispatch, clientId]);
}

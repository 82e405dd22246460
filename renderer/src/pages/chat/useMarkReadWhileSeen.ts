import { useEffect } from 'react';
import { useMarkChatReadMutation } from '../../store/endpoints/chat';
import { useWindowAttention } from '../../hooks/useWindowAttention';

/**
 * The open conversation is read while the RM can see it: when it opens with unread messages, and
 * whenever one arrives while it is on screen (or the RM comes back to the window). The client then
 * sees a read receipt; a conversation open behind another window stays unread.
 */
export function useMarkReadWhileSeen(clientId: string, unread: number): void {
  const seen = useWindowAttention();
  const [markRead, { isLoading }] = useMarkChatReadMutation();
  useEffect(() => {
    if (seen && unread > 0 && !isLoading) void markRead({ clientId });
  }, [seen, unread, isLoading, markRead, clientId]);
}

import type { ChatStatus } from '../../../../shared/api';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useChatStatusQuery } from '../../store/endpoints/chat';
import { selectChatStatus } from '../../store/chatSlice';
import { useAppSelector } from '../../store/hooks';

/**
 * The chat connection and counts: asked once (and again when a read or a catch-up invalidates
 * them), then kept current by `chat:status`. Null until the first answer.
 */
export function useChatStatus(): ChatStatus | null {
  useChatStatusQuery(useAdvisorArg());
  return useAppSelector(selectChatStatus);
}

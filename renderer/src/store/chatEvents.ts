import type { ApiClient, ChatLine } from '../../../shared/api';
import { CHAT_HISTORY_PAGE_SIZE, chatApi } from './endpoints/chat';
import { mergeChatLine, mergeNewestPage } from './chatHistoryMerge';
import { chatTypingEnded } from './chatSlice';
import type { AppDispatch, RootState } from './index';
import { tagsFor } from './refreshTags';

/**
 * A line from `chat:message` (or a send's answer) into every cached history of its conversation,
 * without asking the host again: a busy conversation would otherwise refetch all its pages per
 * message.
 */
export function chatLineArrived(clientId: string, line: ChatLine) {
  return (dispatch: AppDispatch, getState: () => RootState) => {
    for (const arg of chatApi.util.selectCachedArgsForQuery(getState(), 'chatHistory')) {
      if (arg.clientId !== clientId) continue;
      dispatch(
        chatApi.util.updateQueryData('chatHistory', arg, (draft) => {
          mergeChatLine(draft.pages, line);
        }),
      );
    }
    if (line.direction === 'in') dispatch(chatTypingEnded(clientId));
  };
}

/**
 * After `data:changed {chat_messages}` (the client's receipts, a catch-up, a read): each cached
 * conversation asks for its newest page only and merges it, rather than refetching every page
 * the RM scrolled back through. A conversation that moved on by more than a page is refetched.
 */
export function refreshChatHistories(client: ApiClient) {
  return async (dispatch: AppDispatch, getState: () => RootState) => {
    const args = chatApi.util.selectCachedArgsForQuery(getState(), 'chatHistory');
    await Promise.all(
      args.map(async (arg) => {
        let newest;
        try {
          newest = await client['chat.history']({ clientId: arg.clientId, limit: CHAT_HISTORY_PAGE_SIZE });
        } catch {
          return; // The next change, or opening the conversation again, asks again.
        }
        let merged = true;
        dispatch(
          chatApi.util.updateQueryData('chatHistory', arg, (draft) => {
            merged = mergeNewestPage(draft.pages, newest);
          }),
        );
        if (!merged) dispatch(chatApi.util.invalidateTags(tagsFor(['ChatHistory'], arg.clientId)));
      }),
    );
  };
}

import type { MethodInput, MethodOutput } from '../../../../shared/api';
import { api, clientOf, run } from '../api';
import type { ClientArg } from '../queryArgs';
import { tagsFor } from '../refreshTags';
import { bookQuery, callMethod, CLIENT_DATA_TTL_S, mutation } from './define';

export type ChatHistoryPage = MethodOutput<'chat.history'>;
export type ChatSendTextRequest = MethodInput<'chat.sendText'>;
export type ChatSendImageRequest = MethodInput<'chat.sendImage'>;
export type ChatSendReportRequest = MethodInput<'chat.sendReport'>;
export type ChatImage = MethodOutput<'chat.image'>;

/** Chat templates for one client, narrowed by what the RM typed in the picker's search box. */
export interface ChatTemplatesArg extends ClientArg {
  query: string;
}

/** Lines per page of chat history: enough to fill a tall window, small enough to page back quickly. */
export const CHAT_HISTORY_PAGE_SIZE = 100;

/**
 * The page param of chat history: the id of the oldest line already shown (`before`), or '' for
 * the newest page.
 */
export function olderChatPageParam(lastPage: ChatHistoryPage): string | undefined {
  return lastPage.hasMore ? lastPage.lines[0]?.id : undefined;
}

/**
 * Live chat (`chat.*`). A conversation's lines also change in place from `chat:message` (see
 * store/chatEvents.ts); images and sends of images are dispatched untracked.
 */
export const chatApi = api.injectEndpoints({
  endpoints: (build) => ({
    chatStatus: bookQuery(build, 'chat.status', { provides: ['ChatStatus'] }),
    chatConversations: bookQuery(build, 'chat.conversations', { provides: ['ChatConversations'] }),
    /** Pages newest first; each page's lines oldest first. */
    chatHistory: build.infiniteQuery<ChatHistoryPage, ClientArg, string>({
      infiniteQueryOptions: {
        initialPageParam: '',
        getNextPageParam: (lastPage) => olderChatPageParam(lastPage),
      },
      queryFn: ({ queryArg, pageParam }, queryApi) =>
        run(() =>
          callMethod(clientOf(queryApi), 'chat.history', { clientId: queryArg.clientId, limit: CHAT_HISTORY_PAGE_SIZE, ...(pageParam ? { before: pageParam } : {}) }),
        ),
      providesTags: (_result, _error, { clientId }) => tagsFor(['ChatHistory'], clientId),
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    sendChatText: mutation(build, 'chat.sendText'),
    sendChatImage: mutation(build, 'chat.sendImage'),
    sendChatReport: mutation(build, 'chat.sendReport'),
    markChatRead: mutation(build, 'chat.markRead'),
    chatTyping: mutation(build, 'chat.typing'),
    chatImage: mutation(build, 'chat.image'),
    chatTemplates: bookQuery(build, 'chat.templates'),
  }),
});

export const {
  useChatStatusQuery,
  useChatConversationsQuery,
  useChatHistoryInfiniteQuery,
  useSendChatTextMutation,
  useSendChatReportMutation,
  useMarkChatReadMutation,
  useChatTypingMutation,
  useChatTemplatesQuery,
} = chatApi;

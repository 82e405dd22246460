import { Empty, Input, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../../api/errors';
import { navigate } from '../../../navigation/routes';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useNow } from '../../../hooks/useNow';
import { useChatConversationsQuery } from '../../../store/endpoints/chat';
import { filterConversations } from './conversationSearch';
import { ConversationItem } from './ConversationItem';
import { LoadFailedAlert } from '../../../components/LoadFailedAlert';

const openConversation = (clientId: string) => navigate('chat', clientId);

/** The left side: every conversation, most recent first, narrowed by name as the RM types. */
export function ConversationList({ activeClientId }: { activeClientId: string | null }) {
  const { t } = useTranslation();
  const conversations = useChatConversationsQuery(useAdvisorArg());
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterConversations(conversations.data ?? [], query), [conversations.data, query]);
  const now = useNow(60_000);
  const error = asApiError(conversations.error);

  return (
    <aside className="chat-conversations" aria-label={t('chat.conversations')}>
      <Input.Search data-testid="chat-search" allowClear placeholder={t('chat.searchPlaceholder')} value={query} onChange={(event) => setQuery(event.target.value)} />
      <div className="chat-conversation-list" data-testid="chat-conversations" data-count={shown.length}>
        {error && !conversations.data ? (
          <LoadFailedAlert testId="chat-conversations-error" title={t('chat.conversationsFailed')} error={error} onRetry={() => void conversations.refetch()} />
        ) : conversations.isLoading ? (
          <Spin />
        ) : shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query.trim() ? t('chat.noMatch') : t('chat.noConversations')} />
        ) : (
          shown.map((conversation) => (
            <ConversationItem key={conversation.clientId} conversation={conversation} active={conversation.clientId === activeClientId} now={now} onOpen={openConversation} />
          ))
        )}
      </div>
    </aside>
  );
}

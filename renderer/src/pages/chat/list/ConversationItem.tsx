import { Badge } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../../shared/api';
import { listTime } from '../history/chatTime';
import { linePreview } from '../linePreview';

interface ConversationItemProps {
  conversation: Conversation;
  active: boolean;
  now: number;
  onOpen: (clientId: string) => void;
}

/** One conversation: name, when and what was said last, unread badge, messages waiting to go. */
export const ConversationItem = memo(function ConversationItem({ conversation, active, now, onOpen }: ConversationItemProps) {
  const { t } = useTranslation();
  const { last } = conversation;
  return (
    <button
      type="button"
      data-testid="chat-conversation"
      data-client-id={conversation.clientId}
      data-unread={conversation.unread}
      data-pending={conversation.pending}
      aria-current={active ? 'true' : undefined}
      className={active ? 'chat-conversation chat-conversation-active' : 'chat-conversation'}
      onClick={() => onOpen(conversation.clientId)}
    >
      <span className="chat-conversation-top">
        <span className="chat-conversation-name" data-testid="chat-conversation-name">
          {conversation.name}
        </span>
        {last && <span className="text-secondary tabular-nums chat-conversation-time">{listTime(last.createdAt, now)}</span>}
      </span>
      <span className="chat-conversation-bottom">
        <span className="text-secondary chat-conversation-preview">
          {last && last.direction === 'out' && t('chat.preview.me')}
          {last ? linePreview(last, t) : t('chat.noMessages')}
        </span>
        {conversation.pending > 0 && (
          <span className="chat-conversation-pending" data-testid="chat-conversation-pending">
            {t('chat.pendingCount', { count: conversation.pending })}
          </span>
        )}
        <Badge data-testid="chat-conversation-unread" count={conversation.unread} size="small" />
      </span>
    </button>
  );
});

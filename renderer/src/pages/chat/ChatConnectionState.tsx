import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChatStatus } from './useChatStatus';

const STATE_COLORS = { connected: 'success', connecting: 'processing', offline: 'default' } as const;

/** 已连接 / 连接中 / 离线，and how many of the RM's messages wait for the connection. */
export function ChatConnectionState() {
  const { t } = useTranslation();
  const status = useChatStatus();
  if (!status) return null;
  const label = t(`chat.connection.${status.state}`);
  const text = status.pending > 0 ? t('chat.connection.withPending', { state: label, count: status.pending }) : label;
  return (
    <Tooltip title={status.lastError ? t('chat.connection.lastError', { error: t(`chat.connection.error.${status.lastError}`) }) : undefined}>
      <Tag data-testid="chat-connection" data-state={status.state} data-pending={status.pending} color={STATE_COLORS[status.state]}>
        {text}
      </Tag>
    </Tooltip>
  );
}

import { Empty, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { idSchema } from '../../../../shared/domain';
import { useRouteSection } from '../../navigation/routes';
import { ChatConnectionState } from './ChatConnectionState';
import { ConversationPane } from './ConversationPane';
import { ConversationList } from './list/ConversationList';
import './chat.css';

/** `#/chat[/<clientId>]`: 客户沟通, the conversations on the left, the open one on the right. */
export function ChatPage() {
  const { t } = useTranslation();
  const clientId = useRouteSection();
  const valid = clientId !== null && idSchema.safeParse(clientId).success;
  return (
    <Flex data-testid="chat-page" vertical gap={12} style={{ flex: 1, minHeight: 0 }}>
      <Flex align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('chat.title')}
        </Typography.Title>
        <ChatConnectionState />
      </Flex>
      <div className="chat-layout">
        <ConversationList activeClientId={valid ? clientId : null} />
        {valid ? (
          <ConversationPane key={clientId} clientId={clientId} />
        ) : clientId !== null ? (
          <Result status="404" title={t('clientDrawer.notFound')} />
        ) : (
          <Empty className="chat-pane-empty" description={t('chat.pickConversation')} />
        )}
      </div>
    </Flex>
  );
}

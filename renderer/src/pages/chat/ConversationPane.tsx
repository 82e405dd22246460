import { UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenClient } from '../../navigation/useOpenClient';
import { useClientDetail } from '../../hooks/useClientDetail';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useChatConversationsQuery } from '../../store/endpoints/chat';
import { useReportsQuery } from '../../store/endpoints/reports';
import { ChatComposer } from './composer/ChatComposer';
import { ChatHistory } from './history/ChatHistory';
import { TypingIndicator } from './TypingIndicator';
import { useMarkReadWhileSeen } from './useMarkReadWhileSeen';

/**
 * The right side: one client's conversation. Keyed by client, so nothing typed to one client is
 * left in the box for the next.
 */
export function ConversationPane({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const advisor = useAdvisorArg();
  const { client } = useClientDetail(clientId);
  const conversation = useChatConversationsQuery(advisor).data?.find((c) => c.clientId === clientId) ?? null;
  // Which report messages can be opened here: those of this client's reports the desk holds.
  const reports = useReportsQuery(useAdvisorArg({ clientId }));
  const openClient = useOpenClient();
  const name = client?.name ?? conversation?.name ?? '…';
  useMarkReadWhileSeen(clientId, conversation?.unread ?? 0);

  return (
    <section className="chat-pane" data-testid="chat-pane" data-client-id={clientId} aria-label={name}>
      <Flex align="center" gap={12} className="chat-pane-header">
        <Typography.Title level={5} style={{ margin: 0 }}>
          <span data-testid="chat-pane-name">{name}</span>
        </Typography.Title>
        {(client?.nameEn ?? conversation?.nameEn) && <Typography.Text type="secondary">{client?.nameEn ?? conversation?.nameEn}</Typography.Text>}
        <TypingIndicator clientId={clientId} name={name} />
        <Button data-testid="chat-open-client" size="small" type="link" icon={<UserOutlined />} onClick={() => openClient(clientId)} style={{ marginInlineStart: 'auto' }}>
          {t('chat.openClient')}
        </Button>
      </Flex>
      <ChatHistory clientId={clientId} reports={reports.data} />
      <ChatComposer clientId={clientId} />
    </section>
  );
}

import { MessageOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenChat } from '../../navigation/useOpenChat';

/** 发消息: opens this client's conversation (on the 360 page and in the client drawer). */
export function SendMessageButton({ clientId, testId }: { clientId: string; testId: string }) {
  const { t } = useTranslation();
  const openChat = useOpenChat();
  return (
    <Button data-testid={testId} size="small" icon={<MessageOutlined />} onClick={() => openChat(clientId)}>
      {t('chat.sendMessage')}
    </Button>
  );
}

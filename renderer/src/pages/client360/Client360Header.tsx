import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/api';
import { navigate } from '../../navigation/routes';
import { PendingTag } from '../../components/client/PendingTag';
import { SendMessageButton } from '../../components/client/SendMessageButton';
import { TierTag } from '../../components/client/TierTag';

interface Client360HeaderProps {
  client: Pick<ClientDetail, 'id' | 'name' | 'nameEn' | 'tier' | 'pendingFields'> | null;
  /** The heading takes the focus when the page opens, so the keyboard starts here. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** Back to the roster, the client's name, tier and 待同步 mark, and 发消息. */
export function Client360Header({ client, headingRef }: Client360HeaderProps) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={12} wrap>
      <Button data-testid="client360-back" icon={<ArrowLeftOutlined />} onClick={() => navigate('roster')}>
        {t('client360.back')}
      </Button>
      <Typography.Title ref={headingRef} tabIndex={-1} level={4} style={{ margin: 0 }}>
        <span data-testid="client360-name">{client?.name ?? t('clientDrawer.loading')}</span>
      </Typography.Title>
      {client?.nameEn && <Typography.Text type="secondary">{client.nameEn}</Typography.Text>}
      {client && <TierTag tier={client.tier} t={t} />}
      {client && client.pendingFields.length > 0 && <PendingTag testId="client360-pending" />}
      {client && <SendMessageButton clientId={client.id} testId="client360-chat" />}
    </Flex>
  );
}

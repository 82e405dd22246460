import { Flex, Typography } from 'antd';
import type { ClientDetail } from '../../../../shared/api';
import { SendMessageButton } from '../client/SendMessageButton';
import { PendingTag } from '../client/PendingTag';

/** 张伟 Zhang Wei, with 待同步 when any of the RM's edits has not reached the bank, and 发消息. */
export function ClientDrawerTitle({ client }: { client: ClientDetail }) {
  return (
    <Flex align="center" gap={8} wrap>
      <span data-testid="client-name">{client.name}</span>
      {client.nameEn && <Typography.Text type="secondary">{client.nameEn}</Typography.Text>}
      {client.pendingFields.length > 0 && <PendingTag testId="client-pending" />}
      <SendMessageButton clientId={client.id} testId="client-chat" />
    </Flex>
  );
}

import { Flex, Typography } from 'antd';
import type { ClientDetail } from '../../../shared/api';
import { PendingTag } from './PendingTag';

/** 张伟 Zhang Wei, with 待同步 when any of the RM's edits has not reached the bank. */
export function ClientDrawerTitle({ client }: { client: ClientDetail }) {
  return (
    <Flex align="center" gap={8} wrap>
      <span data-testid="client-name">{client.name}</span>
      {client.nameEn && <Typography.Text type="secondary">{client.nameEn}</Typography.Text>}
      {client.pendingFields.length > 0 && <PendingTag testId="client-pending" />}
    </Flex>
  );
}

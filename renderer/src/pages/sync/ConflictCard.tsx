import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictItem } from '../../../../shared/api';
import { ChangeLabel } from './ChangeLabel';
import { ConflictActions } from './ConflictActions';
import { ConflictFieldsTable } from './ConflictFieldsTable';
import { DateTimeText } from './DateTimeText';

/** One local change that met a newer version at the bank: who, what differs, and the choice. */
export function ConflictCard({ conflict }: { conflict: ConflictItem }) {
  const { t } = useTranslation();
  return (
    <Card
      data-testid="conflict-item"
      data-id={conflict.id}
      size="small"
      title={
        <Flex align="center" gap={12} wrap>
          <Typography.Text strong>
            <ChangeLabel item={conflict} />
          </Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`outbox.entity.${conflict.entity}`)}</Tag>
          <span className="text-secondary" style={{ fontWeight: 'normal' }}>
            <DateTimeText iso={conflict.createdAt} />
          </span>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <ConflictFieldsTable conflict={conflict} />
        <ConflictActions id={conflict.id} />
      </Flex>
    </Card>
  );
}

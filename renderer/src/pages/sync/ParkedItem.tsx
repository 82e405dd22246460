import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/api';
import { ChangeLabel } from './ChangeLabel';
import { describeChange } from './changeDescription';
import { DateTimeText } from './DateTimeText';
import { ParkedActions } from './ParkedActions';
import { errorText } from '../../api/errorText';

/** One change the bank refused, with the bank's reason and what the RM can do about it. */
export function ParkedItem({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="parked-item" data-id={item.id} size="small">
      <Flex vertical gap={8}>
        <Flex align="center" justify="space-between" gap={16} wrap>
          <Flex align="center" gap={12} wrap>
            <Typography.Text strong>
              <ChangeLabel item={item} />
            </Typography.Text>
            <span className="text-secondary">{describeChange(item, t)}</span>
            <span className="text-secondary">
              <DateTimeText iso={item.createdAt} />
            </span>
          </Flex>
          <ParkedActions id={item.id} />
        </Flex>
        <Alert
          data-testid="parked-reason"
          type="warning"
          showIcon
          title={t('parked.reason')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{item.lastError ? errorText(t, item.lastError) : t('parked.noReason')}</span>}
        />
      </Flex>
    </Card>
  );
}

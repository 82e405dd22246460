import { Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/api';
import { ParkedItem } from './ParkedItem';

/** The changes the bank refused; each waits for the RM to retry or discard it. */
export function ParkedList({ items, loading }: { items: OutboxItem[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Spin spinning={loading}>
      <Flex data-testid="parked-list" vertical gap={12}>
        {items.length > 0 && <Typography.Text type="secondary">{t('parked.intro')}</Typography.Text>}
        {items.map((item) => (
          <ParkedItem key={item.id} item={item} />
        ))}
        {items.length === 0 && !loading && <Empty data-testid="parked-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parked.empty')} />}
      </Flex>
    </Spin>
  );
}

import { Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictItem } from '../../../../shared/api';
import { ConflictCard } from './ConflictCard';

/** Local changes the bank had meanwhile changed too; the RM decides each one. */
export function ConflictList({ items, loading }: { items: ConflictItem[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Spin spinning={loading}>
      <Flex data-testid="conflict-list" vertical gap={12}>
        {items.length > 0 && <Typography.Text type="secondary">{t('conflicts.intro')}</Typography.Text>}
        {items.map((conflict) => (
          <ConflictCard key={conflict.id} conflict={conflict} />
        ))}
        {items.length === 0 && !loading && <Empty data-testid="conflicts-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('conflicts.empty')} />}
      </Flex>
    </Spin>
  );
}

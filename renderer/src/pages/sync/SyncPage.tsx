import type { TabsProps } from 'antd';
import { Badge, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, useRouteSection } from '../../navigation/routes';
import { ConflictList } from './ConflictList';
import { OutboxList } from './OutboxList';
import { ParkedList } from './ParkedList';
import { ResyncButton } from './ResyncButton';
import { syncTabOf } from './syncTabs';
import { useSyncLists } from './useSyncLists';
import { LoadFailedAlert } from '../../components/LoadFailedAlert';

/** 同步中心: what waits to go up, what the bank refused, conflicts to decide, and a full re-sync. */
export function SyncPage() {
  const { t } = useTranslation();
  const tab = syncTabOf(useRouteSection());
  const lists = useSyncLists();

  const items: TabsProps['items'] = [
    {
      key: 'outbox',
      label: (
        <span data-testid="sync-tab-outbox">
          {t('syncPage.tabs.outbox')} <Badge count={lists.outbox.length} color="blue" size="small" showZero={false} />
        </span>
      ),
      children: <OutboxList items={lists.outbox} loading={lists.outboxLoading} />,
    },
    {
      key: 'parked',
      label: (
        <span data-testid="sync-tab-parked">
          {t('syncPage.tabs.parked')} <Badge count={lists.parked.length} color="orange" size="small" />
        </span>
      ),
      children: <ParkedList items={lists.parked} loading={lists.outboxLoading} />,
    },
    {
      key: 'conflicts',
      label: (
        <span data-testid="sync-tab-conflicts">
          {t('syncPage.tabs.conflicts')} <Badge count={lists.conflicts.length} size="small" />
        </span>
      ),
      children: <ConflictList items={lists.conflicts} loading={lists.conflictsLoading} />,
    },
  ];

  return (
    <Flex vertical gap={12} style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('syncPage.title')}
        </Typography.Title>
        <ResyncButton />
      </Flex>
      {lists.error && (
        <LoadFailedAlert title={t('syncPage.loadFailed')} error={lists.error} onRetry={lists.retry} />
      )}
      <Tabs activeKey={tab} items={items} onChange={(key) => navigate('sync', key)} />
    </Flex>
  );
}

import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterSort } from '../../../../shared/api';
import { useElementSize } from '../../hooks/useElementSize';
import { useNow } from '../../hooks/useNow';
import { DEFAULT_ROSTER_SORT } from '../../store/api';
import { clientDrawerOpened } from '../../store/drawerSlice';
import { useAppDispatch } from '../../store/hooks';
import { riskAssessmentCutoff } from './riskAssessment';
import { RosterTable } from './RosterTable';
import { RosterTotal } from './RosterTotal';
import { useRoster } from './useRoster';

const HOUR_MS = 3_600_000;

/** 客户名册: the advisor's whole book, sortable, loaded as it is scrolled; a row opens the client. */
export function RosterPage() {
  const { t } = useTranslation();
  const [sort, setSort] = useState<RosterSort>(DEFAULT_ROSTER_SORT);
  const roster = useRoster(sort);
  const [tableAreaRef, tableArea] = useElementSize<HTMLDivElement>();
  const now = useNow(HOUR_MS);
  const riskCutoff = useMemo(() => riskAssessmentCutoff(now), [now]);
  const dispatch = useAppDispatch();

  return (
    <Flex vertical gap={12} style={{ flex: 1, minHeight: 0 }}>
      <Flex align="center" justify="space-between" gap={16}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('roster.title')}
        </Typography.Title>
        <Flex align="center" gap={12}>
          {roster.isFetchingMore && <Spin size="small" description={t('roster.loadingMore')} />}
          {roster.total !== null && <RosterTotal total={roster.total} />}
        </Flex>
      </Flex>
      {roster.error ? (
        <Alert
          type="error"
          showIcon
          title={t('roster.loadFailed')}
          description={roster.error.message}
          action={<Button onClick={() => void roster.retry()}>{t('app.retry')}</Button>}
        />
      ) : (
        <div ref={tableAreaRef} style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
          {tableArea.height > 0 && (
            <RosterTable
              rows={roster.rows}
              sort={sort}
              onSortChange={setSort}
              onNearEnd={roster.loadMore}
              loading={roster.isLoading}
              height={tableArea.height}
              riskCutoff={riskCutoff}
              onOpen={(row) => dispatch(clientDrawerOpened(row.id))}
            />
          )}
        </div>
      )}
    </Flex>
  );
}

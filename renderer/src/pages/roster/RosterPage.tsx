import { Flex, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow } from '../../../../shared/api';
import { useOpenClient } from '../../navigation/useOpenClient';
import { useElementSize } from '../../hooks/useElementSize';
import { useBankToday } from '../../hooks/useBankToday';
import { useNow } from '../../hooks/useNow';
import { useAppDispatch, useAppSelector } from '../../store/hooks';
import { rosterSelectionChanged, selectRosterSelection } from '../../store/rosterSelectionSlice';
import { selectAdvisor } from '../../store/sessionSlice';
import { RosterFilterBar } from './filterBar/RosterFilterBar';
import { RosterEmpty } from './RosterEmpty';
import { RosterFilteredEmpty } from './RosterFilteredEmpty';
import { isRosterFilterEmpty } from './rosterFilter';
import { rosterDay } from './rosterDates';
import { rosterPlaceSignature } from './rosterPlace';
import { RosterSelectionBar } from './RosterSelectionBar';
import { RosterTable } from './RosterTable';
import { RosterTotal } from './RosterTotal';
import { useRoster } from './useRoster';
import { useRosterFilters } from './useRosterFilters';
import { useRosterPlace } from './useRosterPlace';
import { LoadFailedAlert } from '../../components/LoadFailedAlert';
import './roster.css';

const MINUTE_MS = 60_000;

/** 客户名册 for the signed-in advisor; keyed by advisor so another sign-in starts from their own choices. */
export function RosterPage() {
  const advisorId = useAppSelector(selectAdvisor)?.id;
  return advisorId ? <RosterView key={advisorId} advisorId={advisorId} /> : null;
}

/** The whole book, filtered and sorted by the host, loaded as it is scrolled; a row opens the client's page. */
function RosterView({ advisorId }: { advisorId: string }) {
  const { t } = useTranslation();
  const filters = useRosterFilters(advisorId);
  const { sort, filter, setSort } = filters;
  const roster = useRoster(sort, filter);
  const [tableAreaRef, tableArea] = useElementSize<HTMLDivElement>();
  const now = useNow(MINUTE_MS);
  const today = useBankToday();
  const day = useMemo(() => rosterDay(today), [today]);
  const place = useRosterPlace(rosterPlaceSignature(advisorId, sort, filter), roster.rows.length > 0);
  const openClient = useOpenClient();
  const filtered = !isRosterFilterEmpty(filter);
  const dispatch = useAppDispatch();
  const selectedIds = useAppSelector(selectRosterSelection);

  const onOpen = (row: RosterRow) => {
    place.onOpened(row.id);
    openClient(row.id);
  };

  return (
    <Flex vertical gap={12} style={{ flex: 1, minHeight: 0 }}>
      <Flex align="center" justify="space-between" gap={16}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('roster.title')}
        </Typography.Title>
        <Flex align="center" gap={12}>
          {selectedIds.length > 0 && <RosterSelectionBar count={selectedIds.length} />}
          {roster.isFetchingMore && <Spin size="small" description={t('roster.loadingMore')} />}
          {roster.total !== null && <RosterTotal total={roster.total} />}
        </Flex>
      </Flex>
      <RosterFilterBar filters={filters} />
      {roster.error ? (
        <LoadFailedAlert title={t('roster.loadFailed')} error={roster.error} onRetry={() => void roster.retry()} />
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
              day={day}
              now={now}
              onOpen={onOpen}
              empty={filtered ? <RosterFilteredEmpty onClear={filters.clearAll} /> : <RosterEmpty />}
              tableRef={place.tableRef}
              onScrollTop={place.onScrollTop}
              selectedIds={selectedIds}
              onSelectionChange={(ids) => dispatch(rosterSelectionChanged(ids))}
            />
          )}
        </div>
      )}
    </Flex>
  );
}

import type { ColumnType, ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { RosterRow, RosterSort } from '../../../../shared/api';
import { CadenceStatusTag } from '../../components/cadence/CadenceStatusTag';
import type { Language } from '../../i18n';
import { AumCell } from '../../components/cells/AumCell';
import { LastContactCell } from '../../components/cells/LastContactCell';
import { AssessmentCell, NameCell, NextDueCell, RiskLevelCell, TagsCell } from './cells';
import type { RosterDay } from './rosterDates';
import type { RosterSortField } from './rosterSort';
import { columnSortOrder } from './rosterSort';
import { TierTag } from '../../components/client/TierTag';

/** Widths are fixed: a virtual table needs them, and a stable layout scrolls smoothly. */
const WIDTHS = {
  name: 210,
  customerNo: 130,
  tier: 170,
  aum: 130,
  riskLevel: 120,
  assessmentExpiry: 190,
  lastContact: 120,
  nextDue: 120,
  cadenceStatus: 120,
  tags: 210,
} as const;
export const ROSTER_SCROLL_X = Object.values(WIDTHS).reduce((a, b) => a + b, 0);

interface ColumnContext {
  t: TFunction;
  language: Language;
  sort: RosterSort;
  /** Today and the dates the risk and contact columns compare with. */
  day: RosterDay;
  /** For relative times ("3 天前"). */
  now: number;
}

/** A server-side sorter: the Table only reports the RM's choice; the arrow follows `sort`. */
function sorted(sort: RosterSort, field: RosterSortField, firstDescending = false): Partial<ColumnType<RosterRow>> {
  return {
    sorter: true,
    sortDirections: firstDescending ? ['descend', 'ascend'] : ['ascend', 'descend'],
    sortOrder: columnSortOrder(sort, field),
  };
}

/** The roster's columns. Customer number and tags have no server sort (the contract has none). */
export function rosterColumns({ t, language, sort, day, now }: ColumnContext): ColumnsType<RosterRow> {
  return [
    {
      key: 'name',
      title: t('roster.columns.name'),
      width: WIDTHS.name,
      fixed: 'start',
      ...sorted(sort, 'name'),
      render: (_, row) => <NameCell row={row} />,
    },
    {
      key: 'customerNo',
      title: t('roster.columns.customerNo'),
      dataIndex: 'customerNo',
      width: WIDTHS.customerNo,
      className: 'tabular-nums',
    },
    {
      key: 'tier',
      title: t('roster.columns.tier'),
      width: WIDTHS.tier,
      ...sorted(sort, 'tier'),
      render: (_, row) => <TierTag tier={row.tier} t={t} />,
    },
    {
      key: 'aum',
      title: t('roster.columns.aum'),
      width: WIDTHS.aum,
      align: 'right',
      ...sorted(sort, 'aum', true),
      render: (_, row) => <AumCell fen={row.aumFen} language={language} />,
    },
    {
      key: 'riskLevel',
      title: t('roster.columns.risk'),
      width: WIDTHS.riskLevel,
      ...sorted(sort, 'riskLevel'),
      render: (_, row) => <RiskLevelCell row={row} t={t} />,
    },
    {
      key: 'assessmentExpiry',
      title: t('roster.columns.assessment'),
      width: WIDTHS.assessmentExpiry,
      ...sorted(sort, 'assessmentExpiry'),
      render: (_, row) => <AssessmentCell row={row} day={day} t={t} />,
    },
    {
      key: 'lastContact',
      title: t('roster.columns.lastContact'),
      width: WIDTHS.lastContact,
      ...sorted(sort, 'lastContact', true),
      render: (_, row) => <LastContactCell at={row.lastContactAt} now={now} t={t} />,
    },
    {
      key: 'nextDue',
      title: t('roster.columns.nextDue'),
      width: WIDTHS.nextDue,
      ...sorted(sort, 'nextDue'),
      render: (_, row) => <NextDueCell on={row.nextDueOn} day={day} t={t} />,
    },
    {
      key: 'cadenceStatus',
      title: t('roster.columns.cadence'),
      width: WIDTHS.cadenceStatus,
      ...sorted(sort, 'cadenceStatus'),
      render: (_, row) => <CadenceStatusTag status={row.cadenceStatus} t={t} testId="roster-cadence-status" />,
    },
    {
      key: 'tags',
      title: t('roster.columns.tags'),
      width: WIDTHS.tags,
      render: (_, row) => <TagsCell tags={row.tags} />,
    },
  ];
}

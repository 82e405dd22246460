import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { RosterRow, RosterSort } from '../../../../shared/api';
import type { Language } from '../../i18n';
import { AumCell, NameCell, RiskCell, TagsCell } from './cells';
import { columnSortOrder } from './rosterSort';
import { TierTag } from './TierTag';

/** Widths are fixed: a virtual table needs them, and a stable layout scrolls smoothly. */
const WIDTHS = { name: 220, customerNo: 140, tier: 180, aum: 140, riskLevel: 290, tags: 230 } as const;
export const ROSTER_SCROLL_X = Object.values(WIDTHS).reduce((a, b) => a + b, 0);

interface ColumnContext {
  t: TFunction;
  language: Language;
  sort: RosterSort;
  /** Assessments before this date (`YYYY-MM-DD`) have expired. */
  riskCutoff: string;
}

/** The roster's columns. Sorting is server-side: sorters only report the user's choice. */
export function rosterColumns({ t, language, sort, riskCutoff }: ColumnContext): ColumnsType<RosterRow> {
  return [
    {
      key: 'name',
      title: t('roster.columns.name'),
      width: WIDTHS.name,
      fixed: 'start',
      sorter: true,
      sortDirections: ['ascend', 'descend'],
      sortOrder: columnSortOrder(sort, 'name'),
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
      sorter: true,
      sortDirections: ['ascend', 'descend'],
      sortOrder: columnSortOrder(sort, 'tier'),
      render: (_, row) => <TierTag tier={row.tier} t={t} />,
    },
    {
      key: 'aum',
      title: t('roster.columns.aum'),
      width: WIDTHS.aum,
      align: 'right',
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: columnSortOrder(sort, 'aum'),
      render: (_, row) => <AumCell fen={row.aumFen} language={language} />,
    },
    {
      key: 'riskLevel',
      title: t('roster.columns.risk'),
      width: WIDTHS.riskLevel,
      sorter: true,
      sortDirections: ['ascend', 'descend'],
      sortOrder: columnSortOrder(sort, 'riskLevel'),
      render: (_, row) => <RiskCell row={row} cutoff={riskCutoff} t={t} />,
    },
    {
      key: 'tags',
      title: t('roster.columns.tags'),
      width: WIDTHS.tags,
      render: (_, row) => <TagsCell tags={row.tags} />,
    },
  ];
}

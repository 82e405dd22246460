import { EditOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { WorkItem } from '../../../../../shared/api';
import { routeHref } from '../../../navigation/routes';
import { CadenceStatusTag } from '../../../components/cadence/CadenceStatusTag';
import type { Language } from '../../../i18n';
import { AumCell } from '../../../components/cells/AumCell';
import { LastContactCell } from '../../../components/cells/LastContactCell';
import { TierTag } from '../../../components/client/TierTag';
import { ReasonTags } from './ReasonTags';

interface WorklistColumnContext {
  t: TFunction;
  language: Language;
  /** For relative times ("3 天前"). */
  now: number;
  onOpenClient: (clientId: string) => void;
  onLog: (item: WorkItem) => void;
}

/** The worklist's columns, in the host's order (no sorting: most urgent first). */
export function worklistColumns({ t, language, now, onOpenClient, onLog }: WorklistColumnContext): ColumnsType<WorkItem> {
  return [
    {
      key: 'client',
      title: t('cadence.worklist.columns.client'),
      width: 200,
      render: (_, item) => (
        <div className="cell-line" title={item.nameEn ? `${item.name} ${item.nameEn}` : item.name}>
          <Typography.Link
            data-testid="worklist-client"
            href={routeHref('clients', item.clientId)}
            onClick={(event) => {
              event.preventDefault();
              onOpenClient(item.clientId);
            }}
          >
            {item.name}
          </Typography.Link>
          {item.nameEn && <span className="text-secondary">{item.nameEn}</span>}
        </div>
      ),
    },
    { key: 'tier', title: t('cadence.worklist.columns.tier'), width: 170, render: (_, item) => <TierTag tier={item.tier} t={t} /> },
    { key: 'aum', title: t('cadence.worklist.columns.aum'), width: 120, align: 'right', render: (_, item) => <AumCell fen={item.aumFen} language={language} /> },
    {
      key: 'status',
      title: t('cadence.worklist.columns.status'),
      width: 110,
      render: (_, item) => <CadenceStatusTag status={item.status} t={t} testId="worklist-status" />,
    },
    { key: 'reasons', title: t('cadence.worklist.columns.reasons'), render: (_, item) => <ReasonTags reasons={item.reasons} t={t} /> },
    { key: 'lastContact', title: t('cadence.worklist.columns.lastContact'), width: 120, render: (_, item) => <LastContactCell at={item.lastContactAt} now={now} t={t} /> },
    {
      key: 'action',
      title: t('cadence.worklist.columns.action'),
      width: 170,
      fixed: 'end',
      render: (_, item) => (
        <Button data-testid="worklist-log" type="primary" ghost size="small" icon={<EditOutlined />} onClick={() => onLog(item)}>
          {t('cadence.worklist.log')}
        </Button>
      ),
    },
  ];
}

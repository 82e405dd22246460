import { Card, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../../shared/format';
import type { CadenceStatus } from '../../../components/cadence/cadenceLabels';
import { STATUS_SWATCHES } from '../../../components/cadence/cadenceLabels';
import { formatPercent } from '../../../../../shared/format/percent';

interface StatusCardProps {
  status: CadenceStatus;
  count: number;
  /** Every client in the book, for the share. */
  clients: number;
  onOpen: () => void;
}

/** Clients of one status: the count (also in `data-count`) and its share; a click lists them in the roster. */
export function StatusCard({ status, count, clients, onOpen }: StatusCardProps) {
  const { t } = useTranslation();
  const label = t(`cadence.status.${status}`);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen();
  };
  return (
    <Card
      data-testid={`cadence-status-${status}`}
      data-count={count}
      size="small"
      hoverable
      role="button"
      tabIndex={0}
      aria-label={`${label} ${count} · ${t('cadence.book.openRoster')}`}
      onClick={onOpen}
      onKeyDown={onKeyDown}
      className="cadence-status-card"
      style={{ borderTop: `3px solid ${STATUS_SWATCHES[status]}` }}
    >
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div className="cadence-figure tabular-nums">{formatCount(count)}</div>
      <Typography.Text type="secondary" className="tabular-nums">
        {t('cadence.book.share', { percent: formatPercent(clients > 0 ? count / clients : 0) })}
      </Typography.Text>
    </Card>
  );
}

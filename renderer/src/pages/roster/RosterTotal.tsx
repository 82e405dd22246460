import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "共 N 位客户". The number is written without separators, and also in `data-total`. */
export function RosterTotal({ total }: { total: number }) {
  const { t } = useTranslation();
  return (
    <Typography.Text data-testid="roster-total" data-total={total} type="secondary" aria-live="polite">
      {t('roster.total', { total })}
    </Typography.Text>
  );
}

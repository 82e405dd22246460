import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Clients exist, but none matches the filter. */
export function RosterFilteredEmpty({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Empty data-testid="roster-filter-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rosterFilter.noMatch')}>
      <Button onClick={onClear}>{t('rosterFilter.clear')}</Button>
    </Empty>
  );
}

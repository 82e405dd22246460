import { useTranslation } from 'react-i18next';
import { useRelativeTime } from '../../../hooks/useRelativeTime';

/** "3 天前" with the exact time as its title; a dash when never contacted. */
export function LastContactText({ at }: { at: string | null }) {
  const { t } = useTranslation();
  const time = useRelativeTime(at);
  if (!time) return <span className="text-secondary">{t('common.empty')}</span>;
  return (
    <span data-testid="client360-last-contact" title={time.exact}>
      {time.relative} <span className="text-secondary tabular-nums">{time.exact.slice(0, 16)}</span>
    </span>
  );
}

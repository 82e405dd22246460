import { useTranslation } from 'react-i18next';
import { MONTH_STATES } from '../../../../../shared/api';

/** What the strip's colours mean. */
export function MonthStripLegend() {
  const { t } = useTranslation();
  return (
    <ul className="cadence-legend" aria-hidden>
      {MONTH_STATES.map((state) => (
        <li key={state}>
          <span className={`cadence-swatch cadence-month-${state}`} />
          {t(`cadence.monthState.${state}`)}
        </li>
      ))}
    </ul>
  );
}

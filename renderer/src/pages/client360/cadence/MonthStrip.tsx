import { useTranslation } from 'react-i18next';
import type { MonthState } from '../../../components/cadence/cadenceLabels';
import { MONTH_KEYS } from '../../../components/cadence/cadenceLabels';

/** The year's 12 months, January first, each coloured by its state (已联系 / 已错过 / 本月待联系 / 未到 / 不适用). */
export function MonthStrip({ months }: { months: readonly MonthState[] }) {
  const { t } = useTranslation();
  return (
    <ol data-testid="cadence-strip" className="cadence-strip" aria-label={t('cadence.card.strip')}>
      {MONTH_KEYS.map((key, index) => {
        const state = months[index] ?? 'not_applicable';
        const label = t('cadence.card.monthTitle', { month: t(`month.${key}`), state: t(`cadence.monthState.${state}`) });
        return (
          <li key={key} data-testid="cadence-month" data-month={index + 1} data-state={state} className={`cadence-month cadence-month-${state}`} title={label} aria-label={label}>
            {t(`month.${key}`)}
          </li>
        );
      })}
    </ol>
  );
}

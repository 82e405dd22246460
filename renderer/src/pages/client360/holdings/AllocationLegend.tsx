import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../../shared/api';
import { formatWan } from '../../../../../shared/format';
import { formatPercent } from '../../../../../shared/format/percent';
import { useLanguage } from '../../../hooks/useLanguage';
import { ASSET_CLASS_COLORS } from './allocationSlices';

/** Beside the donut, in words: each asset class with its weight and amount. */
export function AllocationLegend({ slices }: { slices: Client360['allocation'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="allocation-legend" aria-label={t('holdings.allocation')}>
      {slices.map((slice) => (
        <li key={slice.assetClass} data-testid="allocation-legend-item" data-asset-class={slice.assetClass}>
          <span className="allocation-swatch" style={{ background: ASSET_CLASS_COLORS[slice.assetClass] }} aria-hidden />
          <span className="allocation-name">{t(`assetClass.${slice.assetClass}`)}</span>
          <span className="tabular-nums">{formatPercent(slice.weight)}</span>
          <span className="text-secondary tabular-nums">{formatWan(slice.marketValueFen, language)}</span>
        </li>
      ))}
    </ul>
  );
}

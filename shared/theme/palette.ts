import type { AssetClass } from '../domain/enums';

/** Colours shared by the desk's UI and its printed reports, so a client sees the same equity red on screen and on paper. */
export const BRAND_PRIMARY = '#1d4f91';

/** One colour per asset class: the donut, its legend, the table's group rows, the report's charts. */
export const ASSET_CLASS_COLORS: Record<AssetClass, string> = {
  cash: '#5b8ff9',
  fixed_income: '#5ad8a6',
  equity: '#e86452',
  alternative: '#f6bd16',
  insurance: '#9270ca',
};

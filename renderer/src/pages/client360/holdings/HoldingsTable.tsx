import type { TableProps } from 'antd';
import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldingLine } from '../../../../../shared/api';
import { formatYuanExact } from '../../../../../shared/format';
import { TrendText } from '../../../components/TrendText';
import { formatPercent, formatSignedPercent } from '../../../../../shared/format/percent';
import { ASSET_CLASS_COLORS } from './allocationSlices';
import type { HoldingTableRow } from './holdingRows';
import { holdingRows } from './holdingRows';
import { ProductRiskTag } from './ProductRiskTag';
import { SuitabilityText } from './SuitabilityText';
import './holdings.css';

/** Holdings grouped by asset class: a heading row with the subtotal, then the products, exact to the fen, each with its suitability. */
export function HoldingsTable({ holdings }: { holdings: HoldingLine[] }) {
  const { t } = useTranslation();
  const rows = useMemo(() => holdingRows(holdings), [holdings]);

  const columns = useMemo<TableProps<HoldingTableRow>['columns']>(
    () => [
      {
        key: 'product',
        title: t('holdings.columns.product'),
        render: (_, row) =>
          row.kind === 'group' ? (
            <span>
              <span className="allocation-swatch" style={{ display: 'inline-block', marginInlineEnd: 8, background: ASSET_CLASS_COLORS[row.assetClass] }} aria-hidden />
              {t(`assetClass.${row.assetClass}`)}
              <span className="text-secondary" style={{ fontWeight: 400, marginInlineStart: 8 }}>
                {t('holdings.productCount', { count: row.count })}
              </span>
            </span>
          ) : (
            <div>
              <div>{row.line.productName}</div>
              <div className="text-secondary tabular-nums">{row.line.productCode}</div>
            </div>
          ),
      },
      {
        key: 'risk',
        title: t('holdings.columns.risk'),
        width: 110,
        render: (_, row) => (row.kind === 'line' ? <ProductRiskTag line={row.line} /> : null),
      },
      {
        key: 'marketValue',
        title: t('holdings.columns.marketValue'),
        width: 160,
        align: 'right',
        className: 'tabular-nums',
        render: (_, row) => formatYuanExact(row.kind === 'group' ? row.marketValueFen : row.line.marketValueFen),
      },
      {
        key: 'weight',
        title: t('holdings.columns.weight'),
        width: 90,
        align: 'right',
        className: 'tabular-nums',
        render: (_, row) => formatPercent(row.kind === 'group' ? row.weight : row.line.weight),
      },
      {
        key: 'return',
        title: t('holdings.columns.return'),
        width: 110,
        align: 'right',
        render: (_, row) =>
          row.kind === 'line' ? (
            <TrendText value={row.line.returnSinceCost} testId="holding-return">
              {formatSignedPercent(row.line.returnSinceCost, t('common.empty'))}
            </TrendText>
          ) : null,
      },
      {
        key: 'suitability',
        title: t('holdings.columns.suitability'),
        width: 140,
        render: (_, row) => (row.kind === 'line' ? <SuitabilityText line={row.line} /> : null),
      },
    ],
    [t],
  );

  const onRow = (row: HoldingTableRow): HTMLAttributes<HTMLElement> => {
    const attributes: Record<string, string> =
      row.kind === 'line'
        ? { 'data-testid': 'holding-row', 'data-product-id': row.line.productId, 'data-asset-class': row.line.assetClass }
        : { 'data-testid': 'holding-group', 'data-asset-class': row.assetClass, className: 'holdings-group-row' };
    return attributes;
  };

  return (
    <Table<HoldingTableRow>
      data-testid="holdings-table"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      onRow={onRow}
      scroll={{ x: 780 }}
      locale={{ emptyText: t('holdings.empty') }}
    />
  );
}

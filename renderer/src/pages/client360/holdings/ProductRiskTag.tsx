import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HoldingLine } from '../../../../../shared/api';

/** R1–R5 with its name; red with the reason in a tooltip when the product is unsuitable for the client. */
export function ProductRiskTag({ line }: { line: Pick<HoldingLine, 'riskRating' | 'unsuitable'> }) {
  const { t } = useTranslation();
  const label = `${line.riskRating} ${t(`productRisk.${line.riskRating}`)}`;
  if (!line.unsuitable) return <Tag style={{ marginInlineEnd: 0 }}>{label}</Tag>;
  return (
    <Tooltip title={t('holdings.unsuitableHint')}>
      <Tag data-testid="holding-unsuitable" color="red" tabIndex={0} aria-label={`${label}: ${t('holdings.unsuitableHint')}`} style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
    </Tooltip>
  );
}

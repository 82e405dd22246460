import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HoldingLine } from '../../../../../shared/api';

/** R1–R5 with its name; red with the reason in a tooltip when the product is unsuitable for the client. */
export function ProductRiskTag({ line }: { line: Pick<HoldingLine, 'riskRating' | 'unsuitable' | 'suitability'> }) {
  const { t } = useTranslation();
  const label = `${line.riskRating} ${t(`productRisk.${line.riskRating}`)}`;
  if (!line.unsuitable) return <Tag style={{ marginInlineEnd: 0 }}>{label}</Tag>;
  const reason = t(`suitability.${line.suitability}`);
  return (
    <Tooltip title={reason}>
      <Tag data-testid="holding-unsuitable" color="red" tabIndex={0} aria-label={`${label}: ${reason}`} style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
    </Tooltip>
  );
}

import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HoldingLine } from '../../../../../shared/api';

/** A holding's suitability for the client in words: 符合, or why not (not assessed, expired, above the level) in red. */
export function SuitabilityText({ line }: { line: Pick<HoldingLine, 'suitability' | 'unsuitable'> }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type={line.unsuitable ? 'danger' : 'secondary'} data-testid="holding-suitability" data-reason={line.suitability}>
      {t(`suitability.${line.suitability}`)}
    </Typography.Text>
  );
}

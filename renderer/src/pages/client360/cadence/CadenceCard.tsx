import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../../shared/api';
import { CADENCE_MEASURES } from '../../../../../shared/api';
import { CadenceStatusTag } from '../../../components/cadence/CadenceStatusTag';
import { useBankToday } from '../../../hooks/useBankToday';
import { MeasureProgress } from './MeasureProgress';
import { MonthStrip } from './MonthStrip';
import { MonthStripLegend } from './MonthStripLegend';
import './cadenceCard.css';

/** 12-4-2-1 for this client this year: the status, the 12-month strip and the four measures. */
export function CadenceCard({ cadence }: { cadence: Client360['cadence'] }) {
  const { t } = useTranslation();
  const { year } = useBankToday();
  return (
    <Card size="small" data-testid="client360-cadence" title={t('cadence.card.title', { year })} extra={<CadenceStatusTag status={cadence.status} t={t} />}>
      <Flex vertical gap={12}>
        <MonthStrip months={cadence.months} />
        <MonthStripLegend />
        <div className="cadence-progress-grid">
          {CADENCE_MEASURES.map((measure) => (
            <MeasureProgress key={measure} measure={measure} progress={cadence[measure]} />
          ))}
        </div>
      </Flex>
    </Card>
  );
}

import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../../shared/api';
import { AllocationDonut } from './AllocationDonut';
import { HoldingsSummary } from './HoldingsSummary';
import { HoldingsTable } from './HoldingsTable';

/** 持仓: totals, the allocation donut, and every line grouped by asset class. */
export function HoldingsCard({ data }: { data: Client360 }) {
  const { t } = useTranslation();
  const hasAllocation = data.allocation.some((slice) => slice.marketValueFen > 0);
  return (
    <Card size="small" title={t('holdings.title')} data-testid="client360-holdings">
      <Flex vertical gap={16}>
        <HoldingsSummary data={data} />
        {hasAllocation && <AllocationDonut allocation={data.allocation} />}
        <HoldingsTable holdings={data.holdings} />
      </Flex>
    </Card>
  );
}

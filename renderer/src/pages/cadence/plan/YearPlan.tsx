import { Empty, Flex, Skeleton, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBankToday } from '../../../hooks/useBankToday';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import type { CadencePlanRequest } from '../../../store/endpoints/cadence';
import { DEFAULT_DAILY_CAP, PlanControls } from './PlanControls';
import { groupPlanByMonth, planCounts } from './planGroups';
import { PlanMonths } from './PlanMonths';
import { PlanSummary } from './PlanSummary';
import { useYearPlan } from './useYearPlan';
import { LoadFailedAlert } from '../../../components/LoadFailedAlert';

/** Typing a daily cap asks for a new plan once the number settles. */
const CAP_DEBOUNCE_MS = 300;

/**
 * 年度计划 (`#/cadence/plan`): dates for everything the year still needs, over working days with a
 * daily cap, month by month, and the same plan as an `.ics` calendar file.
 */
export function YearPlan() {
  const { t } = useTranslation();
  const today = useBankToday();
  const [year, setYear] = useState(today.year);
  const [cap, setCap] = useState(DEFAULT_DAILY_CAP);
  const dailyCap = useDebouncedValue(cap, CAP_DEBOUNCE_MS);
  const request = useMemo<CadencePlanRequest>(() => ({ year, asOf: today.date, dailyCap }), [year, today.date, dailyCap]);
  const plan = useYearPlan(request);
  const entries = plan.data?.entries;
  const months = useMemo(() => groupPlanByMonth(entries ?? []), [entries]);
  const counts = useMemo(() => planCounts(entries ?? []), [entries]);

  return (
    <Flex data-testid="year-plan" data-loaded={plan.data !== null} data-year={plan.data?.year} data-daily-cap={plan.data?.dailyCap} vertical gap={12}>
      <PlanControls years={[today.year, today.year + 1]} year={year} onYearChange={setYear} dailyCap={cap} onDailyCapChange={setCap} request={request} />
      {plan.error ? (
        <LoadFailedAlert testId="year-plan-error" title={t('cadence.plan.loadFailed')} error={plan.error} onRetry={() => void plan.retry()} />
      ) : !plan.data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Spin spinning={plan.isFetching} delay={200}>
          <Flex vertical gap={12}>
            <PlanSummary counts={counts} />
            {months.length === 0 ? (
              <Empty data-testid="year-plan-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadence.plan.empty')} />
            ) : (
              <PlanMonths months={months} />
            )}
          </Flex>
        </Spin>
      )}
    </Flex>
  );
}

import type { CollapseProps } from 'antd';
import { Collapse, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../../shared/format';
import { MONTH_KEYS } from '../../../components/cadence/cadenceLabels';
import type { PlanMonth } from './planGroups';
import { PlanMonthTable } from './PlanMonthTable';

/**
 * The plan month by month, the first month open. A closed month renders nothing, so a plan of
 * tens of thousands of entries stays light.
 */
export function PlanMonths({ months }: { months: PlanMonth[] }) {
  const { t } = useTranslation();
  const items: CollapseProps['items'] = months.map(({ month, entries, overCapacity }) => {
    const key = MONTH_KEYS[Number(month.slice(5, 7)) - 1] ?? 'jan';
    return {
      key: month,
      label: (
        <Flex data-testid="plan-month" data-month={month} data-count={entries.length} data-over-capacity={overCapacity} align="center" gap={12} wrap>
          <Typography.Text strong>{t('cadence.plan.monthTitle', { year: month.slice(0, 4), month: t(`month.${key}`) })}</Typography.Text>
          <Typography.Text type="secondary">{t('cadence.plan.monthCount', { count: formatCount(entries.length) })}</Typography.Text>
          {overCapacity > 0 && <Typography.Text type="warning">{t('cadence.plan.overCapacityCount', { count: formatCount(overCapacity) })}</Typography.Text>}
        </Flex>
      ),
      children: <PlanMonthTable entries={entries} />,
    };
  });
  return <Collapse data-testid="plan-months" items={items} defaultActiveKey={months[0] ? [months[0].month] : []} destroyOnHidden />;
}

import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';

/** 超出上限: the day already had the daily cap, because the month had no room left. */
export function OverCapacityTag({ t }: { t: TFunction }) {
  return (
    <Tooltip title={t('cadence.plan.overCapacityHint')}>
      <Tag data-testid="plan-over-capacity" color="warning" style={{ marginInlineEnd: 0 }}>
        {t('cadence.plan.overCapacity')}
      </Tag>
    </Tooltip>
  );
}

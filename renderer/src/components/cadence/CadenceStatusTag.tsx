import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { CadenceStatus } from './cadenceLabels';
import { STATUS_COLORS } from './cadenceLabels';

/**
 * 已达标 / 按计划 / 有风险 / 落后 / 不适用 as a coloured Tag, `data-status` for tests. Takes `t`
 * (no hooks), so it is cheap enough for every visible roster row.
 */
export function CadenceStatusTag({ status, t, testId = 'cadence-status-tag' }: { status: CadenceStatus; t: TFunction; testId?: string }) {
  return (
    <Tag data-testid={testId} data-status={status} color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`cadence.status.${status}`)}
    </Tag>
  );
}

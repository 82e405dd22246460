import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { WorkItem } from '../../../../../shared/api';

type WorkReason = WorkItem['reasons'][number];

const REASON_COLORS: Record<WorkReason, string> = {
  month_due: 'blue',
  review_expected: 'gold',
  face_to_face_expected: 'purple',
  annual_report_due: 'cyan',
};

/** 本月待联系 / 本月需资产配置检视 / 本月需面谈检视 / 年度报告待交付, as the host lists them. */
export function ReasonTags({ reasons, t }: { reasons: readonly WorkReason[]; t: TFunction }) {
  return (
    <span className="tag-row">
      {reasons.map((reason) => (
        <Tag key={reason} data-testid="worklist-reason" data-reason={reason} color={REASON_COLORS[reason]} style={{ marginInlineEnd: 0 }}>
          {t(`cadence.reason.${reason}`)}
        </Tag>
      ))}
    </span>
  );
}

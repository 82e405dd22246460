import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PLAN_KINDS } from '../../../../../shared/api';
import { formatCount } from '../../../../../shared/format';
import type { PlanCounts } from './planGroups';
import { PlanKindTag } from './PlanKindTag';

/** 共 N 项, per kind, and how many went over the daily cap; the figures also as data attributes. */
export function PlanSummary({ counts }: { counts: PlanCounts }) {
  const { t } = useTranslation();
  return (
    <Flex
      data-testid="plan-summary"
      data-total={counts.total}
      data-contact={counts.byKind.contact}
      data-review={counts.byKind.review}
      data-face-to-face-review={counts.byKind.face_to_face_review}
      data-annual-report={counts.byKind.annual_report}
      data-over-capacity={counts.overCapacity}
      align="center"
      gap={12}
      wrap
    >
      <Typography.Text strong>{t('cadence.plan.total', { count: formatCount(counts.total) })}</Typography.Text>
      {PLAN_KINDS.map((kind) => (
        <span key={kind} className="tag-row">
          <PlanKindTag kind={kind} t={t} />
          <span className="tabular-nums">{formatCount(counts.byKind[kind])}</span>
        </span>
      ))}
      {counts.overCapacity > 0 && <Typography.Text type="warning">{t('cadence.plan.overCapacityCount', { count: formatCount(counts.overCapacity) })}</Typography.Text>}
    </Flex>
  );
}

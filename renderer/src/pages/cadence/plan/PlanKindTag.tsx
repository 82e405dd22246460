import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { PlanKind } from './planGroups';

const KIND_COLORS: Record<PlanKind, string> = {
  contact: 'blue',
  review: 'gold',
  face_to_face_review: 'purple',
  annual_report: 'cyan',
};

/** 主题联系 / 资产配置检视 / 面谈检视 / 交付年度报告. */
export function PlanKindTag({ kind, t }: { kind: PlanKind; t: TFunction }) {
  return (
    <Tag data-testid="plan-kind" data-kind={kind} color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`cadence.planKind.${kind}`)}
    </Tag>
  );
}

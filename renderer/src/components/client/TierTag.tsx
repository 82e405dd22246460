import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { Tier } from '../../../../shared/domain';

const TIER_COLORS: Record<Tier, string> = {
  hq_private: 'gold',
  private: 'purple',
  wealth: 'blue',
};

export function TierTag({ tier, t }: { tier: Tier; t: TFunction }) {
  return (
    <Tag color={TIER_COLORS[tier]} style={{ marginInlineEnd: 0 }}>
      {t(`tier.${tier}`)}
    </Tag>
  );
}

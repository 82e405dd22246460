import type { TFunction } from 'i18next';
import type { InteractionTheme } from '../../../shared/domain';
import { INTERACTION_THEMES } from '../../../shared/domain';

export const THEME_KEY_NAMES = ['market_view', 'product_maturity', 'allocation_review', 'family_wealth', 'enterprise_services', 'benefits_events', 'festive_greeting', 'other'] as const;
export type ThemeKey = (typeof THEME_KEY_NAMES)[number];

/** The glossary's themes are stored in Chinese; these are their translation keys. */
export const THEME_KEYS: Record<InteractionTheme, ThemeKey> = {
  市场观点: 'market_view',
  产品到期: 'product_maturity',
  资产配置检视: 'allocation_review',
  家族财富: 'family_wealth',
  企业服务: 'enterprise_services',
  权益活动: 'benefits_events',
  节日问候: 'festive_greeting',
  其他: 'other',
};

export { ALLOCATION_REVIEW_THEME } from '../../../shared/domain';

export function isKnownTheme(theme: string): theme is InteractionTheme {
  return (INTERACTION_THEMES as readonly string[]).includes(theme);
}

/** A glossary theme in the UI language; free text as typed. */
export function themeLabel(theme: string, t: TFunction): string {
  return isKnownTheme(theme) ? t(`interactionTheme.${THEME_KEYS[theme]}`) : theme;
}

import { z } from 'zod';

/** Client tiers, from the glossary (`tier`). Order: most senior first. */
export const TIERS = ['hq_private', 'private', 'wealth'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

/** Client risk tolerance C1 (conservative) … C5 (aggressive). */
export const CLIENT_RISK_LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export const clientRiskLevelSchema = z.enum(CLIENT_RISK_LEVELS);
export type ClientRiskLevel = z.infer<typeof clientRiskLevelSchema>;

/** Product risk rating R1 (low) … R5 (high). */
export const PRODUCT_RISK_RATINGS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;
export const productRiskRatingSchema = z.enum(PRODUCT_RISK_RATINGS);
export type ProductRiskRating = z.infer<typeof productRiskRatingSchema>;

export const ASSET_CLASSES = ['cash', 'fixed_income', 'equity', 'alternative', 'insurance'] as const;
export const assetClassSchema = z.enum(ASSET_CLASSES);
export type AssetClass = z.infer<typeof assetClassSchema>;

/**
 * How a product can be left (docs/glossary.md): redeemable at will, only when its closed period
 * ends, only at maturity, or an insurance policy (surrender loses the cover and costs a penalty).
 */
export const PRODUCT_LIQUIDITIES = ['liquid', 'closed_period', 'held_to_maturity', 'insurance_policy'] as const;
export const productLiquiditySchema = z.enum(PRODUCT_LIQUIDITIES);
export type ProductLiquidity = z.infer<typeof productLiquiditySchema>;

export const CHANNELS = ['face_to_face', 'phone', 'video', 'wecom', 'chat', 'email', 'sms', 'other'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

export const REPORT_KINDS = ['allocation', 'annual_wealth'] as const;
export const reportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof reportKindSchema>;

export const GENDERS = ['male', 'female'] as const;
export const genderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof genderSchema>;

/**
 * Interaction themes offered in the UI (glossary). Stored as the bank's Chinese wording,
 * because a theme may also be free text and the bank's own records are in Chinese.
 */
export const INTERACTION_THEMES = ['市场观点', '产品到期', '资产配置检视', '家族财富', '企业服务', '权益活动', '节日问候', '其他'] as const;
/** The theme that means an allocation review (the "4" of 12-4-2-1). */
export const ALLOCATION_REVIEW_THEME = '资产配置检视' satisfies (typeof INTERACTION_THEMES)[number];
export type InteractionTheme = (typeof INTERACTION_THEMES)[number];

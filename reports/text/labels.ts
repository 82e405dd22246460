import type { CADENCE_STATUSES, CadenceMeasure, MONTH_STATES } from '../../shared/api/cadence';
import type { INVESTMENT_HORIZONS, RISK_APPETITE_CHANGES } from '../../shared/api/reports';
import type { AssetClass, Channel, ClientRiskLevel, ProductRiskRating, ReportKind, Tier } from '../../shared/domain/enums';
import type { SuitabilityReason } from '../../shared/rules/suitability';

/** The glossary's zh-CN wording: reports are printed in Chinese whatever the desk's UI language. */
export const ASSET_CLASS_LABELS: Record<AssetClass, string> = {
  cash: '现金类',
  fixed_income: '固定收益类',
  equity: '权益类',
  alternative: '另类投资',
  insurance: '保险保障类',
};

export const CLIENT_RISK_LABELS: Record<ClientRiskLevel, string> = { C1: '保守型', C2: '谨慎型', C3: '稳健型', C4: '积极型', C5: '激进型' };

export const PRODUCT_RISK_LABELS: Record<ProductRiskRating, string> = { R1: '低', R2: '中低', R3: '中', R4: '中高', R5: '高' };

/** Why a product is or is not suitable for the client (`shared/rules/suitability.ts`). */
export const SUITABILITY_LABELS: Record<SuitabilityReason, string> = {
  suitable: '符合',
  not_assessed: '未评估',
  assessment_expired: '风险评估已过期',
  exceeds_risk: '超出风险承受能力',
};

export const TIER_LABELS: Record<Tier, string> = { hq_private: '总行级私人银行客户', private: '私人银行客户', wealth: '财富管理客户' };

export const REPORT_KIND_LABELS: Record<ReportKind, string> = { allocation: '资产配置报告', annual_wealth: '年度财富管理报告' };

export const CHANNEL_LABELS: Record<Channel, string> = {
  face_to_face: '面谈',
  phone: '电话',
  video: '视频',
  wecom: '企业微信',
  chat: '在线沟通',
  email: '邮件',
  sms: '短信',
  other: '其他',
};

export const CADENCE_STATUS_LABELS: Record<(typeof CADENCE_STATUSES)[number], string> = {
  complete: '已达成',
  on_track: '进度正常',
  at_risk: '存在风险',
  behind: '进度落后',
  not_applicable: '不适用',
};

export const CADENCE_MEASURE_LABELS: Record<CadenceMeasure, string> = {
  monthly: '每月主题联络（12）',
  reviews: '资产配置检视（4）',
  faceToFace: '面对面检视（2）',
  annualReport: '年度财富管理报告（1）',
};

export const MONTH_STATE_LABELS: Record<(typeof MONTH_STATES)[number], string> = {
  done: '已联络',
  missed: '未联络',
  due: '本月待办',
  upcoming: '未到期',
  not_applicable: '不适用',
};

export const HORIZON_LABELS: Record<(typeof INVESTMENT_HORIZONS)[number], string> = {
  under_1y: '1年以内',
  '1_3y': '1至3年',
  '3_5y': '3至5年',
  '5_10y': '5至10年',
  over_10y: '10年以上',
};

export const RISK_APPETITE_LABELS: Record<(typeof RISK_APPETITE_CHANGES)[number], string> = { lower: '降低', unchanged: '不变', higher: '提高' };

import type { ReportSnapshot } from '../reports/snapshot';
import type { AssetClass, ClientRiskLevel, ProductRiskRating, ReportKind } from '../shared/domain/enums';
import { addDays, formatDate, parseDate } from '../shared/time/zoned';
import { seededRandom } from './seededRandom';

/**
 * Deterministic, realistic report snapshots for the report tests and the bench: a C3 client
 * with a dozen products across the five classes (one R4 above her level, one over 15 %), the
 * bank's C3 model, two years of NAV, and for the annual kind a year of service. Options bend it
 * into the cases the issue names (many holdings, hostile text, no model, no holdings...).
 */
export interface SnapshotOptions {
  kind?: ReportKind;
  /** Distinct report ids and figures per seed (the batch renders 200 different reports). */
  seed?: number;
  /** Holdings in all; beyond the base dozen they are small products without NAV. */
  holdings?: number;
  /** Bidi overrides, zero-width characters, emoji and markup in every free-text field. */
  hostile?: boolean;
  riskLevel?: ClientRiskLevel | null;
  /** The day the risk assessment was made (default: eight months before asOf, still valid). */
  riskAssessedAt?: string | null;
  /** Leave the model out (a client with no model for her level). */
  noModel?: boolean;
}

export const AS_OF = '2026-11-28';
const GENERATED_AT = '2026-11-28T10:30:00+08:00';

interface Product {
  id: string;
  code: string;
  name: string;
  assetClass: AssetClass;
  riskRating: ProductRiskRating;
  yuan: number;
  /** Yearly drift of its NAV; null: no NAV series (insurance). */
  trend: number | null;
  /** How it can be left (snapshot schema 3); absent: the defaults (insurance fixed, others liquid). */
  liquidity?: { liquidity: 'closed_period' | 'insurance_policy'; lockedUntil?: string };
}

const BASE_PRODUCTS: readonly Product[] = [
  { id: 'CASH01', code: 'XJ0001', name: '天天利现金管理', assetClass: 'cash', riskRating: 'R1', yuan: 1_200_000, trend: 0.019 },
  { id: 'CASH02', code: 'XJ0002', name: '七天通知存款', assetClass: 'cash', riskRating: 'R1', yuan: 300_000, trend: 0.012 },
  { id: 'FI01', code: 'GS1021', name: '稳享一年定开债券', assetClass: 'fixed_income', riskRating: 'R2', yuan: 2_600_000, trend: 0.034, liquidity: { liquidity: 'closed_period', lockedUntil: '2027-03-31' } },
  { id: 'FI02', code: 'GS1088', name: '悦享纯债六个月持有', assetClass: 'fixed_income', riskRating: 'R2', yuan: 900_000, trend: 0.028 },
  { id: 'FI03', code: 'GS2203', name: '安盈中短债', assetClass: 'fixed_income', riskRating: 'R2', yuan: 500_000, trend: 0.025 },
  { id: 'EQ01', code: 'QY3001', name: '沪深300指数增强', assetClass: 'equity', riskRating: 'R3', yuan: 800_000, trend: 0.09 },
  { id: 'EQ02', code: 'QY3107', name: '科技创新成长混合', assetClass: 'equity', riskRating: 'R4', yuan: 450_000, trend: 0.14 },
  { id: 'EQ03', code: 'QY3220', name: '红利低波优选', assetClass: 'equity', riskRating: 'R3', yuan: 350_000, trend: 0.06 },
  { id: 'ALT01', code: 'LT5001', name: '黄金积存', assetClass: 'alternative', riskRating: 'R3', yuan: 250_000, trend: 0.18 },
  { id: 'ALT02', code: 'LT5012', name: 'REITs精选', assetClass: 'alternative', riskRating: 'R3', yuan: 150_000, trend: 0.03 },
  { id: 'INS01', code: 'BX8001', name: '臻享年金保险', assetClass: 'insurance', riskRating: 'R1', yuan: 400_000, trend: null, liquidity: { liquidity: 'insurance_policy' } },
  { id: 'INS02', code: 'BX8016', name: '康宁终身重疾', assetClass: 'insurance', riskRating: 'R1', yuan: 100_000, trend: null },
];

/** The products the C3 model suggests, one per class, with their terms of sale (1万 = 1,000,000 fen). */
const SUGGESTED = [
  { id: 'CASH01', name: '天天利现金管理', riskRating: 'R1', onSale: true, minPurchaseFen: 1_000_000, stepFen: 1_000_000 },
  { id: 'FI01', name: '稳享一年定开债券', riskRating: 'R2', onSale: true, minPurchaseFen: 5_000_000, stepFen: 1_000_000 },
  { id: 'EQ09', name: '均衡价值精选混合', riskRating: 'R3', onSale: true, minPurchaseFen: 1_000_000, stepFen: 1_000_000 },
  { id: 'ALT05', name: '多策略另类精选', riskRating: 'R4', onSale: true, minPurchaseFen: 1_000_000, stepFen: 1_000_000 },
  { id: 'INS01', name: '臻享年金保险', riskRating: 'R1', onSale: false },
] as const;

const HOSTILE = {
  bidi: '\u202Egnp.exe\u202C',
  zeroWidth: 'a\u200Bb\u200Dc\uFEFF',
  emoji: '🎉💰👨‍👩‍👧',
  markup: '<script>alert("x")</script><b>粗体</b>',
};
const hostileText = (base: string) => `${base} ${HOSTILE.bidi} ${HOSTILE.zeroWidth} ${HOSTILE.emoji} ${HOSTILE.markup}`;

export function reportSnapshot(options: SnapshotOptions = {}): ReportSnapshot {
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const kind = options.kind ?? 'allocation';
  const text = (base: string) => (options.hostile ? hostileText(base) : base);
  const products = productsFor(options.holdings ?? BASE_PRODUCTS.length, random);
  const riskLevel = options.riskLevel === undefined ? 'C3' : options.riskLevel;
  const asOf = parseDate(AS_OF);
  return {
    schema: 3,
    reportId: `RPT-${kind}-${String(seed).padStart(5, '0')}`,
    reportNo: `2026-010245-K7QD-${String(seed).padStart(6, '0')}`,
    kind,
    title: text(kind === 'allocation' ? '2026年11月资产配置报告' : '2026年度财富管理报告'),
    generatedAt: GENERATED_AT,
    asOf: AS_OF,
    periodFrom: kind === 'allocation' ? formatDate(addDays(asOf, -365)) : '2026-01-01',
    periodTo: AS_OF,
    client: {
      id: `C${String(seed).padStart(6, '0')}`,
      name: options.hostile ? `王${HOSTILE.bidi}雅${HOSTILE.zeroWidth}琴${HOSTILE.emoji}` : '王雅琴',
      nameEn: options.hostile ? HOSTILE.markup : 'Wang Yaqin',
      customerNo: `62220${String(100000 + seed)}`,
      tier: 'private',
      riskLevel,
      riskAssessedAt: options.riskAssessedAt === undefined ? '2026-03-15' : options.riskAssessedAt,
      clientSince: '2015-06-01',
    },
    advisor: {
      id: 'A1024',
      name: '李明轩',
      nameEn: 'Li Mingxuan',
      title: '高级财富顾问',
      branch: text('上海陆家嘴私人银行中心'),
      employeeNo: '010245',
      phone: '021-5888 1024',
      email: 'li.mingxuan@example-bank.cn',
    },
    holdings: products.map((p) => ({
      productId: p.id,
      productCode: options.hostile ? `${p.code}\u200B` : p.code,
      productName: text(p.name),
      assetClass: p.assetClass,
      riskRating: p.riskRating,
      marketValueFen: Math.round(p.yuan * 100 * (0.9 + random() * 0.2)),
      costFen: p.yuan * 100,
      asOf: AS_OF,
      ...p.liquidity,
    })),
    model: options.noModel || riskLevel === null ? null : C3_MODEL,
    suggestedProducts: SUGGESTED.map((p) => ({ ...p, name: text(p.name) })),
    navSeries: Object.fromEntries(
      [...BASE_PRODUCTS.filter((p) => p.trend !== null), { id: 'EQ09', trend: 0.07 }, { id: 'ALT05', trend: 0.05 }].map((p) => [p.id, navSeries(p.trend ?? 0, random)]),
    ),
    notes: text(
      '今年以来权益市场震荡上行，您的组合整体表现稳健。当前现金类占比偏高，建议将部分闲置资金逐步配置至权益类与另类资产，以提升组合长期收益；同时科技创新成长混合的风险等级高于您的风险承受能力，建议择机减持。\n如您的家庭资金安排有变化，请随时与我联系。',
    ),
    annual: kind === 'annual_wealth' ? annualPart(text) : null,
  };
}

function productsFor(count: number, random: () => number): Product[] {
  const base = BASE_PRODUCTS.slice(0, count);
  const classes: AssetClass[] = ['cash', 'fixed_income', 'equity', 'alternative', 'insurance'];
  const extra = Array.from({ length: Math.max(0, count - BASE_PRODUCTS.length) }, (_, i): Product => {
    const assetClass = classes[i % classes.length] as AssetClass;
    return { id: `X${String(i).padStart(5, '0')}`, code: `XP${String(i).padStart(5, '0')}`, name: `定制产品${i + 1}号`, assetClass, riskRating: 'R2', yuan: 1_000 + Math.floor(random() * 9_000), trend: null };
  });
  return [...base, ...extra];
}

/** Two years of weekday NAVs to asOf, a seeded random walk around the product's trend. */
function navSeries(trend: number, random: () => number): [string, number][] {
  const points: [string, number][] = [];
  let nav = 1;
  const daily = trend / 250;
  const volatility = 0.002 + trend * 0.05;
  for (let day = addDays(parseDate(AS_OF), -730); formatDate(day) <= AS_OF; day = addDays(day, 1)) {
    const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    nav = Math.max(0.1, nav * (1 + daily + (random() - 0.5) * 2 * volatility));
    points.push([formatDate(day), Math.round(nav * 10_000) / 10_000]);
  }
  return points;
}

const C3_MODEL: NonNullable<ReportSnapshot['model']> = {
  id: 'MODEL-C3',
  riskLevel: 'C3',
  name: '稳健型模型组合',
  weights: [
    { assetClass: 'cash', target: 0.1, min: 0.05, max: 0.15, suggestedProductIds: ['CASH01'] },
    { assetClass: 'fixed_income', target: 0.45, min: 0.35, max: 0.55, suggestedProductIds: ['FI01'] },
    { assetClass: 'equity', target: 0.3, min: 0.2, max: 0.4, suggestedProductIds: ['EQ09'] },
    { assetClass: 'alternative', target: 0.1, min: 0.05, max: 0.15, suggestedProductIds: ['ALT05'] },
    { assetClass: 'insurance', target: 0.05, min: 0, max: 0.1, suggestedProductIds: ['INS01'] },
  ],
  version: 3,
  deleted: false,
};

function annualPart(text: (base: string) => string): NonNullable<ReportSnapshot['annual']> {
  const themes = ['市场观点', '产品到期', '资产配置检视', '家族财富', '企业服务', '权益活动', '节日问候', '市场观点', '资产配置检视', '产品到期', '市场观点'];
  const channels = ['phone', 'wecom', 'face_to_face', 'video', 'phone', 'wecom', 'email', 'phone', 'face_to_face', 'wecom', 'phone'] as const;
  return {
    year: 2026,
    interactions: themes.map((theme, i) => ({
      occurredAt: `2026-${String(i + 1).padStart(2, '0')}-${String(10 + (i % 15)).padStart(2, '0')}T10:00:00+08:00`,
      channel: channels[i] ?? 'phone',
      theme,
      isAllocationReview: theme === '资产配置检视' || i === 5,
      summary: text(`${theme}：与客户沟通近期市场与持仓情况，客户表示认可并希望保持稳健配置。`),
    })),
    cadence: {
      status: 'on_track',
      months: ['done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'due', 'upcoming'],
      monthly: { done: 11, target: 12, expected: 11 },
      reviews: { done: 3, target: 4, expected: 3 },
      faceToFace: { done: 2, target: 2, expected: 2 },
      annualReport: { done: 0, target: 1, expected: 0 },
    },
    reportsDelivered: [{ title: '资产配置报告（2026-03-10）', deliveredAt: '2026-03-12T02:00:00.000Z' }],
    nextYearPlan: text('一、每季度进行一次资产配置检视，其中两次面谈；\n二、关注子女海外教育金规划，适时配置美元资产；\n三、结合企业经营现金流，安排流动性管理方案。'),
    survey: {
      goals: text('财富稳健增值，兼顾子女教育与养老规划'),
      horizon: '3_5y',
      liquidityNeeds: text('每年约50万元用于家庭开支与子女学费'),
      riskAppetiteChange: 'unchanged',
      familyEvents: text('长子2027年出国留学'),
      enterpriseEvents: text('企业计划2027年扩建厂房，或需短期资金周转'),
    },
  };
}

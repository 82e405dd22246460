import type { AssetClass, ProductRiskRating } from '../../shared/domain/enums';
import type { Product } from '../../shared/domain/entities';

/**
 * The bank's product shelf: a fixed, curated list (not random) so that demos look the same for
 * every seed and the names read like a real private bank's shelf. Issuers and names imitate the
 * Chinese market; codes are made up. `nav` is the unit value used to derive holding units; null
 * for deposits, bonds held at face value and insurance policies (no units).
 */
export interface ShelfProduct {
  product: Product;
  nav: number | null;
  /** 1…5 from the R rating, for suitability arithmetic. */
  rank: number;
}

type Row = [code: string, name: string, assetClass: AssetClass, risk: ProductRiskRating, issuer: string, benchmark: string | null, nav: number | null];

const MMF = '活期存款利率(税后)';

const ROWS: readonly Row[] = [
  // 现金类 (cash), all R1
  ['GS0001', '工银理财·添利宝净值型理财产品', 'cash', 'R1', '工银理财有限责任公司', '人民银行7天通知存款利率', 1],
  ['JX0007', '建信理财·龙宝现金管理2号', 'cash', 'R1', '建信理财有限责任公司', '七天通知存款利率', 1],
  ['ZY7007', '招银理财·朝招金7007(多元进取型)', 'cash', 'R1', '招银理财有限责任公司', '年化1.50%-2.10%', 1],
  ['000009', '易方达天天理财货币A', 'cash', 'R1', '易方达基金管理有限公司', MMF, 1],
  ['003003', '华夏现金增利货币A', 'cash', 'R1', '华夏基金管理有限公司', MMF, 1],
  ['202302', '南方天天利货币B', 'cash', 'R1', '南方基金管理股份有限公司', MMF, 1],
  ['CD2025018', '个人大额存单2025年第18期(3年期)', 'cash', 'R1', '本行', '年化1.90%', null],
  ['TZCK0001', '智能通知存款', 'cash', 'R1', '本行', '年化1.05%-1.35%', null],
  // 固定收益类 (fixed income), R1–R3
  ['GZ2025005', '2025年储蓄国债(电子式)第五期(3年期)', 'fixed_income', 'R1', '中华人民共和国财政部', '票面利率1.93%', null],
  ['015645', '嘉实超短债债券C', 'fixed_income', 'R1', '嘉实基金管理有限公司', '中债新综合财富(1年以下)指数收益率', 1.0823],
  ['GS1901', '工银理财·鑫添益同业存单7天持有', 'fixed_income', 'R1', '工银理财有限责任公司', '中证同业存单AAA指数收益率', 1.0215],
  ['ZY0301', '招银理财·招睿稳健月开1号', 'fixed_income', 'R1', '招银理财有限责任公司', '年化2.20%-2.60%', 1.0341],
  ['ZG0101', '中银理财·稳富(七天持有期)', 'fixed_income', 'R1', '中银理财有限责任公司', '年化2.00%-2.50%', 1.0127],
  ['GS9090', '工银理财·鑫稳利90天持有期', 'fixed_income', 'R2', '工银理财有限责任公司', '年化2.60%-3.10%', 1.0532],
  ['ZG2518', '中银理财·稳富(封闭式)2025年18期', 'fixed_income', 'R2', '中银理财有限责任公司', '年化2.80%-3.40%', 1.0108],
  ['006829', '广发中短债债券C', 'fixed_income', 'R2', '广发基金管理有限公司', '中债新综合财富(1-3年)指数收益率', 1.1236],
  ['000147', '易方达高等级信用债债券A', 'fixed_income', 'R2', '易方达基金管理有限公司', '中债信用债总财富(总值)指数收益率', 1.3519],
  ['JX1Y01', '建信理财·嘉鑫固收类最低持有1年', 'fixed_income', 'R2', '建信理财有限责任公司', '年化3.00%-3.60%', 1.0694],
  ['100018', '富国天利增长债券', 'fixed_income', 'R2', '富国基金管理有限公司', '中债综合财富(总值)指数收益率', 1.4802],
  ['ZY0902', '招银理财·招睿稳健季开3号', 'fixed_income', 'R2', '招银理财有限责任公司', '年化2.70%-3.30%', 1.0415],
  ['110017', '易方达增强回报债券A', 'fixed_income', 'R2', '易方达基金管理有限公司', '中债新综合财富(总值)指数收益率', 1.5237],
  ['202101', '南方宝元债券A', 'fixed_income', 'R3', '南方基金管理股份有限公司', '中债新综合全价指数收益率×90%+沪深300指数收益率×10%', 1.8634],
  ['340001', '兴全可转债混合', 'fixed_income', 'R3', '兴证全球基金管理有限公司', '中证可转换债券指数收益率×80%+沪深300指数收益率×20%', 2.0518],
  ['GS2Y01', '工银理财·恒睿固收增强最低持有2年', 'fixed_income', 'R3', '工银理财有限责任公司', '年化3.50%-4.50%', 1.0916],
  ['ZX2025', '中信信托·恒信共筑2025集合资金信托计划', 'fixed_income', 'R3', '中信信托有限责任公司', '年化4.30%', 1],
  ['PA0301', '平安信托·固益联3号集合资金信托计划', 'fixed_income', 'R3', '平安信托有限责任公司', '年化4.10%', 1],
  // 权益类 (equity), R3–R5
  ['161017', '富国沪深300指数增强A', 'equity', 'R3', '富国基金管理有限公司', '沪深300指数收益率×95%+银行活期存款利率(税后)×5%', 1.6217],
  ['001051', '华夏上证50ETF联接A', 'equity', 'R3', '华夏基金管理有限公司', '上证50指数收益率×95%+银行活期存款利率(税后)×5%', 1.2135],
  ['007466', '华泰柏瑞中证红利低波动ETF联接A', 'equity', 'R3', '华泰柏瑞基金管理有限公司', '中证红利低波动指数收益率×95%+银行活期存款利率(税后)×5%', 1.4408],
  ['005827', '易方达蓝筹精选混合', 'equity', 'R3', '易方达基金管理有限公司', '沪深300指数收益率×50%+中证港股通综合指数收益率×30%+中债总指数收益率×20%', 1.9512],
  ['166005', '中欧价值发现混合A', 'equity', 'R3', '中欧基金管理有限公司', '沪深300指数收益率×80%+中债综合指数收益率×20%', 2.3106],
  ['000083', '汇添富消费行业混合', 'equity', 'R3', '汇添富基金管理股份有限公司', '中证主要消费行业指数收益率×80%+中债综合指数收益率×20%', 3.1247],
  ['260108', '景顺长城新兴成长混合', 'equity', 'R3', '景顺长城基金管理有限公司', '沪深300指数收益率×80%+中证全债指数收益率×20%', 2.0863],
  ['008903', '广发科技先锋混合', 'equity', 'R4', '广发基金管理有限公司', '中证全指信息技术指数收益率×80%+中债综合指数收益率×20%', 1.3841],
  ['160119', '南方中证500ETF联接A', 'equity', 'R4', '南方基金管理股份有限公司', '中证500指数收益率×95%+银行活期存款利率(税后)×5%', 1.1732],
  ['161725', '招商中证白酒指数(LOF)A', 'equity', 'R4', '招商基金管理有限公司', '中证白酒指数收益率×95%+金融同业存款利率×5%', 0.9816],
  ['013308', '华夏恒生科技ETF联接(QDII)A', 'equity', 'R4', '华夏基金管理有限公司', '经估值汇率调整的恒生科技指数收益率', 0.7243],
  ['009849', '易方达港股通优质增长混合', 'equity', 'R4', '易方达基金管理有限公司', '恒生指数收益率×60%+沪深300指数收益率×20%+中债总指数收益率×20%', 0.8827],
  ['001717', '工银前沿医疗股票A', 'equity', 'R4', '工银瑞信基金管理有限公司', '中证医药卫生指数收益率×85%+中债综合指数收益率×15%', 2.0619],
  ['011608', '易方达上证科创板50成份ETF联接A', 'equity', 'R5', '易方达基金管理有限公司', '上证科创板50成份指数收益率×95%+银行活期存款利率(税后)×5%', 0.8134],
  ['SXE302', '衡远成长精选2号私募证券投资基金', 'equity', 'R5', '上海衡远私募基金管理有限公司', null, 1.3428],
  ['SRZ101', '润泽价值精选1号私募证券投资基金', 'equity', 'R5', '北京润泽私募基金管理有限公司', null, 1.1207],
  ['SMZ1K1', '明泽中证1000指数增强1号私募证券投资基金', 'equity', 'R5', '深圳明泽投资管理有限公司', '中证1000指数收益率', 0.9452],
  // 另类投资 (alternatives), R4–R5
  ['000216', '华安黄金易ETF联接A', 'alternative', 'R4', '华安基金管理有限公司', '上海黄金交易所Au99.99现货实盘合约收盘价收益率×95%+银行活期存款利率(税后)×5%', 1.8935],
  ['508001', '中金普洛斯仓储物流REIT', 'alternative', 'R4', '中金基金管理有限公司', null, 3.2510],
  ['508018', '华夏中国交建高速公路REIT', 'alternative', 'R4', '华夏基金管理有限公司', null, 6.1260],
  ['SLZ301', '启衡量化中性策略3号私募证券投资基金', 'alternative', 'R4', '上海启衡私募基金管理有限公司', null, 1.0734],
  ['FOF201', '弘盛多策略FOF1号私募证券投资基金', 'alternative', 'R4', '深圳前海弘盛资产管理有限公司', null, 1.0521],
  ['PEF202', '鼎元私募股权母基金二期', 'alternative', 'R5', '鼎元资本管理有限公司', null, 1],
  ['HGD101', '远川宏观对冲策略1号私募基金', 'alternative', 'R5', '北京远川私募基金管理有限公司', null, 1.1618],
  ['CTA801', '衍盛趋势精选CTA1号私募证券投资基金', 'alternative', 'R5', '上海衍盛私募基金管理有限公司', null, 1.2304],
  ['PEM301', '启元医疗健康产业股权投资基金三期', 'alternative', 'R5', '苏州启元股权投资管理有限公司', null, 1],
  // 保险保障类 (insurance), R1–R2; a policy has a cash value, not units
  ['INS1001', '平安御享财富年金保险', 'insurance', 'R1', '中国平安人寿保险股份有限公司', '预定利率2.00%', null],
  ['INS1002', '泰康臻享人生养老年金保险', 'insurance', 'R1', '泰康人寿保险有限责任公司', '预定利率2.00%', null],
  ['INS1003', '大家人寿·多倍保障重大疾病保险', 'insurance', 'R1', '大家人寿保险股份有限公司', null, null],
  ['INS2001', '国寿鑫享未来增额终身寿险(分红型)', 'insurance', 'R2', '中国人寿保险股份有限公司', '预定利率2.00%，分红不保证', null],
  ['INS2002', '太平洋金佑人生终身寿险(分红型)', 'insurance', 'R2', '中国太平洋人寿保险股份有限公司', '预定利率2.00%，分红不保证', null],
  ['INS2003', '中信保诚·惠享一生增额终身寿险', 'insurance', 'R2', '中信保诚人寿保险有限公司', '预定利率2.00%', null],
  ['INS2004', '新华人寿·荣华世家终身寿险(分红型)', 'insurance', 'R2', '新华人寿保险股份有限公司', '预定利率2.00%，分红不保证', null],
  ['INS2005', '工银安盛·鑫丰盈年金保险(万能型)', 'insurance', 'R2', '工银安盛人寿保险有限公司', '万能账户最低保证利率1.75%', null],
];

type Terms = Pick<Product, 'liquidity' | 'lockedUntil' | 'onSale' | 'minPurchaseFen' | 'stepFen'>;

const WAN = 1_000_000; // 1万元 in fen
/** On sale through the bank's channel: 1万 first purchase, then 1万 steps (funds, most wealth products). */
const RETAIL: Terms = { liquidity: 'liquid', onSale: true, minPurchaseFen: WAN, stepFen: WAN };
/** Private funds and trusts: 100万 for qualified investors, then 10万 steps; locked after purchase. */
const QUALIFIED = (lockedUntil: string, onSale = true): Terms => ({ liquidity: 'closed_period', lockedUntil, onSale, minPurchaseFen: 100 * WAN, stepFen: 10 * WAN });
const CLOSED = (lockedUntil: string, onSale: boolean, min = WAN): Terms => ({ liquidity: 'closed_period', lockedUntil, onSale, minPurchaseFen: min, stepFen: WAN });
const POLICY = (onSale: boolean): Terms => ({ liquidity: 'insurance_policy', onSale, ...(onSale && { minPurchaseFen: 5 * WAN, stepFen: WAN }) });

/**
 * How each product can be left and bought (backend/README.md, "product"): insurance policies are
 * never sold, savings bonds and certificates of deposit are held to maturity, closed-period wealth
 * products, trusts and private funds are locked until their next opening day, and what is on sale
 * has a 1万, 5万 or 100万 minimum. Fixed dates, so every seed reads the same shelf.
 */
const TERMS: Readonly<Record<string, Terms>> = {
  GS0001: RETAIL,
  JX0007: RETAIL,
  ZY7007: RETAIL,
  '000009': RETAIL,
  '003003': RETAIL,
  '202302': RETAIL,
  CD2025018: { liquidity: 'held_to_maturity', onSale: false, minPurchaseFen: 20 * WAN, stepFen: WAN },
  TZCK0001: { liquidity: 'liquid', onSale: true, minPurchaseFen: 5 * WAN, stepFen: WAN },
  GZ2025005: { liquidity: 'held_to_maturity', onSale: false, minPurchaseFen: 10_000, stepFen: 10_000 }, // 100元 and steps of 100元
  '015645': RETAIL,
  GS1901: RETAIL,
  ZY0301: CLOSED('2026-12-15', true),
  ZG0101: RETAIL,
  GS9090: CLOSED('2027-01-20', true),
  ZG2518: CLOSED('2027-06-30', false, 5 * WAN),
  '006829': RETAIL,
  '000147': RETAIL,
  JX1Y01: CLOSED('2027-03-31', true),
  '100018': RETAIL,
  ZY0902: CLOSED('2026-12-31', true, 5 * WAN),
  '110017': RETAIL,
  '202101': RETAIL,
  '340001': RETAIL,
  GS2Y01: CLOSED('2028-04-30', true, 5 * WAN),
  ZX2025: QUALIFIED('2027-09-30'),
  PA0301: QUALIFIED('2027-05-31', false),
  '161017': RETAIL,
  '001051': RETAIL,
  '007466': RETAIL,
  '005827': RETAIL,
  '166005': RETAIL,
  '000083': RETAIL,
  '260108': RETAIL,
  '008903': RETAIL,
  '160119': RETAIL,
  '161725': RETAIL,
  '013308': RETAIL,
  '009849': RETAIL,
  '001717': RETAIL,
  '011608': RETAIL,
  SXE302: QUALIFIED('2027-02-28'),
  SRZ101: QUALIFIED('2027-04-30'),
  SMZ1K1: QUALIFIED('2026-12-31', false),
  '000216': RETAIL,
  '508001': { liquidity: 'liquid', onSale: false },
  '508018': { liquidity: 'liquid', onSale: false },
  SLZ301: QUALIFIED('2027-03-31'),
  FOF201: QUALIFIED('2027-06-30'),
  PEF202: { liquidity: 'held_to_maturity', onSale: false },
  HGD101: QUALIFIED('2027-01-31'),
  CTA801: QUALIFIED('2027-02-28'),
  PEM301: { liquidity: 'held_to_maturity', onSale: false },
  INS1001: POLICY(true),
  INS1002: POLICY(false),
  INS1003: POLICY(false),
  INS2001: POLICY(true),
  INS2002: POLICY(false),
  INS2003: POLICY(true),
  INS2004: POLICY(false),
  INS2005: POLICY(true),
};

export const PRODUCT_SHELF: readonly ShelfProduct[] = ROWS.map(([code, name, assetClass, riskRating, issuer, benchmark, nav]) => ({
  product: { id: `PRD-${code}`, code, name, assetClass, riskRating, currency: 'CNY', issuer, benchmark, ...TERMS[code], deleted: false },
  nav,
  rank: Number(riskRating.slice(1)),
}));

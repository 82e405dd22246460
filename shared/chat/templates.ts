import type { Gender } from '../domain/enums';

/**
 * Approved reply templates (工小智's role at the desk): the bank's wording, by category, with
 * fields filled from the client record, and the keywords of client questions each one answers.
 * None may promise returns or safety (the compliance test checks every text).
 */
export interface ReplyTemplate {
  id: string;
  category: string;
  title: string;
  text: string;
  keywords: readonly string[];
}

export const REPLY_TEMPLATES: readonly ReplyTemplate[] = [
  { id: 'greet-hello', category: '问候', title: '日常问候', text: '{{称呼}}您好，我是您的财富顾问{{顾问}}，有任何需要随时联系我。', keywords: ['你好', '您好', '在吗'] },
  { id: 'greet-thanks', category: '问候', title: '感谢信任', text: '{{称呼}}，感谢您一直以来对我们的信任与支持，祝您生活愉快！', keywords: ['谢谢', '感谢'] },
  {
    id: 'product-maturity',
    category: '产品咨询',
    title: '产品到期',
    text: '{{称呼}}您好，您持有的产品即将到期，到期资金将按约定返还至您的账户。如需续作或了解其他产品，我可以为您准备一份配置建议。',
    keywords: ['到期', '赎回', '续作'],
  },
  {
    id: 'product-risk',
    category: '产品咨询',
    title: '风险等级说明',
    text: '{{称呼}}，根据您的风险评估结果（{{风险等级}}），我们只会向您推荐风险等级与之匹配的产品。理财非存款、产品有风险、投资须谨慎。',
    keywords: ['风险', '安全', '亏损', '亏'],
  },
  {
    id: 'product-return',
    category: '产品咨询',
    title: '收益说明',
    text: '{{称呼}}，产品的业绩比较基准不构成收益承诺，过往业绩不代表其未来表现。我可以把产品说明书和近期净值走势发给您参考。',
    keywords: ['收益', '利率', '回报', '年化'],
  },
  {
    id: 'allocation-review',
    category: '资产配置',
    title: '预约配置检视',
    text: '{{称呼}}您好，想约您做一次资产配置检视，结合近期市场和您的需求看看是否需要调整。您看本周哪天方便？',
    keywords: ['配置', '调整', '检视', '组合'],
  },
  {
    id: 'allocation-report',
    category: '资产配置',
    title: '发送配置报告',
    text: '{{称呼}}，您的资产配置报告已经准备好，稍后发给您。如有疑问，我们可以电话或面谈详细沟通。',
    keywords: ['报告', '账单', '对账'],
  },
  {
    id: 'market-view',
    category: '市场观点',
    title: '市场观点',
    text: '{{称呼}}您好，近期市场波动有所加大，建议保持多元配置、注意控制单一资产比例。需要的话我把本月的市场观点发给您。',
    keywords: ['行情', '市场', '股市', '波动', '跌', '涨'],
  },
  {
    id: 'service-appointment',
    category: '服务预约',
    title: '预约面谈',
    text: '{{称呼}}，好的，我帮您预约。请问您方便到网点面谈，还是我上门拜访？',
    keywords: ['见面', '面谈', '预约', '网点', '拜访'],
  },
  {
    id: 'service-documents',
    category: '服务预约',
    title: '办理材料',
    text: '{{称呼}}，办理时请携带本人有效身份证件和银行卡。如需他人代办，我再把所需材料清单发给您。',
    keywords: ['办理', '材料', '证件', '手续'],
  },
  { id: 'holiday-greeting', category: '节日问候', title: '节日问候', text: '{{称呼}}，值此佳节，{{顾问}}祝您和家人节日快乐、阖家幸福！', keywords: ['节日', '新年', '春节', '中秋'] },
];

export interface TemplateFields {
  /** The client's name as on record, e.g. 王雅琴. */
  name: string;
  gender: Gender | null;
  riskLevel: string | null;
  advisorName: string;
}

/** 王先生 / 王女士 from the surname; the full name when the gender is not on record. */
export function salutation(name: string, gender: Gender | null): string {
  if (!gender || name.length === 0) return name;
  // Two-character surnames (欧阳, 司马…) with a name of four characters or more.
  const surname = name.length >= 4 ? name.slice(0, 2) : name.slice(0, 1);
  return `${surname}${gender === 'male' ? '先生' : '女士'}`;
}

export function fillTemplate(template: ReplyTemplate, fields: TemplateFields): string {
  const values: Record<string, string> = {
    称呼: salutation(fields.name, fields.gender),
    姓名: fields.name,
    顾问: fields.advisorName,
    风险等级: fields.riskLevel ?? '未评估',
  };
  return template.text.replace(/\{\{(.+?)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Greetings match the pleasantries around a question ("您好，…") but answer none: they rank after those that do. */
const PLEASANTRIES = new Set(['问候', '节日问候']);

/** Templates for a client, those answering their last question first (most keywords matched), filtered by a search. */
export function templatesFor(question: string | null, query: string): { template: ReplyTemplate; suggested: boolean }[] {
  const needle = query.trim();
  const score = (template: ReplyTemplate) => {
    const hits = question === null ? 0 : template.keywords.filter((k) => question.includes(k)).length;
    return PLEASANTRIES.has(template.category) ? hits / 2 : hits;
  };
  return REPLY_TEMPLATES.filter((t) => needle === '' || t.title.includes(needle) || t.category.includes(needle) || t.text.includes(needle))
    .map((template) => ({ template, score: score(template) }))
    .sort((a, b) => b.score - a.score)
    .map(({ template, score: s }) => ({ template, suggested: s > 0 }));
}

import { z } from 'zod';

/**
 * The promise check's rules (glossary: "promise check"). Each rule is a pattern over outgoing
 * text as the check reads it (`promiseText.ts`: full-width folded, traditional characters read
 * as simplified, case ignored, spaces and invisible marks removed, disclosures such as 不保本
 * blanked out), with an id the refusal names and a category whose reason the RM reads.
 * Patterns, not words: a rule allows the words of a promise to stand apart within a sentence.
 */
export const PROMISE_CATEGORIES = ['guarantee', 'noRisk', 'rigidRedemption', 'certainty', 'statedReturn', 'depositSafety', 'falseScarcity'] as const;
export type PromiseCategory = (typeof PROMISE_CATEGORIES)[number];

export interface PromiseRule {
  /** Stable, named in refusals and audit entries: `guarantee.principal`, or the bank's own. */
  id: string;
  category: PromiseCategory;
  /** A regular expression over the normalised text (see above); matched with flags `gu`. */
  pattern: string;
}

/** Within one clause (no comma or stop between): "保证…收益". */
const NEAR = (n: number) => `[^,.。!?;:\\n]{0,${n}}`;
/** Within one sentence, across commas: "收益方面,我跟您保证". */
const FAR = (n: number) => `[^。!?;\\n]{0,${n}}`;

/** What a return is called; not when it names a document about returns (收益报告). */
const RETURN = '(?:收益|回报|盈利|获利|利息|赚|挣|涨|翻倍|升值|分红|到手|回本)(?!报告|情况|明细|表|单|分析|说明|走势|图|曲线|数据|查询|对比|变化|测算|的情况|率的计算)';
/** Words of certainty. */
const CERTAIN = '(?:敢打赌|毫无疑问|毋庸置疑|肯定|一定|必定|必然|必|绝对|百分之百|百分百|100%|稳拿|稳稳|妥妥|铁定|准能|板上钉钉|十拿九稳|打包票|跑不了|跑不掉|没跑|稳涨|只涨不跌)';
/** A stated figure: 5%, 4.5个点, 百分之八, 六个点, 4万, 翻一倍. */
const FIGURE = '(?:\\d+(?:\\.\\d+)?(?:%|个点|个百分点|万)|百分之[零一二三四五六七八九十百\\d.点]+|[一二三四五六七八九十两]+个点|翻(?:一|两)?倍)';
/** What a deposit is called. */
const DEPOSIT = '(?:银行存着|高息存款|类存款|银行存款|存款|银行定期|存定期|定期|定存|存银行|存在银行|储蓄|存单|国债)';
/** Words a stated figure is promised with. */
const FIGURE_PROMISE = '(?:保证|确保|妥妥|承诺|最低|铁定|保底|担保|打包票|兑现|雷打不动|一分不差|一分(?:钱)?(?:都|也)?不会少|一分不少|跑不掉|跑不了|没有(?:任何)?悬念|锁定|只会更高|只会多不会少|不会低于|最少|起码|至少|保守估计|敢保证|有保障|稳稳|稳在|稳的|稳定拿|稳定给|稳拿|固定给|固定付|确定是|兜底|板上钉钉|没问题|不成问题|(?:今年|明年|以后)(?:也|还)(?:一样|是这个数))';
/** Words urging a purchase, with what is bought. */
const PURCHASE = '(?:额度|名额|认购|申购|买|下单|打款|锁定|拍板|抢|截止|上车|转账)';

export const BUILT_IN_PROMISE_RULES: readonly PromiseRule[] = [
  // Guaranteed return or principal.
  { id: 'guarantee.principal', category: 'guarantee', pattern: '保本|保息|保底|保(?:收益|回报|利润)|本息(?:都|全)?保|本金' + FAR(10) + '(?:保住|安全(?!性)|无忧|无虞|无损|(?<![没无不])有保障|放心|放一百个心|稳稳|拿(?:得)?回来|原数奉还|少不了|不会少|兜着|兜底|托底|不会(?:有)?(?:损失|亏|少)|没(?:有)?(?:风险|问题)|原封不动|一分不少|完好)' },
  { id: 'guarantee.promise', category: 'guarantee', pattern: '(?:保证|保障|确保|担保|承诺|打包票|托底|兜底)' + FAR(10) + '(?:' + RETURN + '|本金|本息)|(?:' + RETURN + '|本金|本息)' + FAR(12) + '(?:保证|打包票|(?<![没无不])有保障|托底|兜底|兜着)' },
  { id: 'guarantee.sure_win', category: 'guarantee', pattern: '包(?:你|您)?(?:赚|收益|回本|稳|不亏|不赔|满意的收益)|一分(?:钱)?(?:都|也)?(?:不会|不)(?:少|亏)|分文不少|收益(?:是)?(?:有|都有)保证' },
  // Denial of risk.
  { id: 'noRisk.none', category: 'noRisk', pattern: '(?:零|0)风险|无风险(?!利率|收益率)|(?:没有|不存在|没)(?:任何)?(?:亏本|亏损|亏钱|损失)的?(?:可能|风险|情况)|毫无风险|(?:没|不会有|不存在)(?:有)?(?:任何|什么|一点|一丁点)?(?:的)?风险|风险' + FAR(14) + '(?:都没有|是真的没有|基本没有|几乎没有|等于没有|不存在|为零|是零|等于零|为0|是0|几乎为零|可以忽略|忽略不计)|风险(?:为|是|等于)(?:零|0)|风险\\?' + FAR(12) + '(?:没有|不存在)' },
  { id: 'noRisk.no_loss', category: 'noRisk', pattern: '稳赚不赔|稳赚|只赚不赔|只赚不亏|躺赚|闭眼(?:买|入)|稳涨不跌|只涨不跌|跌不下去|不会(?:让您|让你)?(?:亏|赔|损失|跌)(?!待)|(?:亏|赔)不了|不可能(?:亏|赔|跌|损失)|绝(?:对)?不(?:会)?(?:让您|让你)?(?:亏|赔)|不(?:亏|赔)(?:本|钱)|(?:怎么|无论如何|横竖)(?:算|样)?都不(?:亏|赔)|(?:保证|确保)(?:不亏|不会亏|不赔)|(?:亏|赔|亏损|亏钱|赔钱)\\??(?:不会的|不可能的?|没有的事)|(?:亏|赔|亏损|亏本|亏钱|损失|赔钱)' + FAR(12) + '(?:不会(?:发生|有|的)|不存在|不可能|为零|是零|概率为零|没有可能)' },
  // Rigid redemption.
  { id: 'rigidRedemption.named', category: 'rigidRedemption', pattern: '(?:亏|损失|亏损|差额|本金)' + FAR(10) + '(?:算我的|补上|补足|补给您|补偿|全额赔付|赔付|赔偿|负责赔)|(?:负责|全额)(?:赔偿|赔付)|刚性兑付|刚兑|兑付是刚性的|兜底|兜着|先行垫付|垫付|先行赔付|银行(?:会)?(?:担保|保底|负责赔)' },
  { id: 'rigidRedemption.promised', category: 'rigidRedemption', pattern: '(?:保证|确保|承诺|一定|肯定|必定|必然|百分百|100%|(?<!已)按时|(?<!已)按期|全额)' + FAR(8) + '(?:兑付|还本|本息|连本带息|拿回本金|还给您|打到您)|(?:兑付|还本|本息|连本带息)' + FAR(12) + '(?:承诺|(?<![没无不])有保证|担保|没有(?:任何)?问题|不会有(?:任何)?问题|一定|必然|负责到底|一分不少|不可能(?:延期|逾期))|一分不少' + FAR(6) + '兑付' },
  // Certainty about future returns.
  { id: 'certainty.sure_return', category: 'certainty', pattern: CERTAIN + FAR(8) + RETURN + '|' + RETURN + FAR(10) + '(?:' + CERTAIN + '|(?:肯定|一定)?没问题|是一定的)' },
  { id: 'certainty.fixed_return', category: 'certainty', pattern: '稳涨|必涨|只涨不跌|收益(?:是|很|非常)?(?:确定|稳定|锁定)(?:的)?(?!性)' },
  // A stated return figure given with a promise.
  { id: 'statedReturn.promised', category: 'statedReturn', pattern: FIGURE + FAR(14) + FIGURE_PROMISE + '|' + FIGURE_PROMISE + FAR(10) + FIGURE + '|(?:年化|收益|回报|利息|利率|付息)' + FAR(8) + FIGURE + FAR(12) + '(?:肯定|一定|百分之百|绝对|能拿到|拿得到)|(?:肯定|一定)(?:能|会|有|可以)?' + FAR(4) + FIGURE },
  // Comparison with the safety of deposits.
  { id: 'depositSafety.like_deposit', category: 'depositSafety', pattern: DEPOSIT + FAR(12) + '(?:一样|一模一样|一回事|没区别|没有区别|没啥区别|没什么区别|没什么两样|没两样|一个级别|一个样|差不多|同等)|(?:和|跟|同|与|像|比|如同)' + FAR(8) + DEPOSIT + FAR(8) + '(?:安全|稳|保险|放心|稳妥|稳当|靠谱|可靠|保本)|不比' + DEPOSIT + '(?:差|低|弱)|' + DEPOSIT + '有多安全|' + DEPOSIT + '(?:级别|级|等级)的?安全|安全' + FAR(12) + DEPOSIT + FAR(6) + '(?:一样|一个样)' },
  { id: 'depositSafety.is_deposit', category: 'depositSafety', pattern: '(?:等同于?|相当于|就是|其实就是|变相的|升级版的|就当|当(?!天|时|日|前|地|然|中|下)(?:成|作|是)?|看成|看作|想成|视为)' + NEAR(6) + DEPOSIT + '|类存款|存款级' },
  // Urging with false scarcity.
  { id: 'falseScarcity.quota', category: 'falseScarcity', pattern: '(?:仅剩|只剩|就剩|仅余|还剩|只给了|只有)' + FAR(8) + '(?:名额|额度|份额|份|个位置|个坑)|(?:名额|额度)' + FAR(10) + '(?:有限|不多|紧张|告急|快没|所剩无几|抢光|快抢完|只剩|就剩|仅剩)|内部额度|外面(?:根本)?买不到' },
  { id: 'falseScarcity.rush', category: 'falseScarcity', pattern: '先到先得|手慢|抢光|抢完|抢购|抢不到|没抢到|都在抢|(?:客户|人)在抢|排着队|秒光|秒杀|过时不候|卖完即止|限量|一年才一次|(?:快|马上|即将|就要)(?:要)?(?:售罄|卖完|卖光|没了|停售|涨价|截止)|过了这个?村|机不可失|最后(?:的)?机会|不买就|再不买|今天不(?:买|定|下单|认购)|限时(?:抢|特|优惠)|明天就(?:恢复|涨价|没了|关了|截止)|仅此一次|以后(?:都)?不会再有|(?:过了|错过|晚了|再晚|不上车|不抢|不打款|不买|不抓紧|不定)' + FAR(10) + '(?:就没了|就没有了|再也没有|没机会|没了|买不到|抢不到|再等|等半年|等一年|作废|就晚了|没这个机会|没有机会|不再有|就关了|恢复|涨价|错过)|' + PURCHASE + FAR(12) + '(?:赶紧|赶快|抓紧|尽快|快点|得快|快!)|(?:赶紧|赶快|抓紧|尽快)(?:时间)?(?:买|下单|认购|申购|入手|上车|抢|打款|转账|锁定|拍板|定下来|做决定)' },
];

/**
 * Disclosures and negations that carry a rule's characters but say the opposite (不保本, the legal
 * class 非保本浮动收益型, 不承诺收益, 理财非存款、产品有风险): blanked out before the rules run, so
 * they neither fire nor feed a rule with their words. A promise beside them still fires.
 */
export const PROMISE_DISCLOSURES: readonly string[] = [
  '(?:不|非|无法|不能|并不|不会|没有)(?:保本|保息|保底|兜底|刚兑|刚性兑付)',
  '(?:不|无法|不能|并不|难以|没法)(?:保证|保障|确保|承诺|担保)(?:本金|收益|回报|盈利)?',
  '(?:不敢|不能|没人敢|谁也不敢)(?:打包票|打保票|保证)|不(?:能)?(?:等同于?|相当于|当成|当作|视为)' + DEPOSIT + '|不作(?:任何)?(?:承诺|保证)|不构成(?:任何)?(?:承诺|保证|要约|建议|推荐)|不代表(?:对)?(?:收益|回报)?的?(?:承诺|保证)',
  '不代表(?:未来|实际|将来|产品)|不等于(?:实际|未来)|不预示',
  '(?:不|非)(?:是|属于)?(?:存款|储蓄)|理财非存款|不同于' + DEPOSIT + '|区别于' + DEPOSIT + '|(?:和|跟|与|同)' + DEPOSIT + '(?:是)?(?:不一样|不同|有区别|不能比|不是一回事|不能相提并论|不能画等号)|不受存款保险',
  '(?:不可能|不会|不能|并非|不是|不等于)(?:为零|是零|等于零|为0|没有风险|没有|零风险|无风险)',
  '(?<!不)可能(?:会)?(?:亏|损失|亏损|跌|下跌|低于|不及|无法)',
  '(?<![不没])存在(?:一定的?)?(?:亏损|损失|风险)|(?<![没无不])有(?:一定的?)?(?:亏损|损失)?(?:风险|的可能)',
  '风险(?:自担|须谨慎|提示|揭示|等级|评估|承受|测评|偏好|较高|较低|中等|适中|问卷)|投资须谨慎|谨慎投资|打破刚(?:性)?兑(?:付)?',
  '(?:不|无法|难以)确定|不一定|(?:肯定|一定|必然|都)(?:会)?有(?:波动|风险|涨跌|起伏)',
];

/**
 * What makes a finding no promise: a negation just before it, in its clause (没有零风险的投资,
 * 不是保本产品, 不对产品兜底, 谁也不能保证一定赚), or a disavowal after it in its sentence
 * (稳赚不赔的说法都是骗人的, 刚兑时代已经过去了). Checked on the text as the check reads it.
 */
export const PROMISE_NEGATED_BEFORE = '(?:不是|并非|并不是|绝非|非(?!常)|没有|没|不存在|不再|不做|不对|不提供|不能|不敢(?:说)?|不承担|无法|没人能?|谁也不(?:能|敢)?|别|不等于|不可能是|不要|不属于|从不|不该|不应|不得|严禁|禁止|杜绝|不承诺|不保证|(?:有人|别人|他们)(?:跟您|跟你|对您)?说的?)[^,.。!?;:\\n]{0,3}$';
export const PROMISE_DISAVOWED_AFTER = '^[^。!?;\\n]{0,14}(?:是?不存在的?|都?是骗人的|是假的|别信|不可信|不靠谱|已经(?:退出|过去|打破|取消|改名|没有了)|时代已经过去|要警惕|是骗局|骗局)';

/** A rule the bank adds by configuration (`promise-rules.json` in the data folder). */
export const configuredPromiseRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9_.-]{1,63}$/, 'an id such as bank.my_rule'),
    category: z.enum(PROMISE_CATEGORIES),
    pattern: z.string().min(1).max(2_000),
  })
  .strict();

export const configuredPromiseRulesSchema = z.object({ rules: z.array(z.unknown()).max(500) }).strict();

/** Why a configured rule was refused: the rule's id (or its place in the list) and what is wrong. */
export interface RefusedPromiseRule {
  rule: string;
  problem: string;
}

/**
 * The bank's configured rules, each checked on its own: a rule that does not parse or compile is
 * refused by name and the others (and every built-in rule) still apply.
 */
export function parseConfiguredPromiseRules(json: unknown): { rules: PromiseRule[]; refused: RefusedPromiseRule[] } {
  const file = configuredPromiseRulesSchema.safeParse(json);
  if (!file.success) return { rules: [], refused: [{ rule: '(file)', problem: 'expected { "rules": [ … ] }' }] };
  const rules: PromiseRule[] = [];
  const refused: RefusedPromiseRule[] = [];
  const taken = new Set(BUILT_IN_PROMISE_RULES.map((rule) => rule.id));
  file.data.rules.forEach((raw, index) => {
    const name = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : `#${index + 1}`;
    const parsed = configuredPromiseRuleSchema.safeParse(raw);
    if (!parsed.success) return refused.push({ rule: name, problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'rule'}: ${issue.message}`).join('; ') });
    if (taken.has(parsed.data.id)) return refused.push({ rule: name, problem: 'id already used' });
    try {
      new RegExp(parsed.data.pattern, 'gu');
    } catch (error) {
      return refused.push({ rule: name, problem: `pattern: ${error instanceof Error ? error.message : 'does not compile'}` });
    }
    taken.add(parsed.data.id);
    rules.push(parsed.data);
  });
  return { rules, refused };
}

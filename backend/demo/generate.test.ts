import { describe, expect, it } from 'vitest';
import { advisorSchema, clientSchema, holdingSchema, interactionSchema, modelPortfolioSchema, navSeriesSchema, productSchema } from '../../shared/domain/entities';
import { INTERACTION_THEMES } from '../../shared/domain/enums';
import { dayNumber } from '../time';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from './advisors';
import { tierForAum } from './clients';
import { DEMO2_CLIENTS, generateDemoBook } from './generate';
import { idCheckChar, isWellFormedIdNumber } from './identity';
import { nameToPinyin } from './names';
import { CLIENT_TAGS } from './phrases';

const AS_OF = '2025-06-15';

// Map.groupBy arrived in Node 21; the project supports Node 20.
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const asOfDay = dayNumber(AS_OF);
const book = generateDemoBook({ seed: 42, clients: 300, asOf: AS_OF });
const demoClients = book.clients.filter((c) => c.advisorId === DEMO_ADVISOR.id);
const productById = new Map(book.products.map((p) => [p.id, p]));
const holdingsOf = groupBy(book.holdings, (h) => h.clientId);
const interactionsOf = groupBy(book.interactions, (i) => i.clientId);
const share = (n: number, of: number) => n / of;

function ageAt(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

describe('generateDemoBook: determinism', () => {
  it('gives a deep-equal book for the same options', () => {
    const a = generateDemoBook({ seed: 7, clients: 25, asOf: AS_OF });
    const b = generateDemoBook({ seed: 7, clients: 25, asOf: AS_OF });
    expect(a).toEqual(b);
  });

  it('gives a different book for a different seed', () => {
    const a = generateDemoBook({ seed: 7, clients: 25, asOf: AS_OF });
    const b = generateDemoBook({ seed: 8, clients: 25, asOf: AS_OF });
    expect(a.clients.map((c) => c.name)).not.toEqual(b.clients.map((c) => c.name));
    expect(a.clients[0]?.id).not.toBe(b.clients[0]?.id);
  });

  it('keeps the first clients the same whatever the book size', () => {
    const small = generateDemoBook({ seed: 7, clients: 5, asOf: AS_OF });
    const large = generateDemoBook({ seed: 7, clients: 25, asOf: AS_OF });
    expect(large.clients.slice(0, 5)).toEqual(small.clients.filter((c) => c.advisorId === DEMO_ADVISOR.id));
  });

  it('keeps the bank-wide model portfolios and NAV series the same whatever the book size', () => {
    const small = generateDemoBook({ seed: 7, clients: 0, asOf: AS_OF });
    const large = generateDemoBook({ seed: 7, clients: 25, asOf: AS_OF });
    expect(large.modelPortfolios).toEqual(small.modelPortfolios);
    expect(large.navSeries).toEqual(small.navSeries);
    const other = generateDemoBook({ seed: 8, clients: 0, asOf: AS_OF });
    expect(other.navSeries.map((n) => n.points)).not.toEqual(small.navSeries.map((n) => n.points));
  });

  it('refuses bad options', () => {
    expect(() => generateDemoBook({ seed: -1, clients: 1, asOf: AS_OF })).toThrow(/seed/);
    expect(() => generateDemoBook({ seed: 1, clients: 10_001, asOf: AS_OF })).toThrow(/clients/);
    expect(() => generateDemoBook({ seed: 1, clients: 1, asOf: '2025-02-30' })).toThrow(/date/);
  });
});

describe('generateDemoBook: shapes', () => {
  it('passes the shared zod schemas', () => {
    for (const { advisor } of book.advisors) advisorSchema.parse(advisor);
    for (const p of book.products) productSchema.parse(p);
    for (const c of book.clients) clientSchema.parse(c);
    for (const h of book.holdings) holdingSchema.parse(h);
    for (const i of book.interactions) interactionSchema.parse(i);
    for (const m of book.modelPortfolios) modelPortfolioSchema.parse(m);
    for (const n of book.navSeries) navSeriesSchema.parse(n);
  });

  it('has the demo advisors and the requested counts', () => {
    expect(book.advisors.map((a) => a.advisor.username)).toEqual(['demo', 'demo2']);
    expect(book.advisors.every((a) => a.password === 'demo1234')).toBe(true);
    expect(demoClients).toHaveLength(300);
    expect(book.clients.filter((c) => c.advisorId === DEMO2_ADVISOR.id)).toHaveLength(DEMO2_CLIENTS);
    expect(book.products.length).toBeGreaterThanOrEqual(55);
    expect(new Set(book.products.map((p) => p.assetClass)).size).toBe(5);
  });

  it('says how every product can be left and bought: policies fixed, bonds to maturity, closed periods, 1万/5万/100万 minimums', () => {
    for (const p of book.products) {
      expect(p.liquidity).toBeDefined();
      expect(p.onSale).toBeDefined();
      if (p.assetClass === 'insurance') expect(p.liquidity).toBe('insurance_policy');
      if (p.liquidity === 'closed_period') expect(p.lockedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (p.onSale) expect([10_000 * 100, 50_000 * 100, 1_000_000 * 100]).toContain(p.minPurchaseFen);
      if (p.onSale) expect(p.stepFen).toBeGreaterThan(0);
    }
    expect(productById.get('PRD-GZ2025005')?.liquidity).toBe('held_to_maturity');
    expect(book.products.filter((p) => p.liquidity === 'closed_period').length).toBeGreaterThanOrEqual(5);
    // The models suggest what is on sale.
    for (const m of book.modelPortfolios) for (const w of m.weights) expect(w.suggestedProductIds.some((id) => productById.get(id)?.onSale)).toBe(true);
  });

  it('uses unique ids everywhere', () => {
    const ids = [...book.clients, ...book.holdings, ...book.interactions, ...book.products, ...book.modelPortfolios, ...book.navSeries].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rates products within each asset class band', () => {
    const allowed: Record<string, string[]> = {
      cash: ['R1'],
      fixed_income: ['R1', 'R2', 'R3'],
      equity: ['R3', 'R4', 'R5'],
      alternative: ['R4', 'R5'],
      insurance: ['R1', 'R2'],
    };
    for (const p of book.products) expect(allowed[p.assetClass]).toContain(p.riskRating);
  });
});

describe('generateDemoBook: clients', () => {
  it('derives the tier from AUM, with most clients private or wealth', () => {
    for (const c of book.clients) {
      expect(c.tier).toBe(tierForAum(c.aumFen));
      if (c.tier === 'hq_private') expect(c.aumFen).toBeGreaterThanOrEqual(50_000_000 * 100);
      if (c.tier === 'private') expect(c.aumFen).toBeGreaterThanOrEqual(6_000_000 * 100);
      if (c.tier === 'wealth') expect(c.aumFen).toBeGreaterThanOrEqual(1_000_000 * 100);
    }
    const mass = book.clients.filter((c) => c.tier !== 'hq_private').length;
    expect(share(mass, book.clients.length)).toBeGreaterThan(0.85);
    expect(book.clients.some((c) => c.tier === 'hq_private')).toBe(true);
  });

  it('makes AUM the sum of the holdings', () => {
    for (const c of book.clients) {
      const sum = (holdingsOf.get(c.id) ?? []).filter((h) => !h.deleted).reduce((s, h) => s + h.marketValueFen, 0);
      expect(c.aumFen).toBe(sum);
    }
  });

  it('gives unique, well-formed customer numbers and phones', () => {
    const numbers = book.clients.map((c) => c.customerNo);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const c of book.clients) {
      expect(c.customerNo).toMatch(/^PB\d{10}$/);
      expect(c.phone).toMatch(/^1[3-9]\d{9}$/);
    }
  });

  it('gives ID numbers with a valid checksum, the birth date and the gender', () => {
    expect(idCheckChar('11010519491231002')).toBe('X'); // the GB 11643 worked example
    for (const c of book.clients) {
      const id = c.idNumber ?? '';
      expect(isWellFormedIdNumber(id)).toBe(true);
      expect(id.slice(6, 14)).toBe((c.birthDate ?? '').replaceAll('-', ''));
      expect(Number(id.charAt(16)) % 2).toBe(c.gender === 'male' ? 1 : 0);
    }
  });

  it('gives 2–3 character Chinese names with a pinyin English name', () => {
    for (const c of book.clients) {
      expect(c.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(c.nameEn).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    }
  });

  it('reads polyphonic surnames as surnames', () => {
    expect(nameToPinyin('单丽娜')).toBe('Shan Lina');
    expect(nameToPinyin('曾国强')).toBe('Zeng Guoqiang');
    expect(nameToPinyin('解晓东')).toBe('Xie Xiaodong');
    expect(nameToPinyin('仇建国')).toBe('Qiu Jianguo');
    expect(nameToPinyin('吕子涵')).toBe('Lyu Zihan');
    expect(nameToPinyin('欧阳娜', 2)).toBe('Ouyang Na');
    const surnames: Record<string, string> = { 单: 'Shan', 曾: 'Zeng', 解: 'Xie', 仇: 'Qiu' };
    const polyphonic = book.clients.filter((c) => surnames[c.name.charAt(0)] !== undefined);
    expect(polyphonic.length).toBeGreaterThan(0);
    for (const c of polyphonic) expect(c.nameEn.split(' ')[0]).toBe(surnames[c.name.charAt(0)]);
  });

  it('ages clients 30 to 80', () => {
    for (const c of book.clients) {
      const age = ageAt(c.birthDate ?? '', AS_OF);
      expect(age).toBeGreaterThanOrEqual(30);
      expect(age).toBeLessThanOrEqual(80);
    }
  });

  it('skews risk levels to C2–C4, with some assessments expired and some expiring soon', () => {
    const middle = book.clients.filter((c) => ['C2', 'C3', 'C4'].includes(c.riskLevel ?? '')).length;
    expect(share(middle, book.clients.length)).toBeGreaterThan(0.7);
    const daysAgo = book.clients.map((c) => asOfDay - dayNumber(c.riskAssessedAt ?? ''));
    expect(daysAgo.every((d) => d >= 0 && d <= 460)).toBe(true);
    const expired = daysAgo.filter((d) => d > 365).length;
    expect(share(expired, daysAgo.length)).toBeGreaterThan(0.05);
    expect(share(expired, daysAgo.length)).toBeLessThan(0.4);
    expect(daysAgo.some((d) => d > 335 && d <= 365)).toBe(true);
  });

  it('has mostly long-standing clients and some who joined recently', () => {
    const since = book.clients.map((c) => asOfDay - dayNumber(c.clientSince ?? ''));
    expect(share(since.filter((d) => d > 365).length, since.length)).toBeGreaterThan(0.8);
    expect(since.some((d) => d < 250)).toBe(true);
    for (const c of book.clients) expect(dayNumber(c.riskAssessedAt ?? '')).toBeGreaterThanOrEqual(dayNumber(c.clientSince ?? ''));
  });

  it('uses 0–3 tags from the list and leaves some notes empty', () => {
    for (const c of book.clients) {
      expect(c.tags.length).toBeLessThanOrEqual(3);
      expect(new Set(c.tags).size).toBe(c.tags.length);
      for (const t of c.tags) expect(CLIENT_TAGS).toContain(t);
    }
    expect(book.clients.some((c) => c.tags.length === 0)).toBe(true);
    expect(book.clients.some((c) => c.tags.length >= 2)).toBe(true);
    for (const field of ['notes', 'familyNotes', 'enterpriseNotes', 'contactPrefs'] as const) {
      expect(book.clients.some((c) => c[field] === null)).toBe(true);
      expect(book.clients.some((c) => c[field] !== null)).toBe(true);
    }
  });
});

describe('generateDemoBook: holdings', () => {
  it('holds 3–12 products per client, with returns of about −25% … +35%', () => {
    for (const c of book.clients) {
      const n = holdingsOf.get(c.id)?.length ?? 0;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(12);
    }
    for (const h of book.holdings) {
      const r = h.marketValueFen / h.costFen - 1;
      expect(r).toBeGreaterThan(-0.26);
      expect(r).toBeLessThan(0.36);
      expect(dayNumber(h.asOf)).toBeLessThanOrEqual(asOfDay);
      expect(productById.has(h.productId)).toBe(true);
    }
  });

  it('stays mostly within the risk level, with a few deliberate breaches and concentrations', () => {
    let breaches = 0;
    let concentrated = 0;
    for (const c of book.clients) {
      const level = Number((c.riskLevel ?? 'C5').slice(1));
      const hs = holdingsOf.get(c.id) ?? [];
      if (hs.some((h) => Number(productById.get(h.productId)?.riskRating.slice(1)) > level)) breaches++;
      if (hs.some((h) => h.marketValueFen > c.aumFen * 0.15)) concentrated++;
    }
    expect(breaches).toBeGreaterThan(0);
    expect(share(breaches, book.clients.length)).toBeLessThan(0.1);
    expect(concentrated).toBeGreaterThan(0);
    expect(share(concentrated, book.clients.length)).toBeLessThan(0.15);
  });
});

describe('generateDemoBook: interactions', () => {
  const live = book.interactions.filter((i) => !i.deleted);

  it('averages about 15 per client over the year before asOf', () => {
    const perClient = book.interactions.length / book.clients.length;
    expect(perClient).toBeGreaterThan(12);
    expect(perClient).toBeLessThan(18);
    for (const i of book.interactions) {
      const day = dayNumber(i.occurredAt.slice(0, 10));
      expect(day).toBeLessThan(asOfDay);
      expect(day).toBeGreaterThanOrEqual(asOfDay - 366);
      expect(i.occurredAt).toMatch(/\+08:00$/);
      expect(i.updatedAt >= i.occurredAt).toBe(true);
      expect(dayNumber(i.updatedAt.slice(0, 10))).toBeLessThanOrEqual(asOfDay);
    }
  });

  it('leaves gaps for less diligent clients', () => {
    const months = (clientId: string) => new Set((interactionsOf.get(clientId) ?? []).map((i) => i.occurredAt.slice(0, 7))).size;
    const sparse = demoClients.filter((c) => months(c.id) < 9).length;
    const steady = demoClients.filter((c) => months(c.id) >= 11).length;
    expect(share(sparse, demoClients.length)).toBeGreaterThan(0.1);
    expect(steady).toBeGreaterThan(0);
  });

  it('uses glossary themes, some free text and a few none; reviews are flagged', () => {
    const themes = new Set(live.map((i) => i.theme));
    for (const t of INTERACTION_THEMES) expect(themes).toContain(t);
    expect(live.some((i) => i.theme === null)).toBe(true);
    expect(live.some((i) => i.theme !== null && !(INTERACTION_THEMES as readonly string[]).includes(i.theme))).toBe(true);
    const reviews = live.filter((i) => i.theme === '资产配置检视');
    expect(share(reviews.filter((i) => i.isAllocationReview).length, reviews.length)).toBeGreaterThan(0.85);
  });

  it('favours WeCom, phone and face-to-face, and has a few tombstones', () => {
    const byChannel = groupBy(live, (i) => i.channel);
    const top3 = [...byChannel].sort((a, b) => b[1].length - a[1].length).slice(0, 3).map(([c]) => c);
    expect(new Set(top3)).toEqual(new Set(['wecom', 'phone', 'face_to_face']));
    const deleted = book.interactions.length - live.length;
    expect(deleted).toBeGreaterThan(0);
    expect(share(deleted, book.interactions.length)).toBeLessThan(0.03);
  });

  it('belongs to the client’s advisor', () => {
    const advisorOf = new Map(book.clients.map((c) => [c.id, c.advisorId]));
    for (const i of book.interactions) expect(i.advisorId).toBe(advisorOf.get(i.clientId));
  });
});

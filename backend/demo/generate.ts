import { base, en, Faker, zh_CN } from '@faker-js/faker';
import type { Advisor, Client, Holding, Interaction, ModelPortfolio, NavSeries, Product } from '../../shared/domain/entities';
import { CLIENT_RISK_LEVELS } from '../../shared/domain/enums';
import { dayNumber, isoDateOfDay, weekdayOfDay } from '../time';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from './advisors';
import { tierForAum, makeClientProfile } from './clients';
import { DEMO_PASSWORD } from './credentials';
import { makeHoldings } from './holdings';
import { makeInteractions } from './interactions';
import { makeModelPortfolio } from './modelPortfolios';
import { makeNavSeries, publishesNav } from './navSeries';
import { PRODUCT_SHELF } from './products';

export const MAX_DEMO_CLIENTS = 10_000;
export const DEFAULT_DEMO_CLIENTS = 200;
export const DEFAULT_DEMO_SEED = 20_240_901;
/** The second advisor's book size: enough to prove ownership checks, small enough to ignore. */
export const DEMO2_CLIENTS = 20;

export interface DemoBookOptions {
  /** Any non-negative safe integer; the same seed gives the same book. */
  seed: number;
  /** Clients of the `demo` advisor, 0 … 10,000. */
  clients: number;
  /** The day the book is "as of", `YYYY-MM-DD`; every date in it is relative to this. */
  asOf: string;
}

export interface DemoBook {
  asOf: string;
  advisors: { advisor: Advisor; password: string }[];
  products: Product[];
  /** One per client risk level, C1…C5. */
  modelPortfolios: ModelPortfolio[];
  /** One per product that publishes a NAV, ending on the valuation date. */
  navSeries: NavSeries[];
  clients: Client[];
  holdings: Holding[];
  interactions: Interaction[];
}

// Each advisor's clients come from their own random stream, and each client reseeds Faker
// with (seed, stream, index): client #7 is then the same whatever the book size, and adding
// a field to one client's generation does not reshuffle every later client.
const STREAM_DEMO = 1;
const STREAM_DEMO2 = 2;
// The bank-wide records reseed per model and per product the same way.
const STREAM_MODELS = 3;
const STREAM_NAV = 4;
// Customer numbers are unique per global index; demo2's clients start far above demo's.
const DEMO2_INDEX_BASE = 1_000_000;

/**
 * A deterministic demo book: the same options give a deep-equal result. Pure: no clock, no
 * Math.random, no global faker.
 */
export function generateDemoBook(options: DemoBookOptions): DemoBook {
  const { seed, clients, asOf } = options;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError('seed must be a non-negative integer');
  if (!Number.isInteger(clients) || clients < 0 || clients > MAX_DEMO_CLIENTS) {
    throw new RangeError(`clients must be an integer from 0 to ${MAX_DEMO_CLIENTS}`);
  }
  const asOfDay = dayNumber(asOf);
  const valuationDay = lastWorkday(asOfDay);
  const valuationDate = isoDateOfDay(valuationDay);
  const faker = new Faker({ locale: [zh_CN, en, base] });

  const book: DemoBook = {
    asOf,
    advisors: [
      { advisor: DEMO_ADVISOR, password: DEMO_PASSWORD },
      { advisor: DEMO2_ADVISOR, password: DEMO_PASSWORD },
    ],
    products: PRODUCT_SHELF.map((p) => p.product),
    modelPortfolios: CLIENT_RISK_LEVELS.map((level, i) => {
      faker.seed([seed, STREAM_MODELS, i]);
      return makeModelPortfolio(faker, level, PRODUCT_SHELF);
    }),
    navSeries: PRODUCT_SHELF.flatMap((p, i) => {
      if (!publishesNav(p)) return [];
      faker.seed([seed, STREAM_NAV, i]);
      return [makeNavSeries(faker, p, valuationDay)];
    }),
    clients: [],
    holdings: [],
    interactions: [],
  };

  const books = [
    { advisorId: DEMO_ADVISOR.id, stream: STREAM_DEMO, count: clients, indexBase: 0 },
    { advisorId: DEMO2_ADVISOR.id, stream: STREAM_DEMO2, count: DEMO2_CLIENTS, indexBase: DEMO2_INDEX_BASE },
  ];
  for (const { advisorId, stream, count, indexBase } of books) {
    for (let i = 0; i < count; i++) {
      faker.seed([seed, stream, i]);
      const profile = makeClientProfile(faker, { advisorId, globalIndex: indexBase + i, asOfDay });
      const held = makeHoldings(faker, {
        clientId: profile.client.id,
        riskRank: profile.riskRank,
        targetAumFen: profile.targetAumFen,
        concentrated: profile.concentrated,
        suitabilityBreach: profile.suitabilityBreach,
        asOf: valuationDate,
        shelf: PRODUCT_SHELF,
      });
      // AUM is what the holdings are worth, and the tier follows from AUM, as at the bank.
      const aumFen = held.reduce((sum, h) => sum + h.holding.marketValueFen, 0);
      book.clients.push({ ...profile.client, aumFen, tier: tierForAum(aumFen) });
      book.holdings.push(...held.map((h) => h.holding));
      book.interactions.push(
        ...makeInteractions(faker, {
          clientId: profile.client.id,
          advisorId,
          asOfDay,
          clientSinceDay: profile.clientSinceDay,
          diligence: profile.diligence,
          tags: profile.client.tags,
          productNames: held.map((h) => h.product.product.name),
        }),
      );
    }
  }
  return book;
}

/** Valuations are struck on working days: a weekend asOf values holdings on the Friday. */
function lastWorkday(day: number): number {
  let d = day;
  while (weekdayOfDay(d) === 0 || weekdayOfDay(d) === 6) d--;
  return d;
}

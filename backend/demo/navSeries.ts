import type { Faker } from '@faker-js/faker';
import type { NavSeries } from '../../shared/domain/entities';
import type { AssetClass } from '../../shared/domain/enums';
import { isoDateOfDay, weekdayOfDay } from '../time';
import type { ShelfProduct } from './products';
import { gaussian } from './random';

/**
 * Two years of daily net asset values for the shelf's unit-priced products, as a geometric
 * random walk with a drift and a volatility that fit the product. The walk is drawn backwards
 * from the shelf's NAV on the valuation date, so the last point is the NAV the holdings' units
 * were derived from, and units × NAV stays the holding's value.
 */

type NavClass = Extract<AssetClass, 'fixed_income' | 'equity' | 'alternative'>;

/** Annual drift by class, and annual volatility by class and R rating (short bonds barely move; small caps do). */
const WALKS: Record<NavClass, { drift: number; volatilityByRank: Readonly<Record<number, number>> }> = {
  fixed_income: { drift: 0.03, volatilityByRank: { 1: 0.004, 2: 0.015, 3: 0.06 } },
  equity: { drift: 0.06, volatilityByRank: { 3: 0.18, 4: 0.24, 5: 0.3 } },
  alternative: { drift: 0.05, volatilityByRank: { 4: 0.1, 5: 0.15 } },
};

const HISTORY_DAYS = 730;
/** One point per weekday (no holiday calendar), about 261 a year. */
const POINTS_PER_YEAR = 261;

function isNavClass(assetClass: AssetClass): assetClass is NavClass {
  return assetClass in WALKS;
}

/**
 * Funds and wealth products publish a NAV. Cash (valued at par) and insurance (a cash value) do
 * not, nor do products the shelf values without units (nav null: bonds at face value) or at par
 * (nav 1: trust plans and private-equity funds, which report no daily NAV).
 */
export function publishesNav(p: ShelfProduct): boolean {
  return isNavClass(p.product.assetClass) && p.nav !== null && p.nav !== 1;
}

/** Weekdays in the HISTORY_DAYS up to and including `endDay`, oldest first. */
function businessDays(endDay: number): number[] {
  const days: number[] = [];
  for (let d = endDay - HISTORY_DAYS + 1; d <= endDay; d++) {
    const weekday = weekdayOfDay(d);
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  return days;
}

/** The series of a product that publishesNav, ending on `endDay` (a weekday) at its shelf NAV. `f` must be seeded by the caller. */
export function makeNavSeries(f: Faker, p: ShelfProduct, endDay: number): NavSeries {
  const { assetClass } = p.product;
  if (!isNavClass(assetClass) || p.nav === null) throw new Error(`${p.product.id} publishes no NAV`);
  const walk = WALKS[assetClass];
  const volatility = walk.volatilityByRank[p.rank] ?? 0;
  const dt = 1 / POINTS_PER_YEAR;
  const mean = (walk.drift - (volatility * volatility) / 2) * dt;
  const spread = volatility * Math.sqrt(dt);

  const days = businessDays(endDay);
  // Newest first: each step back undoes one day's return.
  let nav = p.nav;
  const navs = days
    .map((_, k) => {
      if (k > 0) nav /= Math.exp(mean + spread * gaussian(f));
      return nav;
    })
    .reverse();
  return {
    id: `NAV-${p.product.code}`,
    productId: p.product.id,
    // Four decimals, as funds publish them; never zero, which the schema forbids.
    points: days.map((day, i) => [isoDateOfDay(day), Math.max(0.0001, Math.round((navs[i] ?? 0) * 10_000) / 10_000)]),
    deleted: false,
  };
}

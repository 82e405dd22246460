import type { Faker } from '@faker-js/faker';

/**
 * Small helpers over a seeded Faker instance. Every random draw in the demo book goes through
 * a Faker that was seeded explicitly; nothing reads Math.random or the clock.
 */
export type Weighted<T> = readonly (readonly [value: T, weight: number])[];

export function pickWeighted<T>(f: Faker, items: Weighted<T>): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = f.number.float({ min: 0, max: total });
  for (const [value, weight] of items) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = items.at(-1);
  if (!last) throw new Error('pickWeighted: no items');
  return last[0];
}

export function pick<T>(f: Faker, items: readonly T[]): T {
  return f.helpers.arrayElement(items);
}

export function chance(f: Faker, probability: number): boolean {
  return f.number.float({ min: 0, max: 1 }) < probability;
}

export function intBetween(f: Faker, min: number, max: number): number {
  return f.number.int({ min, max });
}

export function floatBetween(f: Faker, min: number, max: number): number {
  return f.number.float({ min, max });
}

/** Log-uniform: each order of magnitude equally likely, as with wealth. */
export function logUniform(f: Faker, min: number, max: number): number {
  return Math.exp(floatBetween(f, Math.log(min), Math.log(max)));
}

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** A standard normal draw (Box–Muller); 1 − u keeps the logarithm away from zero. */
export function gaussian(f: Faker): number {
  const u = 1 - f.number.float({ min: 0, max: 1 });
  const v = f.number.float({ min: 0, max: 1 });
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

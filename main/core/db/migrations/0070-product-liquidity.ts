import type { Migration } from '../types';

/**
 * What rebalancing advice needs of a product (issue 12, backend/README.md), all optional on the
 * wire and so nullable here: how it can be left (`liquidity`, `locked_until`: the last day it
 * cannot be redeemed), whether it is on sale, and its minimum purchase and step in fen. A row
 * synced before this migration has none of them until the bank sends it again; the report reads
 * them through productSchema (buildSnapshot.ts) and a missing value takes the schema's default.
 */
export const productLiquidity: Migration = {
  version: 70,
  name: 'product-liquidity',
  up(db) {
    db.exec(`
      ALTER TABLE products ADD COLUMN liquidity TEXT CHECK (liquidity IN ('liquid', 'closed_period', 'held_to_maturity', 'insurance_policy'));
      ALTER TABLE products ADD COLUMN locked_until TEXT;
      ALTER TABLE products ADD COLUMN on_sale INTEGER CHECK (on_sale IN (0, 1));
      ALTER TABLE products ADD COLUMN min_purchase_fen INTEGER CHECK (min_purchase_fen > 0);
      ALTER TABLE products ADD COLUMN step_fen INTEGER CHECK (step_fen > 0);
    `);
  },
};

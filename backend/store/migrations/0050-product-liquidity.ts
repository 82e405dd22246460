import type { Migration } from './types';

/**
 * What rebalancing advice needs of a product (issue 12; README, "product"): how it can be left
 * (`liquidity`, `locked_until`), whether it is on sale, its minimum purchase and step in fen. All
 * optional on the wire, so NULL here means "not sent" and the record leaves the field out.
 */
export const productLiquiditySchema: Migration = {
  version: 50,
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

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

describe('0070-product-liquidity', () => {
  it('keeps products synced before it, with no terms until the bank sends them, and refuses a liquidity it does not know', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 60));
    db.prepare(`INSERT INTO products (id, code, name, asset_class, risk_rating, currency, issuer, benchmark) VALUES ('P1', 'C1', '产品', 'insurance', 'R1', 'CNY', '某行', NULL)`).run();
    migrate(db, MIGRATIONS);
    expect(db.pragma('user_version', { simple: true })).toBe(70);
    expect(db.prepare('SELECT id, liquidity, locked_until, on_sale, min_purchase_fen, step_fen FROM products').all()).toEqual([
      { id: 'P1', liquidity: null, locked_until: null, on_sale: null, min_purchase_fen: null, step_fen: null },
    ]);
    expect(() => db.prepare(`UPDATE products SET liquidity = 'sometimes'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE products SET step_fen = 0`).run()).toThrow(/CHECK/);
  });
});

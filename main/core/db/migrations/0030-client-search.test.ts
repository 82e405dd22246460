import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { initial } from './0010-initial';
import { outboxConflictsLockout } from './0020-outbox-conflicts-lockout';
import { clientSearch } from './0030-client-search';

describe('0030-client-search', () => {
  it('upgrades a version-20 book: search columns and index filled, last contact computed', () => {
    const db = new Database(':memory:');
    migrate(db, [initial, outboxConflictsLockout]);
    db.prepare(
      `INSERT INTO clients (id, advisor_id, customer_no, name, name_en, name_pinyin, name_initials, phone, tier, aum_fen, version, updated_at)
       VALUES ('C1', 'A', 'PB0012345678', '单丽娜', 'Shan Lina', '', '', '13911082736', 'private', 1, 1, 'x')`,
    ).run();
    const interaction = db.prepare(
      `INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, version, updated_at, deleted) VALUES (?, 'C1', 'A', ?, 'phone', ?, 1, 'x', 0)`,
    );
    interaction.run('I1', '2026-10-01T10:00:00+08:00', '市场观点');
    interaction.run('I2', '2026-11-01T10:00:00+08:00', null);
    migrate(db, [initial, outboxConflictsLockout, clientSearch]);
    expect(db.prepare(`SELECT name_pinyin, name_initials, name_chars, name_syllables, customer_digits, phone_tail, last_contact_at FROM clients`).get()).toEqual({
      name_pinyin: 'shanlina',
      name_initials: 'sln',
      name_chars: '单 丽 娜',
      name_syllables: 'shan li na',
      customer_digits: '0012345678',
      phone_tail: '2736',
      last_contact_at: '2026-10-01T02:00:00.000Z',
    });
    const hits = (match: string) => db.prepare(`SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?`).pluck().all(match);
    expect(hits('name_initials : "sl"*')).toHaveLength(1);
    expect(hits('name_chars : "丽 娜"')).toHaveLength(1);
    expect(hits('phone_tail : "2736"')).toHaveLength(1);
    db.prepare(`DELETE FROM clients WHERE id = 'C1'`).run();
    expect(hits('name_initials : "sl"*')).toHaveLength(0);
  });
});

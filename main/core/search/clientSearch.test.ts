import { describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/domain';
import { bookFixture } from '../../../testing/bookFixture';
import { createChangeApplier } from '../sync/applyChanges';
import { createClientSearch } from './clientSearch';

/** A small book of hand-picked names, including polyphonic surnames, and the search over it. */
let n = 0;
function client(name: string, extra: Partial<Client> = {}): Client {
  n += 1;
  return {
    id: `C${n}`,
    advisorId: 'A1',
    customerNo: `PB${String(9000000000 + n)}`,
    name,
    nameEn: '',
    gender: null,
    birthDate: null,
    phone: `1390000${String(1000 + n)}`,
    idNumber: null,
    tier: 'private',
    riskLevel: 'C3',
    riskAssessedAt: '2026-06-01',
    aumFen: 1_000_000_00 * (100 - n),
    clientSince: null,
    tags: [],
    preferredChannel: null,
    contactPrefs: null,
    notes: null,
    familyNotes: null,
    enterpriseNotes: null,
    version: 1,
    updatedAt: '2026-11-01T00:00:00+08:00',
    deleted: false,
    ...extra,
  };
}

const people = [
  client('张三丰'),
  client('张三'),
  client('张珊珊'),
  client('单丽娜'),
  client('曾国藩'),
  client('曾小贤'),
  client('李四', { customerNo: 'PB1234567890', phone: '13911082736' }),
  client('王敏'),
  client('欧阳娜娜'),
  client('吕博超'),
  client('已删除', { deleted: true }),
];
const { db } = bookFixture({ clients: 'none', extra: people.map((data, i) => ({ seq: 100 + i, entity: 'client' as const, data })) });
const search = createClientSearch(db);
const names = (query: string) => search.search(query, 10).map((h) => h.name);

describe('client search', () => {
  it('finds by Chinese name: exact first, then prefix, then containing', () => {
    expect(names('张三')).toEqual(['张三', '张三丰']);
    expect(names('张')).toEqual(['张三丰', '张三', '张珊珊']);
    expect(names('三丰')).toEqual(['张三丰']);
    expect(names('娜')).toEqual(['单丽娜', '欧阳娜娜']);
  });

  it('finds by full pinyin, exact before prefix', () => {
    expect(names('zhangsan')[0]).toBe('张三');
    expect(names('zhangsanfeng')).toEqual(['张三丰']);
    expect(names('ouyang')).toEqual(['欧阳娜娜']);
  });

  it('finds by initials: typing zsf finds 张三丰', () => {
    expect(names('zsf')).toEqual(['张三丰']);
    expect(names('zs')).toEqual(expect.arrayContaining(['张三丰', '张三', '张珊珊']));
    expect(search.search('zsf', 1)[0]).toMatchObject({ name: '张三丰', matched: 'initials' });
  });

  it('finds by Chinese and pinyin mixed', () => {
    for (const query of ['张sf', '张san', 'zhang三', 'zsfeng', 'zhangsf', 'ZhangSanFeng']) expect(names(query)[0], query).toBe('张三丰');
    expect(names('三f')).toEqual(['张三丰']);
  });

  it('reads polyphonic surnames as surnames: 单 is shan, 曾 is zeng', () => {
    expect(names('shan')).toContain('单丽娜');
    expect(names('sln')).toEqual(['单丽娜']);
    expect(names('zeng')).toEqual(['曾国藩', '曾小贤']);
    expect(names('zgf')).toEqual(['曾国藩']);
    expect(names('ceng')).toEqual([]);
    expect(names('dan')).toEqual([]);
    expect(names('lv')).toEqual(['吕博超']);
  });

  it('finds by customer number and by phone tail', () => {
    expect(search.search('PB1234', 10)[0]).toMatchObject({ name: '李四', matched: 'customerNo' });
    expect(search.search('1234567', 10)[0]).toMatchObject({ name: '李四', matched: 'customerNo' });
    expect(search.search('2736', 10)[0]).toMatchObject({ name: '李四', matched: 'phone' });
  });

  it('never returns a deleted client', () => {
    expect(names('已删除')).toEqual([]);
  });

  it('keeps up with a renamed client', () => {
    createChangeApplier(db).applyRecords([{ entity: 'client', data: { ...people[7]!, name: '王敏芳', version: 2 } }]);
    expect(names('wmf')).toEqual(['王敏芳']);
    expect(names('王敏')).toEqual(['王敏芳']);
  });

  it('answers hostile text without error and without touching the data', () => {
    const hostile = [
      '"', '""', '*', '**', '-', '- -', 'NEAR', 'NEAR(zhang san)', 'a"b', "'", '\\', '^', ':', 'name_chars:张',
      'AND OR NOT', '张 AND 李', '(', ')', '{', '}', '+', '😀', '👨‍👩‍👧', '\u202e张三', '\u200b', '%', '_', ';',
      '); DROP TABLE clients; --', "' OR 1=1 --", 'x'.repeat(100), '张'.repeat(100), '\u0000', 'zsf*', '"zsf"', 'clients_fts',
    ];
    for (const text of hostile) expect(() => search.search(text, 10), text).not.toThrow();
    expect(names('\u202e张三')).toContain('张三');
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(people.length);
  });

  it('gives nothing for text with nothing searchable', () => {
    for (const text of ['', '   ', '"', '*', '😀', '-']) expect(search.search(text, 10)).toEqual([]);
  });
});

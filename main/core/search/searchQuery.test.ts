import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ftsCandidates, parseQuery } from './searchQuery';

describe('search query', () => {
  it('keeps Han characters, letters and digits, and splits Han runs', () => {
    expect(parseQuery(' 张三 SF ')).toEqual({ compact: '张三sf', hanRuns: ['张三'], letters: 'sf', digits: '' });
    expect(parseQuery('张-三')).toMatchObject({ compact: '张三', hanRuns: ['张', '三'] });
    expect(parseQuery('ＰＢ１２３')).toMatchObject({ compact: 'pb123' }); // full-width typed on a Chinese keyboard
  });

  it('builds MATCH text from quoted safe tokens only, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100, unit: 'grapheme' }), (text) => {
        const candidates = ftsCandidates(parseQuery(text));
        if (candidates === null) return;
        const match = [candidates.narrow, candidates.broad ?? ''].join(' OR ');
        // Every quoted literal holds only Han characters, letters, digits or spaces; outside the
        // quotes only our own column filters and operators appear.
        const literals = [...match.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
        for (const literal of literals) expect(literal).toMatch(/^[\p{Script=Han}a-z0-9 ]+$/u);
        const outside = match.replace(/"[^"]*"/g, '""');
        expect(outside).toMatch(/^(?:[a-z_]+ : ""\*?(?: (?:AND|OR) )?)+(?: OR )?$/);
      }),
      { numRuns: 500, seed: 4 },
    );
  });
});

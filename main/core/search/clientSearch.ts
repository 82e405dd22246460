import type { SearchHit } from '../../../shared/api';
import type { Db } from '../db/types';
import type { Candidate } from './rankHit';
import { rankHit } from './rankHit';
import { ftsCandidates, parseQuery } from './searchQuery';

/**
 * Candidates read per query. They come best-first by the same tiers the ranking uses (exact, then
 * starting with the text, then the rest; larger clients first), so a cut keeps the winners; it
 * bounds a one-letter query, which can match thousands of clients.
 */
const MAX_CANDIDATES = 300;

type Row = Candidate & Omit<SearchHit, 'matched' | 'name' | 'customerNo'>;

/**
 * Search as you type over the local book: FTS5 finds candidates by name characters, pinyin,
 * initials, customer number and phone tail; a ranking in JavaScript decides what matched and
 * how well, larger clients first among equals. Never throws on any text.
 */
export function createClientSearch(db: Db) {
  const candidates = db.prepare(
    `SELECT c.id, c.name, c.name_en AS nameEn, c.customer_no AS customerNo, c.tier, c.risk_level AS riskLevel, c.aum_fen AS aumFen,
            c.name_pinyin AS namePinyin, c.name_initials AS nameInitials, c.name_syllables AS nameSyllables,
            c.customer_digits AS customerDigits, c.phone_tail AS phoneTail
     FROM clients_fts JOIN clients c ON c.rowid = clients_fts.rowid
     WHERE clients_fts MATCH @match AND c.deleted = 0
     ORDER BY (c.name = @q OR c.name_initials = @q OR c.name_pinyin = @q) DESC,
              (substr(c.name, 1, length(@q)) = @q OR substr(c.name_initials, 1, length(@q)) = @q OR substr(c.name_pinyin, 1, length(@q)) = @q) DESC,
              c.aum_fen DESC
     LIMIT ${MAX_CANDIDATES}`,
  );

  function ranked(match: string, q: string, into: Map<string, { hit: SearchHit; score: number }>): void {
    for (const row of candidates.all({ match, q }) as Row[]) {
      if (into.has(row.id)) continue;
      const rank = rankHit(q, row);
      if (!rank) continue;
      into.set(row.id, {
        score: rank.score,
        hit: { id: row.id, name: row.name, nameEn: row.nameEn, customerNo: row.customerNo, tier: row.tier, riskLevel: row.riskLevel, aumFen: row.aumFen, matched: rank.matched },
      });
    }
  }

  return {
    search(text: string, limit: number): SearchHit[] {
      const query = parseQuery(text);
      const match = ftsCandidates(query);
      if (match === null) return [];
      const found = new Map<string, { hit: SearchHit; score: number }>();
      ranked(match.narrow, query.compact, found);
      // Mixed pinyin and initials (zhangsf) only when nothing matched as typed: the wide pass reads
      // every client of that first letter, and a query that already matched means what it says.
      if (found.size === 0 && match.broad) ranked(match.broad, query.compact, found);
      return [...found.values()]
        .sort((a, b) => b.score - a.score || b.hit.aumFen - a.hit.aumFen)
        .slice(0, limit)
        .map((r) => r.hit);
    },
  };
}

export type ClientSearch = ReturnType<typeof createClientSearch>;

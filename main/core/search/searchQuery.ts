import { HAN } from '../names/searchColumns';

/**
 * What a search box's text means, reduced to safe pieces: Han characters, Latin letters and
 * digits, lower-cased. Everything else (quotes, `*`, `-`, operators such as NEAR, emoji) only
 * separates pieces, so nothing the RM types reaches FTS5's query syntax.
 */
export interface ParsedQuery {
  /** Han characters, letters and digits in the order typed: `张sf`, `zsf`, `pb1234`. */
  compact: string;
  /** Runs of consecutive Han characters: `张三` in `张三 sf`. */
  hanRuns: string[];
  letters: string;
  digits: string;
}

export function parseQuery(text: string): ParsedQuery {
  const normalised = text.normalize('NFKC').toLowerCase().slice(0, 100);
  let compact = '';
  const hanRuns: string[] = [];
  let run = '';
  for (const char of normalised) {
    const han = HAN.test(char);
    const latin = /[a-z0-9]/.test(char);
    if (han) run += char;
    else if (run) {
      hanRuns.push(run);
      run = '';
    }
    if (han || latin) compact += char;
  }
  if (run) hanRuns.push(run);
  return { compact, hanRuns, letters: compact.replace(/[^a-z]/g, ''), digits: compact.replace(/\D/g, '') };
}

/** A token as an FTS5 string literal; tokens only ever hold Han characters, letters and digits. */
const quoted = (token: string) => `"${token}"`;

export interface CandidateQueries {
  /** What matches the text as typed: a name containing it, or pinyin, initials, numbers starting with it. */
  narrow: string;
  /**
   * Letters only: every client whose initials start with the first letter, for pinyin mixed
   * with initials (zhangsf) that no prefix index can see. Tried when the narrow one finds nothing.
   */
  broad: string | null;
}

/**
 * The FTS5 MATCH expressions that find the candidates for a query, or null when the query has
 * nothing searchable. Ranking in JavaScript then decides what matched and how well.
 */
export function ftsCandidates(query: ParsedQuery): CandidateQueries | null {
  const { compact, hanRuns, letters, digits } = query;
  if (!compact) return null;
  if (hanRuns.length > 0) {
    // Each run as a phrase of single-character tokens, anywhere in the name.
    return { narrow: hanRuns.map((runText) => `name_chars : ${quoted([...runText].join(' '))}`).join(' AND '), broad: null };
  }
  const parts: string[] = [];
  if (letters && !digits) {
    parts.push(`name_initials : ${quoted(letters)}*`, `name_pinyin : ${quoted(letters)}*`, `name_syllables : ${quoted(letters)}*`);
  }
  if (digits && !letters) {
    parts.push(`customer_digits : ${quoted(digits)}*`, `phone_tail : ${quoted(digits)}*`);
  }
  if (/^[a-z0-9]+$/.test(compact)) parts.push(`customer_no : ${quoted(compact)}*`);
  if (parts.length === 0) return null;
  const broad = letters && !digits && letters.length > 1 ? `name_initials : ${quoted(letters[0] as string)}*` : null;
  return { narrow: parts.join(' OR '), broad };
}

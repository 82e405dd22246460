import { MAX_SEARCH_QUERY } from '../../../../shared/api';

/**
 * What is sent for the text in the search box: trimmed, and cut to the contract's length
 * (UTF-16 units, like zod) without splitting an emoji in half. Empty means "do not search".
 * The text itself is never altered otherwise: quotes, `*`, `NEAR`, `-` are the host's to escape.
 */
export function searchQueryOf(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_SEARCH_QUERY) return trimmed;
  let out = '';
  for (const char of trimmed) {
    if (out.length + char.length > MAX_SEARCH_QUERY) break;
    out += char;
  }
  return out.trimEnd();
}

import { describe, expect, it } from 'vitest';
import { clientSearchInputSchema, MAX_SEARCH_QUERY } from '../../../../shared/api';
import { searchQueryOf } from './searchQuery';

describe('search query', () => {
  it('is empty for blank text, so nothing is sent', () => {
    expect(searchQueryOf('')).toBe('');
    expect(searchQueryOf('   \t ')).toBe('');
  });

  it('passes hostile text through unchanged (escaping is the host’s), within the contract', () => {
    const hostile = ['"', '"张', 'zsf*', 'a NEAR b', '-张', 'NOT', '张 OR 李', "'; DROP TABLE clients; --", '^', '(', '😀', '1380013'];
    for (const text of hostile) {
      expect(searchQueryOf(text)).toBe(text.trim());
      expect(clientSearchInputSchema.safeParse({ query: searchQueryOf(text) }).success, text).toBe(true);
    }
  });

  it('cuts long text to the contract length without splitting an emoji', () => {
    expect(searchQueryOf('张'.repeat(150))).toHaveLength(MAX_SEARCH_QUERY);
    const emoji = `${'a'.repeat(99)}😀`; // 101 UTF-16 units: the emoji would be cut in half
    expect(searchQueryOf(emoji)).toBe('a'.repeat(99));
    const many = '😀'.repeat(80);
    const cut = searchQueryOf(many);
    expect(cut.length).toBeLessThanOrEqual(MAX_SEARCH_QUERY);
    expect([...cut].every((char) => char === '😀')).toBe(true);
    expect(clientSearchInputSchema.safeParse({ query: cut }).success).toBe(true);
  });
});

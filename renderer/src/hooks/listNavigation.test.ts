import { describe, expect, it } from 'vitest';
import { chosenIndex, highlightInRange, moveHighlight } from './listNavigation';

describe('keyboard list navigation', () => {
  it('moves down and up, wrapping at the ends', () => {
    expect(moveHighlight(0, 'ArrowDown', 3)).toBe(1);
    expect(moveHighlight(2, 'ArrowDown', 3)).toBe(0);
    expect(moveHighlight(0, 'ArrowUp', 3)).toBe(2);
    expect(moveHighlight(2, 'ArrowUp', 3)).toBe(1);
    expect(moveHighlight(0, 'ArrowDown', 1)).toBe(0);
  });

  it('starts from the first (down) or the last (up) when nothing is highlighted', () => {
    expect(moveHighlight(-1, 'ArrowDown', 4)).toBe(0);
    expect(moveHighlight(-1, 'ArrowUp', 4)).toBe(3);
    expect(moveHighlight(9, 'ArrowDown', 4)).toBe(0); // the list shrank under the highlight
  });

  it('highlights nothing in an empty list', () => {
    expect(moveHighlight(0, 'ArrowDown', 0)).toBe(-1);
    expect(moveHighlight(-1, 'ArrowUp', 0)).toBe(-1);
  });

  it('drops a highlight that no longer points into the list', () => {
    expect(highlightInRange(1, 3)).toBe(1);
    expect(highlightInRange(5, 3)).toBe(-1);
    expect(highlightInRange(-1, 3)).toBe(-1);
    expect(highlightInRange(0, 0)).toBe(-1);
  });

  it('lets Enter pick the highlighted item, or the first when none is', () => {
    expect(chosenIndex(2, 3)).toBe(2);
    expect(chosenIndex(-1, 3)).toBe(0);
    expect(chosenIndex(7, 3)).toBe(0);
    expect(chosenIndex(-1, 0)).toBe(-1);
  });
});

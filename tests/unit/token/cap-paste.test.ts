// Huge pastes (issue item 7): only the start is kept, and the note says how much was cut.
import { describe, expect, it } from 'vitest';
import { MAX_PASTE, capPaste, cutNote } from '../../../lib/token/cap-paste';

describe('capPaste', () => {
  it.each([
    ['short', 'abc', 'abc', null],
    ['exactly the limit', 'a'.repeat(MAX_PASTE), 'a'.repeat(MAX_PASTE), null],
    ['one over', 'a'.repeat(MAX_PASTE + 1), 'a'.repeat(MAX_PASTE), MAX_PASTE + 1],
    ['5 MB', 'b'.repeat(5 * 1024 * 1024), 'b'.repeat(MAX_PASTE), 5 * 1024 * 1024],
  ])('%s', (_name, raw, text, cutFrom) => {
    expect(capPaste(raw)).toEqual({ text, cutFrom });
  });

  it('says how long the paste was and what was kept', () => {
    expect(cutNote(5_242_880)).toBe('The paste had 5,242,880 characters: only the first 10,000 were kept.');
  });
});

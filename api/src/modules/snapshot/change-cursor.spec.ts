import { describe, expect, it } from '@jest/globals';
import { comparePositions, formatCursor, parseCursor } from './change-cursor.js';

describe('change cursors', () => {
  it('round-trip and order by transaction first, then sequence', () => {
    const position = parseCursor('18342.977')!;
    expect(formatCursor(position)).toBe('18342.977');
    expect(comparePositions(position, { tx: 18342n, seq: 978n })).toBe(-1);
    expect(comparePositions(position, { tx: 18341n, seq: 5000n })).toBe(1);
    expect(comparePositions(position, { tx: 18342n, seq: 977n })).toBe(0);
  });

  it('refuse what we could not have issued', () => {
    for (const cursor of ['', '12', '1.2.3', '-1.0', '01.2', '1.2 ', `${2n ** 64n}.1`, `1.${2n ** 63n}`]) {
      expect(parseCursor(cursor)).toBeUndefined();
    }
  });
});

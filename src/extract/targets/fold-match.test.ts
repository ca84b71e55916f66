import { describe, expect, it } from 'vitest';
import { foldMatch } from './fold-match.js';

describe('foldMatch', () => {
  it('should move an old-style tone mark of an open syllable and keep the length', () => {
    for (const [a, b] of [['Hàng hoá', 'hàng hóa'], ['Uỷ ban', 'ủy ban'], ['khoẻ mạnh', 'khỏe mạnh']]) {
      expect(foldMatch(a)).toBe(b);
      expect(foldMatch(a).length).toBe(a.length);
    }
  });

  it('should leave closed syllables and `qu` alone', () => {
    expect(foldMatch('Kế hoạch')).toBe('kế hoạch');
    expect(foldMatch('2 quý')).toBe('2 quý');
    expect(foldMatch('hoàn thành')).toBe('hoàn thành');
  });
});

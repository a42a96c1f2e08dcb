import { describe, expect, it } from 'vitest';
import { frenchDay } from '@/utils/csv/profile';

describe('frenchDay', () => {
  it('writes a YYYY-MM-DD day as DD/MM/YYYY', () => {
    expect(frenchDay('2026-12-03')).toBe('03/12/2026');
  });

  it.each(['', '2026', '2026-1-2', '2026-12-3x', '2026-12-03-', '-2026-12-0', 'ab-cd-ef-gh'])(
    'reorders the parts of %j as it always did',
    (text) => {
      const [y, m, d] = text.split('-');
      expect(frenchDay(text)).toBe(`${d}/${m}/${y}`);
    },
  );
});

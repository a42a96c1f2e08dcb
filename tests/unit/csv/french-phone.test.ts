import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { frenchE164 } from '@/utils/csv/row-schema';
import { frenchNational } from '@/utils/phone-display';

describe('French national phones read without a full parse', () => {
  it('give the E.164 number libphonenumber gives, for every prefix and separator', () => {
    const numbers: string[] = [];
    for (let d = 1; d <= 9; d++) {
      for (const sep of ['', ' ', '.']) {
        const pairs = ['12', '34', '56', '78'];
        numbers.push(`0${d}${sep}${pairs.join(sep)}`, `0${d}${pairs.join(sep)}`);
      }
    }
    numbers.push('01 23 45.67 89', '09 00 00 00 00', '0800000000');
    for (const s of numbers) {
      const parsed = parsePhoneNumberFromString(s, 'FR');
      expect(parsed?.isPossible(), s).toBe(true);
      expect(frenchE164(s), s).toBe(parsed!.number);
    }
  });

  it('leaves every other shape to the full parse', () => {
    for (const s of [
      '+33 4 78 00 00 00',
      '00 41 22 555 00 00',
      '0478 00 00 00 0',
      '561000000',
      '04-78-00-00-00',
      '00 12 34 56 78',
      '04 78 00 00',
    ])
      expect(frenchE164(s), s).toBeUndefined();
  });
});

describe('French E.164 numbers written as dialled in France', () => {
  it.each([
    ['+33478000000', '04 78 00 00 00'],
    ['+33612345678', '06 12 34 56 78'],
    ['+33078000000', undefined],
    ['+3347800000', undefined],
    ['+334780000001', undefined],
    ['+33478000000\n', undefined],
    ['+33 4 78 00 00 00', undefined],
    ['+32478000000', undefined],
    ['0478000000', undefined],
  ])('%j → %j', (e164, national) => {
    expect(frenchNational(e164)).toBe(national);
  });
});

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { toE164 } from '@/utils/extract/core/phone';

/**
 * utils/extract/core/phone.ts writes out the numbering plans instead of shipping libphonenumber-js
 * in the content script (bundle budget); libphonenumber-js with its full metadata is the oracle.
 */
const CASES: [string, CountryCode][] = [
  ['04 78 12 34 56', 'FR'],
  ['06.12.34.56.78', 'FR'],
  ['+33 (0)6 71 23 45 67', 'FR'],
  ['0033 1 42 68 90 12', 'FR'],
  ['+33 9 72 10 10 07', 'FR'],
  ['0800 123 456', 'FR'],
  ['02 412 56 10', 'BE'],
  ['04 223 45 67', 'BE'],
  ['0475 12 34 56', 'BE'],
  ['+32 2 412 56 10', 'FR'],
  ['+41 22 310 45 67', 'FR'],
  ['044 212 34 56', 'CH'],
  ['+352 26 12 34 56', 'FR'],
  ['+377 93 15 20 00', 'FR'],
  ['+44 117 946 0123', 'FR'],
  ['020 7946 0958', 'GB'],
  ['(212) 736-5000', 'US'],
  ['+1 541 726 3700', 'FR'],
  ['+49 30 1234567', 'FR'],
  ['+34 912 34 56 78', 'FR'],
  ['+39 06 1234 5678', 'FR'],
  ['+212 5 22 12 34 56', 'FR'],
  ['+262 262 12 34 56', 'FR'],
  ['01 23 45', 'FR'],
  ['+33 6 12 34', 'FR'],
  ['+99 123 456 789', 'FR'],
];

describe('phone numbering plans agree with libphonenumber-js', () => {
  it.each(CASES)('%s (%s)', (raw, region) => {
    const oracle = parsePhoneNumberFromString(raw, region);
    expect(toE164(raw, region)).toBe(oracle?.isValid() ? oracle.number : undefined);
  });
});

import { describe, expect, it } from 'vitest';
import { blankDraft, recognisable } from '@/utils/capture';

const at = { source: 'text' as const, confidence: 0.6 };

describe('the popup’s "nothing recognisable" rule', () => {
  it('holds for a page without name, description or contacts', () => {
    expect(recognisable(blankDraft('https://x.fr/'))).toBe(false);
  });

  it('does not hold once an e-mail, a phone or an address was found', () => {
    const blank = blankDraft('https://x.fr/');
    expect(recognisable({ ...blank, emails: [{ value: 'contact@x.fr', ...at }] })).toBe(true);
    expect(
      recognisable({
        ...blank,
        phones: [{ value: '+33100000000', display: '01 00 00 00 00', ...at }],
      }),
    ).toBe(true);
    expect(recognisable({ ...blank, address: { value: { city: 'Toulon' }, ...at } })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkSiren, checkSiret, checkVat, frenchVatKey } from '@/utils/extract/core/identifiers';
import { mergeCandidates } from '@/utils/extract/core/merge';
import { IDENTIFIER_ISSUES } from '@/utils/model/organisation';

describe('French identifiers', () => {
  it.each([
    ['732 829 320', true],
    ['732829321', false],
    ['356000000', true],
    ['12345678', false],
    ['000000000', false],
  ])('SIREN %s valid=%s', (raw, valid) => expect(checkSiren(raw).valid).toBe(valid));

  it('say why an identifier is invalid with a code the UI can word in any language', () => {
    expect(checkSiren('12345678').issue).toBe('length');
    expect(checkSiren('000000000').issue).toBe('all-zeros');
    expect(checkSiren('732829321').issue).toBe('check-digit');
    expect(checkSiret('35600000000049').issue).toBe('la-poste-sum');
    expect(checkSiret('73282932100074').issue).toBe('siren-check-digit');
    expect(checkVat('FR12928720317').issue).toBe('vat-key');
    expect(checkVat('FR44732829321').issue).toBe('siren-check-digit');
    expect(checkVat('BE0417497107').issue).toBe('check-digit');
    expect(checkVat('hello').issue).toBe('not-vat');
    expect(checkSiren('732829320').issue).toBeUndefined();
  });

  it('mark a SIRET or VAT number of another SIREN than the page’s', () => {
    const draft = mergeCandidates([
      { field: 'siren', value: '732829320', valid: true, source: 'text', confidence: 0.8 },
      { field: 'vat', value: 'FR83404833048', valid: true, source: 'text', confidence: 0.8 },
      { field: 'siret', value: '40483304800022', valid: true, source: 'text', confidence: 0.8 },
    ]);
    expect(draft.vat).toMatchObject({ valid: false, issue: 'other-siren' });
    expect(draft.siret).toMatchObject({ valid: false, issue: 'other-siren' });
  });

  it('have a French and an English wording for every issue', () => {
    for (const lang of ['en', 'fr']) {
      const messages = JSON.parse(
        readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'),
      ) as Record<string, unknown>;
      for (const issue of [...IDENTIFIER_ISSUES, 'unknown'])
        expect(messages, `${lang} ${issue}`).toHaveProperty(
          `invalidIdentifier_${issue.replaceAll('-', '_')}`,
        );
    }
  });

  it.each([
    ['732 829 320 00074', true],
    ['73282932000075', false],
    // La Poste: digit sum multiple of 5 instead of Luhn.
    ['356 000 000 00048', true],
    ['35600000000049', false],
    ['1234', false],
  ])('SIRET %s valid=%s', (raw, valid) => expect(checkSiret(raw).valid).toBe(valid));

  it('computes the VAT key from the SIREN', () => {
    expect(frenchVatKey('732829320')).toBe('44');
    expect(frenchVatKey('404833048')).toBe('83');
  });

  it.each([
    ['FR44 732829320', true, undefined],
    ['FR12928720317', false, /key 12/],
    ['FR44732829321', false, /Luhn/],
    ['BE0417497106', true, undefined],
    ['BE0417497107', false, /mod 97/],
    ['CHE-116.281.710 TVA', true, undefined],
    ['CHE-116.281.711', false, /mod 11/],
    ['hello', false, /not a VAT/],
  ])('VAT %s valid=%s', (raw, valid, reason) => {
    const c = checkVat(raw);
    expect(c.valid).toBe(valid);
    if (reason) expect(c.reason).toMatch(reason);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSiren, checkSiret, checkVat, frenchVatKey } from '@/utils/extract/identifiers';

describe('French identifiers', () => {
  it.each([
    ['732 829 320', true],
    ['732829321', false],
    ['356000000', true],
    ['12345678', false],
    ['000000000', false],
  ])('SIREN %s valid=%s', (raw, valid) => expect(checkSiren(raw).valid).toBe(valid));

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

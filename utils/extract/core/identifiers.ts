/** Check digits of French (and neighbouring) business identifiers. Pure, no page access. */
import type { IdentifierIssue } from '../../model/organisation';

export interface Checked {
  value: string;
  valid: boolean;
  issue?: IdentifierIssue;
  reason?: string;
}

const invalid = (value: string, issue: IdentifierIssue, reason: string): Checked => ({
  value,
  valid: false,
  issue,
  reason,
});

/** La Poste's SIREN: its establishments' SIRETs fail Luhn and use "sum of digits % 5" instead. */
const LA_POSTE = '356000000';

const digitsOf = (text: string) => text.replace(/\D/g, '');

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export function checkSiren(raw: string): Checked {
  const value = digitsOf(raw);
  if (value.length !== 9) return invalid(value, 'length', 'SIREN must have 9 digits');
  if (/^0+$/.test(value)) return invalid(value, 'all-zeros', 'SIREN is all zeros');
  return luhn(value) ? { value, valid: true } : invalid(value, 'check-digit', 'Luhn check fails');
}

export function checkSiret(raw: string): Checked {
  const value = digitsOf(raw);
  if (value.length !== 14) return invalid(value, 'length', 'SIRET must have 14 digits');
  if (value.startsWith(LA_POSTE)) {
    const sum = [...value].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0 || luhn(value)
      ? { value, valid: true }
      : invalid(value, 'la-poste-sum', 'La Poste SIRET digit sum is not a multiple of 5');
  }
  if (!checkSiren(value.slice(0, 9)).valid)
    return invalid(value, 'siren-check-digit', 'its SIREN fails the Luhn check');
  return luhn(value) ? { value, valid: true } : invalid(value, 'check-digit', 'Luhn check fails');
}

/** The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/** FR (key against the SIREN it embeds), BE (mod 97) and CHE (mod 11); others by shape only. */
export function checkVat(raw: string): Checked {
  const value = raw.replace(/[\s.-]/g, '').toUpperCase();
  const fr = /^FR([0-9A-Z]{2})(\d{9})$/.exec(value);
  if (fr) {
    const [, key, siren] = fr as unknown as [string, string, string];
    if (!checkSiren(siren).valid)
      return invalid(value, 'siren-check-digit', `embedded SIREN ${siren} fails the Luhn check`);
    if (!/^\d\d$/.test(key)) return { value, valid: true }; // alphabetic keys cannot be checked
    const expected = frenchVatKey(siren);
    return key === expected
      ? { value, valid: true }
      : invalid(
          value,
          'vat-key',
          `key ${key} does not match SIREN ${siren} (expected ${expected})`,
        );
  }
  const be = /^BE([01]\d{9})$/.exec(value);
  if (be) {
    const n = be[1]!;
    const ok = 97 - (Number(n.slice(0, 8)) % 97) === Number(n.slice(8));
    return ok ? { value, valid: true } : invalid(value, 'check-digit', 'mod 97 check fails');
  }
  const ch = /^CHE(\d{9})(?:MWST|TVA|IVA)?$/.exec(value);
  if (ch) {
    const d = ch[1]!;
    const weights = [5, 4, 3, 2, 7, 6, 5, 4];
    const sum = weights.reduce((s, w, i) => s + w * Number(d[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    return check !== 10 && check === Number(d[8])
      ? { value: `CHE${d}`, valid: true }
      : invalid(`CHE${d}`, 'check-digit', 'mod 11 check fails');
  }
  if (/^[A-Z]{2}[0-9A-Z]{8,12}$/.test(value)) return { value, valid: true };
  return invalid(value, 'not-vat', 'not a VAT number');
}

/** Check digits of French (and neighbouring) business identifiers. Pure, no page access. */

export interface Checked {
  value: string;
  valid: boolean;
  reason?: string;
}

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
  if (value.length !== 9) return { value, valid: false, reason: 'SIREN must have 9 digits' };
  if (/^0+$/.test(value)) return { value, valid: false, reason: 'SIREN is all zeros' };
  return luhn(value) ? { value, valid: true } : { value, valid: false, reason: 'Luhn check fails' };
}

export function checkSiret(raw: string): Checked {
  const value = digitsOf(raw);
  if (value.length !== 14) return { value, valid: false, reason: 'SIRET must have 14 digits' };
  if (value.startsWith(LA_POSTE)) {
    const sum = [...value].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0 || luhn(value)
      ? { value, valid: true }
      : { value, valid: false, reason: 'La Poste SIRET digit sum is not a multiple of 5' };
  }
  if (!checkSiren(value.slice(0, 9)).valid)
    return { value, valid: false, reason: 'its SIREN fails the Luhn check' };
  return luhn(value) ? { value, valid: true } : { value, valid: false, reason: 'Luhn check fails' };
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
      return { value, valid: false, reason: `embedded SIREN ${siren} fails the Luhn check` };
    if (!/^\d\d$/.test(key)) return { value, valid: true }; // alphabetic keys cannot be checked
    const expected = frenchVatKey(siren);
    return key === expected
      ? { value, valid: true }
      : {
          value,
          valid: false,
          reason: `key ${key} does not match SIREN ${siren} (expected ${expected})`,
        };
  }
  const be = /^BE([01]\d{9})$/.exec(value);
  if (be) {
    const n = be[1]!;
    const ok = 97 - (Number(n.slice(0, 8)) % 97) === Number(n.slice(8));
    return ok ? { value, valid: true } : { value, valid: false, reason: 'mod 97 check fails' };
  }
  const ch = /^CHE(\d{9})(?:MWST|TVA|IVA)?$/.exec(value);
  if (ch) {
    const d = ch[1]!;
    const weights = [5, 4, 3, 2, 7, 6, 5, 4];
    const sum = weights.reduce((s, w, i) => s + w * Number(d[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    return check !== 10 && check === Number(d[8])
      ? { value: `CHE${d}`, valid: true }
      : { value: `CHE${d}`, valid: false, reason: 'mod 11 check fails' };
  }
  if (/^[A-Z]{2}[0-9A-Z]{8,12}$/.test(value)) return { value, valid: true };
  return { value, valid: false, reason: 'not a VAT number' };
}

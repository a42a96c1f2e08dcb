const FRENCH_E164 = /^\+33[1-9]\d{8}$/;

/** A French number in E.164 as dialled in France ("+33478000000" → "04 78 00 00 00"). */
export function frenchNational(e164: string): string | undefined {
  if (!FRENCH_E164.test(e164)) return undefined;
  const pairs = `${e164.slice(4, 6)} ${e164.slice(6, 8)} ${e164.slice(8, 10)} ${e164.slice(10)}`;
  return `0${e164[3]} ${pairs}`;
}

/** A phone in national format where it is French, else as the page printed it. */
export const nationalPhone = (phone: { value: string; display?: string }) =>
  frenchNational(phone.value) ?? (phone.display || phone.value);

/** The `tel:` link of an E.164 number (digits and a leading "+" only), or undefined. */
export function telHref(e164: string): string | undefined {
  const number = e164.replace(/[\s.()-]/g, '');
  return /^\+?\d{3,17}$/.test(number) ? `tel:${number}` : undefined;
}

/** A French number in E.164 as dialled in France ("+33478000000" → "04 78 00 00 00"). */
export function frenchNational(e164: string): string | undefined {
  const french = /^\+33([1-9])(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(e164);
  return french ? `0${french.slice(1).join(' ')}` : undefined;
}

/** A phone in national format where it is French, else as the page printed it. */
export const nationalPhone = (phone: { value: string; display?: string }) =>
  frenchNational(phone.value) ?? (phone.display || phone.value);

/** The `tel:` link of an E.164 number (digits and a leading "+" only), or undefined. */
export function telHref(e164: string): string | undefined {
  const number = e164.replace(/[\s.()-]/g, '');
  return /^\+?\d{3,17}$/.test(number) ? `tel:${number}` : undefined;
}

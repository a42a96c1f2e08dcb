import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { frenchNational } from '../phone-display';

/**
 * A phone number as dialled from France: national format for French numbers (04 78 00 00 00),
 * the 00 international prefix for the others (00 41 22 555 00 00). Neither starts with "+", so no
 * spreadsheet takes it for a formula and no apostrophe is needed. Text that is not a phone number
 * stays as it is.
 */
export function dialFromFrance(text: string): string {
  // The common case, a French number in E.164, without the cost of a full parse.
  const french = frenchNational(text);
  if (french) return french;
  const parsed = parsePhoneNumberFromString(text, 'FR');
  if (!parsed) return text;
  return parsed.country === 'FR'
    ? parsed.formatNational()
    : `00 ${parsed.formatInternational().slice(1)}`;
}

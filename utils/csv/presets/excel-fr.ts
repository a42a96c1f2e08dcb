import { dialFromFrance } from '../phone-format';
import { frenchDay, type CsvProfile } from '../profile';

/**
 * A formula that is a constant, written only from validated characters (digits, letters,
 * spaces, + . , and parentheses, never a quote): Excel and LibreOffice show "01000" as text
 * with every digit, where a bare 01000 would lose its zero and 81245400000013 become 8,12E+13.
 */
const SAFE_TEXT = /^[0-9A-Za-z +.,()]+$/;

/** French Excel opens a file by double-click only with a BOM, ";" and CRLF. */
export default {
  id: 'excel-fr',
  label: 'profile_excel_fr',
  lang: 'fr',
  delimiter: ';',
  newline: '\r\n',
  bom: true,
  day: frenchDay,
  phone: dialFromFrance,
  textCell: (value) => (SAFE_TEXT.test(value) ? `="${value}"` : value),
} satisfies CsvProfile;

/**
 * One imported CSV row, validated and normalised by zod. Issue messages are reason codes
 * (see REASONS) so that the CLI prints English and the UI shows the user's language.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from '../zod';
import type { Status } from '../model/prospect';
import { normaliseSiren } from '../storage/identity';
import type { ColumnId } from './ids';
import { parseTags } from '../text';
import { parseStatus } from './status-labels';

export const REASONS = {
  'invalid-email': 'not an e-mail address',
  'invalid-url': 'not a web address',
  'invalid-date': 'not a date (JJ/MM/AAAA or YYYY-MM-DD)',
  'invalid-status': 'unknown status',
  'invalid-siren': 'a SIREN has 9 digits',
  'invalid-siret': 'a SIRET has 14 digits',
  'invalid-phone': 'not a phone number',
  'too-long': 'too long',
  'no-identity': 'nothing identifies an organisation: no name, website, e-mail or identifier',
  'unclosed-quote': 'a quote is opened and never closed',
  'too-many-fields': 'more cells than headers (wrong delimiter or unquoted cell?)',
  'empty-file': 'the file is empty',
  'header-only': 'the file has a header but no rows',
  'no-known-column': 'no column recognised (name, website, SIREN…)',
  'scientific-notation': 'a number mangled by a spreadsheet (digits lost)',
  'lost-leading-zero': 'a spreadsheet dropped its leading zero; put back',
  'date-serial': 'a date written as a spreadsheet serial number; read as a date',
} as const;
export type ReasonCode = keyof typeof REASONS;

/** The longest text each plain text field holds. */
export const TEXT_MAX = {
  name: 300,
  legalName: 300,
  description: 2000,
  street: 300,
  postalCode: 20,
  city: 120,
  country: 60,
  vat: 40,
  notes: 10000,
  contactName: 120,
  contactPhone: 40,
} as const;

/** At most this many e-mails, phones or tags in one cell; a tag is at most TAG_MAX long. */
export const LIST_MAX = 50;
export const TAG_MAX = 60;

const text = (max: number) =>
  z
    .string()
    .max(max, 'too-long')
    .optional()
    .transform((s) => s || undefined);

export const splitList = (s: string) =>
  s
    .split(/[,;|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export const URL_MAX = 2048;

/** A web address (https:// added when no scheme is given), or undefined. */
export function webAddress(s: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  try {
    const url = new URL(withScheme);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) {
      return withScheme;
    }
  } catch {
    // not a URL
  }
  return undefined;
}

export const isLinkedinUrl = (u: string) => /linkedin\.com\//i.test(u);

export const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

const httpUrl = z
  .string()
  .max(URL_MAX, 'too-long')
  .transform(
    (s, ctx) =>
      webAddress(s) ?? (ctx.addIssue({ code: 'custom', message: 'invalid-url' }), z.NEVER),
  );

/** A two-digit year as spreadsheets read it by default: 1930–2029. */
const fullYear = (y: string) => (y.length === 4 ? y : `${Number(y) < 30 ? 20 : 19}${y}`);

/**
 * JJ/MM/AAAA (French), JJ/MM/AA (what Calc and Excel write back for a French short date),
 * YYYY-MM-DD (ISO) or an ISO date-time → YYYY-MM-DD.
 */
export function parseDay(s: string): string | undefined {
  const fr = FRENCH_DAY.exec(s);
  const iso = fr ? null : ISO_DAY.exec(s);
  const [y, m, d] = fr
    ? [fullYear(fr[3]!), fr[2]!, fr[1]!]
    : iso
      ? [iso[1]!, iso[2]!, iso[3]!]
      : [];
  if (!y || !m || !d) return undefined;
  return isCalendarDay(Number(y), Number(m), Number(d))
    ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
    : undefined;
}

const FRENCH_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the proleptic Gregorian calendar, year 0 to 9999 (what Date writes back the same). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

const day = z
  .string()
  .transform(
    (s, ctx) => parseDay(s) ?? (ctx.addIssue({ code: 'custom', message: 'invalid-date' }), z.NEVER),
  );

/** A French number in national format ("04 78 00 00 00", "0478000000"): its E.164 at once. */
const FRENCH_NATIONAL = /^0([1-9])(?:[ .]?(\d\d)){4}$/;

/** E.164 of a French national number, as libphonenumber gives it, without its full parse. */
export function frenchE164(s: string): string | undefined {
  if (!FRENCH_NATIONAL.test(s)) return undefined;
  return `+33${s.slice(1).replace(/[ .]/g, '')}`;
}

/** A phone as imported: its E.164 and the text as the file writes it, or undefined. */
export function readPhone(s: string): { value: string; display: string } | undefined {
  // Most imported phones are French and national: the full parse costs a tenth of an import.
  const french = frenchE164(s);
  if (french) return { value: french, display: s.slice(0, 40) };
  const parsed = parsePhoneNumberFromString(s, 'FR');
  if (parsed?.isPossible()) return { value: parsed.number, display: s.slice(0, 40) };
  return undefined;
}

const phone = z
  .string()
  .transform(
    (s, ctx) =>
      readPhone(s) ?? (ctx.addIssue({ code: 'custom', message: 'invalid-phone' }), z.NEVER),
  );

const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((s) => s || undefined)
    .pipe(schema.optional());

/** One schema per importable field: each cell is read on its own, so one bad cell costs only itself. */
export const FIELD_SCHEMAS = {
  name: text(TEXT_MAX.name),
  legalName: text(TEXT_MAX.legalName),
  website: optional(httpUrl),
  domain: optional(z.string().toLowerCase().regex(DOMAIN, 'invalid-url')),
  description: text(TEXT_MAX.description),
  emails: optional(
    z
      .string()
      .transform(splitList)
      .pipe(z.array(z.email('invalid-email')).max(LIST_MAX, 'too-long')),
  ),
  phones: optional(z.string().transform(splitList).pipe(z.array(phone).max(LIST_MAX, 'too-long'))),
  street: text(TEXT_MAX.street),
  postalCode: text(TEXT_MAX.postalCode),
  city: text(TEXT_MAX.city),
  country: text(TEXT_MAX.country),
  siren: optional(
    z
      .string()
      .transform(
        (s, ctx) =>
          normaliseSiren(s) ??
          (ctx.addIssue({ code: 'custom', message: 'invalid-siren' }), z.NEVER),
      ),
  ),
  siret: optional(
    z
      .string()
      .transform((s) => s.replace(/[\s.\u00a0]/g, ''))
      .pipe(z.string().regex(/^\d{14}$/, 'invalid-siret')),
  ),
  vat: text(TEXT_MAX.vat),
  linkedin: optional(httpUrl.refine(isLinkedinUrl, 'invalid-url')),
  status: optional(
    z
      .string()
      .transform(
        (s, ctx): Status =>
          parseStatus(s) ?? (ctx.addIssue({ code: 'custom', message: 'invalid-status' }), z.NEVER),
      ),
  ),
  tags: optional(
    z
      .string()
      .transform(parseTags)
      .pipe(z.array(z.string().max(TAG_MAX, 'too-long')).max(LIST_MAX, 'too-long')),
  ),
  notes: text(TEXT_MAX.notes),
  followUpAt: optional(day),
  contactName: text(TEXT_MAX.contactName),
  contactEmail: optional(z.email('invalid-email')),
  contactPhone: text(TEXT_MAX.contactPhone),
  source: optional(httpUrl),
  capturedAt: optional(day),
} satisfies Partial<Record<ColumnId, z.ZodType>>;
export type ImportField = keyof typeof FIELD_SCHEMAS;
export type ImportValues = {
  [K in ImportField]?: NonNullable<z.output<(typeof FIELD_SCHEMAS)[K]>>;
};

/** Fields that say which organisation a row is: without one of them a row is refused. */
export const IDENTIFYING = [
  'name',
  'legalName',
  'website',
  'domain',
  'emails',
  'siren',
  'siret',
  'vat',
  'linkedin',
] as const satisfies readonly ImportField[];

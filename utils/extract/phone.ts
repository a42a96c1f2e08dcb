import {
  searchPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import rawMetadata from './phone-metadata.json';

/** A subset of libphonenumber's metadata (see utils/cli/phone-metadata.ts) to keep the bundle small. */
const metadata = rawMetadata as unknown as MetadataJson;
const MAX_MATCHES = 200;
const MAX_PHONES = 30;
const COUNTRIES = new Set(Object.keys((rawMetadata as { countries: object }).countries));

export interface FoundPhone {
  /** E.164 */
  value: string;
  display: string;
  /** Where the match starts and ends in the scanned text. */
  start: number;
  end: number;
}

const country = (region: string): CountryCode | undefined =>
  COUNTRIES.has(region) ? (region as CountryCode) : undefined;

/** A `tel:` link: the href is authoritative but may be national ("tel:0478123456"). */
export function parseTel(href: string, region: string): string | undefined {
  let raw = href.replace(/^tel:/i, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep the raw text
  }
  const phone = parsePhoneNumberFromString(
    raw.slice(0, 40),
    { defaultCountry: country(region) },
    metadata,
  );
  return phone?.isValid() ? phone.number : undefined;
}

const LABEL =
  /(?:t[ée]l(?:[ée]phone)?|phone|call|appel(?:ez)?|mobile|portable|gsm|telefon|tel\.|☎|📞)\W{0,6}$/i;
const FAX = /fax\W{0,12}$/i;
/** Digits that look like phones but are identifiers, amounts or references. */
const NOT_A_PHONE_BEFORE =
  /(?:siren|siret|rcs|tva|vat|capital|ape|naf|rna|iban|bic|bce|kbo|ide|uid|che|entreprise|adeli|rpps|finess|n°|no\.|num[ée]ro|order|commande|facture|invoice|r[ée]f|code|ref|isbn|w)\W{0,12}$/i;
const NOT_A_PHONE_AFTER = /^\s*(?:€|eur\b|euros?|\$|%|ht\b|ttc\b|k€|m€)/i;

/**
 * Phone numbers printed in text. A number is kept when it is written the way people write
 * phones (international "+33 …", "00 33 …", or with its national trunk "0…", or NANP
 * "(415) 555-0132"), or when a phone label precedes it. Numbers introduced by "fax",
 * identifiers (SIREN…) and amounts are left out.
 */
export function findPhones(text: string, region: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  let matches: ReturnType<typeof searchPhoneNumbersInText>;
  try {
    matches = searchPhoneNumbersInText(text, { defaultCountry: country(region) }, metadata);
  } catch {
    return out;
  }
  let seen = 0;
  for (const m of matches) {
    // Bounded work on long pages: a site's own numbers are few.
    if (++seen > MAX_MATCHES || out.length >= MAX_PHONES) break;
    const display = text.slice(m.startsAt, m.endsAt);
    const before = text.slice(Math.max(0, m.startsAt - 40), m.startsAt);
    const after = text.slice(m.endsAt, m.endsAt + 8);
    const digits = display.replace(/\D/g, '');
    if (digits.length < 8 || !m.number.isValid()) continue;
    if (FAX.test(before) || NOT_A_PHONE_BEFORE.test(before) || NOT_A_PHONE_AFTER.test(after))
      continue;
    if (/\d[.,]?$/.test(before.trimEnd()) && !/[\s]$/.test(before)) continue;
    const shaped =
      /^(?:\+|00)/.test(display) ||
      /^\(?0/.test(display) ||
      (m.number.countryCallingCode === '1' && /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/.test(display));
    if (!shaped && !LABEL.test(before)) continue;
    out.push({ value: m.number.number, display, start: m.startsAt, end: m.endsAt });
  }
  return out;
}

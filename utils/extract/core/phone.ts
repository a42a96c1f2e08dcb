/**
 * Phone numbers to E.164, small enough for the content script (≤ 60 KB all told):
 * libphonenumber-js with even a 31-country metadata subset weighs 54 KB minified on its own,
 * so the numbering plans Glaneur's users meet are written out here instead, and the unit
 * tests check this module against libphonenumber-js on every case (tests/unit/extract).
 */

interface Plan {
  cc: string;
  /** National significant numbers: the pattern after the trunk prefix / country code. */
  nsn: RegExp;
  /** Trunk prefix written before national numbers ("0" in France). */
  trunk?: string;
}

/** One plan per region; numbers written with "+" are read by country calling code. */
export const PLANS: Record<string, Plan | undefined> = {
  FR: { cc: '33', nsn: /^[1-9]\d{8}$/, trunk: '0' },
  MC: { cc: '377', nsn: /^(?:[3489]\d{7}|6\d{8})$/ },
  BE: { cc: '32', nsn: /^(?:4[5-9]\d{7}|[1-9]\d{7})$/, trunk: '0' },
  CH: { cc: '41', nsn: /^[2-9]\d{8}$/, trunk: '0' },
  LU: { cc: '352', nsn: /^[2-9]\d{5,10}$/ },
  DE: { cc: '49', nsn: /^[1-9]\d{5,12}$/, trunk: '0' },
  AT: { cc: '43', nsn: /^[1-9]\d{3,12}$/, trunk: '0' },
  NL: { cc: '31', nsn: /^[1-9]\d{8}$/, trunk: '0' },
  GB: { cc: '44', nsn: /^[1-9]\d{8,9}$/, trunk: '0' },
  IE: { cc: '353', nsn: /^[1-9]\d{6,9}$/, trunk: '0' },
  ES: { cc: '34', nsn: /^[5-9]\d{8}$/ },
  PT: { cc: '351', nsn: /^[29]\d{8}$/ },
  IT: { cc: '39', nsn: /^(?:0\d{5,10}|3\d{8,9})$/ },
  US: { cc: '1', nsn: /^[2-9]\d{2}[2-9]\d{6}$/, trunk: '1' },
  CA: { cc: '1', nsn: /^[2-9]\d{2}[2-9]\d{6}$/, trunk: '1' },
  MA: { cc: '212', nsn: /^[5-8]\d{8}$/, trunk: '0' },
  DZ: { cc: '213', nsn: /^[2-9]\d{7,8}$/, trunk: '0' },
  TN: { cc: '216', nsn: /^[2-9]\d{7}$/ },
  SN: { cc: '221', nsn: /^[37]\d{8}$/ },
  CI: { cc: '225', nsn: /^\d{10}$/ },
  RE: { cc: '262', nsn: /^[2-9]\d{8}$/, trunk: '0' },
  GP: { cc: '590', nsn: /^[5-7]\d{8}$/, trunk: '0' },
  MQ: { cc: '596', nsn: /^[5-7]\d{8}$/, trunk: '0' },
  GF: { cc: '594', nsn: /^[5-9]\d{8}$/, trunk: '0' },
  NC: { cc: '687', nsn: /^[2-9]\d{5}$/ },
  PF: { cc: '689', nsn: /^[4-8]\d{7}$/ },
};
const BY_CC = new Map<string, Plan>();
const REGION_OF_CC = new Map<string, string>();
for (const [region, plan] of Object.entries(PLANS))
  if (plan && !BY_CC.has(plan.cc)) {
    BY_CC.set(plan.cc, plan);
    REGION_OF_CC.set(plan.cc, region);
  }
/** The country a calling code stands for ("32" → BE; "1" → US, the first plan listed). */
export const regionOfCode = (cc: string) => REGION_OF_CC.get(cc);
// French overseas numbers dialled from France use the +33 trunk too; their own codes map here.

/** "+33 (0)6 71…", "0033 6 71…", "06 71…" → E.164, or undefined when no plan accepts it. */
export function toE164(raw: string, region: string): string | undefined {
  const text = raw.trim();
  const international = /^\(?(?:\+|00)/.test(text);
  let digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (international) {
    if (text.startsWith('00')) digits = digits.slice(2);
    for (const len of [1, 2, 3]) {
      const plan = BY_CC.get(digits.slice(0, len));
      if (!plan) continue;
      let nsn = digits.slice(len);
      if (plan.trunk === '0' && nsn.startsWith('0')) nsn = nsn.slice(1);
      return plan.nsn.test(nsn) ? `+${plan.cc}${nsn}` : undefined;
    }
    return undefined;
  }
  const plan = PLANS[region] ?? PLANS.FR!;
  let nsn = digits;
  if (plan.trunk && nsn.startsWith(plan.trunk) && !plan.nsn.test(nsn))
    nsn = nsn.slice(plan.trunk.length);
  else if (plan.trunk === '0') return undefined; // a national number without its trunk "0"
  return plan.nsn.test(nsn) ? `+${plan.cc}${nsn}` : undefined;
}

export interface FoundPhone {
  /** E.164 */
  value: string;
  display: string;
  start: number;
  end: number;
}

/** A `tel:` link: the href is authoritative but may be national ("tel:0478123456"). */
export function parseTel(href: string, region: string): string | undefined {
  let raw = href.replace(/^tel:/i, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep the raw text
  }
  return raw.length <= 40 ? toE164(raw, region) : undefined;
}

/**
 * Phone-shaped runs: international, national with a trunk "0", or NANP "(415) 555-0132". They
 * never cross a line: the page's blocks are one a line, and the next block may start with digits
 * (page text has its spaces collapsed to ' ').
 */
const CANDIDATE =
  /(?<![\w+])(?:(?:\+|00|\(\+)\d{1,3}\)?[ .\-/]?(?:\(0\)[ .\-/]?)?\d(?:[ .\-/]?\d){5,13}|\(?0\d\)?(?:[ .\-/]?\d){6,11}|(?:1[ .-])?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])\d{3}[ .-]\d{4}|\d(?:[ .]?\d){8,9})(?![\w])/g;
const NANP = /^(?:1[ .-])?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])\d{3}[ .-]\d{4}$/;
const MAX_MATCHES = 200;
const MAX_PHONES = 30;

const LABEL =
  /(?:t[ée]l(?:[ée]phone)?|phone|call|appel(?:ez)?|mobile|portable|gsm|telefon|tel\.|☎|📞)\W{0,6}$/i;
const FAX = /fax\W{0,12}$/i;
/** Digits that look like phones but are identifiers, amounts or references. */
const NOT_A_PHONE_BEFORE =
  /(?:siren|siret|rcs|tva|vat|capital|ape|naf|rna|iban|bic|bce|kbo|ide|uid|che|entreprise|adeli|rpps|finess|n°|no\.|num[ée]ro|order|commande|facture|invoice|r[ée]f|code|ref|isbn|ein|w)\W{0,12}$/i;
const NOT_A_PHONE_AFTER = /^\s*(?:€|eur\b|euros?|\$|%|ht\b|ttc\b|k€|m€)/i;

/**
 * Phone numbers printed in text. A number is kept when it is written the way people write
 * phones (international "+33 …", "00 33 …", with its national trunk "0…", NANP "(415) 555-0132")
 * or when a phone label precedes it; never after "fax", an identifier label, or before an amount.
 */
export function findPhones(text: string, region: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  let seen = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    if (++seen > MAX_MATCHES || out.length >= MAX_PHONES) break;
    const display = m[0];
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(start + display.length, start + display.length + 8);
    if (FAX.test(before) || NOT_A_PHONE_BEFORE.test(before) || NOT_A_PHONE_AFTER.test(after))
      continue;
    if (
      /[\d/]$/.test(before) ||
      /^[/]\d/.test(after) ||
      /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(display)
    )
      continue; // dates
    // North American shapes ("(450) 224-7474", "1 888 824-7474") only count on North American pages.
    const nanp = NANP.test(display);
    const shaped = /^(?:\+|00|\(\+|\(?0)/.test(display) || nanp;
    if (!shaped && !LABEL.test(before)) continue;
    if (nanp && PLANS[region]?.cc !== '1') continue;
    const value = toE164(display, region);
    if (!value) continue;
    out.push({ value, display, start, end: start + display.length });
  }
  return out;
}

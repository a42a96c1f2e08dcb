import { take } from './candidate';
/** Email addresses: normalisation, de-obfuscation and the filters for non-addresses. Pure. */

const EMAIL =
  /[a-z0-9][a-z0-9._%+'-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}/gi;

/** Placeholder and documentation domains, tracking services and build artefacts. */
const FAKE_DOMAIN =
  /(?:^|\.)(?:example|exemple|domain|domaine|votredomaine|yourdomain|mydomain|monsite|yoursite|test|email|mail|adresse|sentry|sentry-next|wixpress|ingest\.sentry|localhost|invalid)\.[a-z]+$|(?:^|\.)(?:wix|wordpress|squarespace|shopify|jimdo|webflow|ovh|ovhcloud|o2switch|ionos|1and1|gandi|hostinger|godaddy|cloudflare)\.(?:com|net|org|fr|io)$|\.(?:example|test|invalid|localhost|local)$/i;
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|mjs|json|woff2?|ttf|map|php|html?)$/i;
const FAKE_LOCAL =
  /^(?:nom|prenom|prénom|prenom\.nom|nom\.prenom|votre\.?(?:nom|email|adresse)|your\.?(?:name|email)|name|email|user|username|john\.?doe|jane\.?doe|no-?reply|do-?not-?reply|ne-?pas-?r[ée]pondre|mailer-daemon|jdoe|foo|bar|test|xxx+|abc)$/i;

export function isPlausibleEmail(email: string): boolean {
  const [local = '', domain = ''] = email.split('@');
  if (!local || !domain || email.length > 254) return false;
  if (FILE_TLD.test(domain) || /@\d+x\./i.test(email)) return false; // logo@2x.png
  if (FAKE_DOMAIN.test(domain) || FAKE_LOCAL.test(local)) return false;
  if (/^[0-9a-f]{16,}$/i.test(local)) return false; // hashed ids (Sentry DSNs, trackers)
  if (/\.\./.test(email) || local.endsWith('.')) return false;
  return true;
}

/** Lower-case, strip mailto:, query and surrounding punctuation. */
export function normaliseEmail(raw: string): string | undefined {
  let text = raw.replace(/^mailto:/i, '').split('?')[0] ?? '';
  try {
    text = decodeURIComponent(text);
  } catch {
    // keep as is
  }
  const match = text.trim().match(EMAIL);
  return match && match[0].length === text.trim().length ? match[0].toLowerCase() : undefined;
}

/**
 * Undo the usual hand obfuscations: "nom [at] site [dot] fr", "nom (arobase) site.fr",
 * "nom at site dot fr". Bracketed forms are safe anywhere; bare " at "/" dot " only when the
 * whole thing has the shape of an address.
 */
export function deobfuscate(text: string): string {
  return text
    .replace(/\s*[[({<]\s*(?:at|arobase|chez|@)\s*[\])}>]\s*/gi, '@')
    .replace(/\s*[[({<]\s*(?:dot|point|pt)\s*[\])}>]\s*/gi, '.')
    .replace(
      /\b([a-z0-9._-]{1,64})\s+(?:at|arobase)\s+([a-z0-9-]{1,63}(?:\s+(?:dot|point)\s+[a-z0-9-]{2,24})+)\b/gi,
      (_, local: string, domain: string) =>
        `${local}@${domain.replace(/\s+(?:dot|point)\s+/gi, '.')}`,
    );
}

/** Every plausible address in a text, with its offset (before de-obfuscation shifts nothing we need). */
export function findEmails(text: string): { value: string; index: number; raw: string }[] {
  const out: { value: string; index: number; raw: string }[] = [];
  for (const m of take(deobfuscate(text).matchAll(EMAIL), 200)) {
    const value = m[0].toLowerCase().replace(/\.$/, '');
    if (isPlausibleEmail(value)) out.push({ value, index: m.index ?? 0, raw: m[0] });
  }
  return out;
}

/** Cloudflare's email protection: hex string, first byte is the XOR key. */
export function decodeCfEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,128}$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return normaliseEmail(out);
}

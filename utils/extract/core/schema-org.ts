import type { Source } from '../../model/evidence';
import { countryCode } from '../../countries';
import { clean } from '../../text';
import { absoluteUrl, snippet, type Candidate } from './candidate';
import { findAddresses } from '../address';
import { normaliseEmail } from './email';
import { checkSiren, checkSiret, checkVat } from './identifiers';
import { parseTel } from './phone';
import { classifySocial } from '../social-links';
import type { Page } from './page';
import {
  FOREIGN_KEYS,
  isOrganisation,
  KIND_OF_TYPE,
  OWNER_KEYS,
  typesOf,
  type SchemaNode,
} from './schema-vocabulary';
import { sameSite } from './site';

/** Nodes of the schema.org vocabulary (schema-vocabulary.ts) mapped to candidates. */
const values = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];

/** A text value: a string, a number, or a node's @value / name / url. */
export function text(v: unknown): string | undefined {
  for (const item of values(v)) {
    if (typeof item === 'string' && item.trim()) return item;
    if (typeof item === 'number') return String(item);
    if (item && typeof item === 'object') {
      const node = item as SchemaNode;
      const inner = node['@value'] ?? node.url ?? node.contentUrl ?? node.name ?? node['@id'];
      if (typeof inner === 'string' && inner.trim()) return inner;
    }
  }
  return undefined;
}
const texts = (v: unknown): string[] =>
  values(v)
    .map((item) => text(item))
    .filter((s): s is string => !!s);

export interface Located {
  node: SchemaNode;
  /** The property this node was found under, undefined at the top level. */
  key?: string;
  parentTypes: string[];
}

/**
 * The organisation the page is about: the one the WebSite publishes or the page is about, or
 * whose URL is the site's; never one found under creator/author/provider (the web agency).
 */
export function mainNode(found: Located[], page: URL): SchemaNode | undefined {
  const ownerIds = new Set(
    found
      .filter((f) => f.key && OWNER_KEYS.has(f.key))
      .map((f) => f.node['@id'])
      .filter(Boolean),
  );
  let best: { node: SchemaNode; score: number } | undefined;
  for (const f of found) {
    if (!isOrganisation(f.node)) continue;
    let score = 0;
    if (f.key && OWNER_KEYS.has(f.key)) score += 3;
    if (f.node['@id'] && ownerIds.has(f.node['@id'])) score += 3;
    if (f.key && FOREIGN_KEYS.has(f.key)) score -= 5;
    if (!f.key) score += 1;
    const url = text(f.node.url);
    if (url) score += sameSite(url, page) ? 2 : -2;
    if (!best || score > best.score) best = { node: f.node, score };
  }
  if (best && best.score > -3) return best.node;
  // A solo professional often marks up only a Person.
  const person = found.find(
    (f) =>
      (!f.key || OWNER_KEYS.has(f.key)) &&
      typesOf(f.node).includes('Person') &&
      (f.key || f.node.jobTitle || f.node.address || f.node.telephone),
  );
  return person?.node;
}

/** Every candidate the main organisation node of a page offers. */
export function organisationCandidates(node: SchemaNode, source: Source, page: Page): Candidate[] {
  const out: Candidate[] = [];
  const push = (c: Candidate) => out.push(c);
  const str = (
    field: 'name' | 'legalName' | 'description',
    v: unknown,
    confidence: number,
    max = 2000,
  ) => {
    const value = clean(text(v), max);
    if (value) push({ field, value, confidence, snippet: snippet(value), source });
  };
  str('name', node.name, 0.9, 300);
  str('legalName', node.legalName, 0.9, 300);
  str('description', node.description, 0.8);
  const url = absoluteUrl(text(node.url), page.url);
  if (url)
    push({
      field: 'website',
      value: url,
      source,
      confidence: sameSite(url, page.url) ? 0.85 : 0.5,
      snippet: snippet(url),
    });
  const logo = absoluteUrl(text(node.logo), page.url) ?? absoluteUrl(text(node.image), page.url);
  if (logo)
    push({
      field: 'logo',
      value: logo,
      source,
      confidence: node.logo ? 0.85 : 0.55,
      snippet: snippet(logo),
    });

  const contacts = [
    node,
    ...values(node.contactPoint).filter((c): c is SchemaNode => !!c && typeof c === 'object'),
  ];
  for (const c of contacts) {
    for (const e of texts(c.email)) {
      const value = normaliseEmail(e);
      if (value) push({ field: 'email', value, source, confidence: 0.9, snippet: snippet(e) });
    }
    for (const t of texts(c.telephone)) {
      const value = parseTel(t, page.region);
      if (value)
        push({
          field: 'phone',
          value,
          display: clean(t, 40),
          source,
          confidence: 0.9,
          snippet: snippet(t),
        });
    }
  }
  for (const a of values(node.address).concat(
    values((node.location as SchemaNode | undefined)?.address),
  )) {
    const address = postalAddress(a, page.region);
    if (address)
      push({
        field: 'address',
        value: address,
        source,
        confidence: 0.9,
        snippet: snippet(typeof a === 'string' ? a : address.street),
      });
  }
  for (const s of texts(node.sameAs)) {
    const social = classifySocial(s);
    if (!social) continue;
    push({
      field: 'social',
      network: social.network,
      value: social.url,
      source,
      confidence: 0.9,
      snippet: snippet(s),
    });
    // An organisation that is the same as one person's profile is that person's own practice.
    if (social.network === 'linkedin' && /\/in\//.test(social.url))
      push({ field: 'kind', value: 'independent', source, confidence: 0.6, snippet: snippet(s) });
  }
  for (const key of [
    'founder',
    'founders',
    'employee',
    'employees',
    'member',
    'members',
    'contactPoint',
  ]) {
    for (const p of values(node[key])) {
      if (!p || typeof p !== 'object' || !typesOf(p as SchemaNode).includes('Person')) continue;
      const name = clean(text((p as SchemaNode).name), 120);
      const role = clean(text((p as SchemaNode).jobTitle), 200) || undefined;
      if (name)
        push({
          field: 'person',
          value: role ? { name, role } : { name },
          source,
          confidence: 0.85,
          snippet: snippet(name),
        });
    }
  }
  for (const k of [...texts(node.keywords), ...texts(node.knowsAbout), ...texts(node.industry)]) {
    for (const word of k.split(/[,;]/)) {
      const value = clean(word, 80);
      if (value.length > 1)
        push({ field: 'keyword', value, source, confidence: 0.8, snippet: snippet(k) });
    }
  }
  const vat = text(node.vatID);
  if (vat) push({ field: 'vat', ...checkVat(vat), source, confidence: 0.9, snippet: snippet(vat) });
  for (const id of [text(node.taxID), text(node.identifier), text(node.leiCode)]) {
    const digits = id?.replace(/\s/g, '');
    if (digits && /^\d{9}$/.test(digits))
      push({
        field: 'siren',
        ...checkSiren(digits),
        source,
        confidence: 0.85,
        snippet: snippet(id),
      });
    if (digits && /^\d{14}$/.test(digits))
      push({
        field: 'siret',
        ...checkSiret(digits),
        source,
        confidence: 0.85,
        snippet: snippet(id),
      });
  }
  for (const t of typesOf(node)) {
    const rule = KIND_OF_TYPE.find(([re]) => re.test(t));
    if (rule)
      push({ field: 'kind', value: rule[1], source, confidence: rule[2], snippet: `@type ${t}` });
  }
  return out;
}

function postalAddress(v: unknown, region: string) {
  const found = structuredAddress(v, region);
  // A French postcode without a country, on a French page, is in France.
  if (found && !found.country && /^\d{5}$/.test(found.postalCode ?? '') && region === 'FR')
    found.country = 'FR';
  return found;
}

function structuredAddress(v: unknown, region: string) {
  if (typeof v === 'string') return findAddresses(v, region)[0]?.address;
  if (!v || typeof v !== 'object') return undefined;
  const a = v as SchemaNode;
  const country = text(a.addressCountry);
  const address = {
    street: clean(text(a.streetAddress), 300) || undefined,
    postalCode: clean(text(a.postalCode), 20) || undefined,
    city: clean(text(a.addressLocality), 120) || undefined,
    region: clean(text(a.addressRegion), 120) || undefined,
    country: country ? countryCode(country) : undefined,
  };
  if (!address.street && !address.city && !address.postalCode) return undefined;
  return Object.fromEntries(Object.entries(address).filter(([, x]) => x)) as typeof address;
}

import type { OrganisationDraft } from '../../model/organisation';
import { clean } from '../../text';
import { type Candidate } from './candidate';
import { buildDraft, draftCandidates } from './merge';
import { inlineText } from './page-text';
import { siteRoot } from './site';

/** Same-origin enrichment: follow a few contact / legal / about links and merge what they add. */
export const MAX_TARGETS = 3;

export type TargetKind = 'legal' | 'contact' | 'about' | 'home';
export interface EnrichTarget {
  url: string;
  /** The link's text, shown in the progress line ("Lecture de Mentions légales…"). */
  label: string;
  kind: TargetKind;
}

const PATTERNS: [Exclude<TargetKind, 'home'>, RegExp][] = [
  [
    'legal',
    /mentions?[\s_-]*l[ée]gales?|legal[\s_-]*(?:notice|mentions|information|info)|impressum|imprint|informations?[\s_-]*l[ée]gales?|\blegal\b|editeur|[ée]diteur du site/i,
  ],
  [
    'contact',
    /\bcontact|nous[\s_-]*(?:joindre|trouver|contacter|écrire)|coordonn[ée]es|get[\s_-]*in[\s_-]*touch|reach[\s_-]*us|kontakt/i,
  ],
  [
    'about',
    /[àa][\s_-]*propos|qui[\s_-]*sommes[\s_-]*nous|\babout\b|about[\s_-]*us|l?[\s_'-]*[ée]quipe|notre[\s_-]*histoire|\bteam\b|our[\s_-]*story|pr[ée]sentation|\bwho[\s_-]*we[\s_-]*are/i,
  ],
];
const NOT_A_PAGE = /\.(?:pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|pptx?|mp[34]|avi|mov)$/i;

const sameOrigin = (a: URL, b: URL) =>
  a.protocol === 'file:' && b.protocol === 'file:'
    ? a.pathname.replace(/[^/]*$/, '') === b.pathname.replace(/[^/]*$/, '')
    : a.origin === b.origin;

/** The first same-origin link of each wanted kind, by its text or its address. */
function linkTargets(
  doc: Document,
  page: URL,
  wanted: Set<TargetKind>,
): Map<TargetKind, EnrichTarget> {
  const found = new Map<TargetKind, EnrichTarget>();
  const here = page.href.split('#')[0];
  for (const a of [...doc.querySelectorAll('a[href]')].slice(0, 2000)) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', page);
    } catch {
      continue;
    }
    url.hash = '';
    if (!sameOrigin(url, page) || url.href === here || NOT_A_PAGE.test(url.pathname)) continue;
    const label = clean(
      inlineText(a, 80) || a.getAttribute('title') || a.getAttribute('aria-label'),
      80,
    );
    const path = decodeURIComponent(url.pathname);
    for (const [kind, re] of PATTERNS) {
      if (!wanted.has(kind) || found.has(kind)) continue;
      if (re.test(label) || re.test(path)) {
        found.set(kind, { url: url.href, label: label || path, kind });
        break;
      }
    }
  }
  return found;
}

/** What the page lacks, so that only useful pages are read. */
function needs(draft: OrganisationDraft): Set<TargetKind> {
  const out = new Set<TargetKind>();
  if (!draft.siren && !draft.siret && !draft.rcs) out.add('legal');
  if (draft.emails.length === 0 || draft.phones.length === 0 || !draft.address) out.add('contact');
  if (!draft.description || !draft.kind || draft.people.length === 0) out.add('about');
  return out;
}

/**
 * What enrichment may read, from one pass over the page's links. `follow`: at most one page of
 * each kind the draft lacks, legal first. `site`: the site's home page, and its about page if the
 * page links to one, whose words are scored when the page itself does not present the
 * organisation (an article, a legal notice).
 */
export function pageTargets(
  doc: Document,
  pageUrl: string,
  draft: OrganisationDraft,
  max = MAX_TARGETS,
): { follow: EnrichTarget[]; site: EnrichTarget[] } {
  const page = new URL(pageUrl);
  const wanted = needs(draft);
  const found = linkTargets(doc, page, new Set([...wanted, 'about']));
  const root = siteRoot(page);
  const about = found.get('about');
  return {
    // The page we are on may itself be the legal notice: then its kind is not needed.
    follow: (['legal', 'contact', 'about'] as const)
      .map((k) => (wanted.has(k) ? found.get(k) : undefined))
      .filter(
        (t): t is EnrichTarget =>
          !!t && !PATTERNS.find(([k]) => k === t.kind)![1].test(page.pathname),
      )
      .slice(0, max),
    site: [
      ...(root === page.href.split('#')[0]
        ? []
        : [{ url: root, label: page.host, kind: 'home' as const }]),
      ...(about ? [about] : []),
    ],
  };
}

/** At most one link of each kind the page lacks, same origin only, legal first. */
export const enrichmentTargets = (
  doc: Document,
  pageUrl: string,
  draft: OrganisationDraft,
  max = MAX_TARGETS,
): EnrichTarget[] => pageTargets(doc, pageUrl, draft, max).follow;

/** Fields a secondary page may only fill in, never override: its title or meta are about itself. */
const PAGE_SPECIFIC = new Set(['name', 'description', 'logo', 'website', 'language']);

/** Merge a secondary page's findings into the draft, by the same provenance rule. */
export function mergeSubpage(base: OrganisationDraft, sub: OrganisationDraft): OrganisationDraft {
  const extra: Candidate[] = draftCandidates(sub).filter(
    (c) =>
      !(
        PAGE_SPECIFIC.has(c.field) &&
        (base[c.field as keyof OrganisationDraft] || c.source === 'title' || c.source === 'url')
      ),
  );
  const merged = buildDraft(
    [...draftCandidates(base), ...extra],
    base.sourceUrl,
    new Date(base.capturedAt),
    base.truncated,
  );
  return merged;
}

export interface EnrichProgress {
  done: number;
  total: number;
  current?: EnrichTarget;
}

export interface EnrichOptions {
  signal?: AbortSignal;
  onProgress?(progress: EnrichProgress): void;
}

/**
 * Read each target with `read` (which fetches and extracts one page: in the tab for the
 * extension, from disk for the CLI) and merge what it adds. Stops between pages when aborted;
 * a page that fails is skipped.
 */
export async function enrichDraft(
  draft: OrganisationDraft,
  targets: EnrichTarget[],
  read: (target: EnrichTarget, signal?: AbortSignal) => Promise<OrganisationDraft | undefined>,
  { signal, onProgress }: EnrichOptions = {},
): Promise<OrganisationDraft> {
  let current = draft;
  for (const [i, target] of targets.entries()) {
    if (signal?.aborted) break;
    onProgress?.({ done: i, total: targets.length, current: target });
    const sub = await read(target, signal).catch(() => undefined);
    if (signal?.aborted) break;
    if (sub) current = mergeSubpage(current, sub);
  }
  onProgress?.({ done: targets.length, total: targets.length });
  return current;
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractOrganisation, extractSubpage } from '../extract';
import {
  enrichDraft,
  enrichmentTargets,
  pageTargets,
  type EnrichTarget,
} from '../extract/core/enrich';
import { FETCH_MAX_BYTES } from '../extract/core/fetch-page';
import { pageText, SITE_TEXT_CAP } from '../extract/core/page-text';
import type { OrganisationDraft } from '../model/organisation';
import { pageKindOf } from '../scoring/page-kind';
import type { SitePage } from '../scoring/site-pages';

/** Larger inputs are refused outright, the rest read whole (the extractor caps its own work). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function parseDocument(html: string): Document {
  // linkedom needs a root element to build a document from a fragment or plain text.
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** Why a file cannot be read as a page, or undefined when it can. */
export function unreadable(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'empty file';
  if (bytes.length > MAX_FILE_BYTES) return `file larger than ${MAX_FILE_BYTES} bytes`;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return 'binary file, not HTML';
  return undefined;
}

/**
 * The folder that stands for the site's root: the file's own, or, when the folders above it are
 * named as the page's address says (site/actualites/x.html for https://site/actualites/x), the
 * one those folders are in.
 */
export function siteFolder(file: string, pageUrl: string): string {
  let folder = dirname(resolve(file));
  const url = new URL(pageUrl);
  if (url.protocol === 'file:') return folder;
  const dirs = decodeURIComponent(url.pathname).split('/').slice(1, -1).filter(Boolean);
  for (const dir of dirs.reverse()) {
    if (basename(folder) !== dir) return dirname(resolve(file));
    folder = dirname(folder);
  }
  return folder.endsWith(sep) ? folder.slice(0, -1) : folder;
}

/**
 * A fetchPage serving a site from disk: `https://site/contact.html` is the file contact.html
 * in the folder that stands for `https://site/` (only inside that folder, HTML only).
 */
export function diskFetcher(file: string, pageUrl: string) {
  const root = siteFolder(file, pageUrl);
  const base = new URL(pageUrl);
  return async (url: string): Promise<string | undefined> => {
    const target = new URL(url);
    if (
      target.origin !== base.origin &&
      !(target.protocol === 'file:' && base.protocol === 'file:')
    )
      return undefined;
    const rel =
      target.protocol === 'file:'
        ? relative(root, target.pathname)
        : decodeURIComponent(target.pathname).replace(/^\/+/, '');
    for (const candidate of [rel, `${rel}.html`, join(rel, 'index.html')]) {
      const path = normalize(join(root, candidate));
      if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) continue;
      if (!/\.x?html?$/i.test(path)) return undefined;
      const bytes = readFileSync(path);
      return unreadable(bytes) ? undefined : bytes.subarray(0, FETCH_MAX_BYTES).toString('utf8');
    }
    return undefined;
  };
}

/** Extract one saved page, then enrich it from the pages beside it. */
export async function readSite(
  file: string,
  pageUrl?: string,
  { enrich = true, now = new Date() } = {},
): Promise<OrganisationDraft> {
  const bytes = readFileSync(file);
  const problem = unreadable(bytes);
  if (problem) throw new Error(problem);
  const url = pageUrl ?? pathToFileURL(resolve(file)).href;
  const doc = parseDocument(bytes.toString('utf8'));
  const draft = extractOrganisation(doc, url, now);
  if (!enrich) return draft;
  const targets = enrichmentTargets(doc, url, draft);
  return enrichDraft(
    draft,
    targets,
    pageReader(diskFetcher(file, url), (html) => parseDocument(html), now),
  );
}

/** A `read` for enrichDraft from a page fetcher and an HTML parser. */
export function pageReader(
  fetchPage: (url: string, signal?: AbortSignal) => Promise<string | undefined>,
  parse: (html: string, url: string) => Document,
  now: Date = new Date(),
) {
  return async (target: EnrichTarget, signal?: AbortSignal) => {
    const html = await fetchPage(target.url, signal);
    return html === undefined
      ? undefined
      : extractSubpage(parse(html, target.url), target.url, now);
  };
}

/**
 * A page that does not present the organisation (an article, a legal notice): its site's home and
 * about pages from disk, with their text, as the extension reads them in the tab.
 */
export async function sitePagesFromDisk(
  doc: Document,
  draft: OrganisationDraft,
  text: string,
  file: string,
  pageUrl: string,
): Promise<SitePage[]> {
  if (pageKindOf(pageUrl, text) === 'presentation') return [];
  const fetchPage = diskFetcher(file, pageUrl);
  const self = readFileSync(file).subarray(0, FETCH_MAX_BYTES).toString('utf8');
  const pages: SitePage[] = [];
  for (const target of pageTargets(doc, pageUrl, draft).site) {
    // A file's site has no origin: its home page is the index of its folder.
    const url =
      target.kind === 'home' && pageUrl.startsWith('file:')
        ? new URL('./', pageUrl).href
        : target.url;
    if (url === pageUrl) continue;
    const html = await fetchPage(url);
    // On disk, the file that stands for the home page may be the page itself.
    if (html === undefined || html === self) continue;
    const kind = target.kind === 'home' ? 'home' : 'about';
    const siteDoc = parseDocument(html);
    const description = extractSubpage(siteDoc, url).description?.value;
    pages.push({ kind, url, text: pageText(siteDoc, SITE_TEXT_CAP).text, description });
  }
  return pages;
}

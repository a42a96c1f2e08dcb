/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../utils/cli/read-site';
import { extractOrganisation } from '../../utils/extract';
import { pageTargets } from '../../utils/extract/core/enrich';
import { pageText } from '../../utils/extract/core/page-text';
import { test, expect, capture, clickToolbar, openTab } from './fixtures';

/** A sample of fixture sites covering every source of evidence and the traps. */
const SAMPLE = [
  'atelier-lumen',
  'transports-roux',
  'cabinet-durand-avocats',
  'studio-pixel',
  'garage-dupuis',
  'asbl-bruxelles',
  'site-builder-junk',
  'email-image-only',
  'code-for-good',
  'hostile-page',
  'amis-du-vieux-moulin',
];

const withoutTime = <T extends { capturedAt?: string }>(draft: T) => ({ ...draft, capturedAt: '' });

test('the real content script in Chromium finds what Node finds on the fixture sites', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  // Eleven sites, each a tab, a toolbar click and an injection: more than one test's usual minute.
  test.setTimeout(180_000);
  for (const site of SAMPLE) {
    const url = server.siteUrl(site);
    const tabId = await openTab(sw, url);
    await clickToolbar(context, extensionId, url);
    const result = (await sw.evaluate(async (id) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: id },
        files: ['/content-scripts/extract.js'],
      });
      return frame?.result;
    }, tabId)) as {
      draft: { capturedAt: string };
      text: string;
      follow: unknown[];
      site: unknown[];
    };

    const html = readFileSync(`tests/fixtures/sites/${site}/index.html`, 'utf8');
    const doc = parseDocument(html);
    const node = extractOrganisation(doc, url);
    expect(withoutTime(result.draft), site).toEqual(withoutTime(node));
    // The text quotes are taken from, read by the same walk over the browser's DOM and linkedom's.
    expect(result.text, site).toBe(pageText(doc).text);
    const { follow, site: sitePages } = pageTargets(doc, url, node);
    expect(result.follow, site).toEqual(follow);
    expect(result.site, site).toEqual(sitePages);
    await sw.evaluate((id) => chrome.tabs.remove(id), tabId);
  }
});

test('the popup completes the card from the legal notice, and shows where it came from', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const { popup } = await capture(context, sw, extensionId, server.siteUrl('atelier-lumen'));
  await expect(popup.getByLabel('Nom', { exact: true })).toHaveValue('Atelier Lumen');
  const details = popup.getByTestId('organisation-details');
  await expect(details).toContainText('732829320');
  await expect(details).toContainText('FR44732829320');
  await expect(details).toContainText('Coopérative');
  await expect(popup.getByTestId('enrichment')).toContainText('page(s) liée(s)');
  await expect(details.getByText('732829320', { exact: true })).toHaveAttribute(
    'title',
    /mentions-legales\.html/,
  );
});

test('an invalid identifier is shown as invalid, with its reason in the UI language', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const { popup } = await capture(context, sw, extensionId, server.siteUrl('transports-roux'));
  const details = popup.getByTestId('organisation-details');
  await expect(details).toContainText(
    'FR12928720317 — invalide : la clé de TVA ne correspond pas au SIREN',
  );
  await expect(details).toContainText('928720317');
});

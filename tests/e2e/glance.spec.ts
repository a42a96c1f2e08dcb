/// <reference types="chrome" />
/**
 * The popup's first screen at 600 × 500, on every fixture site: name, score, its two strongest
 * reasons, the number to call, the status and Save, all inside the viewport without scrolling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from '../../utils/cli/read-site';
import { extractOrganisation } from '../../utils/extract';
import { nationalPhone } from '../../utils/phone-display';
import { test, expect, openTab, clickToolbar } from './fixtures';

const SITES = readdirSync('tests/fixtures/sites', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

interface Box {
  what: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

test('the card at a glance: everything to call and qualify is on the first screen', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  test.setTimeout(SITES.length * 8_000);
  let phones = 0;
  let scored = 0;
  for (const site of SITES) {
    const url = server.siteUrl(site);
    // What the page itself gives, read in Node as the content script reads it.
    const html = readFileSync(`tests/fixtures/sites/${site}/index.html`, 'utf8');
    const [first] = extractOrganisation(parseDocument(html), url).phones;
    const tabId = await openTab(sw, url);
    await clickToolbar(context, extensionId, url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 600, height: 500 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect(popup.getByTestId('score'), site).toBeVisible();
    const phone = popup.getByTestId('reach-phone');
    if (first) {
      await expect(phone, site).toHaveAttribute('href', `tel:${first.value}`);
      await expect(phone, site).toHaveText(nationalPhone(first));
      phones++;
    }
    if (await popup.getByTestId('score-number').count()) scored++;
    const boxes = await popup.evaluate(() => {
      const rect = (what: string, el: Element | null | undefined) => {
        if (!el) return [];
        const r = el.getBoundingClientRect();
        return [{ what, top: r.top, bottom: r.bottom, left: r.left, right: r.right }];
      };
      const $ = (css: string) => document.querySelector(css);
      const reasons = [...document.querySelectorAll('[data-testid=score] .reason')].filter(
        (el) => !(el as HTMLElement).hidden,
      );
      return {
        scrollY: window.scrollY,
        reasons: reasons.length,
        boxes: [
          ...rect('name heading', $('h1')),
          ...rect('name field', $('#field-name')),
          ...rect('score', $('[data-testid=score-number]') ?? $('[data-testid=score]')),
          ...rect('band', $('[data-testid=band]')),
          ...reasons.flatMap((el, i) => rect(`reason ${i + 1}`, el)),
          ...rect('phone', $('[data-testid=reach-phone]')),
          ...rect('e-mail', $('[data-testid=reach-email]')),
          ...rect('status', $('#status')),
          ...rect('save', $('button[type=submit]')),
        ],
      };
    });
    expect(boxes.scrollY, site).toBe(0);
    expect(boxes.reasons, `${site}: at most two reasons before unfolding`).toBeLessThanOrEqual(2);
    const outside = boxes.boxes.filter(
      (b: Box) => b.top < 0 || b.left < 0 || b.bottom > 500 || b.right > 600,
    );
    expect(outside, `${site}: outside the 600 × 500 viewport`).toEqual([]);
    expect(
      boxes.boxes.map((b: Box) => b.what),
      site,
    ).toEqual(expect.arrayContaining(['name heading', 'name field', 'score', 'status', 'save']));
    await popup.close();
    await sw.evaluate((id) => chrome.tabs.remove(id), tabId);
  }
  // Most fixture sites show a number and get a score: the checks above are not vacuous.
  expect(phones).toBeGreaterThan(SITES.length / 2);
  expect(scored).toBeGreaterThan(SITES.length / 2);
});

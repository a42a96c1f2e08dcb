/**
 * The floor under the popup's time on this machine: an extension page that does nothing but what
 * the popup's first script does — inject the extraction into the tab (or an empty function) —
 * then shows one character. Opened like the measured popup, on a tab as fresh as its, it times
 * what Chromium spends creating the page, injecting and answering, whatever the popup's code.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR } from '../e2e/fixtures';

export type FloorKind = 'extraction' | 'empty';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><script type="module" src="/bench-floor.js"></script></head>
<body></body></html>`;

const SCRIPT = `const query = new URLSearchParams(location.search);
const target = { tabId: Number(query.get('tabId')) };
const injection = query.get('kind') === 'empty'
  ? { target, func: () => 0 }
  : { target, files: ['/content-scripts/extract.js'] };
chrome.scripting.executeScript(injection).then(() => {
  document.body.textContent = '·';
  requestAnimationFrame(() => setTimeout(() => (window.floorPainted = performance.now())));
});`;

/** A copy of the production build with the floor page added; `remove` deletes it. */
export function buildWithFloorPage(): { dir: string; remove(): void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'glaneur-floor-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-floor.html'), PAGE);
  writeFileSync(join(dir, 'bench-floor.js'), SCRIPT);
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}

/** Navigation start → the frame after the injection answered, in ms on the page's clock. */
export async function floorRun(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  kind: FloorKind,
): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-floor.html?tabId=${tabId}&kind=${kind}`);
  await page.waitForFunction(() => (window as { floorPainted?: number }).floorPainted);
  const painted = await page.evaluate(() => (window as { floorPainted?: number }).floorPainted!);
  await page.close();
  return painted;
}

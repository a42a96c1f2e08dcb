/// <reference types="chrome" />
/**
 * Glaneur's pages keep within the extension's content security policy: nothing they run is
 * refused by it (a refusal, even caught, is reported as a violation on the page).
 */
import { test, expect, capture } from './fixtures';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

function recordViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.cspViolations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`),
  );
}

test('no page of the extension runs what its content security policy forbids', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  await context.addInitScript(recordViolations);
  const { popup } = await capture(context, sw, extensionId, server.siteUrl('mairie-saint-julien'));
  await expect(popup.getByTestId('score-number')).toBeVisible();
  await expect(popup.locator('details.more')).toBeAttached();
  expect(await popup.evaluate(() => window.cspViolations)).toEqual([]);

  for (const page of ['prospects', 'today', 'options', 'sidepanel']) {
    const tab = await context.newPage();
    await tab.goto(`chrome-extension://${extensionId}/${page}.html`);
    await expect(tab.locator('main').first()).toBeVisible();
    expect(await tab.evaluate(() => window.cspViolations), page).toEqual([]);
    await tab.close();
  }
});

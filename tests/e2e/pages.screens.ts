import { test, expect, capture, openTab } from './fixtures';
import { filledList, socialTest } from './screens-helpers';

const OUT = 'tests/e2e/screenshots';
const WIDE = { width: 1280, height: 800 };

for (const language of ['fr', 'en'] as const) {
  const uiLanguage = language === 'fr' ? 'fr-FR' : 'en-US';

  test.describe(language, () => {
    test.use({ uiLanguage });

    test(`popup (${language})`, async ({ context, sw, extensionId, server }) => {
      const { popup } = await capture(context, sw, extensionId, server.siteUrl('atelier-lumen'));
      await popup.setViewportSize({ width: 600, height: 720 });
      await expect(popup.locator('#field-name')).toHaveValue('Atelier Lumen');
      // As tall as the card, so the sticky action bar sits at the bottom as in a real popup.
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      await popup.setViewportSize({ width: 600, height });
      await popup.screenshot({ path: `${OUT}/popup.${language}.png` });
    });

    test(`options (${language})`, async ({ context, extensionId }) => {
      const options = await context.newPage();
      await options.setViewportSize(WIDE);
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByTestId('active-state')).toBeVisible();
      await expect(
        options.getByTestId('section-values').locator('.criterion').first(),
      ).toBeVisible();
      await options.screenshot({ path: `${OUT}/options.${language}.png` });
    });

    test(`prospects (${language})`, async ({ context, sw, extensionId, server }) => {
      const list = await filledList(context, sw, extensionId, [
        server.siteUrl('atelier-lumen'),
        server.url('qualify/mjc-les-tilleuls/index.html'),
      ]);
      await list.setViewportSize(WIDE);
      await list.bringToFront();
      await list.screenshot({ path: `${OUT}/prospects.${language}.png` });
    });
  });

  socialTest.describe(language, () => {
    socialTest.use({ uiLanguage });

    socialTest(`side panel (${language})`, async ({ context, sw, extensionId }) => {
      const tabId = await openTab(sw, 'https://www.linkedin.com/company/atelier-lumen/');
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      await expect(panel.getByTestId('card-name')).toHaveText('Atelier Lumen');
      await expect(panel.getByTestId('score-number')).toHaveText(/^\d+/);
      const height = await panel.evaluate(() => document.documentElement.scrollHeight);
      await panel.setViewportSize({ width: 400, height: Math.max(800, height) });
      await panel.screenshot({ path: `${OUT}/sidepanel.${language}.png` });
    });
  });
}

import { test, expect, capture } from './fixtures';

const OUT = 'tests/e2e/screenshots';

for (const language of ['fr', 'en'] as const) {
  test.describe(language, () => {
    test.use({ uiLanguage: language === 'fr' ? 'fr-FR' : 'en-US' });

    test(`popup (${language})`, async ({ context, sw, extensionId, server }) => {
      const { popup } = await capture(context, sw, extensionId, server.siteUrl('atelier-lumen'));
      await popup.setViewportSize({ width: 380, height: 720 });
      await expect(popup.locator('#field-name')).toHaveValue('Atelier Lumen');
      // As tall as the card, so the sticky action bar sits at the bottom as in a real popup.
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      await popup.setViewportSize({ width: 380, height });
      await popup.screenshot({ path: `${OUT}/popup.${language}.png` });
    });
  });
}

import { test, expect, capture } from './fixtures';

const OUT = 'tests/e2e/screenshots';

for (const language of ['fr', 'en'] as const) {
  test.describe(language, () => {
    test.use({ uiLanguage: language === 'fr' ? 'fr-FR' : 'en-US' });

    test(`popup (${language})`, async ({ context, sw, extensionId, server }) => {
      const { popup } = await capture(context, sw, extensionId, server.siteUrl('atelier-lumen'));
      await popup.setViewportSize({ width: 380, height: 720 });
      await expect(popup.locator('#field-name')).toHaveValue('Atelier Lumen');
      await popup.screenshot({ path: `${OUT}/popup.${language}.png`, fullPage: true });
    });
  });
}

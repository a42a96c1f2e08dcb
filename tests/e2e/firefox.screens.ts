/** `npm run screenshots`, in Firefox: the same pictures as Chromium's, named *.firefox.<lang>.png. */
import { test } from './drivers/test';
import type { Driver } from './flows/driver';
import { checks } from './flows/expect';
import { SOCIAL_ROUTES } from './flows/sidebar';
import { CSV } from './screens-helpers';

const OUT = 'tests/e2e/screenshots';
const WIDE = { width: 1280, height: 800 };

/** Saves a fixture site through the popup, so the list shows its score. */
async function saveViaPopup(d: Driver, url: string) {
  const tab = await d.openTab(url);
  await d.clickToolbar(tab);
  const popup = await d.openPage(`popup.html?tabId=${tab.id}`);
  await checks(d, popup).text({ testId: 'score-number' }, /^\d+/);
  await popup.click({ css: 'button[type="submit"]' });
  await checks(d, popup).visible({ testId: 'already-saved' });
  await popup.close();
}

for (const language of ['fr', 'en'] as const) {
  test.describe(language, () => {
    test.use({ language, browserTarget: 'firefox-mv3' });

    test(`popup in Firefox (${language})`, async ({ driver }) => {
      const tab = await driver.openTab(driver.server.siteUrl('atelier-lumen'));
      await driver.clickToolbar(tab);
      const popup = await driver.openPage(`popup.html?tabId=${tab.id}`);
      await checks(driver, popup).value({ css: '#field-name' }, 'Atelier Lumen');
      // As tall as the card, so the sticky action bar sits at the bottom as in a real popup.
      await popup.screenshot(`${OUT}/popup.firefox.${language}.png`, {
        width: 600,
        height: 'content',
      });
    });

    test(`options in Firefox (${language})`, async ({ driver }) => {
      const options = await driver.openPage('options.html');
      await checks(driver, options).visible({ testId: 'active-state' });
      await checks(driver, options).visible({
        css: '.criterion',
        within: { testId: 'section-values' },
      });
      await options.screenshot(`${OUT}/options.firefox.${language}.png`, WIDE);
    });

    test(`prospects in Firefox (${language})`, async ({ driver }) => {
      await saveViaPopup(driver, driver.server.siteUrl('atelier-lumen'));
      await saveViaPopup(driver, driver.server.url('qualify/mjc-les-tilleuls/index.html'));
      const list = await driver.openPage('prospects.html');
      await list.click({ css: 'details.tools summary' });
      await list.upload(
        { testId: 'import-file' },
        {
          name: 'prospects.csv',
          buffer: Buffer.from(CSV, 'utf8'),
        },
      );
      await list.click({ css: 'button', within: { css: '[data-testid=import-preview] .actions' } });
      await checks(driver, list).count({ testId: 'prospect-row' }, 6);
      await list.click({ css: 'details.tools summary' });
      await list.screenshot(`${OUT}/prospects.firefox.${language}.png`, WIDE);
    });

    test.describe(() => {
      test.use({ socialRoutes: SOCIAL_ROUTES, socialAccess: true });
      test(`sidebar in Firefox (${language})`, async ({ driver }) => {
        const tab = await driver.openTab('https://www.linkedin.com/company/atelier-lumen/');
        const panel = await driver.openPage(`sidepanel.html?tabId=${tab.id}`);
        await checks(driver, panel).text({ testId: 'card-name' }, 'Atelier Lumen');
        await checks(driver, panel).text({ testId: 'score-number' }, /^\d+/);
        await panel.screenshot(`${OUT}/sidepanel.firefox.${language}.png`, {
          width: 400,
          height: 'content',
        });
      });
    });
  });
}

import { BANDS } from '../../utils/model/qualification';
import { idsIn, internalIds, message, messages } from '../unit/prospects/internal-ids';
import { test, expect } from './fixtures';
import { expectNoViolations } from './inspect';
import { filledList } from './screens-helpers';

const SAMPLE = 'tests/fixtures/csv/sample-with-errors.csv';

// Import, search, filter, detail, export and the follow-up reminders are shared with Firefox:
// tests/e2e/flows/list.ts.

test('the list is accessible: no WCAG 2 A/AA violations, keyboard opens a prospect', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/prospects.html`);
  await expect(page.getByTestId('list-count')).toBeVisible();
  await expectNoViolations(page); // the empty list
  await page.getByText('Import, sauvegarde et confidentialité').click();
  await page.getByTestId('import-file').setInputFiles(SAMPLE);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Importer 7 lignes' }).click();
  await expect(page.getByTestId('prospect-row')).toHaveCount(6);

  // Keyboard only: reach the first prospect's name and open it.
  await page.getByTestId('search').focus();
  const open = page.getByRole('button', { name: /^Ouvrir / }).first();
  for (let i = 0; i < 40 && !(await open.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('prospect-detail')).toBeVisible();
  await expectNoViolations(page);
});

for (const language of ['fr', 'en'] as const) {
  test.describe(`the list shows values as the user knows them (${language})`, () => {
    test.use({ uiLanguage: language === 'fr' ? 'fr-FR' : 'en-US' });
    const all = messages(language);
    const say = (key: string, ...subs: string[]) => message(all, key, subs);

    test('detail in her words, phone search, the week in review', async ({
      context,
      sw,
      extensionId,
      server,
    }) => {
      const page = await filledList(context, sw, extensionId, [
        server.url('qualify/mjc-les-tilleuls/index.html'),
      ]);
      const mjc = page.getByTestId('prospect-row').filter({ hasText: 'MJC Les Tilleuls' });

      // The fit column: the score with the band in her language.
      const bands = BANDS.map((b) => say(`band_${b}`));
      await expect(mjc).toContainText(new RegExp(`\\d+ · (${bands.join('|')})`));

      // Search by phone, however it is typed.
      for (const query of ['02 99 00', '0299000000', '+33 2 99 00 00 00', '02.99.00.00']) {
        await page.getByTestId('search').fill(query);
        await expect(page.getByTestId('prospect-row'), query).toHaveCount(1);
        await expect(mjc, query).toBeVisible();
      }
      await page.getByTestId('search').fill('');

      // The detail: labels, kinds and sources in her language, never an internal id.
      await mjc.getByRole('button', { name: say('openDetail', 'MJC Les Tilleuls') }).click();
      const detail = page.getByTestId('prospect-detail');
      await expect(detail.getByTestId('detail-fit')).toHaveText(
        new RegExp(`^\\d+/100 · (${bands.join('|')})$`),
      );
      const fields = detail.getByTestId('detail-fields');
      await expect(fields).toContainText(say('detailsKind'));
      await expect(fields).toContainText(say('kindAssociation'));
      await expect(fields).toContainText('02 99 00 00 00');
      await expect(fields).toContainText(say('sourceHint', say('source_jsonld')));
      expect(idsIn(await detail.innerText(), internalIds(language))).toEqual([]);
      const band = (await detail.getByTestId('detail-fit').innerText()).split(' · ')[1]!;

      // Three calls logged: a meeting booked and no answer for the MJC, a no for another.
      const log = page.getByTestId('activity-log');
      const call = async (outcome: string, on?: string) => {
        await log.getByLabel(say('activityKind')).selectOption({ label: say('activityKind_call') });
        await log.getByLabel(say('activityOutcome')).selectOption({ label: say(outcome) });
        if (on) await log.getByLabel(say('activityOn'), { exact: true }).fill(on);
        const count = await log.locator('ol.activities li').count();
        await log.getByRole('button', { name: say('activityLog') }).click();
        await expect(log.locator('ol.activities li')).toHaveCount(count + 1);
      };
      await call('outcome_no_answer');
      await call('outcome_meeting_booked', '2027-01-15');
      await page.getByRole('button', { name: say('openDetail', 'La Fabrique à Pain') }).click();
      await expect(detail.locator('h2')).toHaveText('La Fabrique à Pain');
      await call('outcome_not_interested');

      // The week in review counts them by band; the figures are a table.
      await page.getByText(say('reviewTitle'), { exact: true }).click();
      const table = page.getByTestId('week-review-table');
      const cells = (name: string) =>
        table.getByRole('row', { name: new RegExp(`^${name} `) }).getByRole('cell');
      // Called, calls, 6 outcomes (no answer … became a client), meetings held, said yes, rate.
      await expect(cells(band)).toHaveText([
        '1',
        '2',
        '1',
        '0',
        '0',
        '0',
        '1',
        '0',
        '0',
        '1',
        /^100\s?%$/,
      ]);
      await expect(cells(say('reviewUnscored'))).toHaveText([
        '1',
        '1',
        '0',
        '0',
        '1',
        '0',
        '0',
        '0',
        '0',
        '0',
        /^0\s?%$/,
      ]);
      await expectNoViolations(page);
    });
  });
}

/// <reference types="chrome" />
/**
 * A prospecting morning from the keyboard alone: import a small file, open Today, log five calls
 * with five outcomes; each follow-up lands on the day utils/plan.ts plans, the progress counts,
 * the week in review counts the calls, and a restored backup gives back the same activities.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { localDay } from '../../utils/day';
import { parseDayInput } from '../../utils/day-input';
import { planOutcome } from '../../utils/plan';
import { test, expect } from './fixtures';
import { expectNoViolations, storedProspects } from './inspect';

const FILE = 'tests/fixtures/csv/day.csv';

const WORDS = {
  fr: {
    locale: 'fr-FR',
    tools: 'Import, sauvegarde et confidentialité',
    importConfirm: 'Importer 5 lignes',
    importDone: '5 créés, 0 fusionnés.',
    roles: 'Qui demander au téléphone',
    savePersona: 'Enregistrer le persona',
    personaSaved: 'Persona enregistré.',
    openToday: 'Appels du jour',
    askFor: 'demander : communication, RH',
    due: (n: number) => `Relances à faire (${n})`,
    candidates: (n: number) => `Encore à contacter, les plus adaptés d’abord (${n})`,
    calls: (n: number) => `Appels passés : ${n}`,
    count: (label: string, n: number) => `${label} : ${n}`,
    callBackOn: 'Rappeler le',
    meetingOn: 'Rendez-vous le',
    monday: 'lundi',
    mailOpen: 'Ouvrir dans ma messagerie',
    review: 'La semaine en bref',
    backup: 'Télécharger une sauvegarde (JSON)',
    restore: 'Restaurer une sauvegarde',
    eraseAll: 'Tout effacer',
    restored: '5 prospects restaurés.',
    subject: (name: string) => `Suite à notre appel — ${name}`,
    outcomes: {
      'no-answer': 'Pas de réponse',
      'call-back': 'Rappeler',
      'not-interested': 'Pas intéressé',
      'send-information': 'Envoyer une documentation',
      'meeting-booked': 'Rendez-vous pris',
    },
  },
  en: {
    locale: 'en-US',
    tools: 'Import, backup and privacy',
    importConfirm: 'Import 5 rows',
    importDone: '5 created, 0 merged.',
    roles: 'Whom you ask for on the phone',
    savePersona: 'Save persona',
    personaSaved: 'Persona saved.',
    openToday: "Today's calls",
    askFor: 'ask for: communication, RH',
    due: (n: number) => `Follow-ups due (${n})`,
    candidates: (n: number) => `Still to contact, best fit first (${n})`,
    calls: (n: number) => `Calls made: ${n}`,
    count: (label: string, n: number) => `${label}: ${n}`,
    callBackOn: 'Call back on',
    meetingOn: 'Meeting on',
    monday: 'monday',
    mailOpen: 'Open in my mail app',
    review: 'The week in review',
    backup: 'Download a backup (JSON)',
    restore: 'Restore a backup',
    eraseAll: 'Erase everything',
    restored: '5 prospects restored.',
    subject: (name: string) => `Following our call — ${name}`,
    outcomes: {
      'no-answer': 'No answer',
      'call-back': 'Call back',
      'not-interested': 'Not interested',
      'send-information': 'Send information',
      'meeting-booked': 'Meeting booked',
    },
  },
};

/** The morning, in the order she goes: the key, and what she types for a dated outcome. */
type Called = keyof (typeof WORDS)['fr']['outcomes'];
const CALLS: { outcome: Called; key: string; typed?: (w: (typeof WORDS)['fr']) => string }[] = [
  { outcome: 'no-answer', key: '1' },
  { outcome: 'call-back', key: '2', typed: () => '+2' },
  { outcome: 'not-interested', key: '3' },
  { outcome: 'send-information', key: '4' },
  { outcome: 'meeting-booked', key: '5', typed: (w) => w.monday },
];

/** Where the browser wrote the latest completed download (the extension's downloads API). */
const latestDownload = (page: Page) =>
  page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const [item] = await chrome.downloads.search({
        state: 'complete',
        orderBy: ['-startTime'],
        limit: 1,
      });
      if (item) return item.filename;
      await new Promise((r) => setTimeout(r, 100));
    }
    return '';
  });

const focusedName = (page: Page) => page.locator('[data-testid="today-row"]:focus h3');

for (const language of ['fr', 'en'] as const) {
  const w = WORDS[language];
  test.describe(language, () => {
    test.use({ uiLanguage: w.locale });

    test('five calls from the keyboard: outcomes logged, follow-ups planned, progress counted', async ({
      context,
      extensionId,
    }) => {
      // A whole morning's flow with three axe passes: long on a loaded machine.
      test.slow();
      const base = `chrome-extension://${extensionId}`;
      const page = await context.newPage();

      // The persona says whom she asks for.
      await page.goto(`${base}/options.html`);
      await page.getByLabel(w.roles).fill('communication, RH');
      await page.getByLabel(w.roles).press('Tab');
      await page.getByRole('button', { name: w.savePersona }).click();
      await expect(page.getByText(w.personaSaved)).toBeVisible();

      // A small file, through the list's import.
      await page.goto(`${base}/prospects.html`);
      await page.getByText(w.tools, { exact: true }).click();
      await page.getByTestId('import-file').setInputFiles(FILE);
      await page.getByRole('button', { name: w.importConfirm }).click();
      await expect(page.getByTestId('notice')).toContainText(w.importDone);
      await expect(page.getByRole('link', { name: w.openToday })).toHaveAttribute(
        'href',
        '/today.html',
      );

      await page.goto(`${base}/today.html`);
      const today = localDay();
      await expect(page.getByRole('heading', { name: w.due(1) })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.candidates(4) })).toBeVisible();
      await expect(page.getByTestId('today-row')).toHaveCount(5);
      // The follow-up due comes first, focused: the keyboard works at once.
      await expect(focusedName(page)).toHaveText('Atelier Lumen');
      const first = page.getByTestId('today-row').first();
      await expect(first.getByTestId('today-phone')).toHaveText('04 78 12 34 56');
      await expect(first.getByTestId('today-phone')).toHaveAttribute('href', 'tel:+33478123456');
      await expect(first.getByTestId('today-ask')).toContainText(w.askFor);
      await expect(page.getByTestId('today-calls')).toHaveText(w.calls(0));
      await expectNoViolations(page);

      // Next and previous.
      await page.keyboard.press('j');
      await expect(focusedName(page)).not.toHaveText('Atelier Lumen');
      await page.keyboard.press('k');
      await expect(focusedName(page)).toHaveText('Atelier Lumen');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await expect(focusedName(page)).toHaveText('Atelier Lumen');

      const expected = new Map<string, { outcome: Called; followUpAt: string | null }>();
      for (const [i, call] of CALLS.entries()) {
        const name = (await focusedName(page).textContent())!;
        await page.keyboard.press(call.key);
        let on: string | undefined;
        if (call.typed) {
          const day = page.getByLabel(call.outcome === 'call-back' ? w.callBackOn : w.meetingOn);
          await expect(day).toBeFocused();
          if (i === 1) await expectNoViolations(page);
          await page.keyboard.type(call.typed(w));
          await page.keyboard.press('Enter');
          on = parseDayInput(call.typed(w), today)!;
        }
        const { followUpAt } = planOutcome(call.outcome, today, on);
        expected.set(name, { outcome: call.outcome, followUpAt });
        const row = page.getByTestId('today-row').filter({ hasText: name });
        await expect(row.getByTestId('today-logged')).toContainText(w.outcomes[call.outcome]);
        await expect(page.getByTestId('today-calls')).toHaveText(w.calls(i + 1));
        if (i < CALLS.length - 1) await expect(focusedName(page)).not.toHaveText(name);
      }
      expect(expected.size).toBe(5);
      // The information she promised: the e-mail is ready in her own mail app, merged.
      const informed = [...expected].find(([, e]) => e.outcome === 'send-information')![0];
      const mailto = await page.getByRole('link', { name: w.mailOpen }).getAttribute('href');
      const mail = new URL(mailto!);
      expect(mail.protocol).toBe('mailto:');
      expect(mail.searchParams.get('subject')).toBe(w.subject(informed));
      expect(mail.searchParams.get('body')).toContain('\r\n');
      await expect(page.getByTestId('today-outcome')).toHaveText(
        CALLS.map((c) => w.count(w.outcomes[c.outcome], 1)),
      );
      await expectNoViolations(page);

      // What the background wrote: each call logged, each follow-up on its planned day.
      const stored = await storedProspects(page);
      for (const [name, { outcome, followUpAt }] of expected) {
        const p = stored.find((s) => s.organisation.name?.value === name)!;
        expect(
          p.activities.map((a) => a.outcome),
          name,
        ).toEqual([outcome]);
        expect(p.followUpAt ?? null, name).toBe(followUpAt);
      }

      // Reopened, the page counts the day's calls from what is stored; nobody is left to call
      // for the first time, and only follow-ups planned for today or earlier are due.
      await page.reload();
      await expect(page.getByTestId('today-calls')).toHaveText(w.calls(5));
      const dueNow = [...expected.values()].filter((e) => e.followUpAt && e.followUpAt <= today);
      await expect(page.getByRole('heading', { name: w.due(dueNow.length) })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.candidates(0) })).toBeVisible();

      // The week in review counts the morning: 5 prospects called, one of each outcome, a yes.
      await page.goto(`${base}/prospects.html`);
      await page.getByText(w.review, { exact: true }).click();
      const total = page
        .getByTestId('week-review-table')
        .locator('tfoot')
        .getByRole('row')
        .getByRole('cell');
      await expect(total).toHaveText([
        '5',
        '5',
        '1',
        '1',
        '1',
        '1',
        '1',
        '0',
        '0',
        '1',
        /^20\s?%$/,
      ]);

      // A backup, everything erased, the backup restored: the same activities come back.
      page.on('dialog', (dialog) => void dialog.accept());
      await page.getByText(w.tools, { exact: true }).click();
      await page.getByRole('button', { name: w.backup }).click();
      await expect(page.getByTestId('notice')).toContainText('glaneur-backup-');
      const path = await latestDownload(page);
      expect(path, 'the backup was written').not.toBe('');
      const copy = test.info().outputPath('backup.json');
      writeFileSync(copy, readFileSync(path));
      const activities = (list: Awaited<ReturnType<typeof storedProspects>>) =>
        Object.fromEntries(list.map((p) => [p.organisation.name?.value, p.activities]));
      const before = activities(await storedProspects(page));
      await page.getByRole('button', { name: w.eraseAll }).click();
      await expect.poll(async () => (await storedProspects(page)).length).toBe(0);
      await page.getByLabel(w.restore).setInputFiles(copy);
      await expect(page.getByTestId('notice')).toContainText(w.restored);
      expect(activities(await storedProspects(page))).toEqual(before);
    });
  });
}

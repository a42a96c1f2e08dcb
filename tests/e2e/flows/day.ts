/**
 * A prospecting morning from the keyboard alone: import a small file, open Today, log five calls
 * with five outcomes; each follow-up lands on the day utils/plan.ts plans, the progress counts,
 * the week in review counts the calls, and a restored backup gives back the same activities.
 */
import { readFileSync } from 'node:fs';
import { localDay } from '../../../utils/day';
import { parseDayInput } from '../../../utils/day-input';
import { planOutcome } from '../../../utils/plan';
import type { Driver, Ui } from './driver';
import { checks, downloadedBytes, expect, storedProspects } from './expect';

const FILE = { name: 'day.csv', buffer: readFileSync('tests/fixtures/csv/day.csv') };

const WORDS = {
  fr: {
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

/** The name on the call-list row that has the focus, '' when no row has it. */
const focusedName = (page: Ui) =>
  page.evaluate(
    () =>
      (document.activeElement?.matches('[data-testid="today-row"]') &&
        document.activeElement.querySelector('h3')?.textContent) ||
      '',
    undefined,
  );

export async function fiveCallsFromTheKeyboard(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  const focused = (what: string) =>
    expect.poll(() => focusedName(page), { message: `${d.name} (${d.language}): ${what}` });

  // The persona says whom she asks for.
  const options = await d.openPage('options.html');
  await options.fill({ label: w.roles }, 'communication, RH');
  await options.press('Tab');
  await options.click({ role: 'button', name: w.savePersona });
  await checks(d, options).visible({ text: w.personaSaved });
  await options.close();

  // A small file, through the list's import.
  let list = await d.openPage('prospects.html');
  let seeList = checks(d, list);
  await list.click({ text: w.tools, exact: true });
  await list.upload({ testId: 'import-file' }, FILE);
  await list.click({ role: 'button', name: w.importConfirm });
  await seeList.contains({ testId: 'notice' }, w.importDone);
  await seeList.attribute({ role: 'link', name: w.openToday }, 'href', '/today.html');
  await list.close();

  let page = await d.openPage('today.html');
  let see = checks(d, page);
  const today = localDay();
  await see.visible({ role: 'heading', name: w.due(1) });
  await see.visible({ role: 'heading', name: w.candidates(4) });
  await see.count({ testId: 'today-row' }, 5);
  // The follow-up due comes first, focused: the keyboard works at once.
  await focused('the first row has the focus').toBe('Atelier Lumen');
  const first = { testId: 'today-row' };
  await see.text({ testId: 'today-phone', within: first }, '04 78 12 34 56');
  await see.attribute({ testId: 'today-phone', within: first }, 'href', 'tel:+33478123456');
  await see.contains({ testId: 'today-ask', within: first }, w.askFor);
  await see.text({ testId: 'today-calls' }, w.calls(0));
  await d.expectAccessible?.(page);

  // Next and previous.
  await page.press('j');
  await focused('j moves down').not.toBe('Atelier Lumen');
  await page.press('k');
  await focused('k moves up').toBe('Atelier Lumen');
  await page.press('ArrowDown');
  await page.press('ArrowUp');
  await focused('the arrows move down and up').toBe('Atelier Lumen');

  const expected = new Map<string, { outcome: Called; followUpAt: string | null }>();
  for (const [i, call] of CALLS.entries()) {
    const name = await focusedName(page);
    expect(name, `${d.name}: a row has the focus before call ${i + 1}`).not.toBe('');
    await page.press(call.key);
    let on: string | undefined;
    if (call.typed) {
      const day = { label: call.outcome === 'call-back' ? w.callBackOn : w.meetingOn };
      await expect
        .poll(() => page.focused(day), { message: `${d.name}: the day prompt has the focus` })
        .toBe(true);
      if (i === 1) await d.expectAccessible?.(page);
      await page.type(call.typed(w));
      await page.press('Enter');
      on = parseDayInput(call.typed(w), today)!;
    }
    const { followUpAt } = planOutcome(call.outcome, today, on);
    expected.set(name, { outcome: call.outcome, followUpAt });
    const row = { testId: 'today-row', hasText: name };
    await see.contains({ testId: 'today-logged', within: row }, w.outcomes[call.outcome]);
    await see.text({ testId: 'today-calls' }, w.calls(i + 1));
    if (i < CALLS.length - 1) await focused('the next row has the focus').not.toBe(name);
  }
  expect(expected.size).toBe(5);
  // The information she promised: the e-mail is ready in her own mail app, merged.
  const informed = [...expected].find(([, e]) => e.outcome === 'send-information')![0];
  const mailto = (await page.see({ role: 'link', name: w.mailOpen })).attributes['href'];
  const mail = new URL(mailto ?? '');
  expect(mail.protocol).toBe('mailto:');
  expect(mail.searchParams.get('subject')).toBe(w.subject(informed));
  expect(mail.searchParams.get('body')).toContain('\r\n');
  await see.texts(
    { testId: 'today-outcome' },
    CALLS.map((c) => w.count(w.outcomes[c.outcome], 1)),
  );
  await d.expectAccessible?.(page);

  // What the background wrote: each call logged, each follow-up on its planned day.
  const stored = await storedProspects(page);
  for (const [name, { outcome, followUpAt }] of expected) {
    const p = stored.find((s) => s.organisation.name?.value === name)!;
    expect(
      p.activities.map((a) => a.outcome),
      `${d.name}: ${name}`,
    ).toEqual([outcome]);
    expect(p.followUpAt ?? null, `${d.name}: ${name}`).toBe(followUpAt);
  }

  // Reopened, the page counts the day's calls from what is stored; nobody is left to call
  // for the first time, and only follow-ups planned for today or earlier are due.
  await page.close();
  page = await d.openPage('today.html');
  see = checks(d, page);
  await see.text({ testId: 'today-calls' }, w.calls(5));
  const dueNow = [...expected.values()].filter((e) => e.followUpAt && e.followUpAt <= today);
  await see.visible({ role: 'heading', name: w.due(dueNow.length) });
  await see.visible({ role: 'heading', name: w.candidates(0) });
  await page.close();

  // The week in review counts the morning: 5 prospects called, one of each outcome, a yes.
  list = await d.openPage('prospects.html');
  seeList = checks(d, list);
  await list.click({ text: w.review, exact: true });
  const total = { css: 'tfoot td', within: { testId: 'week-review-table' } };
  await seeList.texts(total, [
    ...['5', '5', '1', '1', '1', '1', '1', '0', '0', '1'],
    expect.stringMatching(/^20\s?%$/),
  ] as never);

  // A backup, everything erased, the backup restored: the same activities come back.
  list.acceptDialogs();
  await list.click({ text: w.tools, exact: true });
  await list.click({ role: 'button', name: w.backup });
  await seeList.contains({ testId: 'notice' }, 'glaneur-backup-');
  const backup = await downloadedBytes(list);
  const activities = (all: Awaited<ReturnType<typeof storedProspects>>) =>
    Object.fromEntries(all.map((p) => [p.organisation.name?.value, p.activities]));
  const before = activities(await storedProspects(list));
  await list.click({ role: 'button', name: w.eraseAll });
  await expect
    .poll(async () => (await storedProspects(list)).length, { message: `${d.name}: erased` })
    .toBe(0);
  await list.upload({ label: w.restore }, { name: 'backup.json', buffer: backup });
  await seeList.contains({ testId: 'notice' }, w.restored);
  expect(activities(await storedProspects(list)), `${d.name}: restored activities`).toEqual(before);
}

/** The activity log in a prospect's detail: a call's outcome plans the follow-up. */
import { readFileSync } from 'node:fs';
import { localDay } from '../../../utils/day';
import { addWorkingDays } from '../../../utils/plan';
import type { Driver } from './driver';
import { checks } from './expect';

const SAMPLE = {
  name: 'sample-with-errors.csv',
  buffer: readFileSync('tests/fixtures/csv/sample-with-errors.csv'),
};

/** In French: the log's words are checked in the one language. */
export async function callOutcomePlansFollowUp(d: Driver): Promise<void> {
  const page = await d.openPage('prospects.html');
  const see = checks(d, page);
  await page.click({ text: 'Import, sauvegarde et confidentialité' });
  await page.upload({ testId: 'import-file' }, SAMPLE);
  await page.click({ role: 'button', name: 'Importer 7 lignes' });
  await see.count({ testId: 'prospect-row' }, 6);
  await page.click({ role: 'button', name: 'Ouvrir ' });

  const log = { testId: 'activity-log' };
  await see.contains(log, 'Rien de noté pour l’instant.');
  await d.expectAccessible?.(page);

  // No answer: the follow-up moves two working days ahead, the status follows.
  const outcome = { label: 'Issue', exact: true, within: log };
  const noter = { role: 'button', name: 'Noter', exact: true, within: log } as const;
  const followUp = { label: 'Prochaine relance', exact: true };
  const entries = { css: 'ol.activities li', within: log };
  await page.select({ label: 'Type', exact: true, within: log }, 'call');
  await page.select(outcome, 'no-answer');
  await see.text({ css: '#activity-outcome option:checked', within: log }, 'Pas de réponse');
  await page.click(noter);
  await see.value(followUp, addWorkingDays(localDay(), 2));
  await see.contains({ testId: 'notice' }, 'Noté. Prochaine relance :');
  await see.count(entries, 1);
  await see.contains(entries, 'Appel — Pas de réponse');

  // Call back on a given day: it becomes the follow-up; the newest activity comes first.
  await page.select(outcome, 'call-back');
  await see.text({ css: '#activity-outcome option:checked', within: log }, 'Rappeler');
  await page.fill({ label: 'Le', exact: true, within: log }, '2027-01-15');
  await page.fill({ label: 'Note', within: log }, 'Demander la chargée de communication');
  await page.click(noter);
  await see.value(followUp, '2027-01-15');
  await see.count(entries, 2);
  await see.contains(
    entries,
    'Appel — Rappeler — 15 janv. 2027 — Demander la chargée de communication',
  );
  await d.expectAccessible?.(page);
}

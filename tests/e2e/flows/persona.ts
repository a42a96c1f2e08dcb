/** The options page: the user edits her persona, and a captured card is scored again with it. */
import type { Driver } from './driver';
import { checks, expect, storedProspects } from './expect';
import { WORDS } from './words';

export async function personaRescoresCard(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  // The options page starts with the example persona in the UI's language, active.
  const options = await d.openPage('options.html');
  const seeOptions = checks(d, options);
  await seeOptions.contains({ label: w.personaSelect }, w.activeMark);
  await seeOptions.text({ testId: 'active-state' }, w.active);

  // A first capture, scored with the example persona as it is.
  const tab = await d.openTab(d.server.url(w.qualifyPage));
  await d.clickToolbar(tab);
  const before = await d.openPage(`popup.html?tabId=${tab.id}`);
  await checks(d, before).text({ testId: 'score-number' }, /^\d{1,3}\/100$/);
  await checks(d, before).count({ text: w.newCriterion, within: { testId: 'score' } }, 0);
  await before.close();

  // She adds a value of her own, and raises the good-fit threshold.
  await options.bringToFront();
  const values = { testId: 'section-values' };
  await options.click({ role: 'button', name: w.addCriterion, within: values });
  const last = { css: '.criterion', within: values, nth: -1 };
  await options.fill({ label: w.criterion, exact: true, within: last }, w.newCriterion);
  await options.fill({ label: w.criterionTerms, within: last }, w.newCriterionTerms);
  await options.select({ label: w.weight, within: last }, '5');
  await options.fill({ label: w.threshold }, '65');
  await seeOptions.visible({ text: w.unsaved });
  await options.click({ role: 'button', name: w.savePersona });
  await seeOptions.text({ role: 'status' }, w.personaSaved);

  // The same page again: score, band in words, bar, reasons quoted from the page.
  await tab.ui.bringToFront();
  const popup = await d.openPage(`popup.html?tabId=${tab.id}`);
  const see = checks(d, popup);
  await see.text({ testId: 'score-number' }, /^\d{1,3}\/100$/);
  await see.text({ testId: 'band' }, w.excellent);
  await see.attribute({ role: 'meter' }, 'aria-label', w.scoreLabel);
  await see.contains({ testId: 'score' }, w.newCriterion);
  await see.contains({ testId: 'score' }, w.newCriterionQuote);
  await see.contains({ testId: 'reasons' }, w.governance);
  await see.visible({ css: 'q', within: { testId: 'reasons' } });

  // Status, follow-up, a tag, a contact and her own judgement of the fit; then save.
  await popup.select({ label: w.status }, 'contacted');
  // Follow-up, tags and contacts are folded below the first screen.
  await popup.click({ text: w.moreFields });
  await popup.fill({ label: w.followUp }, '2026-12-15');
  await popup.fill({ label: w.tags }, 'éduc pop, Rennes');
  await popup.click({ role: 'button', name: w.addContact });
  await popup.fill({ label: w.contactName }, 'Camille Roux');
  await popup.fill({ label: w.contactRole }, 'Directrice');
  await popup.select({ label: w.yourFit }, 'good');
  await see.text({ testId: 'band' }, w.good);
  await see.text({ testId: 'band-override-note' }, w.overrideNote);
  await popup.click({ role: 'button', name: w.save, exact: true });
  await see.text({ role: 'status' }, w.saved);

  // Reopen: everything is there, the override still shown as such.
  const again = await d.openPage(`popup.html?tabId=${tab.id}`);
  const seeAgain = checks(d, again);
  await seeAgain.contains({ testId: 'already-saved' }, w.contacted);
  await seeAgain.value({ label: w.status }, 'contacted');
  await seeAgain.value({ label: w.followUp }, '2026-12-15');
  await seeAgain.value({ label: w.tags }, 'éduc pop, Rennes');
  await seeAgain.value({ label: w.contactName }, 'Camille Roux');
  await seeAgain.value({ label: w.yourFit }, 'good');
  await seeAgain.visible({ testId: 'band-override-note' });
  await seeAgain.contains({ testId: 'score' }, w.newCriterion);

  // The qualification was saved with the prospect, as computed, beside the override.
  const [p] = await storedProspects(again);
  expect(
    {
      band: p?.qualification?.band,
      override: p?.bandOverride,
      personaId: p?.qualification?.personaId,
      history: p?.history.map((h) => h.kind),
    },
    `${d.name}: the stored qualification`,
  ).toEqual({
    band: 'excellent',
    override: 'good',
    personaId: w.examplePersonaId,
    history: ['captured', 'status'],
  });
}

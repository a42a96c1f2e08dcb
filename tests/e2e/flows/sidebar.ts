/// <reference types="chrome" />
/**
 * The side panel (Chrome's side_panel, Firefox's sidebar_action) on LinkedIn, served offline
 * at its real https address, once the user has granted the optional LinkedIn/Viadeo access.
 */
import { spaScript } from '../spa';
import type { Driver, Tab } from './driver';
import { checks, expect, storedProspects } from './expect';
import { WORDS } from './words';

/** First loads, by real address; later pages arrive by history.pushState (see spa.ts). */
export const SOCIAL_ROUTES = {
  'www.linkedin.com/company/atelier-lumen/': 'linkedin-company-fr',
  'fr.viadeo.com/fr/profile/claire.martin': 'viadeo-profile-fr',
};

type Globals = { browser?: typeof chrome };

/** What LinkedIn's router does (pushState, render), in the page of `tab`. */
const spaGo = (tab: Tab, path: string, fixture: string) =>
  tab.ui.evaluate(...spaScript(path, fixture));

export async function panelFollowsLinkedIn(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  const linkedin = await d.openTab('https://www.linkedin.com/company/atelier-lumen/');
  const panel = await d.openPage(`sidepanel.html?tabId=${linkedin.id}`);
  const see = checks(d, panel);
  const card = { testId: 'social-card' };

  await see.attribute({ testId: 'host-access' }, 'data-granted', 'true');
  await see.text({ testId: 'card-name' }, 'Atelier Lumen');
  await see.attribute(card, 'data-kind', 'company');
  await see.contains(card, w.followers);
  // Qualified against the active persona (the example one, a UX and graphic designer): this
  // studio sells graphic design itself, so it is a peer, shown with the page's words, not scored.
  await see.contains({ testId: 'peer' }, w.sameTrade);
  await see.contains({ testId: 'score' }, 'Design graphique pour celles et ceux qui font grandir');
  await see.count({ testId: 'score-number' }, 0);
  await see.count({ testId: 'already-saved' }, 0);
  await panel.select({ label: w.status }, 'to-contact');
  await panel.fill({ label: w.followUp }, '2026-12-01');
  await panel.click({ testId: 'save' });
  await see.contains({ testId: 'already-saved' }, w.toContact);
  await see.contains({ testId: 'already-saved' }, w.firstDecember);
  const scores = (await storedProspects(panel)).map((p) => p.qualification?.score);
  expect(scores, `${d.name}: the saved score`).toEqual([expect.any(Number)]);

  await spaGo(linkedin, '/in/claire-martin-lumen/', 'linkedin-person-fr');
  await see.text({ testId: 'card-name' }, 'Claire Martin');
  await see.attribute(card, 'data-kind', 'person');
  await see.contains(card, 'Lyon, Auvergne-Rhône-Alpes, France');
  await panel.click({ testId: 'add-contact' });
  await see.contains({ testId: 'contact-saved' }, 'Claire Martin');
  await see.contains({ testId: 'contact-saved' }, 'Atelier Lumen');
  await d.expectAccessible?.(panel);

  await spaGo(linkedin, '/company/northwind-coop/about/', 'linkedin-company-about-en');
  await see.text({ testId: 'card-name' }, 'Northwind Cooperative');
  await see.attribute(card, 'data-kind', 'company');
  await see.count({ testId: 'already-saved' }, 0);
  await panel.click({ testId: 'save' });
  await see.visible({ testId: 'already-saved' });

  // Back twice (popstate): the first company, saved, with its status and follow-up.
  await linkedin.ui.evaluate(() => history.back(), undefined);
  await see.text({ testId: 'card-name' }, 'Claire Martin');
  await linkedin.ui.evaluate(() => history.back(), undefined);
  await see.text({ testId: 'card-name' }, 'Atelier Lumen');
  await see.contains({ testId: 'already-saved' }, w.toContact);

  // Revoking the access unregisters the content script.
  await panel.click({ role: 'button', name: w.revoke });
  await see.attribute({ testId: 'host-access' }, 'data-granted', 'false');
  await expect
    .poll(
      () =>
        panel.evaluate(async () => {
          const api = (globalThis as Globals).browser ?? chrome;
          return api.scripting.getRegisteredContentScripts();
        }, undefined),
      { message: `${d.name}: registered content scripts` },
    )
    .toEqual([]);
}

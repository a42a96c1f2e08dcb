/** Capturing an organisation from its website with the toolbar button, in the popup. */
import type { Driver } from './driver';
import { checks, downloadedBytes, expect, injectionError } from './expect';
import { WORDS } from './words';

export async function captureEditSaveExport(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  const site = d.server.siteUrl('atelier-lumen');
  const tab = await d.openTab(site);

  // Before the click Glaneur may not read the page: the click is what grants access.
  const list = await d.openPage('prospects.html');
  expect(await injectionError(list, tab.id), `${d.name}: injection before the click`).toMatch(
    /permission|cannot access/i,
  );
  await tab.ui.bringToFront();
  await d.clickToolbar(tab);
  const popup = await d.openPage(`popup.html?tabId=${tab.id}`);
  expect(await injectionError(popup, tab.id), `${d.name}: injection after the click`).toBe(
    undefined,
  );

  const see = checks(d, popup);
  const name = { label: w.name, exact: true };
  await see.value(name, 'Atelier Lumen');
  await see.value({ label: w.website }, 'https://www.atelier-lumen.fr/');
  await see.value({ label: w.language }, 'fr');
  await see.text({ css: '#field-name-source' }, w.fromJsonLd);

  // The user corrects the name, with a formula a spreadsheet would otherwise run.
  await popup.fill(name, '=Atelier Lumen');
  await see.text({ css: '#field-name-source' }, w.typedByYou);
  await popup.select({ label: w.status }, 'to-contact');
  await popup.click({ role: 'button', name: w.save, exact: true });
  await see.text({ role: 'status' }, w.saved);

  // Reopening the popup on the same site knows it.
  const again = await d.openPage(`popup.html?tabId=${tab.id}`);
  const seeAgain = checks(d, again);
  await seeAgain.contains({ testId: 'already-saved' }, w.alreadySaved);
  await seeAgain.contains({ testId: 'already-saved' }, w.toContact);
  await seeAgain.visible({ role: 'button', name: w.update });

  // Export: the file the browser downloaded opens in French Excel.
  await again.click({ role: 'button', name: w.exportCsv });
  await seeAgain.contains({ role: 'status' }, w.exportedOne);
  const bytes = await downloadedBytes(again);
  expect([...bytes.subarray(0, 3)], `${d.name}: UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const [header, row, end] = text.split('\r\n');
  expect(header).toContain('Nom;Site web;');
  expect(row!.startsWith("'=Atelier Lumen;https://www.atelier-lumen.fr/;"), row).toBe(true);
  expect(end).toBe('');
  expect(text).not.toMatch(/[^\r]\n/);

  // The card shows the name she saved; the page's own is offered, and taken on request.
  await seeAgain.value(name, '=Atelier Lumen');
  await seeAgain.contains({ testId: 'fresh-values' }, 'Atelier Lumen');
  await again.click({ text: w.pageShowsNew });
  await again.click({ role: 'button', name: w.takeName });
  await seeAgain.value(name, 'Atelier Lumen');
  await seeAgain.count({ role: 'button', name: w.takeName }, 0);
}

/** The browser's own pages and its add-on store: plain words, and typing by hand saves. */
export async function unreadablePage(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  for (const [i, url] of d.unreadableUrls.entries()) {
    const tab = await d.openBrowserPage(url);
    await d.clickToolbar(tab);
    const popup = await d.openPage(`popup.html?tabId=${tab.id}`);
    const see = checks(d, popup);
    await see.visible({ text: w.cannotRead });
    if (i === 0) {
      await popup.click({ role: 'button', name: w.save, exact: true });
      await see.text({ role: 'alert' }, w.nameRequired);
      await popup.fill({ label: w.name, exact: true }, 'Mairie de Villeurbanne');
      await popup.fill({ label: w.website }, 'https://www.villeurbanne.fr/');
      await popup.click({ role: 'button', name: w.save, exact: true });
      await see.text({ role: 'status' }, w.saved);
    }
    await popup.close();
  }
}

/** A home page with nothing recognisable is completed from its legal notice (same origin). */
export async function enrichedFromLegalNotice(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  const tab = await d.openTab(d.server.siteUrl('ebenisterie-morel'));
  await d.clickToolbar(tab);
  const popup = await d.openPage(`popup.html?tabId=${tab.id}`);
  const see = checks(d, popup);
  await see.value({ label: w.name, exact: true }, 'Ébénisterie Morel');
  await see.visible({ text: '481236578' });
  await see.count({ text: w.nothingFound }, 0);
}

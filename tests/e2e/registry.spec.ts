/// <reference types="chrome" />
/**
 * The national directory in real Chromium: the local stand-in of the API (tests/tools/
 * registry-server.ts) behind TLS on 127.0.0.1, reached at recherche-entreprises.api.gouv.fr
 * through --host-resolver-rules, so the shipped build asks its real address. The permission is
 * granted in the profile as the user would have (see social-access.ts); turning it off is the
 * options page's own button.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { REGISTRY_HOSTS } from '../../utils/registry/hosts';
import {
  ENTRIES,
  entryLike,
  sirenFrom,
  startRegistryServer,
  type RegistryServer,
} from '../tools/registry-server';
import { test, expect, clickToolbar, openPopup, openTab, serviceWorker } from './fixtures';
import { storedProspects } from './inspect';
import { launchWithSocialAccess } from './social-access';

const HOST = 'recherche-entreprises.api.gouv.fr';
const CERTS = resolve(import.meta.dirname, 'certs');

// The file: 30 prospects. Row 1 carries values she brought (name, town); rows 2 to 24 and 28 to
// 30 have a SIREN the directory knows; one name and postcode matches two entries, one SIREN and
// one name match nothing.
const known = Array.from({ length: 27 }, (_, i) => ({
  siren: sirenFrom(80_000_000 + i),
  name: `Société Essai ${i + 2}`,
}));
const rows: string[][] = [
  ['ADC Lyon', 'Villeurbanne', '', '912345675'],
  ...known.slice(0, 23).map((k) => [k.name, '', '', k.siren]),
  ['Boulangerie du Pont', 'Lyon', '69001', ''],
  ['Siren inconnu', '', '', sirenFrom(99_999_990)],
  ['Introuvable et Fils', 'Lyon', '69001', ''],
  ...known.slice(23, 26).map((k) => [k.name, '', '', k.siren]),
];
const CSV = ['Nom;Ville;Code postal;SIREN', ...rows.map((r) => r.join(';'))].join('\n') + '\n';
const sirenOfRow = (n: number) => rows[n - 1]![3]!;

const asked = (registry: RegistryServer, q: string) =>
  registry.requests.filter((r) => r.query.get('q') === q);

async function launch(registry: RegistryServer): Promise<BrowserContext> {
  const port = new URL(registry.url).port;
  return launchWithSocialAccess(
    [`--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    'fr-FR',
    REGISTRY_HOSTS,
  );
}

async function cardFor(context: BrowserContext, url: string): Promise<Page> {
  const sw = await serviceWorker(context);
  const tabId = await openTab(sw, url);
  await clickToolbar(context, new URL(sw.url()).host, url);
  const popup = await openPopup(context, new URL(sw.url()).host, tabId);
  // The directory's card is with the other details, below the first screen.
  await popup.locator('summary', { hasText: 'Toutes les informations, notes et contacts' }).click();
  return popup;
}

test('the national directory: on in options, a card checked, a whole file looked up through failures and a stopped worker, then off', async ({
  server,
}) => {
  test.setTimeout(240_000);
  const entries = [
    ...ENTRIES,
    entryLike('353246119', 'GARAGE DUPUIS', '49100'),
    ...known.map((k) => entryLike(k.siren, k.name.toUpperCase(), '75011')),
  ];
  const registry = await startRegistryServer(0, entries, {
    key: readFileSync(resolve(CERTS, 'registry-key.pem')),
    cert: readFileSync(resolve(CERTS, 'registry-cert.pem')),
  });
  const context = await launch(registry);
  try {
    const extensionId = new URL((await serviceWorker(context)).url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const access = options.getByTestId('registry-access');
    await expect(access).toHaveAttribute('data-enabled', 'true');
    await expect(access).toContainText('Ce qui est envoyé : uniquement le SIREN ou SIRET');
    await expect(access).toContainText('Activé');

    // A card: the SIREN read on the page is looked up; the name she typed stays.
    const site = server.siteUrl('garage-dupuis');
    const popup = await cardFor(context, site);
    await popup.locator('#field-name').fill('Garage Dupuis Angers');
    await popup.getByTestId('registry-check').click();
    await expect(popup.getByTestId('registry-card')).toHaveAttribute('data-status', 'found');
    await expect(popup.getByTestId('registry-state')).toHaveText('En activité');
    await expect(popup.getByTestId('registry-card')).toContainText('les vôtres sont gardées');
    await expect(popup.locator('#field-name')).toHaveValue('Garage Dupuis Angers');
    const [card] = registry.requests;
    expect(registry.requests).toHaveLength(1);
    expect([...card!.query.keys()].sort()).toEqual(['include', 'minimal', 'per_page', 'q']);
    expect(card!.query.get('q')).toBe('353246119');
    expect(card!.headers['x-client-name']).toContain('Glaneur');
    expect(card!.headers.cookie).toBeUndefined();
    expect(card!.headers.referer).toBeUndefined();
    await popup.close();

    // The whole file meets a 429 with Retry-After, a passing 500, two timeouts (the second is
    // where the worker is stopped), a malformed body and a 500 that lasts beyond the retries.
    registry.reset();
    registry.fail('429', 1, 1, sirenOfRow(3));
    registry.fail('500', 1, undefined, sirenOfRow(6));
    registry.fail('timeout', 1, undefined, sirenOfRow(9));
    registry.fail('timeout', 1, undefined, sirenOfRow(15));
    registry.fail('malformed', 1, undefined, sirenOfRow(28));
    registry.fail('500', 4, undefined, sirenOfRow(29));

    const list = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/prospects.html`);
    await list.getByText('Import, sauvegarde et confidentialité').click();
    await list
      .getByTestId('import-file')
      .setInputFiles({ name: 'prospects.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await list.getByRole('button', { name: 'Importer 30 lignes' }).click();
    await expect(list.getByTestId('list-count')).toContainText('30');
    expect(await storedProspects(list)).toHaveLength(30);
    // The directory is on: the lookup starts by itself, shown live on the list.
    const progress = list.getByTestId('registry-queue-progress');
    await expect(progress).toContainText('sur 30 vérifiés');
    await expect(list.getByTestId('registry-import-offer')).toHaveCount(0);

    // Stop the worker while row 15's question hangs; the saved queue resumes when it restarts.
    await expect.poll(() => asked(registry, sirenOfRow(15)).length, { timeout: 60_000 }).toBe(1);
    const before = registry.requests.length;
    const cdp = await context.newCDPSession(list);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.includes(extensionId)) states.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => states.includes('stopped')).toBe(true);
    expect(before).toBeLessThan(40);

    await expect(progress).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    await expect(progress).toContainText('30 sur 30 vérifiés');
    // It went on in a new run of the worker (woken by the alarm the queue keeps while it runs).
    expect(states.slice(states.indexOf('stopped'))).toContain('running');
    const summary = list.getByTestId('registry-queue-summary');
    await expect(summary).toHaveText(
      'Trouvés : 25 · À choisir : 1 · Absents de l’annuaire public : 2 · Échecs : 2',
    );
    const failed = list.getByTestId('registry-queue-failed');
    await expect(failed).toContainText(
      `${known[23]!.name} — La réponse de l’annuaire est illisible`,
    );
    await expect(failed).toContainText(`${known[24]!.name} — L’annuaire a rencontré un problème`);

    // Resumed where it was: row 15 asked again, what was answered before the stop not.
    expect(asked(registry, sirenOfRow(15))).toHaveLength(2);
    expect(asked(registry, sirenOfRow(2))).toHaveLength(1);
    // Retry-After honoured (server-side clock), transient failures retried a bounded number of times.
    const [limited, retried] = asked(registry, sirenOfRow(3));
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(asked(registry, sirenOfRow(6))).toHaveLength(2);
    expect(asked(registry, sirenOfRow(9))).toHaveLength(2);
    expect(asked(registry, sirenOfRow(29))).toHaveLength(4);

    // What she brought is kept; the directory filled what was empty.
    const stored = await storedProspects(list);
    const adc = stored.find((p) => p.organisation.siren?.value === '912345675')!;
    expect(adc.organisation.name?.value).toBe('ADC Lyon');
    expect(adc.organisation.address?.value.city).toBe('Villeurbanne');
    expect(adc.organisation.legalName?.value).toBe('ATELIER DES COMMUNS');
    expect(adc.organisation.registry?.flags.ess).toBe(true);
    const unknown = stored.find((p) => p.organisation.name?.value === 'Siren inconnu')!;
    expect(unknown.organisation.registry).toBeUndefined();

    // Several matches: she chooses, and that one is asked by its SIREN.
    const choices = list.getByTestId('registry-queue-ambiguous');
    await expect(choices).toContainText('Boulangerie du Pont : plusieurs organisations');
    await choices.getByRole('button', { name: /421 ?234 ?568|421234568/ }).click();
    await expect(summary).toHaveText(
      'Trouvés : 26 · À choisir : 0 · Absents de l’annuaire public : 2 · Échecs : 2',
    );
    expect(registry.requests.at(-1)!.query.get('q')).toBe('421234568');

    // Off in the options page: the permission goes, the card offers instead of asking.
    await options.getByTestId('registry-off').click();
    await expect(access).toHaveAttribute('data-enabled', 'false');
    const asked0 = registry.requests.length;
    const again = await cardFor(context, site);
    await expect(again.getByTestId('registry-offer')).toBeVisible();
    await expect(again.getByTestId('registry-check')).toHaveCount(0);
    expect(registry.requests).toHaveLength(asked0);
  } finally {
    await context.close();
    await registry.close();
  }
});

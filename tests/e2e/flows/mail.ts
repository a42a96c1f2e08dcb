/**
 * The e-mail after the call: "send information" logged on a prospect opens the e-mail merged
 * from her template and signature, as a mailto: link; opening or copying it logs an e-mail.
 */
import { readFileSync } from 'node:fs';
import type { Driver } from './driver';
import { checks, expect } from './expect';

const SAMPLE = {
  name: 'sample-with-errors.csv',
  buffer: readFileSync('tests/fixtures/csv/sample-with-errors.csv'),
};

/** What the user reads and clicks, and what the merged e-mail must say, per UI language. */
const WORDS = {
  fr: {
    signatureLabel: 'Votre signature',
    saved: 'Réglages de l’e-mail enregistrés.',
    tools: 'Import, sauvegarde et confidentialité',
    importRows: 'Importer 7 lignes',
    open: 'Ouvrir Atelier Lumen',
    outcome: 'Issue',
    call: 'Appel',
    sendInformation: 'Envoyer une documentation',
    log: 'Noter',
    openMail: 'Ouvrir dans ma messagerie',
    to: 'À : contact@atelier-lumen.fr',
    subject: 'Suite à notre appel — Atelier Lumen',
    greeting: 'Bonjour,\r\n\r\nMerci pour votre accueil au téléphone.',
    pitch:
      'dans ces domaines : Identité visuelle, Site web et expérience utilisateur, Supports de communication et Cherche une graphiste ou un·e designer.',
    closing: 'Bien cordialement,\r\nCamille Roux\r\nDesign & co — 06 12 34 56 78',
    opened: 'L’e-mail est noté.',
    copy: 'Copier',
    template: 'Modèle en français',
    subjectLabel: 'Objet',
    reset: 'Revenir au modèle par défaut',
    defaultSubject: 'Suite à notre appel — {organisation}',
    close: 'Fermer l’e-mail',
    write: 'Écrire l’e-mail',
    copied: 'Copié. L’e-mail est noté.',
    emailLogged: 'E-mail — Suite à notre appel — Atelier Lumen',
  },
  en: {
    signatureLabel: 'Your signature',
    saved: 'E-mail settings saved.',
    tools: 'Import, backup and privacy',
    importRows: 'Import 7 rows',
    open: 'Open Atelier Lumen',
    outcome: 'Outcome',
    call: 'Call',
    sendInformation: 'Send information',
    log: 'Log',
    openMail: 'Open in my mail app',
    to: 'To: contact@atelier-lumen.fr',
    subject: 'Following our call — Atelier Lumen',
    greeting: 'Hello,\r\n\r\nThank you for taking my call.',
    pitch:
      'like Atelier Lumen with Visual identity, Website and user experience, Communication materials, and Looking for a designer.',
    closing: 'Kind regards,\r\nCamille Roux\r\nDesign & co — 06 12 34 56 78',
    opened: 'The e-mail is logged.',
    copy: 'Copy',
    template: 'Template in English',
    subjectLabel: 'Subject',
    reset: 'Reset to the default',
    defaultSubject: 'Following our call — {organisation}',
    close: 'Close the e-mail',
    write: 'Write the e-mail',
    copied: 'Copied. The e-mail is logged.',
    emailLogged: 'E-mail — Following our call — Atelier Lumen',
  },
} as const;

export async function mailAfterCall(d: Driver): Promise<void> {
  const l = WORDS[d.language];
  const options = await d.openPage('options.html');
  const seeOptions = checks(d, options);
  await options.fill({ label: l.signatureLabel }, 'Camille Roux\nDesign & co — 06 12 34 56 78');
  await options.press('Tab');
  await seeOptions.visible({ text: l.saved });
  // Her own subject, then back to the default one.
  const template = { css: 'fieldset', hasText: l.template };
  const subject = { label: l.subjectLabel, within: template };
  await options.fill(subject, 'Notre échange, {organisation}');
  await options.press('Tab');
  const reset = { role: 'button', name: l.reset, within: template } as const;
  await options.click(reset);
  await seeOptions.value(subject, l.defaultSubject);
  await expect
    .poll(async () => 'disabled' in (await options.see(reset)).attributes, {
      message: `${d.name}: nothing left to reset`,
    })
    .toBe(true);
  await d.expectAccessible?.(options);
  await options.close();

  const page = await d.openPage('prospects.html');
  const see = checks(d, page);
  await page.click({ text: l.tools, exact: true });
  await page.upload({ testId: 'import-file' }, SAMPLE);
  await page.click({ role: 'button', name: l.importRows });
  await page.click({ role: 'button', name: l.open, exact: true });

  const log = { testId: 'activity-log' };
  const kind = { label: 'Type', exact: true, within: log };
  const outcome = { label: l.outcome, exact: true, within: log };
  await page.select(kind, 'call');
  await page.select(outcome, 'send-information');
  // What she picked, in her words.
  await see.text({ css: '#activity-kind option:checked', within: log }, l.call);
  await see.text({ css: '#activity-outcome option:checked', within: log }, l.sendInformation);
  await page.click({ role: 'button', name: l.log, exact: true, within: log });

  const composer = { testId: 'mail-after-call' };
  await see.text({ testId: 'mail-to', within: composer }, l.to);
  const link = { role: 'link', name: l.openMail, within: composer } as const;
  await see.attribute(link, 'href', /^mailto:contact@atelier-lumen\.fr\?subject=/);
  const href = (await page.see(link)).attributes['href']!;

  // The URL has exactly a subject and a body, percent-encoded, lines ending in CRLF.
  const [address, query] = href.slice('mailto:'.length).split('?');
  expect(address).toBe('contact@atelier-lumen.fr');
  const headers = new Map(
    query!.split('&').map((pair) => {
      const [name, value] = pair.split('=');
      return [name!, decodeURIComponent(value!)];
    }),
  );
  expect([...headers.keys()]).toEqual(['subject', 'body']);
  expect(headers.get('subject'), `${d.name}: subject`).toBe(l.subject);
  const body = headers.get('body')!;
  expect(body.startsWith(l.greeting), `${d.name}: greeting of ${body}`).toBe(true);
  expect(body, `${d.name}: pitch`).toContain(l.pitch);
  expect(body.endsWith(l.closing), `${d.name}: signature of ${body}`).toBe(true);
  expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  // What the composer shows is what the link opens.
  await see.value({ css: '#mail-subject', within: composer }, l.subject);
  const shown = (await page.see({ css: 'textarea', within: composer })).value;
  expect(shown.replaceAll('\n', '\r\n'), `${d.name}: the composer's text`).toBe(body);
  await d.expectAccessible?.(page);

  // Closed, it opens again from the log's own button, merged the same.
  await page.click({ role: 'button', name: l.close, within: log });
  await see.count(composer, 0);
  await page.click({ role: 'button', name: l.write, within: log });
  await see.attribute(link, 'href', href);

  await page.click(link);
  await see.contains({ testId: 'mail-notice', within: composer }, l.opened);
  const entries = { css: 'ol.activities li', within: log };
  await see.count(entries, 2);
  await see.contains(entries, l.emailLogged);

  // Copying puts the message on the clipboard; the e-mail is already logged, not twice.
  await page.click({ role: 'button', name: l.copy, within: composer });
  await see.contains({ testId: 'mail-notice', within: composer }, l.copied);
  // Pasted by the user, as in her mail app: no clipboard permission is asked for.
  const paste = { css: '#mail-body', within: composer };
  await page.fill(paste, '');
  await page.press('Control+V');
  await see.value(paste, body.replaceAll('\r\n', '\n'));
  await see.count(entries, 2);
}

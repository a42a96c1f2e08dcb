/// <reference types="chrome" />
import { test, expect } from './fixtures';
import { expectNoViolations } from './inspect';

const SAMPLE = 'tests/fixtures/csv/sample-with-errors.csv';

/** What the user reads and clicks, and what the merged e-mail must say, per UI language. */
const LANGUAGES = {
  fr: {
    locale: 'fr-FR',
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
    locale: 'en-US',
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

for (const [lang, l] of Object.entries(LANGUAGES)) {
  test.describe(`the e-mail after the call (${lang})`, () => {
    test.use({ uiLanguage: l.locale });

    test('"send information" opens the merged e-mail as a mailto: link, and opening it logs an e-mail', async ({
      context,
      extensionId,
    }) => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const signature = options.getByLabel(l.signatureLabel);
      await signature.fill('Camille Roux\nDesign & co — 06 12 34 56 78');
      await signature.blur();
      await expect(options.getByText(l.saved)).toBeVisible();
      // Her own subject, then back to the default one.
      const template = options.getByRole('group', { name: l.template });
      const subject = template.getByLabel(l.subjectLabel);
      await subject.fill('Notre échange, {organisation}');
      await subject.blur();
      await template.getByRole('button', { name: l.reset }).click();
      await expect(subject).toHaveValue(l.defaultSubject);
      await expect(template.getByRole('button', { name: l.reset })).toBeDisabled();
      await expectNoViolations(options);
      await options.close();

      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/prospects.html`);
      await page.getByText(l.tools).click();
      await page.getByTestId('import-file').setInputFiles(SAMPLE);
      await page.getByRole('button', { name: l.importRows }).click();
      await page.getByRole('button', { name: l.open, exact: true }).click();

      const log = page.getByTestId('activity-log');
      await log.getByLabel('Type').selectOption({ label: l.call });
      await log.getByLabel(l.outcome).selectOption({ label: l.sendInformation });
      await log.getByRole('button', { name: l.log, exact: true }).click();

      const composer = page.getByTestId('mail-after-call');
      await expect(composer.getByTestId('mail-to')).toHaveText(l.to);
      const link = composer.getByRole('link', { name: l.openMail });
      await expect(link).toHaveAttribute('href', /^mailto:contact@atelier-lumen\.fr\?subject=/);
      const href = (await link.getAttribute('href'))!;

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
      expect(headers.get('subject')).toBe(l.subject);
      const body = headers.get('body')!;
      expect(body.startsWith(l.greeting)).toBe(true);
      expect(body).toContain(l.pitch);
      expect(body.endsWith(l.closing)).toBe(true);
      expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
      // What the composer shows is what the link opens.
      await expect(composer.locator('#mail-subject')).toHaveValue(l.subject);
      expect((await composer.locator('textarea').inputValue()).replaceAll('\n', '\r\n')).toBe(body);
      await expectNoViolations(page);

      // Closed, it opens again from the log's own button, merged the same.
      await log.getByRole('button', { name: l.close }).click();
      await expect(composer).toHaveCount(0);
      await log.getByRole('button', { name: l.write }).click();
      await expect(link).toHaveAttribute('href', href);

      await link.click();
      await expect(composer.getByTestId('mail-notice')).toContainText(l.opened);
      const entries = log.locator('ol.activities li');
      await expect(entries).toHaveCount(2);
      await expect(entries.first()).toContainText(l.emailLogged);

      // Copying puts the message on the clipboard; the e-mail is already logged, not twice.
      await composer.getByRole('button', { name: l.copy }).click();
      await expect(composer.getByTestId('mail-notice')).toContainText(l.copied);
      // Pasted by the user, as in her mail app: no clipboard permission is asked for.
      const paste = composer.locator('#mail-body');
      await paste.fill('');
      await paste.press('ControlOrMeta+V');
      await expect(paste).toHaveValue(body.replaceAll('\r\n', '\n'));
      await expect(entries).toHaveCount(2);
    });
  });
}

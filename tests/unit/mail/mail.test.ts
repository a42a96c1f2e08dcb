import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  composeMail,
  DEFAULT_MAIL,
  readDefaultTemplates,
  mailAddress,
  mailLanguage,
  mailtoUrl,
  merge,
  mergeFields,
  type MergeFields,
} from '@/utils/mail';
import { emptyPersona, type Persona } from '@/utils/model/persona';
import { sampleProspect } from '../sample';

/** The default templates as the extension ships them, in its locale files. */
const defaults = await readDefaultTemplates(async (lang) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')),
);

const persona = (labels: string[]): Persona => ({
  ...emptyPersona('p', 'Designer'),
  helpWith: labels.map((label, i) => ({
    id: `h${i}`,
    label,
    terms: [],
    weight: 3,
    disqualifier: false,
  })),
});

const fields: MergeFields = {
  organisation: 'Atelier Lumen',
  contact: 'Claire Martin',
  pitch: 'identité visuelle et site web',
  signature: 'Anne Dupont\n06 12 34 56 78',
};

/** What a mail app reads from a mailto URL: the address and each header, decoded. */
function parseMailto(url: string) {
  expect(url.startsWith('mailto:')).toBe(true);
  const [to, query = ''] = url.slice('mailto:'.length).split('?');
  expect(url.split('?')).toHaveLength(2);
  const headers = query.split('&').map((pair) => {
    const [name, value = ''] = pair.split('=');
    expect(pair.split('=')).toHaveLength(2);
    return [name, decodeURIComponent(value)] as const;
  });
  return { to: decodeURIComponent(to!), headers };
}

describe('merge', () => {
  it('replaces each field, leaves unknown ones and keeps line breaks', () => {
    expect(merge('Bonjour {contact},\n{pitch} — {unknown}\n{signature}', fields)).toBe(
      'Bonjour Claire Martin,\nidentité visuelle et site web — {unknown}\nAnne Dupont\n06 12 34 56 78',
    );
  });

  it('does not expand a field found in a value', () => {
    const hostile = { ...fields, contact: '{signature} {organisation}' };
    expect(merge('Hi {contact}, {organisation}', hostile)).toBe(
      'Hi {signature} {organisation}, Atelier Lumen',
    );
  });

  it('an empty field before punctuation or a line end takes its space with it', () => {
    const none = { ...fields, contact: '', pitch: '' };
    expect(merge('Bonjour {contact},\nHello {contact}\nWith {pitch}. Me {contact} too', none)).toBe(
      'Bonjour,\nHello\nWith. Me  too',
    );
  });
});

describe('mergeFields', () => {
  it('takes the organisation, the first contact with an e-mail, the pitch and the signature', () => {
    const p = sampleProspect({
      contacts: [
        { name: 'Paul Petit', role: 'Accueil' },
        { name: ' Claire\nMartin ', email: 'claire@lumen.fr' },
      ],
    });
    const merged = mergeFields(p, persona(['Identité visuelle', 'Site web', 'UX']), ' Anne ', 'fr');
    expect(merged).toEqual({
      organisation: p.organisation.name!.value,
      contact: 'Claire Martin',
      pitch: 'Identité visuelle, Site web et UX',
      signature: 'Anne',
    });
    expect(mergeFields(p, persona(['Branding', 'Web']), '', 'en').pitch).toBe('Branding and Web');
    expect(mergeFields(sampleProspect(), null, '', 'en')).toMatchObject({ contact: '', pitch: '' });
  });
});

describe('mailtoUrl', () => {
  it('percent-encodes the subject and the body, with CRLF line breaks (RFC 6068)', () => {
    const url = mailtoUrl('claire@lumen.fr', 'Suite à notre appel', 'Bonjour,\nMerci.\r\nAnne');
    expect(url).toBe(
      'mailto:claire@lumen.fr?subject=Suite%20%C3%A0%20notre%20appel&body=Bonjour%2C%0D%0AMerci.%0D%0AAnne',
    );
  });

  it('lets no value add a header or a recipient', () => {
    const hostile = 'Dupont & Fils?cc=evil@x.fr&bcc=evil@x.fr 100%\r\nBcc: evil@x.fr #top';
    const url = mailtoUrl('claire@lumen.fr', hostile, `${hostile}\n%0D%0Abcc=evil@x.fr`);
    const { to, headers } = parseMailto(url);
    expect(to).toBe('claire@lumen.fr');
    expect(headers.map(([name]) => name)).toEqual(['subject', 'body']);
    expect(headers[0]![1]).toBe(
      'Dupont & Fils?cc=evil@x.fr&bcc=evil@x.fr 100% Bcc: evil@x.fr #top',
    );
    expect(headers[1]![1]).toBe(
      'Dupont & Fils?cc=evil@x.fr&bcc=evil@x.fr 100%\r\nBcc: evil@x.fr #top\r\n%0D%0Abcc=evil@x.fr',
    );
    expect(url).not.toMatch(/[\s#]/);
  });

  it('opens with no recipient rather than a list, a display name or a header', () => {
    for (const bad of [
      'a@x.fr,evil@x.fr',
      'a@x.fr;evil@x.fr',
      'Claire <a@x.fr>',
      'a@x.fr\r\nbcc: evil@x.fr',
      'a@x.fr evil@x.fr',
      'nobody',
    ])
      expect(mailtoUrl(bad, 's', 'b')).toBe('mailto:?subject=s&body=b');
    const { to, headers } = parseMailto(mailtoUrl('o%27b?r&x=y@x.fr', 's', 'b'));
    expect(to).toBe('o%27b?r&x=y@x.fr');
    expect(headers.map(([name]) => name)).toEqual(['subject', 'body']);
  });

  it('drops control characters page text may carry', () => {
    const { headers } = parseMailto(mailtoUrl(undefined, 'A\u0000B\u0007C', 'x\u001by\tz'));
    expect(headers).toEqual([
      ['subject', 'A B C'],
      ['body', 'xyz'],
    ]);
  });
});

describe('composeMail', () => {
  it('merges the default template in French and in English, to the contact or the organisation', () => {
    const org = sampleProspect();
    const withContact = sampleProspect({
      contacts: [{ name: 'Claire Martin', email: 'claire@lumen.fr' }],
    });
    const settings = { ...DEFAULT_MAIL, signature: 'Anne Dupont' };
    const fr = composeMail(withContact, persona(['Identité visuelle']), settings, 'fr', defaults);
    const name = org.organisation.name!.value;
    expect(fr.to).toBe('claire@lumen.fr');
    expect(fr.subject).toBe(`Suite à notre appel — ${name}`);
    expect(fr.body).toMatch(/^Bonjour Claire Martin,\r?\n/);
    expect(fr.body).toContain(`comme ${name} dans ces domaines : Identité visuelle.`);
    expect(fr.body.endsWith('Bien cordialement,\nAnne Dupont')).toBe(true);

    const en = composeMail(org, null, settings, 'en', defaults);
    expect(en.to).toBe(mailAddress(org));
    expect(en.to).toBe(org.organisation.emails[0]?.value);
    expect(en.subject).toBe(`Following our call — ${name}`);
    expect(en.body.startsWith('Hello,\n')).toBe(true);
  });

  it('uses her own template for that language only', () => {
    const settings = {
      signature: 'A.',
      templates: { en: { subject: 'Hi {organisation}', body: 'Dear {contact}\n{signature}' } },
    };
    const p = sampleProspect({ contacts: [{ name: 'Bob' }] });
    expect(composeMail(p, null, settings, 'en', defaults)).toMatchObject({
      subject: `Hi ${p.organisation.name!.value}`,
      body: 'Dear Bob\nA.',
    });
    expect(composeMail(p, null, settings, 'fr', defaults).subject).toBe(
      defaults.fr.subject.replace('{organisation}', p.organisation.name!.value),
    );
  });

  it('keeps a hostile organisation name on the subject line', () => {
    const p = sampleProspect();
    p.organisation.name = { ...p.organisation.name!, value: 'Evil\r\nBcc: x@y.fr & co' };
    const mail = composeMail(p, null, DEFAULT_MAIL, 'en', defaults);
    expect(mail.subject).toBe('Following our call — Evil Bcc: x@y.fr & co');
    expect(parseMailto(mailtoUrl(mail.to, mail.subject, mail.body)).headers).toHaveLength(2);
  });
});

describe('mailLanguage', () => {
  it("follows the site's language when French or English, else the UI's", () => {
    const site = (value: string) => {
      const p = sampleProspect();
      p.organisation.language = { value, source: 'meta', confidence: 1 };
      return p;
    };
    expect(mailLanguage(site('fr-FR'), 'en-US')).toBe('fr');
    expect(mailLanguage(site('EN'), 'fr')).toBe('en');
    expect(mailLanguage(site('de'), 'fr')).toBe('fr');
    expect(mailLanguage(sampleProspect(), 'en-GB')).toBe('en');
    expect(mailLanguage(sampleProspect(), 'es')).toBe('en');
  });
});

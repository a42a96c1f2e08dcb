/**
 * The e-mail after a call: a template merged with the prospect, her pitch and her signature,
 * and the `mailto:` URL (RFC 6068) that opens it in her own mail app. Glaneur sends nothing.
 * Pure: the options page, the list page and the tests share it.
 */
import { z } from './zod';
import { cappedString } from './model/evidence';
import type { Persona } from './model/persona';
import type { Contact, Prospect } from './model/prospect';

export const MAIL_LANGUAGES = ['fr', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const MailTemplateSchema = z.object({
  subject: cappedString(300),
  body: cappedString(10000),
});
export type MailTemplate = z.infer<typeof MailTemplateSchema>;

export const MailSettingsSchema = z.object({
  signature: cappedString(2000),
  /** Her own template per language; none means the default one. */
  templates: z.object({ fr: MailTemplateSchema.optional(), en: MailTemplateSchema.optional() }),
});
export type MailSettings = z.infer<typeof MailSettingsSchema>;

export const DEFAULT_MAIL: MailSettings = { signature: '', templates: {} };

/** The default template of each language (the locales' `mailDefaultSubject`, `mailDefaultBody`). */
export type DefaultTemplates = Record<MailLanguage, MailTemplate>;

/** A locale's messages.json, as far as the default mail goes. */
const LocaleMailSchema = z.object({
  mailDefaultSubject: z.object({ message: z.string() }),
  mailDefaultBody: z.object({ message: z.string() }),
});

/** The default templates from each language's messages.json, read by `load` (a fetch, a file). */
export async function readDefaultTemplates(
  load: (lang: MailLanguage) => Promise<unknown>,
): Promise<DefaultTemplates> {
  const [fr, en] = await Promise.all(
    MAIL_LANGUAGES.map(async (lang) => {
      const messages = LocaleMailSchema.parse(await load(lang));
      return {
        subject: messages.mailDefaultSubject.message,
        body: messages.mailDefaultBody.message,
      };
    }),
  );
  return { fr: fr!, en: en! };
}

export const templateFor = (
  settings: MailSettings,
  lang: MailLanguage,
  defaults: DefaultTemplates,
): MailTemplate => settings.templates[lang] ?? defaults[lang];

export const MERGE_FIELDS = ['organisation', 'contact', 'pitch', 'signature'] as const;
export type MergeFields = Record<(typeof MERGE_FIELDS)[number], string>;

/** Control characters other than line breaks: page text may carry them, a mail never needs them. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g;
const oneLine = (text: string) => text.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();

/** The contact to write to: the first with an e-mail, else the first one. */
export function mailContact(prospect: Prospect): Contact | undefined {
  return prospect.contacts.find((c) => c.email?.trim()) ?? prospect.contacts[0];
}

/** The merge fields' values for a prospect; the pitch lists the persona's "what I can help with". */
export function mergeFields(
  prospect: Prospect,
  persona: Persona | null,
  signature: string,
  lang: MailLanguage,
): MergeFields {
  const org = prospect.organisation;
  const help = (persona?.helpWith ?? []).map((c) => oneLine(c.label)).filter(Boolean);
  return {
    organisation: oneLine(org.name?.value ?? org.domain?.value ?? ''),
    contact: oneLine(mailContact(prospect)?.name ?? ''),
    pitch: new Intl.ListFormat(lang, { type: 'conjunction' }).format(help),
    signature: signature.replace(CONTROLS, '').trim(),
  };
}

/**
 * The template with each {field} replaced, in one pass: a value that itself reads "{signature}"
 * stays as it is. An empty field before a comma, a full stop or the end of a line takes its
 * leading space with it ("Bonjour {contact}," gives "Bonjour,"). Unknown fields stay.
 */
export function merge(template: string, fields: MergeFields): string {
  return template.replace(/( ?)\{(\w+)\}/g, (match, space: string, name: string, at: number) => {
    if (!(MERGE_FIELDS as readonly string[]).includes(name)) return match;
    const value = fields[name as keyof MergeFields];
    if (value) return space + value;
    const next = template.charAt(at + match.length);
    return next === '' || /[,.\r\n]/.test(next) ? '' : space;
  });
}

/** A plain address (no display name, no list): anything else opens the mail with no recipient. */
const ADDRESS = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+$/;

/** The address to write to: the contact's, else the organisation's first e-mail. */
export function mailAddress(prospect: Prospect): string | undefined {
  const address = (mailContact(prospect)?.email ?? prospect.organisation.emails[0]?.value)?.trim();
  return address && ADDRESS.test(address) ? address : undefined;
}

/**
 * `mailto:` with the subject on one line and the body in CRLF lines, both percent-encoded, so no
 * value can add a header (`&cc=`, `?bcc=`) or a recipient.
 */
export function mailtoUrl(to: string | undefined, subject: string, body: string): string {
  const address = to && ADDRESS.test(to) ? encodeURIComponent(to).replace('%40', '@') : '';
  const crlf = body.replace(CONTROLS, '').replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(oneLine(subject))}&body=${encodeURIComponent(crlf)}`;
}

export interface Mail {
  to?: string;
  subject: string;
  body: string;
}

/** The merged e-mail for a prospect in a language. */
export function composeMail(
  prospect: Prospect,
  persona: Persona | null,
  settings: MailSettings,
  lang: MailLanguage,
  defaults: DefaultTemplates,
): Mail {
  const fields = mergeFields(prospect, persona, settings.signature, lang);
  const template = templateFor(settings, lang, defaults);
  const to = mailAddress(prospect);
  return {
    ...(to ? { to } : {}),
    subject: oneLine(merge(template.subject, fields)),
    body: merge(template.body, fields),
  };
}

const languageOf = (code: string | undefined): MailLanguage | undefined =>
  MAIL_LANGUAGES.find((lang) => code?.toLowerCase().startsWith(lang));

/** The template's language for a prospect: the site's when French or English, else the UI's. */
export const mailLanguage = (prospect: Prospect, uiLanguage: string): MailLanguage =>
  languageOf(prospect.organisation.language?.value) ?? languageOf(uiLanguage) ?? 'en';

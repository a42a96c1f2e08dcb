import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import {
  MAIL_LANGUAGES,
  MailSettingsSchema,
  templateFor,
  type MailLanguage,
  type MailSettings as Settings,
  type DefaultTemplates,
  type MailTemplate,
} from '@/utils/mail';
import { mailItem } from '@/utils/storage/local';
import { NoticeLine, type Notice } from '@/components/NoticeLine';
import { mailDefaults } from '@/components/mail-defaults';

/** Her signature and her e-mail template per language; each change is saved when it is valid. */
export function MailSettings() {
  const [mail, setMail] = useState<Settings | null>(null);
  const [defaults, setDefaults] = useState<DefaultTemplates | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    void mailItem.read().then(setMail);
    void mailDefaults().then(setDefaults);
    return mailItem.watch(setMail);
  }, []);
  if (!mail || !defaults) return null;

  const save = (next: Settings) => {
    setMail(next);
    const parsed = MailSettingsSchema.safeParse(next);
    if (!parsed.success) return setNotice({ kind: 'error', text: t('optionsInvalid') });
    mailItem.write(parsed.data).then(
      () => setNotice({ kind: 'info', text: t('optionsMailSaved') }),
      () => setNotice({ kind: 'error', text: t('optionsInvalid') }),
    );
  };
  const edit = (lang: MailLanguage, change: Partial<MailTemplate>) =>
    setMail({
      ...mail,
      templates: { ...mail.templates, [lang]: { ...templateFor(mail, lang, defaults), ...change } },
    });
  const reset = (lang: MailLanguage) => {
    const { [lang]: _, ...templates } = mail.templates;
    save({ ...mail, templates });
  };

  return (
    <section aria-labelledby="mail-settings-heading" class="mail-settings">
      <h2 id="mail-settings-heading">{t('optionsMailHeading')}</h2>
      <p>
        <strong>{t('mailSendsNothing')}</strong>
      </p>
      <p>{t('optionsMailIntro')}</p>
      <div class="field">
        <label for="mail-signature">{t('optionsMailSignature')}</label>
        <textarea
          id="mail-signature"
          rows={4}
          maxLength={2000}
          value={mail.signature}
          onInput={(e) => setMail({ ...mail, signature: e.currentTarget.value })}
          onChange={() => save(mail)}
        />
      </div>
      {MAIL_LANGUAGES.map((lang) => {
        const template = templateFor(mail, lang, defaults);
        return (
          <fieldset key={lang}>
            <legend>{t(`optionsMailTemplate_${lang}`)}</legend>
            <div class="field">
              <label for={`mail-subject-${lang}`}>{t('mailSubject')}</label>
              <input
                id={`mail-subject-${lang}`}
                maxLength={300}
                value={template.subject}
                onInput={(e) => edit(lang, { subject: e.currentTarget.value })}
                onChange={() => save(mail)}
              />
            </div>
            <div class="field">
              <label for={`mail-body-${lang}`}>{t('mailBody')}</label>
              <textarea
                id={`mail-body-${lang}`}
                rows={10}
                maxLength={10000}
                value={template.body}
                onInput={(e) => edit(lang, { body: e.currentTarget.value })}
                onChange={() => save(mail)}
              />
            </div>
            <button type="button" disabled={!mail.templates[lang]} onClick={() => reset(lang)}>
              {t('optionsMailReset')}
            </button>
          </fieldset>
        );
      })}
      <NoticeLine notice={notice} />
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import {
  composeMail,
  MAIL_LANGUAGES,
  mailLanguage,
  mailtoUrl,
  type Mail,
  type MailLanguage,
} from '@/utils/mail';
import { send } from '@/utils/messaging';
import type { Prospect } from '@/utils/model/prospect';
import { mailItem } from '@/utils/storage/local';
import { mailDefaults } from './mail-defaults';
import { NoticeLine, type Notice } from './NoticeLine';

interface Props {
  prospect: Prospect;
  /** Called with the prospect once the e-mail is logged in its activities. */
  onLogged?(prospect: Prospect): void;
}

/**
 * The e-mail after a call, merged from her template, shown to be edited, then opened in her own
 * mail app (mailto:) or copied. Either logs one e-mail activity; Glaneur sends nothing.
 */
export function MailAfterCall({ prospect, onLogged }: Props) {
  const [lang, setLang] = useState<MailLanguage>(() => mailLanguage(prospect, uiLanguage()));
  const [mail, setMail] = useState<Mail | null>(null);
  const [logged, setLogged] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  // Merged again only for another prospect or language, so her edits survive the log's update.
  useEffect(() => {
    let live = true;
    void Promise.all([mailItem.read(), send('persona.active', {}), mailDefaults()])
      .then(([settings, { persona }, defaults]) => {
        if (live) setMail(composeMail(prospect, persona, settings, lang, defaults));
      })
      .catch((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }));
    return () => void (live = false);
  }, [prospect.id, lang]);

  const log = async (done: MessageKey) => {
    if (!mail) return;
    try {
      if (!logged) {
        const activity = {
          kind: 'email' as const,
          at: new Date().toISOString(),
          text: mail.subject,
        };
        const { prospect: next } = await send('activity.log', { id: prospect.id, activity });
        setLogged(true);
        onLogged?.(next);
      }
      setNotice({ kind: 'info', text: t(done) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    }
  };

  const copy = async () => {
    if (!mail) return;
    try {
      await navigator.clipboard.writeText(mail.body);
    } catch (error) {
      return setNotice({ kind: 'error', text: errorMessage(error) });
    }
    await log('mailCopied');
  };

  return (
    <section class="mail-after-call" aria-labelledby="mail-heading" data-testid="mail-after-call">
      <h3 id="mail-heading">{t('mailHeading')}</h3>
      <p>{t('mailSendsNothing')}</p>
      <div class="field">
        <label for="mail-lang">{t('mailLanguage')}</label>
        <select
          id="mail-lang"
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as MailLanguage)}
        >
          {MAIL_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`mailLanguage_${l}`)}
            </option>
          ))}
        </select>
      </div>
      {mail && (
        <>
          <p data-testid="mail-to">{mail.to ? t('mailTo', mail.to) : t('mailNoAddress')}</p>
          <div class="field">
            <label for="mail-subject">{t('mailSubject')}</label>
            <input
              id="mail-subject"
              maxLength={300}
              value={mail.subject}
              onInput={(e) => setMail({ ...mail, subject: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="mail-body">{t('mailBody')}</label>
            <textarea
              id="mail-body"
              rows={12}
              maxLength={10000}
              value={mail.body}
              onInput={(e) => setMail({ ...mail, body: e.currentTarget.value })}
            />
          </div>
          <div class="actions">
            <a
              class="button"
              href={mailtoUrl(mail.to, mail.subject, mail.body)}
              onClick={() => void log('mailOpened')}
            >
              {t('mailOpen')}
            </a>
            <button type="button" onClick={() => void copy()}>
              {t('mailCopy')}
            </button>
          </div>
        </>
      )}
      <NoticeLine notice={notice} testId="mail-notice" />
    </section>
  );
}

import { useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import {
  ACTIVITY_KINDS,
  DATED_OUTCOMES,
  OUTCOMES,
  type ActivityKind,
  type Outcome,
} from '@/utils/model/activity';
import type { Prospect } from '@/utils/model/prospect';
import { MailAfterCall } from './MailAfterCall';
import type { Notice } from './NoticeLine';

const kindKey = (kind: string) => `activityKind_${kind}` as MessageKey;
export const outcomeKey = (outcome: string) =>
  `outcome_${outcome.replaceAll('-', '_')}` as MessageKey;
const when = (iso: string) =>
  new Date(iso).toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
let dayFormat: Intl.DateTimeFormat | undefined;
/** One formatter for every day shown: making one per call is slow (the call list shows many). */
export const onDay = (day: string) =>
  (dayFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' })).format(
    new Date(`${day}T12:00:00`),
  );

interface Props {
  prospect: Prospect;
  notify(n: Notice): void;
  onLogged(p: Prospect): void;
}

/**
 * The prospect's calls, e-mails, meetings and notes, newest first, and a form to log one; the
 * e-mail after the call opens once "send information" is logged, or on demand.
 */
export function ActivityLog({ prospect, notify, onLogged }: Props) {
  const [kind, setKind] = useState<ActivityKind>('call');
  const [outcome, setOutcome] = useState<Outcome>('no-answer');
  const [on, setOn] = useState('');
  const [text, setText] = useState('');
  const [writing, setWriting] = useState(false);
  const call = kind === 'call';
  const dated = call && DATED_OUTCOMES.has(outcome);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (dated && !on) return notify({ kind: 'error', text: t('activityDayMissing') });
    const activity = {
      kind,
      at: new Date().toISOString(),
      ...(call ? { outcome } : {}),
      ...(dated ? { on } : {}),
      ...(text.trim() ? { text: text.trim() } : {}),
    };
    try {
      const { prospect: next } = await send('activity.log', { id: prospect.id, activity });
      onLogged(next);
      setText('');
      if (call && outcome === 'send-information') setWriting(true);
      notify({
        kind: 'info',
        text: next.followUpAt
          ? t('activityLogged', onDay(next.followUpAt))
          : t('activityLoggedNoFollowUp'),
      });
    } catch (error) {
      notify({ kind: 'error', text: errorMessage(error) });
    }
  };

  return (
    <section aria-labelledby="activity-heading" data-testid="activity-log">
      <h3 id="activity-heading">{t('activityHeading')}</h3>
      <form class="activity-form" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="activity-kind">{t('activityKind')}</label>
          <select
            id="activity-kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ActivityKind)}
          >
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(kindKey(k))}
              </option>
            ))}
          </select>
        </div>
        {call && (
          <div class="field">
            <label for="activity-outcome">{t('activityOutcome')}</label>
            <select
              id="activity-outcome"
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value as Outcome)}
            >
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(outcomeKey(o))}
                </option>
              ))}
            </select>
          </div>
        )}
        {dated && (
          <div class="field">
            <label for="activity-on">{t('activityOn')}</label>
            <input
              id="activity-on"
              type="date"
              required
              value={on}
              onInput={(e) => setOn(e.currentTarget.value)}
            />
          </div>
        )}
        <div class="field">
          <label for="activity-text">
            {t(call && outcome === 'not-interested' ? 'activityTextNotInterested' : 'activityText')}
          </label>
          <input
            id="activity-text"
            maxLength={4000}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('activityLog')}</button>
        <button type="button" aria-expanded={writing} onClick={() => setWriting(!writing)}>
          {t(writing ? 'mailClose' : 'mailWrite')}
        </button>
      </form>
      {writing && <MailAfterCall prospect={prospect} onLogged={onLogged} />}
      {prospect.activities.length ? (
        <ol class="activities">
          {[...prospect.activities].reverse().map((a) => (
            <li key={a.id}>
              <time dateTime={a.at}>{when(a.at)}</time> {t(kindKey(a.kind))}
              {a.outcome ? ` — ${t(outcomeKey(a.outcome))}` : ''}
              {a.on ? ` — ${onDay(a.on)}` : ''}
              {a.text ? ` — ${a.text}` : ''}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('activityEmpty')}</p>
      )}
    </section>
  );
}

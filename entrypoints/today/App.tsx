import { useEffect, useMemo, useState } from 'preact/hooks';
import { MailAfterCall } from '@/components/MailAfterCall';
import { localDay } from '@/utils/day';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { send, type ResponseOf } from '@/utils/messaging';
import { DATED_OUTCOMES, OUTCOMES, type Outcome } from '@/utils/model/activity';
import type { Prospect } from '@/utils/model/prospect';
import { addCall, type Progress as DayProgress, type TodayRow as Row } from '@/utils/today';
import { Progress } from './Progress';
import { TodayRow, type Logged } from './TodayRow';

/** A morning's worth: the oldest follow-ups due, then the best prospects still to contact. */
const DUE_LIMIT = 100;
const CANDIDATE_LIMIT = 50;

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/** The morning's calls, one key per outcome; j/k or the arrows go from one to the next. */
export function App() {
  const today = useMemo(() => localDay(), []);
  const [due, setDue] = useState<ResponseOf<'today.due'>>();
  const [candidates, setCandidates] = useState<ResponseOf<'today.candidates'>>();
  const [progress, setProgress] = useState<DayProgress>({ calls: 0, outcomes: {} });
  const [active, setActive] = useState(0);
  const [asking, setAsking] = useState<Outcome | null>(null);
  const [logged, setLogged] = useState<Record<string, Logged>>({});
  const [error, setError] = useState('');
  /** The prospect she just promised information to: the e-mail is written now. */
  const [mailFor, setMailFor] = useState<Prospect | null>(null);

  useEffect(() => {
    const failed = (e: unknown) => setError(errorMessage(e));
    // The follow-ups first: ranking the others may take the background a while the first time.
    send('today.due', { day: today, limit: DUE_LIMIT })
      .then((r) => {
        setDue(r);
        setProgress(r.progress);
        return send('today.candidates', { limit: CANDIDATE_LIMIT });
      })
      .then(setCandidates)
      .catch(failed);
  }, [today]);

  const dueRows = due?.rows ?? [];
  const rows = [...dueRows, ...(candidates?.rows ?? [])];
  const move = (by: number) => {
    setAsking(null);
    setActive((i) => Math.max(0, Math.min(rows.length - 1, i + by)));
  };

  const log = async (index: number, outcome: Outcome, on?: string) => {
    const row = rows[index]!;
    const activity = { kind: 'call' as const, at: new Date().toISOString(), outcome };
    try {
      const { prospect } = await send('activity.log', {
        id: row.id,
        activity: on ? { ...activity, on } : activity,
      });
      const done: Logged = {
        outcome,
        ...(prospect.followUpAt ? { followUpAt: prospect.followUpAt } : {}),
      };
      const next = { ...logged, [row.id]: done };
      setLogged(next);
      if (outcome === 'send-information') setMailFor(prospect);
      setProgress((p) => addCall(p, outcome));
      setError('');
      setAsking(null);
      const after = rows.findIndex((r, i) => i > index && !next[r.id]);
      setActive(after >= 0 ? after : Math.min(index + 1, rows.length - 1));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const choose = (index: number, outcome: Outcome) => {
    setActive(index);
    if (DATED_OUTCOMES.has(outcome)) setAsking(outcome);
    else void log(index, outcome);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey || !rows.length) return;
    const outcome = OUTCOMES[Number(e.key) - 1];
    if (e.key === 'j' || e.key === 'ArrowDown') move(1);
    else if (e.key === 'k' || e.key === 'ArrowUp') move(-1);
    else if (outcome && !logged[rows[active]!.id]) choose(active, outcome);
    else return;
    e.preventDefault();
  };

  const render = (row: Row, index: number) => (
    <TodayRow
      key={row.id}
      row={row}
      roles={due?.roles ?? []}
      today={today}
      active={index === active}
      asking={index === active ? asking : null}
      logged={logged[row.id]}
      onFocus={() => setActive(index)}
      onChoose={(o) => choose(index, o)}
      onDay={(day) => void log(index, asking!, day)}
      onCancel={() => setAsking(null)}
    />
  );

  return (
    <main onKeyDown={onKeyDown}>
      <header class="top">
        <h1>{t('todayTitle')}</h1>
        <p id="today-keys" class="hint">
          {t('todayKeys')}
        </p>
      </header>
      <Progress progress={progress} />
      {mailFor && (
        <section class="today-mail" aria-labelledby="today-mail-heading">
          <h2 id="today-mail-heading">
            {mailFor.organisation.name?.value ?? mailFor.organisation.domain?.value}
          </h2>
          <MailAfterCall key={mailFor.id} prospect={mailFor} />
          <button type="button" onClick={() => setMailFor(null)}>
            {t('mailClose')}
          </button>
        </section>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!due && !error && <p role="status">{t('listLoading')}</p>}
      {due && (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading">{t('todayDueHeading', due.total)}</h2>
          {due.total > dueRows.length && <p class="hint">{t('todayDueShown', dueRows.length)}</p>}
          <ol class="today-list" aria-describedby="today-keys" data-testid="today-due">
            {dueRows.map(render)}
          </ol>
        </section>
      )}
      {candidates && (
        <section aria-labelledby="candidates-heading">
          <h2 id="candidates-heading">{t('todayCandidatesHeading', candidates.total)}</h2>
          <ol class="today-list" aria-describedby="today-keys" data-testid="today-candidates">
            {candidates.rows.map((row, i) => render(row, dueRows.length + i))}
          </ol>
        </section>
      )}
      {due && candidates && !rows.length && <p>{t('todayEmpty')}</p>}
    </main>
  );
}

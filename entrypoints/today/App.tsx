import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MailAfterCall } from '@/components/MailAfterCall';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { send, type ResponseOf } from '@/utils/messaging';
import { DATED_OUTCOMES, OUTCOMES, type Outcome } from '@/utils/model/activity';
import type { Prospect } from '@/utils/model/prospect';
import { addCall, type Progress as DayProgress, type TodayRow as Row } from '@/utils/today';
import { Progress } from './Progress';
import { TodayRow, type Logged, type RowHandlers } from './TodayRow';

const NO_ROLES: string[] = [];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/** The page's first questions to the background, asked before its code was loaded. */
export interface Asked {
  /** The first follow-ups due, drawn first. */
  first: Promise<ResponseOf<'today.due'>>;
  due: Promise<ResponseOf<'today.due'>>;
  candidates: Promise<ResponseOf<'today.candidates'>>;
}

interface Props {
  today: string;
  asked: Asked;
}

/** The morning's calls, one key per outcome; j/k or the arrows go from one to the next. */
export function App({ today, asked }: Props) {
  const [due, setDue] = useState<ResponseOf<'today.due'>>();
  /** All the follow-ups asked for are in: the candidates can follow them. */
  const [allDue, setAllDue] = useState(false);
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
    asked.first
      .then((r) => {
        setDue((current) => current ?? r);
        setProgress(r.progress);
      })
      .catch(failed);
    // Added after those shown: a row she is on never moves.
    asked.due
      .then((r) => {
        setDue((current) => {
          if (!current) return r;
          const have = new Set(current.rows.map((row) => row.id));
          return { ...r, rows: [...current.rows, ...r.rows.filter((row) => !have.has(row.id))] };
        });
        setAllDue(true);
      })
      .catch(failed);
    asked.candidates.then(setCandidates).catch(failed);
  }, [asked]);

  // The candidates follow the follow-ups: shown once all those are, so that no row moves.
  const shown = allDue ? candidates : undefined;
  const dueRows = due?.rows ?? [];
  const rows = useMemo(() => [...(due?.rows ?? []), ...(shown?.rows ?? [])], [due, shown]);
  const move = (by: number) => {
    setAsking(null);
    setActive((i) => Math.max(0, Math.min(rows.length - 1, i + by)));
  };

  // The rows' handlers never change, so that a call re-renders only the rows it changes.
  const latest = useRef({ rows, logged });
  latest.current = { rows, logged };
  const handlers = useMemo((): RowHandlers => {
    /**
     * The next call is ready at once; the row says the outcome is logged once the background
     * has written it, and takes it back if it could not.
     */
    const log = (index: number, outcome: Outcome, on?: string) => {
      const { rows, logged } = latest.current;
      const row = rows[index]!;
      const pending: Logged = { outcome, saving: true };
      const after = rows.findIndex((r, i) => i > index && !logged[r.id] && r.id !== row.id);
      setLogged((l) => ({ ...l, [row.id]: pending }));
      setAsking(null);
      setError('');
      setActive(after >= 0 ? after : Math.min(index + 1, rows.length - 1));
      const activity = { kind: 'call' as const, at: new Date().toISOString(), outcome };
      send('activity.log', { id: row.id, activity: on ? { ...activity, on } : activity }).then(
        ({ prospect }) => {
          const done: Logged = {
            outcome,
            ...(prospect.followUpAt ? { followUpAt: prospect.followUpAt } : {}),
          };
          setLogged((l) => ({ ...l, [row.id]: done }));
          if (outcome === 'send-information') setMailFor(prospect);
          setProgress((p) => addCall(p, outcome));
        },
        (e: unknown) => {
          setLogged(({ [row.id]: _, ...rest }) => rest);
          setError(errorMessage(e));
        },
      );
    };
    const choose = (index: number, outcome: Outcome) => {
      setActive(index);
      if (DATED_OUTCOMES.has(outcome)) setAsking(outcome);
      else log(index, outcome);
    };
    return {
      onFocus: setActive,
      onChoose: choose,
      onDay: (index, outcome, day) => log(index, outcome, day),
      onCancel: () => setAsking(null),
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey || !rows.length) return;
    const outcome = OUTCOMES[Number(e.key) - 1];
    if (e.key === 'j' || e.key === 'ArrowDown') move(1);
    else if (e.key === 'k' || e.key === 'ArrowUp') move(-1);
    else if (outcome && !logged[rows[active]!.id]) handlers.onChoose(active, outcome);
    else return;
    e.preventDefault();
  };

  const render = (row: Row, index: number) => (
    <TodayRow
      key={row.id}
      index={index}
      row={row}
      roles={due?.roles ?? NO_ROLES}
      today={today}
      active={index === active}
      asking={index === active ? asking : null}
      logged={logged[row.id]}
      handlers={handlers}
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
          {allDue && due.total > dueRows.length && (
            <p class="hint">{t('todayDueShown', dueRows.length)}</p>
          )}
          <ol class="today-list" aria-describedby="today-keys" data-testid="today-due">
            {dueRows.map(render)}
          </ol>
        </section>
      )}
      {shown && (
        <section aria-labelledby="candidates-heading">
          <h2 id="candidates-heading">{t('todayCandidatesHeading', shown.total)}</h2>
          <ol class="today-list" aria-describedby="today-keys" data-testid="today-candidates">
            {shown.rows.map((row, i) => render(row, dueRows.length + i))}
          </ol>
        </section>
      )}
      {shown && !rows.length && <p>{t('todayEmpty')}</p>}
    </main>
  );
}

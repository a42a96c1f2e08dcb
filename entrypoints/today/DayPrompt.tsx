import { useEffect, useRef, useState } from 'preact/hooks';
import { parseDayInput } from '@/utils/day-input';
import { t, uiLanguage } from '@/utils/i18n';
import type { Outcome } from '@/utils/model/activity';

const longDay = (day: string) =>
  new Date(`${day}T12:00:00`).toLocaleDateString(uiLanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

interface Props {
  id: string;
  outcome: Outcome;
  today: string;
  onDay(day: string): void;
  onCancel(): void;
}

/** When to call back, or when the meeting is: "+2", "demain", "lundi" or a date; Escape cancels. */
export function DayPrompt({ id, outcome, today, onDay: choose, onCancel }: Props) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const day = parseDayInput(text, today);
  const invalid = tried && !day;
  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (day) choose(day);
  };
  return (
    <form class="day-prompt" onSubmit={submit}>
      <label for={`day-${id}`}>
        {t(outcome === 'meeting-booked' ? 'todayMeetingOn' : 'todayCallBackOn')}
      </label>
      <input
        id={`day-${id}`}
        ref={input}
        value={text}
        autocomplete="off"
        aria-invalid={invalid}
        aria-describedby={`day-${id}-hint`}
        data-testid="today-day"
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <small id={`day-${id}-hint`} aria-live="polite">
        {day ? longDay(day) : invalid ? t('todayDayInvalid', text) : t('todayDayHint')}
      </small>
      <button type="submit">{t('activityLog')}</button>
      <button type="button" onClick={onCancel}>
        {t('buttonCancel')}
      </button>
    </form>
  );
}

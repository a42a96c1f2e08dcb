/**
 * What she types in a day field, in French or English whatever the interface's language: "+2",
 * "+1 sem", "demain", "tomorrow", "lundi", "next friday", "15/01", "15/01/2027", "2027-01-15".
 * Pure, on calendar days (YYYY-MM-DD); a weekday is its next occurrence after today, a day and
 * month without a year the next one from today. Dates are read day first, as in France.
 */
import { addDays } from './plan';
import { fold } from './text';

const WEEKDAYS: Record<string, number> = {};
[
  ['dimanche', 'dim', 'sunday', 'sun'],
  ['lundi', 'lun', 'monday', 'mon'],
  ['mardi', 'mar', 'tuesday', 'tue'],
  ['mercredi', 'mer', 'wednesday', 'wed'],
  ['jeudi', 'jeu', 'thursday', 'thu'],
  ['vendredi', 'ven', 'friday', 'fri'],
  ['samedi', 'sam', 'saturday', 'sat'],
].forEach((names, day) => names.forEach((name) => (WEEKDAYS[name] = day)));

const RELATIVE: Record<string, number> = {
  "aujourd'hui": 0,
  auj: 0,
  today: 0,
  demain: 1,
  tomorrow: 1,
  'apres-demain': 2,
  'apres demain': 2,
  'day after tomorrow': 2,
};

const WEEK_UNITS = /^(?:s|sem|semaines?|w|wk|weeks?)$/;
const DAY_UNITS = /^(?:|j|jours?|d|days?)$/;

/** A real calendar day from its parts, else null (31/02 is no day). */
function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function inDays(count: string, unit: string, today: string): string | null {
  const n = Number(count);
  if (n > 3650) return null;
  if (WEEK_UNITS.test(unit)) return addDays(today, n * 7);
  return DAY_UNITS.test(unit) ? addDays(today, n) : null;
}

/** The day `text` means, `today` being YYYY-MM-DD; null when it means none. */
export function parseDayInput(text: string, today: string): string | null {
  const input = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
  if (input in RELATIVE) return addDays(today, RELATIVE[input]!);

  const relative = /^(?:\+ ?|dans |in )(\d{1,4}) ?([a-z]*)$/.exec(input);
  if (relative) return inDays(relative[1]!, relative[2]!, today);

  const weekday = /^(?:next )?([a-z]+)(?: prochain)?$/.exec(input);
  if (weekday && weekday[1]! in WEEKDAYS) {
    const from = new Date(`${today}T00:00:00.000Z`).getUTCDay();
    return addDays(today, ((WEEKDAYS[weekday[1]!]! - from + 6) % 7) + 1);
  }

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const dmy = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(input);
  if (!dmy) return null;
  const [day, month] = [Number(dmy[1]), Number(dmy[2])];
  if (dmy[3]) {
    const year = Number(dmy[3]);
    return calendarDay(year < 100 ? 2000 + year : year, month, day);
  }
  const thisYear = Number(today.slice(0, 4));
  const found = calendarDay(thisYear, month, day);
  if (found && found >= today) return found;
  // 29/02 with no year: the next year that has it.
  for (let year = thisYear + 1; year <= thisYear + 8; year++) {
    const next = calendarDay(year, month, day);
    if (next) return next;
  }
  return null;
}

import { describe, expect, it } from 'vitest';
import { parseDayInput } from '@/utils/day-input';

// Wednesday 2 December 2026.
const today = '2026-12-02';
const day = (text: string) => parseDayInput(text, today);

describe('parseDayInput', () => {
  it.each([
    ['+2', '2026-12-04'],
    ['+ 2', '2026-12-04'],
    ['+10j', '2026-12-12'],
    ['+3 jours', '2026-12-05'],
    ['+3 days', '2026-12-05'],
    ['+1 sem', '2026-12-09'],
    ['+2w', '2026-12-16'],
    ['dans 5 jours', '2026-12-07'],
    ['in 5 days', '2026-12-07'],
    ['+0', today],
  ])('counts days from today: %s', (text, expected) => expect(day(text)).toBe(expected));

  it.each([
    ['demain', '2026-12-03'],
    ['Demain', '2026-12-03'],
    ['tomorrow', '2026-12-03'],
    ['après-demain', '2026-12-04'],
    ['day after tomorrow', '2026-12-04'],
    ["aujourd'hui", today],
    ['aujourd’hui', today],
    ['today', today],
  ])('reads relative words in both languages: %s', (text, expected) =>
    expect(day(text)).toBe(expected),
  );

  it.each([
    ['lundi', '2026-12-07'],
    ['Lundi prochain', '2026-12-07'],
    ['monday', '2026-12-07'],
    ['next Monday', '2026-12-07'],
    ['jeudi', '2026-12-03'],
    ['thu', '2026-12-03'],
    ['ven', '2026-12-04'],
    ['dimanche', '2026-12-06'],
    // Today is a Wednesday: "mercredi" is next week's.
    ['mercredi', '2026-12-09'],
    ['wednesday', '2026-12-09'],
  ])('takes a weekday as its next occurrence: %s', (text, expected) =>
    expect(day(text)).toBe(expected),
  );

  it.each([
    ['2027-01-15', '2027-01-15'],
    ['15/01/2027', '2027-01-15'],
    ['15/1/27', '2027-01-15'],
    ['15.01.2027', '2027-01-15'],
    ['24/12', '2026-12-24'],
    // Already past this year: next year's.
    ['15/01', '2027-01-15'],
    ['02/12', today],
    ['29/02', '2028-02-29'],
  ])('reads dates day first: %s', (text, expected) => expect(day(text)).toBe(expected));

  it.each(['', 'bientôt', 'soon', '31/02/2027', '2027-13-01', '+', '+2 mois', 'lundi 3', '32/01'])(
    'gives null for what is no day: %j',
    (text) => expect(day(text)).toBeNull(),
  );
});

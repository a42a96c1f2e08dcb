/** Today as YYYY-MM-DD in the user's time zone: follow-ups are calendar days. */
export function localDay(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

import { render } from 'preact';
import { t, uiLanguage } from '@/utils/i18n';
import { readReply } from '@/utils/messaging';
import { App, type Asked } from './App';

/** The page, once its code is loaded, with the replies asked for before (unchecked till now). */
export function boot(
  today: string,
  raw: { first: Promise<unknown>; due: Promise<unknown>; candidates: Promise<unknown> },
) {
  document.documentElement.lang = uiLanguage();
  document.title = `${t('todayTitle')} — ${t('extName')}`;
  const asked: Asked = {
    first: raw.first.then((r) => readReply('today.due', r)),
    due: raw.due.then((r) => readReply('today.due', r)),
    candidates: raw.candidates.then((r) => readReply('today.candidates', r)),
  };
  // Handled once the page shows: not an unhandled rejection before that.
  for (const p of Object.values(asked)) p.catch(() => undefined);
  render(<App today={today} asked={asked} />, document.getElementById('app')!);
}

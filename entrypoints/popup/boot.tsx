import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';
// Part of the code rather than linked from the page, so that neither the entry script, which
// starts reading the tab, nor this code waits for a stylesheet to load.
import css from './popup.css?inline';
import type { Reading } from './useCard';

/** `personas`: the persona store as read from storage.local, unvalidated. */
export function boot(reading: Reading, personas: Promise<unknown>) {
  document.documentElement.lang = uiLanguage();
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  render(<App reading={reading} personas={personas} />, document.getElementById('app')!);
}

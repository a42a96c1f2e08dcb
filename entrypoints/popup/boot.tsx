import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';
// Loaded with the code rather than linked from the page, so that the entry script, which starts
// reading the tab, does not wait for the stylesheet.
import './popup.css';
import type { Reading } from './useCard';

/** `personas`: the persona store as read from storage.local, unvalidated. */
export function boot(reading: Reading, personas: Promise<unknown>) {
  document.documentElement.lang = uiLanguage();
  render(<App reading={reading} personas={personas} />, document.getElementById('app')!);
}

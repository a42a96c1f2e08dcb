import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';
import type { Reading } from './useCard';

/** `personas`: the persona store as read from storage.local, unvalidated. */
export function boot(reading: Reading, personas: Promise<unknown>) {
  document.documentElement.lang = uiLanguage();
  render(<App reading={reading} personas={personas} />, document.getElementById('app')!);
}

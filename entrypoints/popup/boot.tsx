import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';
import type { Reading } from './useCard';

export function boot(reading: Reading) {
  document.documentElement.lang = uiLanguage();
  render(<App reading={reading} />, document.getElementById('app')!);
}

import { render } from 'preact';
import { App } from './App';
import { t, uiLanguage } from '@/utils/i18n';

document.documentElement.lang = uiLanguage();
document.title = `${t('todayTitle')} — ${t('extName')}`;
render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import { App } from './App';
import { t, uiLanguage } from '@/utils/i18n';

document.documentElement.lang = uiLanguage();
document.title = `${t('listTitle')} — ${t('extName')}`;
render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import { App, askDay } from './App';
import { localDay } from '@/utils/day';
import { t, uiLanguage } from '@/utils/i18n';

document.documentElement.lang = uiLanguage();
document.title = `${t('todayTitle')} — ${t('extName')}`;
const today = localDay();
// Asked first: the background reads while the page draws.
const asked = askDay(today);
render(<App today={today} asked={asked} />, document.getElementById('app')!);

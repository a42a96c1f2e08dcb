/**
 * Optional, off by default: an always-current Glaneur/prospects.csv in the Downloads folder,
 * rewritten a few seconds after the last change (a burst of changes writes once).
 */
import { browser } from 'wxt/browser';
import { prospectsToCsv } from '../csv/export';
import type { ProspectRepository } from '../storage/prospects';
import { CSV_COPY_SETTING } from '../settings';
import { downloadText } from './download';

const DELAY_MS = 3000;

export function csvCopier(repo: () => Promise<ProspectRepository>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return function changed(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void write(), DELAY_MS);
  };

  async function write() {
    const setting = await browser.storage.local.get(CSV_COPY_SETTING);
    if (setting[CSV_COPY_SETTING] !== true) return;
    const prospects = await (await repo()).list();
    await downloadText(
      'Glaneur/prospects.csv',
      prospectsToCsv(prospects),
      'text/csv;charset=utf-8',
      'overwrite',
    );
  }
}

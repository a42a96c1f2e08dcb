/**
 * Optional, off by default: an always-current Glaneur/prospects.csv in the Downloads folder,
 * rewritten a few seconds after the last change (a burst of changes writes once).
 */
import { prospectsToCsv } from '../csv/export';
import { csvCopyItem } from '../storage/local';
import type { ProspectRepository } from '../storage/prospects';
import { downloadText } from './download';

const DELAY_MS = 3000;

export function csvCopier(repo: () => Promise<ProspectRepository>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return function changed(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void write(), DELAY_MS);
  };

  async function write() {
    if (!(await csvCopyItem.read())) return;
    const prospects = await (await repo()).list();
    await downloadText(
      'Glaneur/prospects.csv',
      prospectsToCsv(prospects),
      'text/csv;charset=utf-8',
      'overwrite',
    );
  }
}

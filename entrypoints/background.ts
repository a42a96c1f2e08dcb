import { defineBackground } from 'wxt/utils/define-background';
import { listenAlarms, scheduleFollowUps, sweep } from '@/utils/background/alarms';
import { refreshBadge } from '@/utils/background/badge';
import { storageBackupParts } from '@/utils/background/backup-parts';
import { csvCopier } from '@/utils/background/csv-copy';
import { createHandlers } from '@/utils/background/handlers';
import { setUpSidePanel } from '@/utils/background/panel';
import { registerMenus } from '@/utils/background/menus';
import { listen } from '@/utils/messaging';
import { openGlaneurDB } from '@/utils/storage/db';
import { Mirror } from '@/utils/storage/mirror';
import { ProspectRepository } from '@/utils/storage/prospects';

export default defineBackground(() => {
  const mirror = new Mirror(async () => (await repo()).list());
  const copyCsv = csvCopier(() => repo());
  let repository: Promise<ProspectRepository> | undefined;
  const repo = () =>
    (repository ??= openGlaneurDB().then((db) => {
      const r = new ProspectRepository(db);
      // After every change: mirror, badge, follow-up alarms, optional CSV copy.
      r.onChange((change) => {
        void mirror.apply(change).then((summary) => refreshBadge(summary));
        void scheduleFollowUps(change);
        copyCsv();
      });
      return r;
    }));
  listen(createHandlers(repo, storageBackupParts));
  registerMenus();
  // After registerMenus: its onInstalled empties the menu before our entry is added.
  setUpSidePanel();
  listenAlarms(async () => sweep(await repo(), mirror));
  void repo().then(() => mirror.summary().then((summary) => refreshBadge(summary)));
});

import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/utils/background/handlers';
import { setUpSidePanel } from '@/utils/background/panel';
import { listen } from '@/utils/messaging';
import { openGlaneurDB } from '@/utils/storage/db';
import { ProspectRepository } from '@/utils/storage/prospects';

export default defineBackground(() => {
  let repository: Promise<ProspectRepository> | undefined;
  const repo = () => (repository ??= openGlaneurDB().then((db) => new ProspectRepository(db)));
  listen(createHandlers(repo));
  setUpSidePanel();
});

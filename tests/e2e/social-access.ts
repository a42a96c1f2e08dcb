/**
 * A Chromium profile in which the user has already granted Glaneur's optional LinkedIn and Viadeo
 * access (or the other optional `hosts`). permissions.request shows a native prompt that no automation can answer, so the grant
 * is written where Chromium keeps it (the profile's Preferences) between a first launch, which
 * installs the production build, and the real one. Everything after that is the shipped code:
 * the background sees the grant at start-up and registers the content script at run time.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOCIAL_HOSTS } from '../../utils/social-hosts';
import { extensionLaunchOptions } from './fixtures';

export async function launchWithSocialAccess(
  args: string[],
  locale: string,
  hosts: readonly string[] = SOCIAL_HOSTS,
): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'glaneur-social-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, extensionLaunchOptions(locale, args));

  const first = await launch();
  let [sw] = first.serviceWorkers();
  sw ??= await first.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  await first.close();

  const path = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(path, 'utf8'));
  const settings = prefs.extensions.settings[id];
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key].explicit_host = [...hosts];
    settings[key].scriptable_host = [...hosts];
  }
  writeFileSync(path, JSON.stringify(prefs));
  return launch();
}

/**
 * The shipped manifests ask for no more than Glaneur uses. No browser needed: it reads the
 * production builds, so it runs after `npm run build:all`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const SOCIAL = ['https://www.linkedin.com/*', 'https://*.viadeo.com/*'];
/** The national company directory, asked for when the user turns it on. */
const REGISTRY = ['https://recherche-entreprises.api.gouv.fr/*'];

/** Where each permission is used in the source: a permission with no use is a defect. */
const USES: Record<string, RegExp> = {
  activeTab: /scripting\.executeScript/,
  scripting: /scripting\.(executeScript|registerContentScripts)/,
  storage: /browser\.storage\./,
  downloads: /browser\.downloads\./,
  sidePanel: /browser\.sidePanel\b|sidePanel\./,
  alarms: /browser\.alarms\./,
  notifications: /browser\.notifications\./,
  contextMenus: /browser\.(contextMenus|menus)\./,
  unlimitedStorage: /openDB(<\w+>)?\(/,
  commands: /browser\.commands\./,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = [...sources('entrypoints'), ...sources('utils')].join('\n');

for (const build of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
  test(`${build} manifest: least privilege`, () => {
    const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8'));
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);

    const optional = manifest.optional_host_permissions ?? manifest.optional_permissions ?? [];
    expect(optional.filter((p: string) => p.includes('://')).sort()).toEqual(
      [...SOCIAL, ...REGISTRY].sort(),
    );
    const hostLike = (manifest.permissions as string[]).filter(
      (p) => p.includes('://') || p.includes('*'),
    );
    expect(hostLike).toEqual([]);

    for (const permission of manifest.permissions as string[]) {
      expect(USES[permission], `no known use for "${permission}"`).toBeDefined();
      expect(USES[permission]!.test(code), `"${permission}" is declared but unused`).toBe(true);
    }

    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:\/\//); // no remote code
  });
}

/**
 * Runs before `npm start` and `npm test` (and from .ci/run) so that a fresh clone needs no other
 * step: installs the npm packages when node_modules is missing or older than the lock file, and
 * the Debian packages the tests drive when they are missing and we are root: Chromium with its
 * translations (for the French UI), Firefox ESR with its French language pack, and LibreOffice
 * Calc (the spreadsheet the exports are tested in).
 * Plain Node, no dependency: it runs before anything is installed.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

/** What the tests need from Debian; `env` names the variable that points at another copy. */
const NEEDS = [
  {
    what: 'Chromium',
    env: 'CHROMIUM_PATH',
    binary: '/usr/bin/chromium',
    extra: '/usr/lib/chromium/locales/fr.pak',
    packages: ['chromium', 'chromium-l10n'],
  },
  {
    what: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    binary: '/usr/bin/firefox-esr',
    extra: '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi',
    packages: ['firefox-esr', 'firefox-esr-l10n-fr'],
  },
  {
    what: 'LibreOffice Calc',
    env: 'SOFFICE',
    binary: '/usr/bin/soffice',
    packages: ['libreoffice-calc-nogui'],
  },
];

const missing = NEEDS.filter(({ env, binary, extra }) =>
  process.env[env]
    ? !existsSync(process.env[env])
    : !existsSync(binary) || (extra !== undefined && !existsSync(extra)),
);
if (missing.length > 0) {
  const packages = missing.flatMap((m) => m.packages).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`Glaneur: installing ${missing.map((m) => m.what).join(', ')} from Debian…`);
    run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`);
  } else {
    for (const m of missing)
      console.error(
        `Glaneur needs ${m.what}: sudo apt-get install ${m.packages.join(' ')}` +
          ` (or set ${m.env} to another copy).`,
      );
    process.exit(1);
  }
}

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Glaneur: installing npm packages…');
  run('npm ci --no-audit --no-fund');
}

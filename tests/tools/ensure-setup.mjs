/**
 * Runs before `npm start` and `npm test` so that a fresh clone needs no other step:
 * installs the npm packages when node_modules is missing or older than the lock file, and
 * Debian's Chromium (with its translations, for the French UI), Firefox ESR with its French language
 * pack, and LibreOffice Calc (the spreadsheet the exports are tested in) when they are missing and
 * we are root.
 * Plain Node, no dependency: it runs before anything is installed.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Glaneur: installing npm packages…');
  run('npm ci --no-audit --no-fund');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveFrench = existsSync('/usr/lib/chromium/locales/fr.pak');
if (!existsSync(chromium) || (!process.env.CHROMIUM_PATH && !haveFrench)) {
  if (process.getuid?.() === 0) {
    console.log('Glaneur: installing Chromium from Debian…');
    run(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n',
    );
  } else {
    console.error(
      `Glaneur needs Chromium at ${chromium}: install it (sudo apt-get install chromium chromium-l10n)` +
        ' or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}

// LibreOffice Calc, headless: the unit tests open the CSV and .xlsx exports in it.
const soffice = process.env.SOFFICE ?? '/usr/bin/soffice';
if (!existsSync(soffice)) {
  if (process.getuid?.() === 0) {
    console.log('Glaneur: installing LibreOffice Calc from Debian…');
    run(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui',
    );
  } else {
    console.error(
      `Glaneur tests need LibreOffice Calc at ${soffice}: sudo apt-get install libreoffice-calc-nogui` +
        ' (or set SOFFICE).',
    );
    process.exit(1);
  }
}

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const firefoxFrench = existsSync(
  '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi',
);
if (!existsSync(firefox) || (!process.env.FIREFOX_PATH && !firefoxFrench)) {
  if (process.getuid?.() === 0) {
    console.log('Glaneur: installing Firefox ESR from Debian…');
    run(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr firefox-esr-l10n-fr',
    );
  } else {
    console.error(
      `Glaneur needs Firefox at ${firefox}: install it (sudo apt-get install firefox-esr` +
        ' firefox-esr-l10n-fr) or set FIREFOX_PATH.',
    );
    process.exit(1);
  }
}

/**
 * `npm start`: serves the demo organisation site on 127.0.0.1 and opens Chromium with the fresh
 * production build of Glaneur loaded, on that site. Closing the browser stops everything.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from './fixture-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION = resolve('.output/chrome-mv3');
const PROFILE = resolve('.cache/chromium-profile');
const QUIET = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const server = await startFixtureServer(Number(process.env.PORT ?? 8421));
const demo = server.siteUrl('atelier-lumen');
mkdirSync(PROFILE, { recursive: true });

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.warn(
    'No display found: Chromium may not be able to open a window (try `xvfb-run npm start`).',
  );
}
console.log(`Demo organisation site: ${demo}`);
console.log(
  'Glaneur is loaded: click its toolbar icon (pin it from the puzzle-piece menu) to capture.',
);

const browser = spawn(
  CHROMIUM,
  [
    `--user-data-dir=${PROFILE}`,
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    ...QUIET,
    // Chromium refuses to run as root with its sandbox (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demo,
  ],
  { stdio: 'inherit' },
);
const stop = () => browser.kill();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', (code) => {
  void server.close().then(() => process.exit(code ?? 0));
});

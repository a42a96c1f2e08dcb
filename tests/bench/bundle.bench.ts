import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark } from './measure';

const OUT = '.output/chrome-mv3';
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Sizes of the production bundles, built afresh so the figure matches the code. */
const bench: Benchmark = async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  // Every chunk popup.html loads: with a second page (options), shared code moves to its own chunk.
  const popupHtml = readFileSync(join(OUT, 'popup.html'), 'utf8');
  const popupChunks = [...popupHtml.matchAll(/\/chunks\/([\w.-]+\.js)/g)].map((m) => m[1]!);
  const popupBytes = popupChunks.reduce((sum, f) => sum + statSync(join(OUT, 'chunks', f)).size, 0);
  return [
    {
      metric: 'bundle.content-script.extract',
      value: kb(statSync(join(OUT, 'content-scripts/extract.js')).size),
    },
    { metric: 'bundle.popup', value: kb(popupBytes), note: popupChunks.join(', ') },
  ];
};
export default bench;

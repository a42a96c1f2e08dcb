import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark } from './measure';

const OUT = '.output/chrome-mv3';
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Sizes of the production bundles, built afresh so the figure matches the code. */
const bench: Benchmark = async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  // Every chunk the popup loads before its first screen: those popup.html names, the chunk its
  // entry imports at once (it starts reading the tab first), and all they import statically.
  // What loads later (the folded part of the card, the scoring code) is not counted.
  const popupHtml = readFileSync(join(OUT, 'popup.html'), 'utf8');
  const chunk = (f: string) => readFileSync(join(OUT, 'chunks', f), 'utf8');
  const named = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);
  const entry = named(popupHtml, /<script[^>]+\/chunks\/([\w.-]+\.js)/g);
  const loaded = new Set([
    ...named(popupHtml, /\/chunks\/([\w.-]+\.js)/g),
    ...entry.flatMap((f) => named(chunk(f), /import\(`\.\/([\w.-]+\.js)`\)/g)),
  ]);
  for (const f of loaded) {
    for (const dep of named(chunk(f), /(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) loaded.add(dep);
  }
  const popupChunks = [...loaded].sort();
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

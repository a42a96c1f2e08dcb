/**
 * `npm run --silent extract -- [--url URL] [--no-enrich] FILE…`: one JSON line per file with the
 * organisation's plain values and their sources. With --url the file stands for that URL and
 * same-origin links resolve to files beside it. A LinkedIn or Viadeo --url applies that site's
 * adapter instead and prints its card (`kind`: company|person, or null). Never crashes on a bad
 * file: prints `error`.
 */
import { readSite } from './read-site';
import { isSocialPage, readSocial } from './read-social';
import { plainDraft } from './plain';

const args = process.argv.slice(2);
let url: string | undefined;
let enrich = true;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--url') url = args[++i];
  else if (arg.startsWith('--url=')) url = arg.slice(6);
  else if (arg === '--no-enrich') enrich = false;
  else files.push(arg);
}
if (files.length === 0) {
  console.error('usage: npm run --silent extract -- [--url URL] [--no-enrich] FILE…');
  process.exitCode = 2;
}
if (url !== undefined) {
  try {
    new URL(url);
  } catch {
    console.error(`not a URL: ${url}`);
    process.exit(2);
  }
}
for (const file of files) {
  try {
    if (isSocialPage(url)) {
      console.log(JSON.stringify({ file, ...readSocial(file, url) }));
      continue;
    }
    const draft = await readSite(file, url, { enrich });
    console.log(JSON.stringify({ file, ...plainDraft(draft) }));
  } catch (error) {
    console.log(
      JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) }),
    );
  }
}

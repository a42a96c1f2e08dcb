/**
 * `npm run --silent qualify -- --persona persona.json [--url URL] FILE…`
 * Scores saved HTML pages against a persona with the extension's own extraction and scoring
 * code, and prints one JSON result per file, one per line. A file that cannot be read or
 * parsed gives `{ file, error }` and the others go on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { z } from '../zod';
import { extractOrganisation } from '../extract';
import { pageText } from '../extract/core/page-text';
import { PersonaSchema, type Persona } from '../model/persona';
import { compilePersona, qualify, type CompiledPersona } from '../scoring';
import { sitePagesFromDisk } from './read-site';

const USAGE = 'usage: qualify --persona persona.json [--url URL] FILE…';

interface Args {
  persona: string;
  url?: string;
  files: string[];
}

export function parseArgs(argv: readonly string[]): Args | string {
  const files: string[] = [];
  let persona: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--persona' || arg === '--url') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value\n${USAGE}`;
      if (arg === '--persona') persona = value;
      else url = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else files.push(arg);
  }
  if (!persona) return `--persona is required\n${USAGE}`;
  if (files.length === 0) return `no file given\n${USAGE}`;
  if (url !== undefined && !URL.canParse(url)) return `--url is not a URL: ${url}`;
  return { persona, url, files };
}

export function loadPersona(path: string): Persona {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not a JSON persona file: ${(error as Error).message}`);
  }
  const parsed = PersonaSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`${path} is not a persona:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A saved page read the way the content script reads it: the draft and the visible text. */
export function readPage(file: string, url?: string, now = new Date()) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const doc = document as unknown as Document;
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  return {
    draft: extractOrganisation(doc, pageUrl, now),
    text: pageText(doc).text,
    title: doc.title,
    doc,
    url: pageUrl,
  };
}

/**
 * One file's result, or the reason it has none; never throws. An article or a legal notice is
 * scored on its site's home and about pages when they are beside it on disk.
 */
export async function qualifyFile(
  file: string,
  persona: CompiledPersona,
  url?: string,
  now = new Date(),
) {
  try {
    const { draft, text, doc, url: pageUrl } = readPage(file, url, now);
    const site = await sitePagesFromDisk(doc, draft, text, file, pageUrl);
    return { file, ...qualify(draft, text, persona, { site }) };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  let persona: CompiledPersona;
  try {
    persona = compilePersona(loadPersona(args.persona));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  for (const file of args.files)
    console.log(JSON.stringify(await qualifyFile(file, persona, args.url)));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A closed pipe (`| head`) ends the output quietly.
  process.stdout.on('error', () => process.exit(0));
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}

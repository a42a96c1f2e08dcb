import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const fr = load('fr');

/** $NAME$ references in a message, and $1-style contents of its placeholders. */
const shape = (m: Messages[string]) => ({
  used: [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort(),
  placeholders: Object.entries(m.placeholders ?? {})
    .map(([k, v]) => `${k}=${v.content}`)
    .sort(),
});

describe('locales', () => {
  it('French and English have the same message names', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message has the same placeholders in both languages, each one declared', () => {
    for (const key of Object.keys(en)) {
      expect(shape(fr[key]!), key).toEqual(shape(en[key]!));
      const { used, placeholders } = shape(en[key]!);
      expect(placeholders.map((p) => p.split('=')[0]).sort(), key).toEqual(
        [...new Set(used)].sort(),
      );
    }
  });

  it('no message is empty', () => {
    for (const [key, m] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(m.message.trim(), key).not.toBe('');
    }
  });
});

/** Attributes whose text a user sees or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  'alt',
  'title',
  'placeholder',
  'aria-label',
  'label',
  'aria-description',
]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Literal words in JSX text or visible attributes: they would escape translation. */
function literals(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it('show no user-visible literal text: everything goes through t()', () => {
    const files = [...tsxFiles('entrypoints'), ...tsxFiles('components')];
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((f) => literals(f).map((l) => `${f}: ${l}`));
    expect(offenders).toEqual([]);
  });
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, found from the working directory as `npm run lint` does.
const eslint = new ESLint({ cwd: process.cwd() });

/** The rules a synthetic file breaks, as "rule: message". */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const importing = (from: string) =>
  `import { thing } from '${from}';\nexport const used = thing;\n`;

// Linting loads the TypeScript parser and reads every page: slow on a busy machine.
describe('import boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['entrypoints/popup/Probe.tsx', '@/utils/background/badge'],
    ['entrypoints/prospects/Probe.tsx', '../../utils/background/csv-copy'],
    ['entrypoints/sidepanel/probe.ts', '~/utils/background/handlers'],
    ['entrypoints/options/Probe.tsx', '@/utils/background'],
    ['components/Probe.tsx', '../utils/background/alarms'],
  ])('a page (%s) may not import %s', async (file, from) => {
    const messages = await broken(file, importing(from));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^no-restricted-imports: .*utils\/messaging/);
  });

  it.each([
    ['entrypoints/probe.content.ts', 'zod'],
    ['entrypoints/probe.content.ts', 'zod/mini'],
    ['entrypoints/probe.content/index.ts', 'zod'],
    ['entrypoints/probe.content.ts', '@/utils/zod'],
    ['entrypoints/probe.content.ts', '@/utils/storage/db'],
    ['entrypoints/probe.content.ts', '../utils/storage/mirror'],
  ])('a content script (%s) may not import %s', async (file, from) => {
    const messages = await broken(file, importing(from));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['entrypoints/popup/Probe.tsx', '@/utils/messaging'],
    ['entrypoints/prospects/Probe.tsx', '@/utils/storage/db'],
    ['entrypoints/probe.content.ts', '@/utils/extract'],
    ['entrypoints/background.ts', '@/utils/background/badge'],
    ['utils/background/probe.ts', '../zod'],
  ])('%s may import %s', async (file, from) => {
    expect(await broken(file, importing(from))).toEqual([]);
  });

  it.each([
    ['utils/model/probe.ts', 'zod'],
    ['entrypoints/options/Probe.tsx', 'zod'],
  ])('%s may not import z from %s itself, only through utils/zod.ts', async (file, from) => {
    const messages = await broken(file, importing(from));
    expect(messages).toEqual([expect.stringMatching(/no-restricted-imports: .*utils\/zod\.ts/)]);
  });

  it('a type from zod needs no set-up: type imports are allowed', async () => {
    const code = "import type { z } from 'zod';\nexport type Thing = z.infer<z.ZodString>;\n";
    expect(await broken('utils/registry/probe.ts', code)).toEqual([]);
  });

  it('the pages and content scripts as they are lint clean', async () => {
    const results = await eslint.lintFiles(['entrypoints', 'components']);
    expect(results.length).toBeGreaterThan(10);
    const messages = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

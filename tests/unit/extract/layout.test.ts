import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '@/utils/extract';
import { caseProblems, layoutProblems, sources } from './layout-rules';

describe('utils/extract layout', () => {
  it('registers every source-of-evidence file, once, as an extractor named like it', async () => {
    expect(await layoutProblems('.')).toEqual([]);
    const ids = EXTRACTORS.map((e) => `${e.id}.ts`).sort();
    expect((await sources('.')).map((s) => s.file).sort()).toEqual(ids);
  });

  it("finds on each source's test cases the fields they list", async () => {
    expect(await caseProblems('.')).toEqual([]);
  });

  it('gives every extractor a fixture page where it finds something', async () => {
    for (const { file, testCases } of await sources('.'))
      expect({ file, cases: testCases?.length ?? 0 }).not.toEqual({ file, cases: 0 });
  });
});

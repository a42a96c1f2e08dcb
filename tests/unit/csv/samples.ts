import { readFileSync } from 'node:fs';
import { StoredProspectSchema, type Prospect } from '@/utils/model/prospect';

/** The sample prospects the golden files were written from (one with a booby-trapped name). */
export const sampleProspects: Prospect[] = readFileSync(
  'tests/fixtures/csv/prospects.jsonl',
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => StoredProspectSchema.parse(JSON.parse(line)));

export const fixture = (path: string) => new Uint8Array(readFileSync(`tests/fixtures/csv/${path}`));

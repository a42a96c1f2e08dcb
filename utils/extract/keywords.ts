import { clean } from '../text';
import { snippet, type Candidate, type Extractor, type TestCase } from './core/candidate';

const MAX_KEYWORDS = 30;

/** Sector keywords the page declares: <meta name="keywords">, article:tag, news_keywords. */
export const keywords: Extractor = {
  id: 'keywords',
  extract(page) {
    const out: Candidate[] = [];
    const sources = ['keywords', 'news_keywords', 'article:tag'].flatMap(
      (k) => page.found.meta.get(k) ?? [],
    );
    for (const raw of sources.slice(0, 20)) {
      for (const word of raw.split(/[,;]/)) {
        const value = clean(word, 80);
        if (value.length < 2 || out.length >= MAX_KEYWORDS) continue;
        out.push({
          field: 'keyword',
          value,
          source: 'meta',
          confidence: 0.6,
          snippet: snippet(raw),
        });
      }
    }
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/coach-sportif-nice/index.html', fields: ['keyword'] },
];

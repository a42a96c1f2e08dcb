import { take } from './candidate';

const all: HintedPattern[] = [];

/**
 * A large pattern looked for only in text that has its hint: a small pattern found inside every
 * match of the large one. Compiling a large pattern costs milliseconds the first time a page is
 * read, and most pages hold nothing that it looks for (a legal notice's RCS, a board's roles).
 * The hint is not global: it is tested, not iterated.
 */
export class HintedPattern {
  constructor(
    readonly hint: RegExp,
    readonly pattern: RegExp,
  ) {
    all.push(this);
  }

  /** Whether `text` may match: false only when no match can be in it. */
  mayMatch(text: string): boolean {
    return this.hint.test(text);
  }

  /** `pattern.test(text)` for a pattern that is not global. */
  test(text: string): boolean {
    return this.mayMatch(text) && this.pattern.test(text);
  }

  /** `pattern.exec(text)`, unless the text cannot match. */
  exec(text: string): RegExpExecArray | null {
    return this.mayMatch(text) ? this.pattern.exec(text) : null;
  }

  /** The first `n` matches of the (global) pattern in `text`. */
  matchAll(text: string, n: number): Iterable<RegExpExecArray> {
    return this.mayMatch(text) ? take(text.matchAll(this.pattern), n) : [];
  }
}

/** Every hinted pattern defined so far (tests check each hint against real pages). */
export function hintedPatterns(): readonly HintedPattern[] {
  return all;
}

import type { Qualification, Quote } from '../model/qualification';
import type { CompiledPersona } from './compile';
import type { Findings } from './findings';

/** A sentence that asks for the trade rather than offering it: a client, not a peer. */
const NEED = /recherch|cherch|looking for|seeking|besoin d|appel à|we need|hiring a/i;
/** A sentence where the organisation says what it is: "nous sommes une coopérative de designers". */
const SELF = /\b(?:nous sommes|je suis|we are|i am|i'm|i’m|we're)\b/i;
/** A sentence about what one's own clients get: "nos clients veulent un logo". */
const OFFER =
  /\b(?:nos|vos|our|your) clients\b|\bnous (?:concevons|créons|réalisons)\b|\bwe (?:build|design|create)\b/i;

/**
 * Whether the organisation's own offer is the persona's trade: her trade named in its name, its
 * description or where it says what it is, in two sentences of its own words, or what she helps
 * with offered to its own clients. Sentences asking for the trade do not count.
 */
export function peerOf(
  c: CompiledPersona,
  findings: Findings,
  helpWith: Quote[],
): NonNullable<Qualification['peer']> | undefined {
  if (!c.persona.trade?.terms.length) return undefined;
  const trade = findings.tradeEvidence().filter((q) => !NEED.test(q.quote ?? ''));
  const offered = helpWith.filter((q) => OFFER.test(q.quote ?? '') && !NEED.test(q.quote ?? ''));
  const evidence = [...trade, ...offered].slice(0, 3);
  const named = trade.some(
    (q) => q.source === 'name' || q.source === 'description' || SELF.test(q.quote ?? ''),
  );
  const matched = named || evidence.length >= 2;
  return { matched, evidence: matched ? evidence : [] };
}

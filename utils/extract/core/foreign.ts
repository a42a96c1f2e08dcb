import { collapse, slug } from '../../text';
import { HintedPattern } from './hinted';
import type { Block } from './page';

/** Labels that introduce text about another organisation than the site's own. */
const FOREIGN_LABEL =
  /^(?:[^\p{L}]*)(?:h[ée]bergement|h[ée]bergeur|h[ée]berg[ée] par|(?:web )?host(?:ing)?(?: provider)?\b|hosted by|cr[ée]dits?\b|cr[ée]ateur|cr[ée]ation(?: du site| graphique)?\s*:|webmaster|webdesigner|d[ée]veloppeur|d[ée]veloppement\s*:|graphiste|int[ée]gration\s*:|conception(?: et r[ée]alisation)?|r[ée]alisation\b|(?:site|website)(?: web| internet)? (?:r[ée]alis[ée]|con[çc]u|cr[ée][ée]|d[ée]velopp[ée]|designed|built|made)|(?:web ?)?design(?:ed)? by|made by|developed by|propuls[ée] par|powered by|th[èe]me\b|theme by|le mod[èe]le de mentions|(?:le |ce |notre )?site(?: internet| web)? (?:est )?(?:h[ée]berg[ée]|r[ée]alis[ée]|con[çc]u|cr[ée][ée]|d[ée]velopp[ée]) (?:par|chez)|l'h[ée]bergement (?:du site )?(?:est )?(?:assur[ée]|fourni|r[ée]alis[ée]) par|this (?:web)?site is (?:hosted|built|designed) by)/iu;
export const CREDIT_LEAD =
  /(?:powered by|propuls[ée] par|r[ée]alis[ée] par|con[çc]u par|cr[ée][ée] par|d[ée]velopp[ée] par|design(?:ed)? by|made by|built by|developed by|theme by|th[èe]me|site par|agence|h[ée]berg[ée] par|hosted by|h[ée]bergeur|webdesign)\W{0,5}$/i;

/** "Propriétaire : …", "Tél : …": a line that is a label and its value. */
const LABELLED = new HintedPattern(/:(?!\/)/, /^[\p{L}][\p{L}'’ .-]{1,40}?\s?:(?!\/)/u);
/** A label alone on its line, heading the lines under it ("Exploitant :"). */
const BARE_LABEL = new HintedPattern(/:$/, /^[\p{L}][\p{L}'’ .-]{1,50}?\s?:$/u);

/** Lines of one block that are mostly "label : value" (a legal notice's list of parties). */
export function labelledLines(lines: string[]): boolean {
  return lines.length > 1 && lines.filter((l) => LABELLED.test(l)).length >= 2;
}

/** The party a credit line names: "Hébergeur : OVH – 2 rue…" → "OVH"; none in "Hébergeur du site". */
function creditedName(text: string, label: string): string | undefined {
  const lead =
    /^(?:\s*(?:par|by|chez|with|[:>–—-]))+\s*/i.exec(text.slice(label.length))?.[0] ?? '';
  const name = text
    .slice(label.length + lead.length)
    .split(/\s[–—-]\s|[,;(|\n]|\s(?:https?:|www\.)/)[0]!
    .trim();
  const words = name.split(/\s+/).length;
  const named = lead.includes(':') || /^\p{Lu}|^\d/u.test(name);
  return named && name.length >= 3 && name.length <= 40 && words <= 4 ? name : undefined;
}

/**
 * A block that starts with a hosting/credit label is foreign; a heading or a bare label with
 * such text makes the following blocks foreign, up to the next heading (at most 4 for a label,
 * up to a line that labels something else). The parties those credits name (the agency, its
 * webmaster, the host) are foreign wherever they appear: a block naming one is theirs, and a
 * block that starts with one opens their section, up to the next bare label or heading. A party
 * the host name spells is the site's own.
 */
export function markForeign(blocks: Block[], host: string): void {
  const hostSlug = slug(host.replace(/^www\./, '').replace(/\.[^.]+$/, ''));
  const parties: string[] = [];
  let zone = 0;
  for (const block of blocks) {
    const label = FOREIGN_LABEL.exec(block.text);
    if (label) {
      const party = creditedName(block.text, label[0]);
      const own = party && (hostSlug.includes(slug(party)) || slug(party).includes(hostSlug));
      if (party && !own) parties.push(` ${collapse(party)} `);
    }
    if (block.heading) {
      zone = label ? Infinity : 0;
      block.foreign = !!label;
      continue;
    }
    if (label) {
      block.foreign = true;
      if (block.text.length <= 40) zone = 4;
      continue;
    }
    if (zone !== Infinity && LABELLED.test(block.text)) zone = 0;
    if (zone > 0) {
      block.foreign = true;
      zone--;
    }
  }
  if (!parties.length) return;
  let section = false;
  for (const block of blocks) {
    if (block.heading || BARE_LABEL.test(block.text)) section = false;
    if (block.foreign) continue;
    const text = ` ${collapse(block.text)} `;
    const named = parties.find((p) => text.includes(p));
    if (named && text.startsWith(named)) section = true;
    if (named || section) block.foreign = true;
  }
}

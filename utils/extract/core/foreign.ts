import type { Block } from './page';

/** Labels that introduce text about another organisation than the site's own. */
const FOREIGN_LABEL =
  /^(?:[^\p{L}]*)(?:h[ée]bergement|h[ée]bergeur|h[ée]berg[ée] par|(?:web )?host(?:ing)?(?: provider)?\b|hosted by|cr[ée]dits?\b|conception(?: et r[ée]alisation)?|r[ée]alisation\b|(?:site|website)(?: web| internet)? (?:r[ée]alis[ée]|con[çc]u|cr[ée][ée]|d[ée]velopp[ée]|designed|built|made)|(?:web ?)?design(?:ed)? by|made by|developed by|propuls[ée] par|powered by|th[èe]me\b|theme by|(?:le |ce |notre )?site(?: internet| web)? (?:est )?(?:h[ée]berg[ée]|r[ée]alis[ée]|con[çc]u|cr[ée][ée]|d[ée]velopp[ée]) (?:par|chez)|l'h[ée]bergement (?:du site )?(?:est )?(?:assur[ée]|fourni|r[ée]alis[ée]) par|this (?:web)?site is (?:hosted|built|designed) by)/iu;
export const CREDIT_LEAD =
  /(?:powered by|propuls[ée] par|r[ée]alis[ée] par|con[çc]u par|cr[ée][ée] par|d[ée]velopp[ée] par|design(?:ed)? by|made by|built by|developed by|theme by|th[èe]me|site par|agence|h[ée]berg[ée] par|hosted by|h[ée]bergeur|webdesign)\W{0,5}$/i;

/**
 * A block that starts with a hosting/credit label is foreign; a heading or a bare label with
 * such text makes the following blocks foreign, up to the next heading (at most 4 for a label).
 */
export function markForeign(blocks: Block[]): void {
  let zone = 0;
  for (const block of blocks) {
    const labelled = FOREIGN_LABEL.test(block.text);
    if (block.heading) {
      zone = labelled ? Infinity : 0;
      block.foreign = labelled;
      continue;
    }
    if (labelled) {
      block.foreign = true;
      if (block.text.length <= 40) zone = 4;
      continue;
    }
    if (zone > 0) {
      block.foreign = true;
      zone--;
    }
  }
}

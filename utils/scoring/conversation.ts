import { fold } from '../text';

/**
 * Words of a criterion about the relationship, which a site never shows and a call does:
 * how she is seen, paid and treated, in French and English. Folded, so accents do not matter.
 */
const RELATIONSHIP =
  /\b(?:me voi[te]|nous voi[te]|voit la prestataire|voit le prestataire|paire de mains|pair of hands|paie|paye|payent|paient|pays|paying|retard|late|delais? de paiement|n'?investit|invest|respecte|respect|ecoute|listens?|confiance|trust|sees? me|treats? me|considere|micro-?manage|relance|chases?)\b/;

/** Whether a criterion's label reads as something to check in conversation rather than on a page. */
export const looksConversational = (label: string) => RELATIONSHIP.test(fold(label));

import { MessageError, type Handlers } from '../messaging';
import { commonGround, criterionTerms } from '../scoring/learn';
import { learnDismissedItem, personasItem } from '../storage/local';
import type { ProspectRepository } from '../storage/prospects';

type LearnHandlers = Pick<Handlers, 'learn.suggest' | 'learn.dismiss' | 'prospect.mark'>;

/** The background learns from the list it owns; the pages only ask. */
export function createLearnHandlers(repo: () => Promise<ProspectRepository>): LearnHandlers {
  return {
    'learn.suggest': async ({ personaId }) => {
      const persona = (await personasItem.read())?.personas.find((p) => p.id === personaId);
      if (!persona) throw new MessageError('errorNotFound', personaId);
      const prospects = await (await repo()).list();
      const found = commonGround(prospects, persona, await learnDismissedItem.read());
      const byCriterion = criterionTerms(prospects, persona);
      const used = new Set(
        [...found.terms, ...Object.values(byCriterion).flat()].flatMap((t) => t.prospectIds),
      );
      const names = Object.fromEntries(
        prospects
          .filter((p) => used.has(p.id))
          .map((p) => [p.id, p.organisation.name?.value ?? p.organisation.domain?.value ?? p.id]),
      );
      return { ...found, criterionTerms: byCriterion, names };
    },
    'learn.dismiss': async ({ key }) => {
      const dismissed = await learnDismissedItem.read();
      if (!dismissed.includes(key))
        await learnDismissedItem.write([...dismissed, key].slice(-2000));
      return {};
    },
    'prospect.mark': async ({ id, partner, checked }) => {
      const r = await repo();
      const before = await r.get(id);
      if (!before) throw new MessageError('errorNotFound', id);
      const marks = {
        ...(partner === undefined ? {} : { partner }),
        ...(checked === undefined ? {} : { checked }),
      };
      return { prospect: await r.replace({ ...before, ...marks }) };
    },
  };
}

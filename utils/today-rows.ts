/** What a Today row shows of a prospect, and who is on the list: pure, for the background. */
import { dialFromFrance } from './csv/phone-format';
import { localDay } from './day';
import type { Outcome } from './model/activity';
import type { Prospect } from './model/prospect';
import type { Qualification } from './model/qualification';
import { collapse } from './text';
import type { Progress, TodayRow } from './today';

/** A role she targets is in this one, as whole words: "RH" in "Responsable RH", not in "Rhône". */
export function roleMatches(role: string | undefined, targets: readonly string[]): boolean {
  if (!role) return false;
  const words = ` ${collapse(role)} `;
  return targets.some((target) => {
    const wanted = collapse(target);
    return wanted !== '' && words.includes(` ${wanted} `);
  });
}

function strongestReason(q: Qualification | undefined): TodayRow['reason'] {
  const flag = q?.redFlags[0];
  if (flag) return { label: flag.label, flag: true };
  let best: Qualification['criteria'][number] | undefined;
  for (const c of q?.criteria ?? []) if (c.matched && (!best || c.weight > best.weight)) best = c;
  return best ? { label: best.label, flag: false } : undefined;
}

function phoneOf(value: string | undefined): TodayRow['phone'] {
  const tel = value?.replace(/[^\d+]/g, '');
  return tel ? { tel, display: dialFromFrance(tel) } : undefined;
}

/** The row of `p`, the persona targeting `roles`. */
export function todayRow(p: Prospect, roles: readonly string[]): TodayRow {
  const seen = new Set<string>();
  const people = [...p.contacts, ...p.organisation.people.map((person) => person.value)].flatMap(
    (person) => {
      const key = collapse(person.name);
      if (!key || seen.has(key)) return [];
      seen.add(key);
      return [{ ...person, matches: roleMatches(person.role, roles) }];
    },
  );
  // Stable: the order she entered them in, matches first.
  people.sort((a, b) => Number(b.matches) - Number(a.matches));
  const direct = p.contacts.find((c) => c.phone && roleMatches(c.role, roles))?.phone;
  const phone = phoneOf(
    direct ?? p.organisation.phones[0]?.value ?? p.contacts.find((c) => c.phone)?.phone,
  );
  const q = p.qualification;
  const reason = strongestReason(q);
  const lastCall = p.activities.findLast((a) => a.kind === 'call' && a.outcome);
  return {
    id: p.id,
    name: p.organisation.name?.value ?? p.organisation.domain?.value ?? p.id,
    status: p.status,
    ...(p.followUpAt ? { followUpAt: p.followUpAt } : {}),
    ...(phone ? { phone } : {}),
    people: people.slice(0, 3).map(({ name, role, matches }) => ({
      name,
      ...(role ? { role } : {}),
      matches,
    })),
    ...(q && !q.peer?.matched ? { score: q.score, band: p.bandOverride ?? q.band } : {}),
    ...(reason ? { reason } : {}),
    ...(lastCall ? { last: { outcome: lastCall.outcome!, at: lastCall.at } } : {}),
  };
}

/** The calls these prospects had on `day` (local), and their outcomes. */
export function dayProgress(prospects: readonly Prospect[], day: string): Progress {
  const outcomes: Partial<Record<Outcome, number>> = {};
  let calls = 0;
  for (const p of prospects) {
    for (const a of p.activities) {
      if (a.kind !== 'call' || !a.outcome || localDay(new Date(a.at)) !== day) continue;
      calls++;
      outcomes[a.outcome] = (outcomes[a.outcome] ?? 0) + 1;
    }
  }
  return { calls, outcomes };
}

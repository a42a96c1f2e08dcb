/**
 * Every saved prospect scored again when the personas change: in batches, in id order, the
 * progress saved in storage.local after each batch (the list page follows it there), so that a
 * stopped worker goes on after the last batch when it starts again. Only the computed
 * qualification changes: her band override is hers.
 */
import type { Persona, PersonaStore } from '../model/persona';
import type { Prospect } from '../model/prospect';
import type { Qualification } from '../model/qualification';
import { compiled, compilePersona, qualify, type CompiledPersona } from '../scoring';
import { personaVersion } from '../scoring/persona-version';
import { excerptPages } from '../scoring/site-pages';
import type { RescoreState } from '../storage/local';
import type { ProspectRepository } from '../storage/prospects';

export const RESCORE_BATCH = 200;

export interface RescoreDeps {
  repo(): Promise<ProspectRepository>;
  personas(): Promise<Pick<PersonaStore, 'personas' | 'activeId'>>;
  bestOf(): Promise<boolean>;
  load(): Promise<RescoreState | null>;
  save(state: RescoreState): Promise<void>;
  now(): string;
  newId(): string;
  onProgress?(state: RescoreState): void;
  batch?: number;
}

/**
 * A prospect scored again against `personas` (the active one first, which wins ties), from the
 * excerpt of its own words kept at save time; saved before excerpts were kept, from its saved
 * fields alone, and it says so. The page kind is the captured page's; a page scored on its site's
 * home and about pages is scored on them again, each from its part of the excerpt.
 */
export function rescoreOne(p: Prospect, personas: readonly CompiledPersona[]): Qualification {
  const old = p.qualification;
  const excerpt = old?.excerpt;
  const site = old?.scoredOn ? excerptPages(excerpt ?? '', old.scoredOn) : [];
  const pageKind = old?.pageKind;
  let best: Qualification | undefined;
  for (const c of personas) {
    const q = site.length
      ? qualify(p.organisation, '', c, { site, pageKind })
      : qualify(p.organisation, excerpt ?? '', c, pageKind ? { pageKind } : {});
    if (!best || q.score > best.score) best = q;
  }
  return {
    ...best!,
    ...(pageKind && { pageKind }),
    ...(old?.scoredOn && { scoredOn: old.scoredOn }),
    ...(excerpt !== undefined && { excerpt }),
    basis: excerpt ? 'excerpt' : 'fields',
    ...(personas.length > 1 && { bestOf: true as const }),
  };
}

/** Whom to score against: the active persona, or every persona with the active one first. */
export function scoringPersonas(
  { personas, activeId }: Pick<PersonaStore, 'personas' | 'activeId'>,
  bestOf: boolean,
): Persona[] {
  const active = personas.find((p) => p.id === activeId);
  if (!active) return [];
  return bestOf ? [active, ...personas.filter((p) => p !== active)] : [active];
}

/**
 * Whether any of `prospects` was scored against another persona, or another version of it, than
 * those that score now (`chosen`, see scoringPersonas), or with "best of" set otherwise. A score
 * kept from before versions were recorded is taken as made against the persona of its id.
 */
export function scoredAgainstOthers(
  prospects: readonly Prospect[],
  chosen: readonly Persona[],
  bestOf: boolean,
): boolean {
  const versions = new Map(chosen.map((p) => [p.id, personaVersion(p)]));
  const best = bestOf && chosen.length > 1;
  return prospects.some(({ qualification: q }) => {
    if (!q) return false;
    const version = versions.get(q.personaId);
    return (
      version === undefined ||
      (q.personaVersion !== undefined && q.personaVersion !== version) ||
      !!q.bestOf !== best
    );
  });
}

export class Rescorer {
  private state: RescoreState | null = null;
  private loop: Promise<void> | undefined;
  private compiledFor: { runId: string; personas: CompiledPersona[] } | undefined;

  constructor(private readonly deps: RescoreDeps) {}

  /** After a restart: goes on with a run the stopped worker left. */
  async restore(): Promise<void> {
    if (this.loop) return;
    this.state = await this.deps.load();
    if (this.state?.status === 'running') void this.run();
  }

  /** A change of persona: every prospect is scored again, from the first. */
  async start(): Promise<RescoreState> {
    const total = await (await this.deps.repo()).count();
    const chosen = await this.chosen();
    const runId = this.deps.newId();
    this.compiledFor = { runId, personas: chosen.map(compilePersona) };
    const state: RescoreState = {
      schemaVersion: 1,
      runId,
      status: total && chosen.length ? 'running' : 'done',
      against: chosen.map((p) => p.name),
      total,
      done: 0,
      fromFields: 0,
      updatedAt: this.deps.now(),
    };
    await this.commit(state);
    void this.run();
    return state;
  }

  /** Persona `id` was saved, deleted or made active: scores change if it counts. */
  personasChanged = async (store: PersonaStore, id: string | null): Promise<void> => {
    if (id === store.activeId || (await this.deps.bestOf())) await this.start();
  };

  /**
   * Prospects put back from a backup: scored again, as after a change of persona, when their
   * scores were made against other personas than the ones scoring now.
   */
  restored = async (prospects: readonly Prospect[]): Promise<boolean> => {
    const stale = scoredAgainstOthers(prospects, await this.chosen(), await this.deps.bestOf());
    if (stale) await this.start();
    return stale;
  };

  /** A prospect just scored on the page, with best-of on: its best over all her personas. */
  saved = async (p: Prospect): Promise<Prospect> => {
    const chosen = (await this.deps.bestOf()) ? await this.chosen() : [];
    if (chosen.length < 2 || !p.qualification) return p;
    const qualification = rescoreOne(p, chosen.map(compiled));
    return (await this.deps.repo()).replace({ ...p, qualification });
  };

  run(): Promise<void> {
    this.loop ??= this.work().finally(() => (this.loop = undefined));
    return this.loop;
  }

  private async commit(state: RescoreState) {
    this.state = state;
    await this.deps.save(state);
    this.deps.onProgress?.(state);
  }

  private async chosen(): Promise<Persona[]> {
    return scoringPersonas(await this.deps.personas(), await this.deps.bestOf());
  }

  /** Compiled once per run; after a restart, from the personas as they are now. */
  private async compiled(runId: string): Promise<CompiledPersona[]> {
    if (this.compiledFor?.runId !== runId)
      this.compiledFor = { runId, personas: (await this.chosen()).map(compilePersona) };
    return this.compiledFor.personas;
  }

  private async work(): Promise<void> {
    const size = this.deps.batch ?? RESCORE_BATCH;
    while (this.state?.status === 'running') {
      const run = this.state;
      const personas = await this.compiled(run.runId);
      const batch = personas.length
        ? await (await this.deps.repo()).requalify(run.after, size, (p) => rescoreOne(p, personas))
        : [];
      // A newer run started meanwhile: it begins from the first prospect.
      if (this.state.runId !== run.runId) continue;
      const done = run.done + batch.length;
      const last = batch.at(-1);
      await this.commit({
        ...run,
        status: batch.length < size ? 'done' : 'running',
        total: batch.length < size ? done : Math.max(run.total, done),
        done,
        fromFields:
          run.fromFields + batch.filter((p) => p.qualification?.basis === 'fields').length,
        ...(last && { after: last.id }),
        updatedAt: this.deps.now(),
      });
    }
  }
}

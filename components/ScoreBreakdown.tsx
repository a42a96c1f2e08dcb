import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import type {
  Band,
  CriterionResult,
  PageKind,
  Qualification,
  Quote,
} from '@/utils/model/qualification';
import { KIND_KEYS } from './OrganisationDetails';

export const BAND_KEYS: Record<Band, MessageKey> = {
  excellent: 'band_excellent',
  good: 'band_good',
  fair: 'band_fair',
  poor: 'band_poor',
  disqualified: 'band_disqualified',
};

/** Built-in profile checks have ids, not labels written by the user. */
const BUILT_IN: Record<string, MessageKey> = {
  'profile.kind': 'criterion_kind',
  'profile.size': 'criterion_size',
  'profile.territory': 'criterion_territory',
};
export const criterionLabel = (label: string) => (BUILT_IN[label] ? t(BUILT_IN[label]) : label);

const FIELD_KEYS: Record<Quote['source'], MessageKey> = {
  name: 'evidence_name',
  description: 'evidence_description',
  keywords: 'evidence_keywords',
  kind: 'evidence_kind',
  address: 'evidence_address',
  people: 'evidence_people',
  text: 'evidence_text',
  registry: 'evidence_registry',
  home: 'evidence_home',
  about: 'evidence_about',
};

/** Structured evidence says where it comes from, never in quotation marks. */
const FROM_KEYS: Partial<Record<Quote['source'], MessageKey>> = {
  address: 'evidence_from_address',
  kind: 'evidence_from_kind',
  registry: 'evidence_registry',
};

const PAGE_KIND_KEYS: Record<Exclude<PageKind, 'presentation'>, MessageKey> = {
  legal: 'pageKind_legal',
  article: 'pageKind_article',
  'blog-post': 'pageKind_blog_post',
  product: 'pageKind_product',
};

/** Which of the site's pages a score on a page that is not a presentation is on. */
function scoredOnKey(q: Qualification): MessageKey | undefined {
  const kinds = new Set(q.scoredOn?.map((p) => p.kind));
  if (kinds.has('home') && kinds.has('about')) return 'scoredOn_home_about';
  if (kinds.has('home')) return 'scoredOn_home';
  if (kinds.has('about')) return 'scoredOn_about';
  return undefined;
}

/** What the page is and, when it is not a presentation, what the score is on instead. */
function PageKindNote({ q }: { q: Qualification }) {
  if (!q.pageKind || q.pageKind === 'presentation') return null;
  const kind = t(PAGE_KIND_KEYS[q.pageKind]);
  const on = scoredOnKey(q);
  return (
    <p class="page-kind" data-testid="page-kind">
      {on ? t('pageKindScoredOnSite', kind, t(on)) : t('pageKindNotPresentation', kind)}
    </p>
  );
}

/** How many reasons the folded card shows: the strongest, red flags first. */
const GLANCE = 2;

function Quotes({ evidence }: { evidence: Quote[] }) {
  return (
    <ul class="quotes">
      {evidence.slice(0, 2).map((e, i) =>
        e.field ? (
          <li key={i} class="field-evidence">
            <small class="source">{t(FROM_KEYS[e.field] ?? 'evidence_from_field')}</small>{' '}
            {e.field === 'kind' && KIND_KEYS[e.value ?? ''] ? t(KIND_KEYS[e.value!]!) : e.value}
          </li>
        ) : (
          <li key={i}>
            <q>{e.quote}</q> <small class="source">{t(FIELD_KEYS[e.source])}</small>
          </li>
        ),
      )}
    </ul>
  );
}

function Reason({ c, flag, hidden }: { c: CriterionResult; flag?: boolean; hidden?: boolean }) {
  return (
    <li class={flag ? 'reason flag' : 'reason'} hidden={hidden}>
      <span class="reason-label">
        {flag ? t(c.disqualifier ? 'reasonDisqualifier' : 'reasonRedFlag') : t('reasonMatched')}{' '}
        {criterionLabel(c.label)}
      </span>{' '}
      <small>{t('reasonWeight', flag ? -c.weight : c.weight)}</small>
      <Quotes evidence={c.evidence} />
    </li>
  );
}

interface Props {
  qualification: Qualification;
  bandOverride?: Band;
}

/**
 * The score as a number, the band in words and as a bar (never colour alone), then the reasons
 * with their quotes, red flags first.
 */
export function ScoreBreakdown({ qualification: q, bandOverride }: Props) {
  const [open, setOpen] = useState(false);
  if (q.peer?.matched) {
    // Her own trade: a competitor or a partner, not a client to score.
    return (
      <section class="score" aria-labelledby="score-heading" data-testid="score">
        <h2 id="score-heading">{t('scoreHeading', q.personaName)}</h2>
        <p class="peer" data-testid="peer">
          <strong>{t('peerSameTrade')}</strong>
        </p>
        <PageKindNote q={q} />
        <Quotes evidence={q.peer.evidence} />
      </section>
    );
  }
  if (q.criteria.length === 0 && q.redFlags.length === 0) {
    // Nothing could be read: a "poor" band would be a judgement without evidence.
    return (
      <section class="score" aria-labelledby="score-heading" data-testid="score">
        <h2 id="score-heading">{t('scoreHeading', q.personaName)}</h2>
        <p>{t('scoreNoData')}</p>
      </section>
    );
  }
  const band = bandOverride ?? q.band;
  const matched = q.criteria.filter((c) => c.matched).sort((a, b) => b.weight - a.weight);
  const missed = q.criteria.filter((c) => !c.matched && c.checkable !== false);
  const toAsk = q.criteria.filter((c) => c.checkable === false);
  const flags = q.redFlags.length;
  const more =
    flags + matched.length > GLANCE || toAsk.length + missed.length + q.unchecked.length > 0;
  const controls = [
    flags > 0 && 'score-flags',
    matched.length > 0 && 'score-reasons',
    'score-more',
  ];
  return (
    <section
      class={open ? 'score' : 'score folded'}
      aria-labelledby="score-heading"
      data-testid="score"
    >
      <h2 id="score-heading">{t('scoreHeading', q.personaName)}</h2>
      <p class={`score-line band-${band}`}>
        <strong class="score-number" data-testid="score-number">
          {t('scoreOutOf', q.score)}
        </strong>{' '}
        <span class="band" data-testid="band">
          {t(BAND_KEYS[band])}
        </span>
      </p>
      <meter
        class="bar"
        min={0}
        max={100}
        low={50}
        high={79}
        optimum={100}
        value={q.score}
        aria-label={t('scoreBarLabel', q.score)}
      />
      <PageKindNote q={q} />
      {bandOverride && bandOverride !== q.band && (
        <p class="override" data-testid="band-override-note">
          {t('bandOverridden', t(BAND_KEYS[q.band]))}
        </p>
      )}
      {flags > 0 && (
        <ul id="score-flags" class="reasons" aria-label={t('redFlagsHeading')}>
          {q.redFlags.map((c, i) => (
            <Reason key={c.id} c={c} flag hidden={!open && i >= GLANCE} />
          ))}
        </ul>
      )}
      {matched.length > 0 ? (
        <ul
          id="score-reasons"
          class="reasons"
          aria-label={t('reasonsHeading')}
          data-testid="reasons"
        >
          {matched.map((c, i) => (
            <Reason key={c.id} c={c} hidden={!open && flags + i >= GLANCE} />
          ))}
        </ul>
      ) : (
        <p>{t('reasonsNone')}</p>
      )}
      <div id="score-more" hidden={!open}>
        {toAsk.length > 0 && (
          <div class="to-ask" data-testid="to-ask">
            <p>{t('conversationHeading')}</p>
            <ul>
              {toAsk.map((c) => (
                <li key={c.id}>{c.label}</li>
              ))}
            </ul>
          </div>
        )}
        {missed.length > 0 && (
          <p>{t('reasonsMissed', missed.map((c) => criterionLabel(c.label)).join(', '))}</p>
        )}
        {q.unchecked.length > 0 && (
          <p>
            {t('reasonsUnchecked', q.unchecked.map(criterionLabel).join(', '))}{' '}
            {t('scoreConfidence', Math.round(q.confidence * 100))}
          </p>
        )}
      </div>
      {more && (
        <button
          type="button"
          class="link"
          aria-expanded={open}
          aria-controls={controls.filter(Boolean).join(' ')}
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'scoreFold' : 'scoreDetails')}
        </button>
      )}
    </section>
  );
}

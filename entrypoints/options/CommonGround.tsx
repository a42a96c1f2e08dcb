import { useState } from 'preact/hooks';
import { NoticeLine, type Notice } from '@/components/NoticeLine';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import type { Persona } from '@/utils/model/persona';
import { personaKeys } from '@/utils/scoring/learn';
import { acceptTerm } from './accept';
import { Suggestion } from './Suggestion';
import type { useLearnt } from './useLearnt';

interface Props {
  persona: Persona;
  learn: ReturnType<typeof useLearnt>;
  onChange(persona: Persona): void;
}

/** "What my favourite clients have in common": terms to accept, edit or dismiss. */
export function CommonGround({ persona, learn, onChange }: Props) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const { state } = learn;
  const body = () => {
    if (state.kind === 'loading') return <p>{t('learnLoading')}</p>;
    if (state.kind === 'error') return <p class="notice error">{state.message}</p>;
    const { learnt } = state;
    if (!learnt.clients) return <p>{t('learnNoClients')}</p>;
    const has = personaKeys(persona);
    const terms = learnt.terms.filter((term) => !has.has(term.key) && !done.has(term.key));
    return (
      <>
        <p class="hint">{t('learnBasis', learnt.clients, learnt.others)}</p>
        {terms.length ? (
          <ul class="suggestions">
            {terms.map((term) => (
              <Suggestion
                key={term.key}
                term={term}
                learnt={learnt}
                persona={persona}
                onAccept={(text, target) => {
                  onChange(acceptTerm(persona, text, target));
                  setDone(new Set([...done, term.key]));
                  setNotice({ kind: 'info', text: t('learnAccepted', text) });
                }}
                onDismiss={() =>
                  learn
                    .dismiss(term.key)
                    .catch((error: unknown) =>
                      setNotice({ kind: 'error', text: errorMessage(error) }),
                    )
                }
              />
            ))}
          </ul>
        ) : (
          <p>{t('learnNothing')}</p>
        )}
      </>
    );
  };
  return (
    <section class="common-ground" aria-labelledby="learn-heading" data-testid="common-ground">
      <h2 id="learn-heading">{t('learnHeading')}</h2>
      <p class="intro">{t('learnIntro')}</p>
      <NoticeLine notice={notice} />
      {body()}
    </section>
  );
}

import { describe, expect, it } from 'vitest';
import { callList, isCandidate, withCallList } from '@/utils/storage/call-list';
import { sampleProspect as prospect, sampleQualification as qualification } from '../sample';

const at = '2026-11-20T10:00:00.000Z';

describe('isCandidate', () => {
  it('takes prospects never contacted, with nothing planned, to qualify or to contact', () => {
    expect(isCandidate(prospect())).toBe(true);
    expect(isCandidate(prospect({ status: 'to-contact' }))).toBe(true);
    expect(isCandidate(prospect({ status: 'contacted' }))).toBe(false);
    expect(isCandidate(prospect({ followUpAt: '2026-12-01' }))).toBe(false);
    expect(isCandidate(prospect({ lastContactAt: at }))).toBe(false);
    expect(isCandidate(prospect({ doNotContact: true }))).toBe(false);
    expect(isCandidate(prospect({ qualification: qualification({ band: 'disqualified' }) }))).toBe(
      false,
    );
    expect(isCandidate(prospect({ bandOverride: 'disqualified' }))).toBe(false);
    const peer = qualification({ peer: { matched: true, evidence: [] } });
    expect(isCandidate(prospect({ qualification: peer }))).toBe(false);
  });
});

describe('callList', () => {
  it('a follow-up she may contact is due on its day; one she must not contact is on no list', () => {
    expect(callList(prospect({ followUpAt: '2026-12-01', status: 'follow-up' }))).toEqual({
      due: '2026-12-01',
    });
    expect(callList(prospect({ followUpAt: '2026-12-01', doNotContact: true }))).toBeUndefined();
  });

  it('ranks candidates best score first (lowest rank), the unscored last', () => {
    const rank = (score?: number) =>
      callList(prospect(score === undefined ? {} : { qualification: qualification({ score }) }))
        ?.rank;
    expect(rank(100)).toBe(0);
    expect(rank(72)).toBe(28);
    expect(rank(0)).toBe(100);
    expect(rank()).toBeGreaterThan(rank(0)!);
  });

  it('puts nobody else on the list', () => {
    expect(callList(prospect({ status: 'client' }))).toBeUndefined();
    expect(callList(prospect({ lastContactAt: at }))).toBeUndefined();
  });

  it('withCallList sets the place, and drops one that no longer holds', () => {
    const listed = withCallList(prospect({ qualification: qualification({ score: 90 }) }));
    expect(listed.callList).toEqual({ rank: 10 });
    const contacted = withCallList({ ...listed, status: 'contacted', lastContactAt: at });
    expect('callList' in contacted).toBe(false);
    const unlisted = prospect({ status: 'client' });
    expect(withCallList(unlisted)).toBe(unlisted);
  });
});

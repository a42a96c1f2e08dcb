import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReviewHandlers } from '@/utils/background/review';
import { dispatch } from '@/utils/messaging';
import { ActivitySchema, type Activity } from '@/utils/model/activity';
import { reviewTotal, weekReview, WeekReviewSchema } from '@/utils/week-review';
import { freshRepo, input } from '../storage/helpers';

const now = new Date('2026-12-04T18:00:00.000Z');
let n = 0;
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
const call = (daysAgo: number, outcome: Activity['outcome'], on?: string): Activity =>
  ActivitySchema.parse({ id: `a${++n}`, kind: 'call', at: at(daysAgo), outcome, on });
const meeting = (daysAgo: number): Activity =>
  ActivitySchema.parse({ id: `a${++n}`, kind: 'meeting', at: at(daysAgo) });
const note = (daysAgo: number): Activity =>
  ActivitySchema.parse({ id: `a${++n}`, kind: 'note', at: at(daysAgo), text: 'rappeler' });

describe('the week in review', () => {
  it('counts the week’s calls, outcomes, meetings and yeses by fit band', () => {
    const review = weekReview(
      [
        {
          qualification: { band: 'excellent' },
          activities: [call(3, 'no-answer'), call(1, 'meeting-booked', '2026-12-10'), meeting(0.5)],
        },
        {
          qualification: { band: 'excellent' },
          activities: [call(2, 'became-client'), call(1, 'became-client')],
        },
        // Her assessment wins over the computed band.
        {
          qualification: { band: 'excellent' },
          bandOverride: 'poor',
          activities: [call(2, 'not-interested')],
        },
        {
          qualification: { band: 'poor' },
          activities: [call(6.9, 'send-information'), call(5, 'call-back', '2026-12-07')],
        },
        // Older than seven days, a note, a day to come: not counted.
        {
          qualification: { band: 'good' },
          activities: [call(8, 'meeting-booked', '2026-11-30'), note(1)],
        },
        { activities: [call(-1, 'no-answer')] },
        { activities: [call(0, 'no-answer')] },
      ],
      now,
    );
    expect(WeekReviewSchema.parse(review)).toEqual(review);
    expect(review.since).toBe('2026-11-27T18:00:00.000Z');
    const zero = {
      'no-answer': 0,
      'call-back': 0,
      'not-interested': 0,
      'send-information': 0,
      'meeting-booked': 0,
      'became-client': 0,
    };
    expect(review.bands).toEqual([
      {
        band: 'excellent',
        called: 2,
        calls: 4,
        outcomes: { ...zero, 'no-answer': 1, 'meeting-booked': 1, 'became-client': 2 },
        meetings: 1,
        yes: 2,
      },
      {
        band: 'poor',
        called: 2,
        calls: 3,
        outcomes: { ...zero, 'not-interested': 1, 'send-information': 1, 'call-back': 1 },
        meetings: 0,
        yes: 0,
      },
      {
        band: 'unscored',
        called: 1,
        calls: 1,
        outcomes: { ...zero, 'no-answer': 1 },
        meetings: 0,
        yes: 0,
      },
    ]);
    expect(reviewTotal(review.bands)).toMatchObject({ called: 5, calls: 8, meetings: 1, yes: 2 });
  });

  it('an empty week has no band', () => {
    expect(weekReview([{ activities: [note(1)] }], now).bands).toEqual([]);
  });
});

describe('review.week', () => {
  beforeEach(() => fakeBrowser.reset());
  const self = { id: 'glaneur-id', origin: 'chrome-extension://glaneur-id/' };
  const page = { id: self.id, url: 'chrome-extension://glaneur-id/prospects.html' };

  it('aggregates in the background the prospects written in the week, for extension pages only', async () => {
    const { repo } = await freshRepo();
    const { prospect: a } = await repo.save(input({ sourceUrl: 'https://a.example/' }));
    const { prospect: b } = await repo.save(input({ sourceUrl: 'https://b.example/' }));
    await repo.logActivity(
      a.id,
      call(1, 'meeting-booked', '2026-12-10'),
      undefined,
      new Date(at(1)),
    );
    // Logged nine days ago: the prospect was last written then, and is not even read.
    await repo.logActivity(b.id, call(9, 'no-answer'), undefined, new Date(at(9)));
    expect((await repo.updatedSince(at(7))).map((p) => p.id)).toEqual([a.id]);
    const handlers = createReviewHandlers(
      async () => repo,
      () => now,
    );
    const ask = (sender: object) =>
      dispatch(handlers as never, { type: 'review.week', payload: {} }, sender as never, self);
    const reply = (await ask(page)) as {
      ok: true;
      data: { bands: { band: string; yes: number }[] };
    };
    expect(reply.ok).toBe(true);
    expect(reply.data.bands.map((f) => [f.band, f.yes])).toEqual([['unscored', 1]]);
    const fromPage = await ask({ id: self.id, url: 'https://example.org/', tab: { id: 4 } });
    expect(fromPage).toMatchObject({ ok: false });
  });
});

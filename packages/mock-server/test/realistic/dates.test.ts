import { describe, expect, it } from 'vitest';
import { dateRank, orderDates } from '../../src/realistic/dates.ts';

describe('dateRank and orderDates', () => {
  it.each([
    { given: 'created_at', want: 0 },
    { given: 'created-at', want: 0 },
    { given: 'workflow-created-at', want: 0 },
    { given: 'queued_at', want: 1 },
    { given: 'min_started_at', want: 2 },
    { given: 'updated-at', want: 3 },
    { given: 'last_deployed_at', want: 3 },
    { given: 'stopped_at', want: 4 },
    { given: 'max_ended_at', want: 4 },
    { given: 'window_end', want: 4 },
    { given: 'name', want: undefined },
    { given: 'backend', want: undefined },
  ])('dateRank($given) → $want', ({ given, want }) => expect(dateRank(given)).toBe(want));

  it('orderDates deals sorted date-times back to the ranked keys and leaves other values alone', () => {
    const object: Record<string, unknown> = {
      stopped_at: '2024-01-01T00:00:00.000Z',
      name: 'build',
      'created-at': '2024-03-01T00:00:00.000Z',
      started_at: '2024-02-01T00:00:00.000Z',
      odd_at: 'not a date',
    };
    orderDates(object);
    expect(object).toEqual({
      stopped_at: '2024-03-01T00:00:00.000Z',
      name: 'build',
      'created-at': '2024-01-01T00:00:00.000Z',
      started_at: '2024-02-01T00:00:00.000Z',
      odd_at: 'not a date',
    });
  });
});

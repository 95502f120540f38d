import { describe, expect, it } from 'vitest';
import { networkFailureReason } from '../src/network-failure-reason.ts';

describe('networkFailureReason', () => {
  it.each([
    { given: { message: 'fetch failed', cause: { code: 'ECONNREFUSED' } }, want: 'ECONNREFUSED' },
    { given: { message: 'fetch failed', cause: { errors: [{ code: 'EHOSTUNREACH' }] } }, want: 'EHOSTUNREACH' },
    { given: { message: 'fetch failed', cause: { message: 'other side closed' } }, want: 'other side closed' },
    { given: { message: 'fetch failed' }, want: 'fetch failed' },
    { given: 'plain', want: 'plain' },
  ])('$want', ({ given, want }) => {
    expect(networkFailureReason(given)).toBe(want);
  });

  it('reads the errors fetch really throws', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(networkFailureReason(new TypeError('fetch failed', { cause: refused }))).toBe('ECONNREFUSED');
    const both = new AggregateError([Object.assign(new Error('v6'), { code: 'ENETUNREACH' })], 'all failed');
    expect(networkFailureReason(new TypeError('fetch failed', { cause: both }))).toBe('ENETUNREACH');
    expect(networkFailureReason(new DOMException('This operation was aborted', 'AbortError'))).toBe(
      'This operation was aborted',
    );
  });
});

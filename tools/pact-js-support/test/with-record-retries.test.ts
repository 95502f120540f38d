import { describe, expect, it } from 'vitest';
import { withRecordRetries } from '../src/index.ts';

const notReceived = () =>
  new Error('Test failed for the following reasons:\n\t0) The following request was expected but not received:');

describe('withRecordRetries', () => {
  it('runs a passing attempt once', async () => {
    let calls = 0;
    await withRecordRetries(() => Promise.resolve(calls++));
    expect(calls).toBe(1);
  });

  it('runs the attempt again while the mock server has no record of its request, up to three times', async () => {
    let calls = 0;
    await withRecordRetries(() => (++calls < 3 ? Promise.reject(notReceived()) : Promise.resolve()));
    expect(calls).toBe(3);
  });

  it('gives up after the third attempt with the last error', async () => {
    let calls = 0;
    const run = withRecordRetries(() => {
      calls++;
      return Promise.reject(notReceived());
    });
    await expect(run).rejects.toThrow('expected but not received');
    expect(calls).toBe(3);
  });

  it('throws any other error at once', async () => {
    let calls = 0;
    const run = withRecordRetries(() => {
      calls++;
      return Promise.reject(new Error('expected 500 to be 200'));
    });
    await expect(run).rejects.toThrow('expected 500 to be 200');
    expect(calls).toBe(1);
  });
});

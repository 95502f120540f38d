import { describe, expect, it } from 'vitest';
import { compositionRows, verdicts } from '../support/cases/composition.ts';

describe('composition verdicts, each pair read both ways', () => {
  it.each(compositionRows)('$given', ({ pair, forward, backward }) => {
    expect(verdicts(pair[0], pair[1])).toEqual([...forward].sort());
    expect(verdicts(pair[1], pair[0])).toEqual([...backward].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { applySeverity, meetsFailOn, type FailOn, type SeverityLevel } from '../../src/index.ts';
import { tagsChanged, vcsRemoved } from '../support/sample-changes.ts';

describe('applySeverity with --fail-on', () => {
  // change levels: one error (response-property-removed), one info (operation-tags-changed).
  it.each<{ overrides: Array<[string, SeverityLevel]>; failOn: FailOn; levels: string[]; fails: boolean }>([
    { overrides: [], failOn: 'error', levels: ['error', 'info'], fails: true },
    { overrides: [['response-property-removed', 'warn']], failOn: 'error', levels: ['warn', 'info'], fails: false },
    { overrides: [['response-property-removed', 'warn']], failOn: 'warn', levels: ['warn', 'info'], fails: true },
    { overrides: [['response-property-removed', 'info']], failOn: 'warn', levels: ['info', 'info'], fails: false },
    { overrides: [['response-property-removed', 'off']], failOn: 'warn', levels: ['info'], fails: false },
    { overrides: [['operation-tags-changed', 'error']], failOn: 'error', levels: ['error', 'error'], fails: true },
    {
      overrides: [
        ['response-property-removed', 'off'],
        ['operation-tags-changed', 'warn'],
      ],
      failOn: 'error',
      levels: ['warn'],
      fails: false,
    },
  ])('$overrides, --fail-on $failOn → $levels, fails: $fails', ({ overrides, failOn, levels, fails }) => {
    const changes = applySeverity([vcsRemoved, tagsChanged], new Map(overrides));
    expect(changes.map((c) => c.level)).toEqual(levels);
    expect(meetsFailOn(changes, failOn)).toBe(fails);
  });

  it('leaves its input as it was', () => {
    applySeverity([vcsRemoved], new Map([['response-property-removed', 'info']]));
    expect(vcsRemoved.level).toBe('error');
  });
});

import { describe, expect, it } from 'vitest';
import { diffSpecs, type DiffOptions } from '../../src/index.ts';
import { obj, spec, type OpInput } from '../support/build-spec.ts';
import { runRuleCases } from '../support/rule-cases.ts';
import { lifecycleCases } from '../support/cases/lifecycle.ts';

runRuleCases(lifecycleCases);

/** GET /job whose 200 response lost its required `id`, at the given stability level (none: stable). */
function breakAt(level?: string): [ReturnType<typeof spec>, ReturnType<typeof spec>] {
  const raw = level === undefined ? {} : { 'x-stability-level': level };
  const make = (schema: ReturnType<typeof obj>): OpInput => ({
    path: '/job',
    raw,
    responses: { '200': { content: { 'application/json': schema } } },
  });
  return [spec(make(obj({ id: 'string' }, ['id']))), spec(make(obj({})))];
}

describe('stability levels', () => {
  it.each([
    { level: undefined, options: {}, want: ['error'] },
    { level: 'stable', options: {}, want: ['error'] },
    { level: 'beta', options: {}, want: ['error'] },
    { level: 'alpha', options: {}, want: ['info'] },
    { level: 'draft', options: {}, want: ['info'] },
    { level: 'draft', options: { stabilityLevel: 'draft' }, want: ['error'] },
    { level: 'alpha', options: { stabilityLevel: 'beta' }, want: [] },
    { level: 'beta', options: { stabilityLevel: 'beta' }, want: ['error'] },
    { level: 'beta', options: { stabilityLevel: 'stable' }, want: [] },
    { level: undefined, options: { stabilityLevel: 'stable' }, want: ['error'] },
  ] as Array<{ level?: string; options: DiffOptions; want: string[] }>)(
    'a break on a $level operation with $options is $want',
    ({ level, options, want }) => {
      const [old, next] = breakAt(level);
      const levels = diffSpecs(old, next, options)
        .filter((c) => c.id === 'response-required-property-removed')
        .map((c) => c.level);
      expect(levels).toEqual(want);
    },
  );

  it('downgrades the removal of an alpha operation to info', () => {
    const old = spec({ path: '/me' }, { path: '/job', raw: { 'x-stability-level': 'alpha' } });
    const changes = diffSpecs(old, spec({ path: '/me' }));
    expect(changes.map((c) => [c.id, c.level])).toEqual([['operation-removed', 'info']]);
  });

  it('judges by the old stability level: a beta operation made draft still reports the decrease', () => {
    const [old, next] = [
      spec({ path: '/job', raw: { 'x-stability-level': 'beta' } }),
      spec({ path: '/job', raw: { 'x-stability-level': 'draft' } }),
    ];
    expect(diffSpecs(old, next).map((c) => [c.id, c.level])).toEqual([['operation-stability-decreased', 'warn']]);
  });
});

describe('the release date', () => {
  const removal = (sunset: string) => {
    const old = spec({ path: '/me' }, { path: '/job', deprecated: true, raw: { 'x-sunset': sunset } });
    return [old, spec({ path: '/me' })] as const;
  };

  it('defaults to the current date', () => {
    expect(diffSpecs(...removal('2000-01-01')).map((c) => c.id)).toEqual(['operation-removed-after-sunset']);
    expect(diffSpecs(...removal('9999-01-01')).map((c) => c.id)).toEqual(['operation-removed-before-sunset']);
  });

  it('is the release date when one is given', () => {
    const changes = diffSpecs(...removal('2020-01-01'), { releaseDate: '2019-12-06' });
    expect(changes.map((c) => [c.id, c.level, c.message])).toEqual([
      [
        'operation-removed-before-sunset',
        'error',
        'GET /job (getjob) removed before its sunset on 2020-01-01 (release 2019-12-06)',
      ],
    ]);
  });

  it.each([
    { options: { releaseDate: '6 Dec 2019' }, want: /releaseDate must be a day/ },
    { options: { deprecationDays: -1 }, want: /deprecationDays must be a whole number/ },
    { options: { stabilityLevel: 'gold' }, want: /stabilityLevel must be one of/ },
  ] as Array<{ options: DiffOptions; want: RegExp }>)('refuses $options', ({ options, want }) => {
    expect(() => diffSpecs(spec({}), spec({}), options)).toThrow(want);
  });
});

import { diffSpecs } from '@circleci-kit/breaking-changes';
import { describe, expect, it } from 'vitest';
import { consumerImpact } from '../../src/index.ts';
import { specPair, type SpecChanges } from './consumer-specs.ts';
import { cliPact, interaction, pactOf, rule, WEB } from './pacts.ts';
import type { LoadedPact } from '@circleci-kit/pact';

async function impactOf(changes: SpecChanges, pacts: LoadedPact[]) {
  const { oldSpec, newSpec } = await specPair(changes);
  return consumerImpact({ oldSpec, newSpec, changes: diffSpecs(oldSpec, newSpec), pacts });
}

const typeMatched = rule({ match: 'type' });
const regexMatched = rule({ match: 'regex', regex: '^created$' });

describe('consumerImpact', () => {
  it('names the consumer a break reaches, and finds its interaction broken by that rule', async () => {
    const impact = await impactOf({ dropLogin: true }, [WEB, cliPact(typeMatched)]);
    expect(impact.changes).toMatchObject([
      { id: 'response-required-property-removed', consumers: ['web'], interactions: ['get me'] },
    ]);
    expect(impact.consumerFindings).toEqual([
      {
        consumer: 'web',
        interaction: 'get me',
        reason: expect.stringContaining('login'),
        rules: ['response-required-property-removed'],
        gap: false,
      },
    ]);
  });

  it('gives a break no interaction calls no consumer', async () => {
    const impact = await impactOf({ dropWidgets: true }, [WEB, cliPact(typeMatched)]);
    expect(impact.changes).toMatchObject([{ id: 'operation-removed', consumers: [], interactions: [] }]);
    expect(impact.consumers.map((c) => c.status)).toEqual(['safe', 'safe']);
  });

  it('reaches the callers of a moved operation through its old route, and ties their break to the move', async () => {
    const deleter = pactOf(
      'ops',
      interaction('delete a widget', { method: 'DELETE', path: '/api/v2/widgets/w1' }, 204),
    );
    const impact = await impactOf({ moveWidgets: true }, [WEB, deleter]);
    expect(impact.changes).toMatchObject([
      { id: 'operation-moved', consumers: ['ops'], interactions: ['delete a widget'] },
    ]);
    expect(impact.consumerFindings).toMatchObject([
      { consumer: 'ops', interaction: 'delete a widget', rules: ['operation-moved'], gap: false },
    ]);
    expect(impact.consumers).toMatchObject([
      { consumer: 'ops', status: 'broken' },
      { consumer: 'web', status: 'safe' },
    ]);
  });

  it('leaves out an interaction that does not use the changed part', async () => {
    // The enum is on the 200 body: the 404 interaction of the same operation is not reached.
    const impact = await impactOf({ addState: true }, [cliPact(typeMatched)]);
    expect(impact.changes).toMatchObject([{ id: 'response-enum-value-added', interactions: ['get pipeline'] }]);
    const unread = pactOf(
      'ops',
      interaction('get pipeline id', { method: 'GET', path: '/api/v2/pipeline/p1' }, 200, { id: '1' }),
    );
    const other = await impactOf({ addState: true }, [unread]);
    expect(other.changes).toMatchObject([{ consumers: [] }]);
  });

  it('reaches a query parameter change only through requests that send it', async () => {
    const sends = pactOf(
      'sends',
      interaction('by branch', { method: 'GET', path: '/api/v2/pipeline/p1', query: { branch: ['Main'] } }, 404),
    );
    const omits = pactOf('omits', interaction('no branch', { method: 'GET', path: '/api/v2/pipeline/p1' }, 404));
    const impact = await impactOf({ branchPattern: '^[a-z]+$' }, [sends, omits]);
    expect(impact.changes).toMatchObject([{ id: 'request-pattern-tightened', consumers: ['sends'] }]);
  });

  it('flags a broken interaction on an operation no rule reported as a gap, then ties it to the rule added for it', async () => {
    // A pattern added to a response property: the example `123` no longer fits it. The catalogue had no rule
    // for it until this oracle found the gap; without that rule the break is flagged as a gap.
    const { oldSpec, newSpec } = await specPair({ idPattern: '^p-[0-9]+$' });
    const changes = diffSpecs(oldSpec, newSpec);
    expect(changes.map((change) => `${change.id}@${change.level}`)).toEqual(['response-pattern-tightened@info']);
    const before = consumerImpact({
      oldSpec,
      newSpec,
      changes: changes.filter((change) => change.id !== 'response-pattern-tightened'),
      pacts: [cliPact(typeMatched)],
    });
    expect(before.consumerFindings).toEqual([
      { consumer: 'cli', interaction: 'get pipeline', reason: expect.stringContaining('/id'), rules: [], gap: true },
    ]);
    const after = consumerImpact({ oldSpec, newSpec, changes, pacts: [cliPact(typeMatched)] });
    expect(after.changes).toMatchObject([{ consumers: ['cli'], interactions: ['get pipeline'] }]);
    expect(after.consumerFindings).toMatchObject([{ rules: ['response-pattern-tightened'], gap: false }]);
    // The change is safe for clients at large (info), yet this consumer's contract no longer holds.
    expect(after.consumers).toEqual([
      { consumer: 'cli', status: 'broken', breakingChanges: [], brokenInteractions: ['get pipeline'] },
    ]);
  });

  it('ties a request sent with a value a new multipleOf refuses to the rule added for it', async () => {
    // `count: 3` was a valid request body; `multipleOf: 2` refuses it. The catalogue had no rule for
    // `multipleOf` until the oracle found this gap.
    const sender = pactOf(
      'maker',
      interaction(
        'create a widget',
        {
          method: 'POST',
          path: '/api/v2/widgets',
          body: { content: { count: 3 }, contentType: 'application/json', encoded: false },
        },
        201,
      ),
    );
    const { oldSpec, newSpec } = await specPair({ countMultipleOf: 2 });
    const changes = diffSpecs(oldSpec, newSpec);
    expect(changes.map((change) => `${change.id}@${change.level}`)).toEqual(['request-multiple-of-tightened@error']);
    const before = consumerImpact({
      oldSpec,
      newSpec,
      changes: changes.filter((change) => change.id !== 'request-multiple-of-tightened'),
      pacts: [sender, WEB],
    });
    expect(before.consumerFindings).toEqual([
      {
        consumer: 'maker',
        interaction: 'create a widget',
        reason: expect.stringContaining('/count'),
        rules: [],
        gap: true,
      },
    ]);
    const after = consumerImpact({ oldSpec, newSpec, changes, pacts: [sender, WEB] });
    expect(after.changes).toMatchObject([
      { id: 'request-multiple-of-tightened', consumers: ['maker'], interactions: ['create a widget'] },
    ]);
    expect(after.consumerFindings).toMatchObject([
      { consumer: 'maker', interaction: 'create a widget', rules: ['request-multiple-of-tightened'], gap: false },
    ]);
    expect(after.consumers).toMatchObject([
      { consumer: 'maker', status: 'broken', breakingChanges: ['request-multiple-of-tightened'] },
      { consumer: 'web', status: 'safe' },
    ]);
  });

  it('lets the matching rules decide: a type matcher tolerates a new enum value, a regex does not', async () => {
    const tolerant = await impactOf({ addState: true }, [cliPact(typeMatched)]);
    expect(tolerant.consumerFindings).toEqual([]);
    expect(tolerant.consumers).toEqual([
      { consumer: 'cli', status: 'affected', breakingChanges: ['response-enum-value-added'], brokenInteractions: [] },
    ]);
    const strict = await impactOf({ addState: true }, [cliPact(regexMatched)]);
    expect(strict.consumerFindings).toMatchObject([
      { consumer: 'cli', interaction: 'get pipeline', rules: ['response-enum-value-added'], gap: false },
    ]);
    expect(strict.consumers).toMatchObject([{ consumer: 'cli', status: 'broken' }]);
  });

  it('sums up each consumer: safe, affected, broken', async () => {
    const impact = await impactOf({ dropLogin: true, addState: true }, [WEB, cliPact(typeMatched), pactOf('idle')]);
    expect(impact.consumers).toEqual([
      { consumer: 'cli', status: 'affected', breakingChanges: ['response-enum-value-added'], brokenInteractions: [] },
      { consumer: 'idle', status: 'safe', breakingChanges: [], brokenInteractions: [] },
      {
        consumer: 'web',
        status: 'broken',
        breakingChanges: ['response-required-property-removed'],
        brokenInteractions: ['get me'],
      },
    ]);
  });
});

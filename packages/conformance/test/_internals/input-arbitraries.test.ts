import type { OperationInput, SchemaError } from '@circleci-kit/schema';
import type { LoadedSpec, OperationInfo } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  invalidInputs,
  sendableInputs,
  validInputs,
  withoutEmptyQueryValues,
} from '../../src/_internals/input-arbitraries.ts';
import { rawRequest } from '../../src/_internals/wire.ts';
import { currentSpec } from '../support/fixtures.ts';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await currentSpec();
});

const op = (id: string): OperationInfo => spec.operations.get(id)!;
const input = (query: Record<string, unknown>): OperationInput => ({
  pathParams: { orgID: 'b9778c7d-0009-1000-81eb-74b771b26524' },
  query,
  headers: {},
  body: undefined,
});
/** The names of the query parameters a raw send of the input writes with an empty value (`name=`). */
const sentEmpty = (operation: OperationInfo, value: OperationInput): string[] =>
  [...new URL(rawRequest(operation, value, 'http://127.0.0.1:1/api/v2')!.url).searchParams]
    .filter(([, text]) => text === '')
    .map(([name]) => name);

describe('withoutEmptyQueryValues', () => {
  it('refuses an input whose required query parameter would go out empty', () => {
    expect(withoutEmptyQueryValues(op('DeleteOrgClaims'), input({ claims: '' }))).toBeUndefined();
    expect(withoutEmptyQueryValues(op('DeleteOrgClaims'), input({ claims: [] }))).toBeUndefined();
  });
  it('leaves out an optional query parameter that would go out empty, and keeps the rest', () => {
    const kept = withoutEmptyQueryValues(op('getJobTimeseries'), input({ branch: '', granularity: 'daily' }));
    expect(kept?.query).toEqual({ granularity: 'daily' });
  });
  it('returns the same input when nothing is empty, and leaves the excepted parameter as it is', () => {
    const value = input({ claims: 'audience,ttl' });
    expect(withoutEmptyQueryValues(op('DeleteOrgClaims'), value)).toBe(value);
    const broken = input({ claims: '' });
    expect(withoutEmptyQueryValues(op('DeleteOrgClaims'), broken, 'claims')).toBe(broken);
  });
});

describe('the phases draw no empty query value', () => {
  const withQuery = () =>
    [...spec.operations.values()]
      .filter((operation) => operation.parameters.query.length > 0)
      .map((o) => o.operationId);

  it('valid and sendable inputs: no `name=` on the wire, required ones always there, no page-token sent', () => {
    for (const id of withQuery()) {
      const operation = op(id);
      for (const value of fc.sample(validInputs(operation), { seed: 7, numRuns: 60 })) {
        expect(sentEmpty(operation, value), id).toEqual([]);
        for (const parameter of operation.parameters.query.filter((p) => p.required))
          expect(value.query[parameter.name], `${id} ${parameter.name}`).toBeDefined();
      }
      for (const value of fc.sample(sendableInputs(operation), { seed: 7, numRuns: 20 }))
        expect(value.query['page-token'], id).toBeUndefined();
    }
  });

  it('the claims operations still send claims, never empty', () => {
    for (const id of ['DeleteOrgClaims', 'DeleteProjectClaims']) {
      const values = fc.sample(validInputs(op(id)), { seed: 1, numRuns: 200 });
      expect(values.every((value) => typeof value.query['claims'] === 'string' && value.query['claims'] !== '')).toBe(
        true,
      );
    }
  });

  it('invalid inputs: an empty query value only where the one broken constraint is', () => {
    for (const id of withQuery()) {
      const operation = op(id);
      let arbitrary;
      try {
        arbitrary = invalidInputs(operation);
      } catch (error) {
        expect((error as SchemaError).code).toBe('NO_INVALID_VALUE');
        continue;
      }
      for (const sample of fc.sample(arbitrary, { seed: 7, numRuns: 60 })) {
        const broken = /^\/query\/([^/]+)/.exec(sample.violation.pointer)?.[1];
        const empty = sentEmpty(operation, sample.value).filter((name) => name !== broken);
        expect(empty, `${id} ${sample.violation.pointer}`).toEqual([]);
      }
    }
  });
});

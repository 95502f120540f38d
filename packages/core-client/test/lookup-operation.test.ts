import { describe, expect, it } from 'vitest';
import { lookupOperation, operations, RequestValidationError } from '../src/index.ts';

describe('lookupOperation', () => {
  it.each([
    { given: 'getCurrentUser', want: 'getCurrentUser' },
    { given: 'GetOrgClaims', want: 'GetOrgClaims' },
    { given: 'getOrgClaims', want: 'GetOrgClaims' },
  ])('finds $given as $want', ({ given, want }) => {
    expect(lookupOperation(operations, given).id).toBe(want);
  });

  it.each([
    { given: 'getcurrentuser', want: 'unknown operation; did you mean getCurrentUser?' },
    { given: 'noSuchOperation', want: 'unknown operation' },
    { given: 'constructor', want: 'unknown operation' },
  ])('refuses $given with a RequestValidationError saying "$want"', ({ given, want }) => {
    let thrown: unknown;
    try {
      lookupOperation(operations, given);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RequestValidationError);
    expect((thrown as RequestValidationError).operationId).toBe(given);
    expect((thrown as RequestValidationError).problems).toEqual([{ parameter: 'operationId', message: want }]);
  });
});

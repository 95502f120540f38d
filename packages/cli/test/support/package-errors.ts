// Samples of every error class the packages export, one per code (and per
// case where the exit code depends on more than the code), for the tests of
// `cliErrorOf` and of the CLI README's exit-code table.
import { ControlError, LogError, type LogErrorCode } from '@circleci-kit/breaking-changes';
import { ConformanceError, type ConformanceErrorCode } from '@circleci-kit/conformance';
import {
  CircleCIError,
  RequestValidationError,
  type CircleCIErrorCode,
  type CircleCIErrorInit,
} from '@circleci-kit/core-client';
import { MockServerError, type MockServerErrorCode } from '@circleci-kit/mock-server';
import { PactError, type PactErrorCode } from '@circleci-kit/pact';
import { SchemaError, type SchemaErrorCode } from '@circleci-kit/schema';
import { SlugError, type SlugErrorCode } from '@circleci-kit/slug';
import { SpecError, type SpecErrorCode } from '@circleci-kit/spec-loader';

/** One error of a package, and the words the README's table uses for it. */
export interface PackageErrorSample {
  /** The class name, as the README's table writes it. */
  name: string;
  /** The package, without its scope. */
  package: string;
  /** The code, and what else decides the exit code: `` `NOT_FOUND` from a URL ``; `all` for a class without codes. */
  label: string;
  error: Error;
}

/** The keys of an object that must name every member of a union, and nothing else. */
const every = <K extends string>(codes: Record<K, 0>): K[] => Object.keys(codes) as K[];

const SPEC_CODES = every<SpecErrorCode>({
  PARSE_JSON: 0,
  PARSE_YAML: 0,
  NOT_OPENAPI: 0,
  UNSUPPORTED_VERSION: 0,
  INVALID_DOCUMENT: 0,
  MISSING_REF: 0,
  EXTERNAL_REF: 0,
  DUPLICATE_OPERATION_ID: 0,
  FETCH_FAILED: 0,
  NOT_FOUND: 0,
  TOO_DEEP: 0,
});
const SCHEMA_CODES = every<SchemaErrorCode>({
  UNSATISFIABLE_SCHEMA: 0,
  NO_INVALID_VALUE: 0,
  UNKNOWN_OPERATION: 0,
  UNKNOWN_RESPONSE: 0,
  COMPILE_FAILED: 0,
});
const SLUG_CODES = every<SlugErrorCode>({
  NOT_A_STRING: 0,
  EMPTY: 0,
  TOO_FEW_SEGMENTS: 0,
  TOO_MANY_SEGMENTS: 0,
  UNKNOWN_VCS: 0,
  INVALID_ORG: 0,
  INVALID_PROJECT: 0,
  INVALID_ID: 0,
  UNSUPPORTED_URL: 0,
  REMOTE_NOT_FOUND: 0,
  NO_GIT_REPOSITORY: 0,
  NO_GIT_CONFIG: 0,
});
const CALL_CODES = every<CircleCIErrorCode>({
  HTTP_ERROR: 0,
  NETWORK_ERROR: 0,
  TIMEOUT: 0,
  ABORTED: 0,
  RETRY_AFTER_TOO_LONG: 0,
  REPEATED_PAGE_TOKEN: 0,
});
const MOCK_CODES = every<MockServerErrorCode>({ BAD_OPTIONS: 0, BAD_FAULT: 0, LISTEN_FAILED: 0 });
const CONFORMANCE_CODES = every<ConformanceErrorCode>({
  BAD_SHARD: 0,
  UNKNOWN_CHECK: 0,
  UNKNOWN_OPERATION: 0,
  BAD_OPTION: 0,
  BAD_REPORT: 0,
  BAD_REPLAY: 0,
  TARGET_UNREACHABLE: 0,
});
const PACT_CODES = every<PactErrorCode>({
  BAD_OPTION: 0,
  NOT_FOUND: 0,
  BAD_PACT: 0,
  LOCK_TIMEOUT: 0,
  WRITE_FAILED: 0,
  TARGET_UNREACHABLE: 0,
});
const LOG_CODES = every<LogErrorCode>({ TOO_DEEP: 0 });

const call = (init: Omit<CircleCIErrorInit, 'message' | 'operationId' | 'method' | 'url'>) =>
  new CircleCIError({
    message: `getCurrentUser (GET https://circleci.com/api/v2/me) failed: ${init.code}`,
    operationId: 'getCurrentUser',
    method: 'GET',
    url: 'https://circleci.com/api/v2/me',
    ...init,
  });

/** Every sample, in the order of the README's table. */
export function packageErrorSamples(): PackageErrorSample[] {
  const tick = (code: string) => `\`${code}\``;
  return [
    ...SPEC_CODES.flatMap((code) => {
      const make = (source: string) => new SpecError({ code, message: `a ${code} problem`, source });
      if (code === 'NOT_FOUND') {
        return [
          { label: `${tick(code)} from a URL`, error: make('https://circleci.com/api/v2/openapi.json') },
          { label: `${tick(code)} from a file`, error: make('/work/openapi.json') },
        ];
      }
      return [
        {
          label: tick(code),
          error: make(code === 'FETCH_FAILED' ? 'https://example.test/openapi.json' : '/work/openapi.json'),
        },
      ];
    }).map((sample) => ({ name: 'SpecError', package: 'spec-loader', ...sample })),
    ...SCHEMA_CODES.map((code) => ({
      name: 'SchemaError',
      package: 'schema',
      label: tick(code),
      error: new SchemaError(code, `a ${code} problem`, '/properties/id'),
    })),
    ...SLUG_CODES.map((code) => ({
      name: 'SlugError',
      package: 'slug',
      label: tick(code),
      error: new SlugError(code, 'gl/group/project', `a ${code} problem`),
    })),
    {
      name: 'RequestValidationError',
      package: 'core-client',
      label: tick('REQUEST_VALIDATION'),
      error: new RequestValidationError('triggerPipeline', [
        { parameter: 'projectSlug', wireName: 'project-slug', message: 'required path parameter is missing' },
      ]),
    },
    ...CALL_CODES.flatMap((code) =>
      code === 'HTTP_ERROR'
        ? [
            { label: `${tick(code)} 4xx`, error: call({ code, status: 404 }) },
            { label: `${tick(code)} 5xx`, error: call({ code, status: 503 }) },
          ]
        : [{ label: tick(code), error: call({ code }) }],
    ).map((sample) => ({ name: 'CircleCIError', package: 'core-client', ...sample })),
    ...MOCK_CODES.map((code) => ({
      name: 'MockServerError',
      package: 'mock-server',
      label: tick(code),
      error: new MockServerError(code, `a ${code} problem`),
    })),
    ...CONFORMANCE_CODES.map((code) => ({
      name: 'ConformanceError',
      package: 'conformance',
      label: tick(code),
      error: new ConformanceError(code, `a ${code} problem`),
    })),
    ...PACT_CODES.map((code) => ({
      name: 'PactError',
      package: 'pact',
      label: tick(code),
      error: new PactError(code, `a ${code} problem`),
    })),
    ...LOG_CODES.map((code) => ({
      name: 'LogError',
      package: 'breaking-changes',
      label: tick(code),
      error: new LogError(code, `a ${code} problem`, 3),
    })),
    {
      name: 'ControlError',
      package: 'breaking-changes',
      label: 'all',
      error: new ControlError('severity.txt', 2, 'unknown rule "no-such-rule"'),
    },
  ];
}

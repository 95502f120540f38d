import { SlugError } from '@circleci-kit/slug';
import { loadSpec } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { CliError, cliErrorOf, ExitCode, main } from '../src/index.ts';
import { captureIo } from './support/capture-io.ts';
import { tempDir, tempFile } from './support/fixtures.ts';
import { packageErrorSamples } from './support/package-errors.ts';

/** How many times `part` occurs in `text`. */
const count = (text: string, part: string): number => text.split(part).length - 1;

/** The exit code each sample must end a command with, by class and label. */
const want: Record<string, number> = {
  'SpecError `FETCH_FAILED`': 3,
  'SpecError `NOT_FOUND` from a URL': 3,
  'SpecError `NOT_FOUND` from a file': 2,
  'SpecError `PARSE_JSON`': 1,
  'SpecError `INVALID_DOCUMENT`': 1,
  'SchemaError `COMPILE_FAILED`': 1,
  'SlugError `UNKNOWN_VCS`': 2,
  'SlugError `NO_GIT_REPOSITORY`': 2,
  'RequestValidationError `REQUEST_VALIDATION`': 2,
  'CircleCIError `HTTP_ERROR` 4xx': 1,
  'CircleCIError `HTTP_ERROR` 5xx': 3,
  'CircleCIError `NETWORK_ERROR`': 3,
  'CircleCIError `TIMEOUT`': 3,
  'CircleCIError `RETRY_AFTER_TOO_LONG`': 3,
  'CircleCIError `REPEATED_PAGE_TOKEN`': 1,
  'MockServerError `BAD_FAULT`': 2,
  'MockServerError `LISTEN_FAILED`': 3,
  'ConformanceError `UNKNOWN_OPERATION`': 2,
  'ConformanceError `BAD_REPLAY`': 2,
  'ConformanceError `TARGET_UNREACHABLE`': 3,
  'PactError `NOT_FOUND`': 2,
  'PactError `TARGET_UNREACHABLE`': 3,
  'LogError `TOO_DEEP`': 2,
  'ControlError all': 2,
};

const samples = packageErrorSamples();

describe('cliErrorOf', () => {
  it.each(Object.entries(want))('%s → exit %i', async (key, exitCode) => {
    const sample = samples.find((s) => `${s.name} ${s.label}` === key);
    expect(sample, `no sample ${key}`).toBeDefined();
    expect((await cliErrorOf(sample!.error))?.exitCode).toBe(exitCode);
  });

  it.each(samples.map((sample) => ({ key: `${sample.name} ${sample.label}`, error: sample.error })))(
    '$key keeps the package’s message, its code and the error itself',
    async ({ error }) => {
      const mapped = await cliErrorOf(error);
      expect(mapped).toBeInstanceOf(CliError);
      expect(mapped!.message).toBe(error.message);
      expect(mapped!.code).toBe((error as { code?: string }).code ?? error.name);
      expect(mapped!.cause).toBe(error);
    },
  );

  it('gives a CliError back as it is', async () => {
    const error = new CliError('--body is not JSON', ExitCode.usage, 'BAD_BODY');
    expect(await cliErrorOf(error)).toBe(error);
  });

  it.each([
    { given: 'a plain Error', error: new Error('boom') },
    { given: 'a TypeError', error: new TypeError('x is undefined') },
    { given: 'an Error only named like a package error', error: Object.assign(new Error('x'), { name: 'SlugError' }) },
    {
      given: 'an Error named like an Object.prototype key',
      error: Object.assign(new Error('x'), { name: 'toString' }),
    },
    { given: 'a string', error: 'boom' },
    { given: 'undefined', error: undefined },
  ])('leaves $given to main as unexpected (undefined)', async ({ error }) => {
    expect(await cliErrorOf(error)).toBeUndefined();
  });

  it('maps a subclass of a package error by the name it keeps', async () => {
    class SlugErrorWithHint extends SlugError {}
    const error = new SlugErrorWithHint('EMPTY', '', 'the slug is empty');
    expect((await cliErrorOf(error))?.exitCode).toBe(2);
  });

  describe('a spec that cannot be loaded', () => {
    const path = tempFile('spec-3.2.json', { openapi: '3.2.0', info: { title: 't', version: '1' }, paths: {} });

    it('is named once in the mapped message', async () => {
      const error = await loadSpec(path, { sourceType: 'path' }).catch((e: unknown) => e);
      const mapped = await cliErrorOf(error);
      expect(mapped?.code).toBe('UNSUPPORTED_VERSION');
      expect(count(mapped!.message, path)).toBe(1);
      expect(count(mapped!.message, '/openapi')).toBe(1);
    });

    it('is named once by a command that fails on it, and its place once by spec validate', async () => {
      const io = captureIo({ env: { XDG_CACHE_HOME: tempDir() } });
      expect(await main(['spec', 'info', '--spec', path], io)).toBe(ExitCode.checkFailed);
      expect(io.err).toBe(
        `circleci-kit: ${path} at /openapi: OpenAPI "3.2.0" is not supported: only 3.0.x and 3.1.x documents are\n`,
      );
      const validate = captureIo({ env: { XDG_CACHE_HOME: tempDir() } });
      expect(await main(['spec', 'validate', '--spec', path], validate)).toBe(ExitCode.checkFailed);
      const [line] = validate.out.split('\n');
      expect(count(line!, '/openapi')).toBe(1);
      expect(count(line!, path)).toBeLessThanOrEqual(1);
      expect(line).toContain('OpenAPI "3.2.0" is not supported');
    });
  });
});

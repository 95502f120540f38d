import { loadSpec } from '@circleci-kit/spec-loader';
import { pointerLines } from '@circleci-kit/spec-loader/pointer-lines';
import { describe, expect, it } from 'vitest';
import { breakingReport, diffSpecs, formatGithub, type Change } from '../../src/index.ts';
import { change } from '../support/sample-changes.ts';

/** A small multi-line spec, as a file holds it, with its answer's schema behind a `$ref`. */
function specText(variant: { idType?: string; withLogin?: boolean; withMe?: boolean } = {}): string {
  const { idType = 'string', withLogin = true, withMe = true } = variant;
  const schema = { $ref: '#/components/schemas/User' };
  const me = {
    get: {
      operationId: 'getCurrentUser',
      responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
    },
  };
  const user = {
    type: 'object',
    required: ['id'],
    properties: { id: { type: idType }, ...(withLogin ? { login: { type: 'string' } } : {}) },
  };
  const document = {
    openapi: '3.0.3',
    info: { title: 'fixture', version: '1' },
    paths: {
      ...(withMe ? { '/me': me } : {}),
      '/ping': { get: { operationId: 'ping', responses: { '204': { description: 'ok' } } } },
    },
    components: { schemas: { User: user } },
  };
  return JSON.stringify(document, null, 2);
}

/** The GitHub annotations of the diff of two spec texts, on `old.json` and `openapi.json`. */
async function annotate(oldText: string, newText: string): Promise<string> {
  const changes = diffSpecs(
    await loadSpec(JSON.parse(oldText), { mode: 'lenient' }),
    await loadSpec(JSON.parse(newText), { mode: 'lenient' }),
  );
  return formatGithub(breakingReport(changes), {
    old: { file: 'old.json', lineOf: pointerLines(oldText).lineOf },
    new: { file: 'specs/openapi.json', lineOf: pointerLines(newText).lineOf },
  });
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

/** The annotations of `count` changes at `level` (with distinct rule ids), one per line. */
function annotations(counts: { error?: number; warn?: number; info?: number }): string[] {
  const changes: Change[] = (['error', 'warn', 'info'] as const).flatMap((level) =>
    Array.from({ length: counts[level] ?? 0 }, (_, i) => change(`${level}-rule-${i}`, level)),
  );
  return formatGithub(breakingReport(changes)).split('\n').slice(0, -1);
}

describe('formatGithub', () => {
  it('annotates a change on the new spec file, at its line behind the $ref', async () => {
    const newText = specText({ idType: 'integer' });
    // The change is at `…/schema/properties/id`: the `id` line in the User component, far from `/me`.
    const line = lineOf(newText, '"id": {');
    expect(line).toBeGreaterThan(lineOf(newText, '"User"'));
    expect(await annotate(specText(), newText)).toBe(
      `::error file=specs/openapi.json,line=${line},title=response-property-type-changed::GET /me: response 200 property \`id\`: type changed from string to integer\n`,
    );
  });

  it('annotates a removal on the old spec file, at the removed place', async () => {
    const oldText = specText();
    expect(await annotate(oldText, specText({ withLogin: false }))).toBe(
      `::warning file=old.json,line=${lineOf(oldText, '"login"')},title=response-optional-property-removed::GET /me: response 200 property \`login\` (optional) removed\n`,
    );
    expect(lineOf(oldText, '"get"')).toBe(lineOf(oldText, '"/me"') + 1);
    expect(await annotate(oldText, specText({ withMe: false }))).toBe(
      `::error file=old.json,line=${lineOf(oldText, '"get"')},title=operation-removed::GET /me: GET /me (getCurrentUser) removed\n`,
    );
  });

  it.each([
    { given: 'no spec files', options: {}, want: '::error title=response-property-removed::' },
    { given: 'a file without lines', options: { old: { file: 'a.json' } }, want: '::error file=a.json,title=' },
    {
      given: 'a file that does not parse',
      options: { old: { file: 'a.yml', lineOf: pointerLines('openapi: [3.0.3\n').lineOf } },
      want: '::error file=a.yml,title=',
    },
    {
      given: 'a file to escape',
      options: { old: { file: 'a,b:c%.json' } },
      want: '::error file=a%2Cb%3Ac%25.json,title=',
    },
  ])('leaves out what it cannot know: $given', ({ options, want }) => {
    expect(formatGithub(breakingReport([change('response-property-removed', 'error')]), options)).toContain(want);
  });

  it('finds the line in a YAML spec as in a JSON one', () => {
    const text = ['openapi: 3.0.3', 'paths:', '  /pipeline/{pipeline-id}:', '    get: {}', ''].join('\n');
    expect(
      formatGithub(breakingReport([change('response-property-removed', 'error')]), {
        old: { file: 'a.yml', lineOf: pointerLines(text).lineOf },
      }),
    ).toContain('::error file=a.yml,line=4,title=');
  });

  it('makes an ignored change a notice naming its ignore line', () => {
    const ignored = {
      ...change('response-property-removed', 'error'),
      ignored: true as const,
      ignoredBy: { file: '.breaking-ignore', line: 3, text: 'x' },
    };
    expect(formatGithub(breakingReport([ignored]))).toMatch(
      /^::notice title=response-property-removed::.* \(ignored: \.breaking-ignore:3\)\n$/,
    );
  });

  it.each([
    { given: { error: 3, warn: 1 }, want: { error: 3, warning: 1, notice: 0, more: [] } },
    { given: { error: 10 }, want: { error: 10, warning: 0, notice: 0, more: [] } },
    {
      given: { error: 11 },
      want: {
        error: 10,
        warning: 0,
        notice: 0,
        more: ['::error title=breaking-changes::and 2 more errors: see the job summary'],
      },
    },
    {
      given: { error: 25, warn: 12, info: 10 },
      want: {
        error: 10,
        warning: 10,
        notice: 10,
        more: [
          '::error title=breaking-changes::and 16 more errors: see the job summary',
          '::warning title=breaking-changes::and 3 more warnings: see the job summary',
        ],
      },
    },
  ])('at most 10 annotations per kind: $given', ({ given, want }) => {
    const lines = annotations(given);
    const count = (kind: string) => lines.filter((line) => line.startsWith(`::${kind} `)).length;
    expect({ error: count('error'), warning: count('warning'), notice: count('notice') }).toEqual({
      error: want.error,
      warning: want.warning,
      notice: want.notice,
    });
    expect(lines.filter((line) => line.includes('more'))).toEqual(want.more);
    // The ones shown are the first of their kind, in report order.
    expect(lines[0]).toContain('title=error-rule-0::');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertSpec } from '@circleci-kit/spec-loader/convert';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC, tempDir, tempFile } from '../../support/fixtures.ts';

async function run(args: string[], cwd = tempDir()) {
  const io = captureIo({ env: { XDG_CACHE_HOME: tempDir() }, cwd });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

/** A small 3.0 document with one rewrite of each kind but the $ref one, and `extra` schemas. */
function spec(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Small', version: '1' },
    paths: {
      '/n': {
        get: {
          responses: {
            '404': { description: 'none' },
            '200': {
              description: 'a number',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/N' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: { N: { type: 'integer', nullable: true, minimum: 0, exclusiveMinimum: true, example: 2 }, ...extra },
    },
  };
}

/** A small 3.0 document in YAML, with a comment. */
const YAML_SPEC = `openapi: 3.0.3
info:
  title: Small
  version: '1'
paths: {}
components:
  schemas:
    N:
      type: integer # a count
      nullable: true
`;

/** The one line `circleci-kit` ends a failed command with. */
const ONE_LINE = /^circleci-kit: [^\n]+\n$/;

describe('circleci-kit spec convert', () => {
  it('writes the 3.1 document to stdout and the summary to stderr', async () => {
    const input = tempFile('openapi.json', spec());
    const { code, out, err } = await run(['spec', 'convert', '--to', '3.1', input]);
    expect(code).toBe(0);
    expect(out).toBe((await convertSpec(readFileSync(input, 'utf8'), { to: '3.1' })).text);
    const document = JSON.parse(out);
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.schemas.N).toEqual({ type: ['integer', 'null'], exclusiveMinimum: 0, examples: [2] });
    expect(err).toBe(
      `converted ${input} 3.0.3 → 3.1.0: 3 schema rewrites (1 nullable, 1 exclusive-bound, 1 example)\n`,
    );
  });

  it('keeps the order of the keys, "404" before "200" too', async () => {
    const text =
      '{"openapi":"3.0.3","paths":{"/a":{"get":{"responses":{"404":{"description":"n"},"200":{"description":"y"}}}}}}';
    const { code, out } = await run(['spec', 'convert', '--to', '3.1', tempFile('openapi.json', text)]);
    expect(code).toBe(0);
    expect(out.indexOf('"404"')).toBeGreaterThan(-1);
    expect(out.indexOf('"404"')).toBeLessThan(out.indexOf('"200"'));
  });

  it('with -o, writes the file atomically and the summary to stdout', async () => {
    const dir = tempDir();
    const input = tempFile('openapi.json', spec());
    const { code, out, err } = await run(['spec', 'convert', '--to', '3.1', input, '-o', 'openapi-31.json'], dir);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      `converted ${input} 3.0.3 → 3.1.0: 3 schema rewrites (1 nullable, 1 exclusive-bound, 1 example); written to openapi-31.json\n`,
    );
    expect(readdirSync(dir)).toEqual(['openapi-31.json']);
    expect(JSON.parse(readFileSync(join(dir, 'openapi-31.json'), 'utf8')).openapi).toBe('3.1.0');
  });

  it.each([
    { given: 'openapi.json', output: 'out.yaml', format: 'yaml' },
    { given: 'openapi.json', output: 'out.YML', format: 'yaml' },
    { given: 'openapi.yaml', output: 'out.json', format: 'json' },
    { given: 'openapi.yaml', output: 'out.txt', format: 'yaml' },
    { given: 'openapi.json', output: 'out', format: 'json' },
  ])('$given -o $output writes $format', async ({ given, output, format }) => {
    const dir = tempDir();
    const input = tempFile(given, given.endsWith('.json') ? spec() : YAML_SPEC);
    expect((await run(['spec', 'convert', '--to', '3.1', input, '--output', output], dir)).code).toBe(0);
    const written = readFileSync(join(dir, output), 'utf8');
    if (format === 'json') expect(JSON.parse(written)).toMatchObject({ openapi: '3.1.0' });
    else expect(written).toMatch(/^openapi: 3\.1\.0\n/);
  });

  it('keeps the comments of a YAML document written as YAML', async () => {
    const { code, out } = await run(['spec', 'convert', '--to', '3.1', tempFile('openapi.yaml', YAML_SPEC)]);
    expect(code).toBe(0);
    expect(out).toContain("      type: [ integer, 'null' ] # a count\n");
  });

  it('lists the members it drops beside a $ref on stderr, and --quiet silences stderr', async () => {
    const input = tempFile('openapi.json', spec({ R: { $ref: '#/components/schemas/N', readOnly: true } }));
    const loud = await run(['spec', 'convert', '--to', '3.1', input]);
    expect(loud.code).toBe(0);
    expect(loud.err).toMatch(/^note: \/components\/schemas\/R: dropped readOnly beside \$ref/);
    expect(loud.err).toMatch(/4 schema rewrites \(1 nullable, 1 exclusive-bound, 1 example, 1 ref-siblings\)\n$/);
    const quiet = await run(['spec', 'convert', '--quiet', '--to', '3.1', input]);
    expect(quiet).toMatchObject({ code: 0, err: '', out: loud.out });
  });

  it('converts the current CircleCI spec', async () => {
    const dir = tempDir();
    const { code, out } = await run(['spec', 'convert', '--to', '3.1', CURRENT_SPEC, '-o', 'openapi-31.json'], dir);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^converted .*openapi\.json 3\.0\.3 → 3\.1\.0: \d+ schema rewrites \(\d+ nullable, \d+ example\); written to openapi-31\.json\n$/,
    );
    expect(JSON.parse(readFileSync(join(dir, 'openapi-31.json'), 'utf8')).openapi).toBe('3.1.0');
  });

  it.each([
    { given: 'no --to', args: ['in.json'], err: /required option '--to <version>' not specified/ },
    {
      given: '--to 3.2',
      args: ['--to', '3.2', 'in.json'],
      err: /option '--to <version>' argument '3\.2' is invalid\. Allowed choices are 3\.1\./,
    },
    { given: 'no IN', args: ['--to', '3.1'], err: /missing required argument 'in'/ },
  ])('exits 2 for a usage error: $given', async ({ args, err }) => {
    const result = await run(['spec', 'convert', ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(err);
    expect(result.out).toBe('');
  });

  it('exits 2 with one line naming a missing file once', async () => {
    const { code, out, err } = await run(['spec', 'convert', '--to', '3.1', 'no/such/openapi.json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('circleci-kit: cannot read no/such/openapi.json: no such file (ENOENT)\n');
  });

  it('exits 2 naming an output it cannot write, and leaves nothing behind', async () => {
    const dir = tempDir();
    const input = tempFile('openapi.json', spec());
    const { code, err } = await run(['spec', 'convert', '--to', '3.1', input, '-o', 'missing/out.json'], dir);
    expect(code).toBe(2);
    expect(err).toBe('circleci-kit: cannot write missing/out.json: no such file (ENOENT)\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    { given: 'a 3.1 document', content: { openapi: '3.1.0', info: {} }, message: /already OpenAPI 3\.1\.0/ },
    { given: 'Swagger 2.0', content: { swagger: '2.0' }, message: /Swagger "2\.0" cannot be converted/ },
    { given: 'text that is not JSON', content: '{ "openapi": ', message: /not valid JSON/ },
  ])('exits 1 with one line naming the file once for $given', async ({ content, message }) => {
    const input = tempFile('in.json', content);
    const { code, out, err } = await run(['spec', 'convert', '--to', '3.1', input]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(ONE_LINE);
    expect(err).toMatch(message);
    expect(err.split(input)).toHaveLength(2);
  });
});

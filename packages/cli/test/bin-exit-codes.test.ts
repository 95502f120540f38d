import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue, parseLog, parseSeverity } from '@circleci-kit/breaking-changes';
import { runConformance } from '@circleci-kit/conformance';
import { buildRequest, createClient } from '@circleci-kit/core-client';
import { parseFault } from '@circleci-kit/mock-server';
import { checkPactAgainstSpec, readPacts, type PactFile } from '@circleci-kit/pact';
import { parseProjectSlug } from '@circleci-kit/slug';
import { loadSpec } from '@circleci-kit/spec-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './support/bin.ts';
import { CURRENT_SPEC } from './support/fixtures.ts';
import { RETIRED_OPERATION, writeRetiredOperationReplay } from './support/replay-fixture.ts';

const TOKEN = 'bin-exit-codes-token-7d1c';
const dir = mkdtempSync(join(tmpdir(), 'cli-bin-exit-codes-'));

/** What a run of the built binary gave. */
interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `node dist/bin.js …args` in `dir`, in a child process (this one's server keeps answering). */
function runBin(args: readonly string[]): Promise<Run> {
  const env = { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), CIRCLECI_TOKEN: TOKEN };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' }, (error, out, err) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, out, err });
    });
  });
}

/** What `work` threw (it must throw). */
async function thrown(work: () => unknown): Promise<Error> {
  try {
    await work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** A provider answering 404 for `gh/acme/missing` and 500 for anything else, with CircleCI's error body. */
let server: Server;
let baseUrl = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const missing = request.url?.includes('/gh/acme/missing') === true;
    response.writeHead(missing ? 404 : 500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: missing ? 'Project not found' : 'Internal server error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A pact of one interaction: GET /me answered 200 with a user. */
const pact: PactFile = {
  consumer: { name: 'bin-test' },
  provider: { name: 'circleci-api-v2' },
  interactions: [
    {
      type: 'Synchronous/HTTP',
      key: 'me',
      description: 'getCurrentUser with a valid input',
      request: { method: 'GET', path: '/api/v2/me', headers: { 'circle-token': ['${CIRCLE_TOKEN}'] } },
      response: {
        status: 200,
        body: {
          content: { id: '5d8d7a8c-2a3b-4c5d-9e8f-0a1b2c3d4e5f', login: 'octo', name: 'Octo' },
          contentType: 'application/json',
          encoded: false,
        },
      },
    },
  ],
  metadata: { pactSpecification: { version: '4.0' } },
};

interface Row {
  given: string;
  /** The arguments, once the files the row needs are written. */
  args: () => string[];
  code: number;
  /** The package's own message, computed by calling the package the way the command does. */
  message: () => Promise<string>;
  /** How the message appears: the whole of stderr, or inside the CLI's own sentence. */
  whole: boolean;
}

const rows: Row[] = [
  {
    given: 'SpecError (spec-loader): a spec file that does not exist',
    args: () => ['spec', 'info', '--spec', join(dir, 'missing.json'), '--no-cache'],
    code: 2,
    message: async () => (await thrown(() => loadSpec(join(dir, 'missing.json'), { sourceType: 'path' }))).message,
    whole: true,
  },
  {
    given: 'SchemaError (schema): a pact checked against a spec whose schema cannot compile',
    args: () => {
      const document = JSON.parse(readFileSync(CURRENT_SPEC, 'utf8'));
      document.paths['/me'].get.responses['200'].content['application/json'].schema.properties.login.pattern = '(';
      writeFileSync(join(dir, 'bad-pattern.json'), JSON.stringify(document));
      writeFileSync(join(dir, 'me.pact.json'), JSON.stringify(pact));
      return ['pact', 'check-spec', 'me.pact.json', '--spec', join(dir, 'bad-pattern.json'), '--no-cache'];
    },
    code: 1,
    message: async () => {
      const spec = await loadSpec(join(dir, 'bad-pattern.json'), { sourceType: 'path', mode: 'lenient' });
      return (await thrown(() => checkPactAgainstSpec(pact, spec))).message;
    },
    whole: true,
  },
  {
    given: 'SlugError (slug): a GitLab slug',
    args: () => ['slug', 'parse', 'gl/group/project'],
    code: 2,
    message: async () => (await thrown(() => parseProjectSlug('gl/group/project'))).message,
    whole: true,
  },
  {
    given: 'RequestValidationError (core-client): a call without its path parameter',
    args: () => ['api', 'triggerPipeline', '--base-url', baseUrl],
    code: 2,
    message: async () => (await thrown(() => buildRequest('triggerPipeline', {} as never))).message,
    whole: true,
  },
  {
    given: 'CircleCIError (core-client): the API answers 404',
    args: () => ['api', 'getProjectBySlug', '-p', 'projectSlug=gh/acme/missing', '--base-url', baseUrl],
    code: 1,
    message: async () => {
      const client = createClient({ baseUrl, token: TOKEN, timeoutMs: 30_000 });
      return (await thrown(() => client.request('getProjectBySlug', { projectSlug: 'gh/acme/missing' }))).message;
    },
    whole: true,
  },
  {
    given: 'CircleCIError (core-client): the API answers 500',
    args: () => ['api', 'getProjectBySlug', '-p', 'projectSlug=gh/acme/broken', '--base-url', baseUrl],
    code: 3,
    message: async () => {
      const client = createClient({ baseUrl, token: TOKEN, timeoutMs: 30_000 });
      return (await thrown(() => client.request('getProjectBySlug', { projectSlug: 'gh/acme/broken' }))).message;
    },
    whole: true,
  },
  {
    given: 'MockServerError (mock-server): an unknown fault',
    args: () => ['mock', '--spec', CURRENT_SPEC, '--fault', 'boom:0.1'],
    code: 2,
    message: async () => (await thrown(() => parseFault('boom:0.1'))).message,
    whole: true,
  },
  {
    given: 'ConformanceError (conformance): --replay of a case whose operation the spec lacks',
    args: () => ['conformance', '--replay', writeRetiredOperationReplay(dir), '--spec', CURRENT_SPEC],
    code: 2,
    message: async () => {
      const spec = await loadSpec(CURRENT_SPEC, { sourceType: 'path', mode: 'lenient' });
      return (await thrown(() => runConformance({ spec, operations: [RETIRED_OPERATION] }))).message;
    },
    whole: true,
  },
  {
    given: 'PactError (pact): a pact that does not exist',
    args: () => ['pact', 'verify', 'nowhere.json', '--spec', CURRENT_SPEC],
    code: 2,
    message: async () => (await thrown(() => readPacts(join(dir, 'nowhere.json')))).message,
    whole: true,
  },
  {
    given: 'LogError (breaking-changes): a log nested past the limit',
    args: () => {
      writeFileSync(join(dir, 'deep.md'), `## Dec 9, 2019\n\n${'- '.repeat(70)}GET /me\n`);
      return ['breaking', 'diff', CURRENT_SPEC, CURRENT_SPEC, '--log', 'deep.md'];
    },
    code: 2,
    message: async () => (await thrown(() => parseLog(readFileSync(join(dir, 'deep.md'), 'utf8')))).message,
    whole: false,
  },
  {
    given: 'ControlError (breaking-changes): a severity file naming an unknown rule',
    args: () => {
      writeFileSync(join(dir, 'severity.txt'), 'no-such-rule: warn\n');
      return ['breaking', 'diff', CURRENT_SPEC, CURRENT_SPEC, '--severity', 'severity.txt'];
    },
    code: 2,
    message: async () =>
      (
        await thrown(() =>
          parseSeverity(
            'no-such-rule: warn\n',
            'severity.txt',
            catalogue.map((rule) => rule.id),
          ),
        )
      ).message,
    whole: false,
  },
];

describe('the built binary ends an error of each package with its exit code and the package’s message', () => {
  it('is built', () => {
    expect(existsSync(BIN), `${BIN} is missing: run pnpm --filter @circleci-kit/cli build`).toBe(true);
  });

  it.each(rows)('$given → exit $code', async ({ args, code, message, whole }) => {
    const run = await runBin(args());
    const said = await message();
    expect(said).not.toBe('');
    expect(run.code, run.err).toBe(code);
    if (whole) expect(run.err).toBe(`circleci-kit: ${said}\n`);
    else expect(run.err).toMatch(new RegExp(`^circleci-kit: .*${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    expect(run.err).not.toContain('unexpected error');
    expect(`${run.out}${run.err}`).not.toContain(TOKEN);
  });

  it.each([
    { given: 'a --config that does not exist (CliError)', args: ['--config', 'none.json', 'spec', 'info'], code: 2 },
    { given: 'an unknown option (commander)', args: ['spec', 'info', '--no-such-flag'], code: 2 },
    { given: 'an integer option that is not one', args: ['doctor', '--timeout', 'soon'], code: 2 },
  ])('$given → exit $code', async ({ args, code }) => {
    const run = await runBin(args);
    expect(run.code, run.err).toBe(code);
    expect(run.err).not.toContain('unexpected error');
  });
});

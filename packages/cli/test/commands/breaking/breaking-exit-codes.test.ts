import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePairs, folderWith, specWith, user } from '../../support/breaking-fixtures.ts';
import { BIN } from '../../support/bin.ts';
import { runBin, runInProcess, type RunResult } from '../../support/run-breaking.ts';

const TOKEN = 'cci-secret-token-0123456789';
const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'breaking-exit-cache-')), CIRCLE_TOKEN: TOKEN };
const specs = fixturePairs();
const unreachable = 'http://127.0.0.1:1/openapi.json';

/** Serves a spec whose `$ref` names another file, which a spec read from a URL cannot follow. */
let server: Server;
let splitUrl = '';
beforeAll(async () => {
  const body = JSON.stringify(specWith({ $ref: './user.json' }));
  server = createServer((_request, response) => response.end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  splitUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Row {
  given: string;
  argv: () => string[];
  code: number;
  /** Fragments stderr (or, for exit 0 and 1, stdout) must hold. */
  says: string[];
}

const rows: Row[] = [
  {
    given: 'a missing old file, --fail-on never',
    argv: () => ['diff', specs.missingFile, specs.good, '--fail-on', 'never'],
    code: 2,
    says: ['cannot load the old spec', 'no-such-spec.json'],
  },
  {
    given: 'a missing new file',
    argv: () => ['diff', specs.good, specs.missingFile],
    code: 2,
    says: ['cannot load the new spec', 'no-such-spec.json'],
  },
  {
    given: 'a new spec that is not JSON, --fail-on never',
    argv: () => ['diff', specs.good, specs.notJson, '--fail-on', 'never'],
    code: 2,
    says: ['cannot load the new spec', 'not-json.json'],
  },
  {
    given: 'an old Swagger 2.0 document',
    argv: () => ['diff', specs.swagger, specs.good],
    code: 2,
    says: ['cannot load the old spec', 'swagger.json'],
  },
  {
    given: 'a local $ref that points at nothing, --fail-on never',
    argv: () => ['diff', specs.good, specs.missingLocal, '--fail-on', 'never'],
    code: 2,
    says: ['cannot load the new spec', 'missing-local.json', '#/components/schemas/Nobody'],
  },
  {
    given: 'a $ref to a missing file, --fail-on never',
    argv: () => ['diff', specs.good, specs.missingRef, '--fail-on', 'never'],
    code: 2,
    says: ['cannot load the new spec', 'cannot follow an external $ref', 'no-such-user.json'],
  },
  {
    given: 'a $ref outside the spec folder',
    argv: () => ['diff', specs.outsideRef, specs.good],
    code: 2,
    says: ['cannot load the old spec', 'cannot follow an external $ref', 'outside-ref/shared/user.json'],
  },
  {
    given: 'a URL spec whose $ref names another file',
    argv: () => ['diff', specs.good, splitUrl, '--fail-on', 'never'],
    code: 2,
    says: ['cannot load the new spec', 'refused $ref "./user.json"'],
  },
  {
    given: 'an unreachable URL, --fail-on never',
    argv: () => ['diff', unreachable, specs.good, '--fail-on', 'never'],
    code: 3,
    says: ['cannot load the old spec', unreachable, 'network error'],
  },
  {
    given: 'an unreachable URL with credentials and a token',
    argv: () => ['diff', specs.good, `http://me:${TOKEN}@127.0.0.1:1/openapi.json?circle-token=${TOKEN}`],
    code: 3,
    says: ['cannot load the new spec', 'http://127.0.0.1:1/openapi.json?circle-token=***'],
  },
  {
    given: 'a breaking change, --fail-on error',
    argv: () => ['diff', specs.inline.old, specs.inline.new, '--fail-on', 'error'],
    code: 1,
    says: ['response-required-property-removed'],
  },
  {
    given: 'a breaking change, --fail-on never',
    argv: () => ['diff', specs.inline.old, specs.inline.new, '--fail-on', 'never'],
    code: 0,
    says: ['response-required-property-removed'],
  },
  {
    given: 'a breaking change inside a referenced file, --fail-on error',
    argv: () => ['diff', specs.split.old, specs.split.new],
    code: 1,
    says: ['response-required-property-removed', 'GET /me'],
  },
  {
    given: 'a breaking change inside a referenced file, --fail-on never',
    argv: () => ['diff', specs.split.old, specs.split.new, '--fail-on', 'never'],
    code: 0,
    says: ['response-required-property-removed'],
  },
  {
    given: 'the same spec twice',
    argv: () => ['diff', specs.split.old, specs.split.old],
    code: 0,
    says: ['0 error(s), 0 warning(s)'],
  },
  {
    given: 'a history folder with a version that is not JSON (default --fail-on never)',
    argv: () => [
      'history',
      folderWith({ 'v-2020-01-01.json': specWith(user()), 'v-2020-02-01.json': '{ "openapi": ' }),
    ],
    code: 2,
    says: ['cannot load the spec', 'v-2020-02-01.json'],
  },
  {
    given: 'a history folder with a version that $refs another file',
    argv: () => [
      'history',
      folderWith({ 'v-2020-01-01.json': specWith(user()), 'v-2020-02-01.json': specWith({ $ref: './user.yaml' }) }),
    ],
    code: 2,
    says: ['cannot load the spec', 'v-2020-02-01.json', 'refused $ref "./user.yaml"'],
  },
  {
    given: 'a history <dir> that is a file, --fail-on error',
    argv: () => ['history', specs.good, '--fail-on', 'error'],
    code: 2,
    says: ['cannot load the spec', 'ENOTDIR'],
  },
  {
    given: 'a history folder with a version whose $ref points at nothing, --fail-on error',
    argv: () => [
      'history',
      folderWith({ 'v-2020-01-01.json': specWith(user()), 'v-2020-02-01.json': specWith({ $ref: '#/nowhere' }) }),
      '--fail-on',
      'error',
    ],
    code: 2,
    says: ['cannot load the spec', 'v-2020-02-01.json', '#/nowhere', 'the diff needs the whole document'],
  },
];

function expectRow(row: Row, { code, out, err }: RunResult) {
  expect({ code, err }).toMatchObject({ code: row.code });
  const text = row.code <= 1 ? out : err;
  for (const fragment of row.says) expect(text).toContain(fragment);
  expect(out + err).not.toContain(TOKEN);
  if (row.code >= 2) expect(err).toMatch(/^circleci-kit: /);
}

describe('breaking exit codes, in process', () => {
  it.each(rows)('$given → exit $code', async (row) => expectRow(row, await runInProcess(env, row.argv())));
});

describe('breaking exit codes, through node dist/bin.js', () => {
  it('has a built binary', () => expect(existsSync(BIN), `${BIN} is missing: run pnpm build`).toBe(true));
  it.each(rows)('$given → exit $code', async (row) => expectRow(row, await runBin(env, row.argv())));
});

describe('breaking --help', () => {
  it.each([[[]], [['diff']], [['history']]])('breaking %j --help lists every exit code', async (argv) => {
    const { code, out } = await runInProcess(env, [...argv, '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Exit codes:');
    for (const line of [
      '  0  no change',
      '  1  ',
      '  2  usage or input error',
      '  3  a spec URL could not be reached',
    ]) {
      expect(out).toContain(line);
    }
    expect(out).toContain('a spec that cannot be loaded');
  });
});

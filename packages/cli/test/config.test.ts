import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CliError, loadConfig, main } from '../src/index.ts';
import { captureIo } from './support/capture-io.ts';
import { CURRENT_SPEC, tempDir } from './support/fixtures.ts';

/** A project folder with `files` at its root and a nested working directory. */
function project(files: Record<string, string>): { root: string; nested: string } {
  const root = tempDir();
  const nested = join(root, 'a', 'b');
  mkdirSync(nested, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return { root, nested };
}

async function failure(cwd: string, flag?: string): Promise<CliError> {
  try {
    await loadConfig({ cwd, flag });
  } catch (error) {
    return error as CliError;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('finds circleci-kit.config.json upward and makes its paths absolute against its folder', async () => {
    const { root, nested } = project({
      'circleci-kit.config.json': JSON.stringify({
        spec: 'specs/openapi.json',
        target: 'https://circleci.com/api/v2',
        tokenEnv: 'MY_CIRCLE_TOKEN',
        reports: { junit: 'reports/junit.xml' },
        pact: { dir: 'pacts' },
        breaking: { log: 'breaking.md' },
      }),
    });
    expect(await loadConfig({ cwd: nested })).toEqual({
      path: join(root, 'circleci-kit.config.json'),
      from: 'search',
      config: {
        spec: join(root, 'specs/openapi.json'),
        target: 'https://circleci.com/api/v2',
        tokenEnv: 'MY_CIRCLE_TOKEN',
        reports: { junit: join(root, 'reports/junit.xml') },
        pact: { dir: join(root, 'pacts') },
        breaking: { log: join(root, 'breaking.md') },
      },
    });
  });

  it('loads circleci-kit.config.ts (default export, through jiti)', async () => {
    const { root, nested } = project({
      'circleci-kit.config.ts': "const target: string = 'mock';\nexport default { spec: 'openapi.json', target };\n",
    });
    const loaded = await loadConfig({ cwd: nested });
    expect(loaded).toMatchObject({ from: 'search', config: { spec: join(root, 'openapi.json'), target: 'mock' } });
  });

  it('takes --config over the search, and gives an empty config without any file', async () => {
    const { root, nested } = project({ 'other.json': '{ "target": "mock" }' });
    expect(await loadConfig({ cwd: nested, flag: '../../other.json' })).toEqual({
      path: join(root, 'other.json'),
      from: 'flag',
      config: { target: 'mock' },
    });
    expect(await loadConfig({ cwd: nested })).toEqual({ path: undefined, from: 'none', config: {} });
  });

  it.each([
    { given: 'not JSON', files: { 'circleci-kit.config.json': '{ spec: ' }, want: /cannot read .*config\.json/ },
    {
      given: 'a number for spec',
      files: { 'circleci-kit.config.json': '{ "spec": 3 }' },
      want: /"spec" must be string/,
    },
    {
      given: 'a target that is neither mock nor a URL',
      files: { 'circleci-kit.config.json': '{ "target": "staging" }' },
      want: /"target" must be "mock" or an http\(s\) URL/,
    },
    {
      given: 'an unknown field',
      files: { 'circleci-kit.config.json': '{ "pact": { "directory": "pacts" } }' },
      want: /unknown field "pact\.directory"/,
    },
    {
      given: 'a token env var name with a dash',
      files: { 'circleci-kit.config.json': '{ "tokenEnv": "CIRCLE-TOKEN" }' },
      want: /"tokenEnv" must match pattern/,
    },
    {
      given: 'both a .json and a .ts config in one folder',
      files: { 'circleci-kit.config.json': '{}', 'circleci-kit.config.ts': 'export default {};' },
      want: /holds both circleci-kit\.config\.json and circleci-kit\.config\.ts/,
    },
    {
      given: 'a .ts config that does not compile',
      files: { 'circleci-kit.config.ts': 'export default {{;' },
      want: /cannot load .*config\.ts/,
    },
  ])('refuses $given with exit code 2', async ({ files, want }) => {
    const error = await failure(project(files).nested);
    expect(error).toBeInstanceOf(CliError);
    expect({ exitCode: error.exitCode, code: error.code }).toEqual({ exitCode: 2, code: 'BAD_CONFIG' });
    expect(error.message).toMatch(want);
  });

  it('refuses a --config that does not exist with exit code 2', async () => {
    const error = await failure(tempDir(), 'nope.json');
    expect([error.exitCode, error.message]).toEqual([2, '--config nope.json: no such file']);
  });
});

describe('config in commands', () => {
  it('exits 2 naming the field when a command meets a bad config', async () => {
    const { nested } = project({
      'circleci-kit.config.json': '{ "spec": "openapi.json", "reports": { "xml": "r.xml" } }',
    });
    const io = captureIo({ cwd: nested });
    expect(await main(['spec', 'info'], io)).toBe(2);
    expect(io.err).toMatch(/unknown field "reports\.xml"/);
  });

  it('reads the spec from --config given after the command name; --spec wins over it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ spec: CURRENT_SPEC }));
    const io = captureIo({ cwd: dir });
    expect(await main(['spec', 'info', '--config', 'ci.json', '--verbose'], io)).toBe(0);
    expect(io.out).toMatch(/operations: +110/);
    expect(io.err).toContain(`spec ${CURRENT_SPEC} (from config)`);
    const flagWins = captureIo({ cwd: dir });
    expect(await main(['--config', 'ci.json', 'spec', 'info', '--spec', 'missing.json', '--no-cache'], flagWins)).toBe(
      2,
    );
  });

  it("the repository's own config follows the schema the CLI ships", () => {
    const schema = JSON.parse(readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8')) as object;
    const config = JSON.parse(readFileSync(new URL('../../../circleci-kit.config.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config.$schema).toBe('./packages/cli/config.schema.json');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliErrorOf, loadConfig, main } from '../src/index.ts';
import { captureIo } from './support/capture-io.ts';
import { CURRENT_SPEC } from './support/fixtures.ts';
import { packageErrorSamples } from './support/package-errors.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8')) as JsonSchema;
const cliIndex = fileURLToPath(new URL('../src/index.ts', import.meta.url));

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
}

/** The code blocks of the README in a language, in order. */
const blocks = (language: string): string[] =>
  [...readme.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);

/** The rows of the first table after `marker`, as arrays of trimmed cells (header and rule left out). */
function tableAfter(marker: string): string[][] {
  expect(readme).toContain(marker);
  const lines = readme.slice(readme.indexOf(marker)).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));
  return lines.slice(first + 2, end).map((line) =>
    line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim()),
  );
}

const fresh = () => mkdtempSync(join(tmpdir(), 'cli-readme-'));

describe('README', () => {
  it('runs every `npx circleci-kit` line of the install example, each exiting 0', async () => {
    const lines = blocks('sh')[0]!
      .split('\n')
      .filter((line) => line.startsWith('npx circleci-kit'));
    expect(lines).toEqual(['npx circleci-kit doctor', 'npx circleci-kit --help']);
    for (const line of lines) {
      const dir = fresh();
      const io = captureIo({
        cwd: dir,
        env: { CIRCLECI_OPENAPI_SPEC: CURRENT_SPEC, XDG_CACHE_HOME: join(dir, 'cache') },
      });
      expect(await main(line.split(' ').slice(2), io), `${line}\n${io.err}`).toBe(0);
      expect(io.out).not.toBe('');
    }
  });

  it('has a JSON config that is valid, with paths made relative to its folder, and that commands run with', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'circleci-kit.config.json'), blocks('json')[0]!);
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded).toMatchObject({
      path: join(dir, 'circleci-kit.config.json'),
      from: 'search',
      config: {
        spec: 'https://circleci.com/api/v2/openapi.json',
        target: 'mock',
        reports: { junit: join(dir, 'reports/conformance.xml'), html: join(dir, 'reports/conformance.html') },
        pact: { dir: join(dir, 'pacts') },
        breaking: { log: join(dir, 'docs/breaking.md') },
      },
    });
    const io = captureIo({ cwd: dir, env: { XDG_CACHE_HOME: join(dir, 'cache') } });
    expect(await main(['doctor', '--spec', CURRENT_SPEC, '--json'], io), io.err).toBe(0);
    expect(JSON.parse(io.out).checks[0].details.path).toBe(join(dir, 'circleci-kit.config.json'));
  });

  it('documents every field of config.schema.json, and only those', () => {
    const fields = tableAfter('`@circleci-kit/cli/config.schema.json`:').map(([field]) => field!.replaceAll('`', ''));
    const inSchema = (path: string) =>
      path.split('.').reduce<JsonSchema | undefined>((at, key) => at?.properties?.[key], schema) !== undefined;
    expect(fields.filter((field) => !inSchema(field))).toEqual([]);
    const top = Object.keys(schema.properties ?? {}).filter((key) => key !== '$schema');
    expect(top.filter((key) => !fields.some((field) => field === key || field.startsWith(`${key}.`)))).toEqual([]);
  });

  it('has a TypeScript config that loads to the same values', async () => {
    const dir = fresh();
    const code = blocks('ts')[0]!.replace("'@circleci-kit/cli'", JSON.stringify(cliIndex));
    expect(code).toContain(JSON.stringify(cliIndex));
    writeFileSync(join(dir, 'circleci-kit.config.ts'), code);
    const { config } = await loadConfig({ cwd: dir });
    expect(config).toEqual({ spec: join(dir, 'specs/openapi.json'), target: 'mock' });
  }, 60_000);

  it('has an exit-code table that is the mapping every command uses', async () => {
    const columns = [3, 2, 1] as const;
    const mapped = new Map<
      string,
      { package: string; labels: Record<(typeof columns)[number], string[]>; count: number }
    >();
    for (const sample of packageErrorSamples()) {
      const error = await cliErrorOf(sample.error);
      const row = mapped.get(sample.name) ?? { package: sample.package, labels: { 3: [], 2: [], 1: [] }, count: 0 };
      row.labels[error!.exitCode as 1 | 2 | 3].push(sample.label);
      row.count += 1;
      mapped.set(sample.name, row);
    }
    const cell = (labels: string[], count: number) =>
      labels.length === 0 ? '—' : labels.length === count ? 'all' : labels.join(', ');
    const want = [...mapped].map(([name, row]) => [
      `\`${name}\``,
      row.package,
      ...columns.map((exit) => cell(row.labels[exit], row.count)),
    ]);
    expect(tableAfter('## Errors and exit codes')).toEqual(want);
  });
});

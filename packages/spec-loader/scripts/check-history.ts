/**
 * Loads every published CircleCI spec in the fixture `specs/history` (in
 * ../shared, else in .fixtures) in strict mode and prints, as a Markdown
 * table, which ones fail and why (the README's strict-failure table is this
 * script's output). Run: `pnpm check:spec-history`; with `--openapi 3.1`,
 * each version is first converted to OpenAPI 3.1 (`convertSpec`), so the
 * table shows what the loader makes of the 3.1 form of the same history.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { canonicalJson } from '../src/_internals/canonical-json.ts';
import { normalize } from '../src/_internals/normalize.ts';
import { convertSpec } from '../src/convert.ts';
import { loadSpec, SpecError } from '../src/index.ts';

const { values: flags } = parseArgs({ options: { openapi: { type: 'string', default: '3.0' } } });
if (flags.openapi !== '3.0' && flags.openapi !== '3.1') {
  console.error(
    `--openapi must be 3.0 (the versions as published) or 3.1 (each converted first), not ${flags.openapi}`,
  );
  process.exit(2);
}
const historyDir = `${locateFixture('specs/history')}/`;
const versions = readdirSync(historyDir).filter((file) => file.endsWith('.json'));

/** The internal form of a document's text (normalized, before dereferencing), as canonical JSON, its version left out. */
function internalForm(text: string): string {
  const document = JSON.parse(text) as Record<string, unknown>;
  normalize(document);
  delete document.openapi;
  return canonicalJson(document);
}

/** Versions whose 3.1 conversion normalizes to exactly the internal form of the version as published. */
const sameForm: string[] = [];

/** Loads one version, as published or converted to 3.1 first. */
async function load(file: string, mode: 'strict' | 'lenient'): Promise<unknown> {
  const path = `${historyDir}${file}`;
  if (flags.openapi === '3.0') return loadSpec(path, { mode });
  const text = readFileSync(path, 'utf8');
  const converted = await convertSpec(text, { to: '3.1', source: path });
  if (mode === 'strict' && internalForm(text) === internalForm(converted.text)) sameForm.push(file);
  return loadSpec(converted.text, { mode });
}

/** The reasons of a failure, grouped by route, so a table row stays short. */
function reasons(error: SpecError): string {
  const misplaced = new Map<string, string[]>();
  const other = new Map<string, number>();
  let notRequired = 0;
  for (const problem of error.problems.length > 0 ? error.problems : [error]) {
    const match = /^path parameter "(.+)" of (\S+ \S+) is not in the path template/.exec(problem.message);
    if (match) misplaced.set(match[2]!, [...(misplaced.get(match[2]!) ?? []), match[1]!]);
    // 3.0's schema lists the one allowed value, 3.1's names the constant.
    else if (problem.message.endsWith('allowed values: [true]') || problem.message === 'must be true') notRequired++;
    else other.set(`${problem.code}: ${problem.message}`, (other.get(problem.code) ?? 0) + 1);
  }
  const parts = [...misplaced].map(([route, names]) => `${route} (${names.join(', ')})`);
  const out: string[] = [];
  if (parts.length > 0) {
    out.push(
      `query parameters declared \`in: path\` although the template has no such placeholder: ${parts.join('; ')}`,
    );
  }
  if (notRequired > 0)
    out.push(`${notRequired} of them without \`required: true\`, which OpenAPI demands of path parameters`);
  out.push(...[...other].map(([reason, count]) => (count > 1 ? `${count}× ${reason}` : reason)));
  return out.join('; ');
}

let failing = 0;
const rows: string[] = [];
for (const file of versions) {
  try {
    await load(file, 'strict');
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    failing++;
    await load(file, 'lenient'); // a version that fails here too stops the run with its error
    rows.push(
      `| ${file.replace(/^circleci-v2-|\.json$/g, '')} | ${error.problems.length || 1} | ${reasons(error).replace(/\|/g, '\\|')} |`,
    );
  }
}
console.log(
  `${failing} of ${versions.length} published versions${flags.openapi === '3.1' ? ', converted to OpenAPI 3.1,' : ''} fail strict validation; all ${versions.length} load in lenient mode.\n`,
);
if (flags.openapi === '3.1') {
  const differ = versions.filter((file) => !sameForm.includes(file));
  console.log(
    `${sameForm.length} of ${versions.length} converted versions normalize to exactly the internal form of the version as published${differ.length > 0 ? `; not: ${differ.join(', ')}` : ''}.\n`,
  );
}
console.log('| version | problems | why |\n| --- | --- | --- |');
console.log(rows.join('\n'));

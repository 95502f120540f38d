/**
 * Loads every published CircleCI spec in the fixture `specs/history` (in
 * ../shared, else in .fixtures) in strict mode and prints, as a Markdown
 * table, which ones fail and why (the README's strict-failure table is this
 * script's output). Run: `pnpm check:spec-history`.
 */
import { readdirSync } from 'node:fs';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec, SpecError } from '../src/index.ts';

const historyDir = `${locateFixture('specs/history')}/`;
const versions = readdirSync(historyDir).filter((file) => file.endsWith('.json'));

/** The reasons of a failure, grouped by route, so a table row stays short. */
function reasons(error: SpecError): string {
  const misplaced = new Map<string, string[]>();
  const other = new Map<string, number>();
  let notRequired = 0;
  for (const problem of error.problems.length > 0 ? error.problems : [error]) {
    const match = /^path parameter "(.+)" of (\S+ \S+) is not in the path template/.exec(problem.message);
    if (match) misplaced.set(match[2]!, [...(misplaced.get(match[2]!) ?? []), match[1]!]);
    else if (problem.message.endsWith('allowed values: [true]')) notRequired++;
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
    await loadSpec(`${historyDir}${file}`);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    failing++;
    rows.push(
      `| ${file.replace(/^circleci-v2-|\.json$/g, '')} | ${error.problems.length || 1} | ${reasons(error).replace(/\|/g, '\\|')} |`,
    );
  }
}
console.log(
  `${failing} of ${versions.length} published versions fail strict validation; all ${versions.length} load in lenient mode.\n`,
);
console.log('| version | problems | why |\n| --- | --- | --- |');
console.log(rows.join('\n'));

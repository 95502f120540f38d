/**
 * `pnpm check:history`: the self-check over every published version of the
 * CircleCI spec in the fixture `specs/history` (in ../shared, else in
 * .fixtures). For each version, every schema reachable from an operation
 * gets 200 valid samples (all must pass the compiled validator) and 200
 * invalid samples (all must fail it at the stated pointer and keyword).
 * Schemas that cannot be checked are counted with their reason; examples that
 * their own schema rejects are counted too.
 * A schema identical to one already checked (same JSON, same direction) is
 * not checked again. Exit code 1 when any sample was misjudged.
 *
 * `--openapi 3.1` converts each version to OpenAPI 3.1 first
 * (`@circleci-kit/spec-loader/convert`), so the same figures are taken from
 * the 3.1 form of the same history.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { convertSpec } from '@circleci-kit/spec-loader/convert';
import { checkSchema, createValidators, invalidExamples, specSchemas } from '../src/index.ts';

const { values: flags } = parseArgs({ options: { openapi: { type: 'string', default: '3.0' } } });
if (flags.openapi !== '3.0' && flags.openapi !== '3.1') {
  console.error(
    `--openapi must be 3.0 (the versions as published) or 3.1 (each converted first), not ${flags.openapi}`,
  );
  process.exit(2);
}
const historyDir = `${locateFixture('specs/history')}/`;

/** Loads one version leniently, as published or converted to 3.1 first. */
async function load(path: string): Promise<LoadedSpec> {
  if (flags.openapi === '3.0') return loadSpec(path, { mode: 'lenient' });
  const converted = await convertSpec(readFileSync(path, 'utf8'), { to: '3.1', source: path });
  return loadSpec(converted.text, { mode: 'lenient' });
}
const runs = Number(process.env.RUNS ?? 200);
const seed = 20251017;

interface Row {
  version: string;
  operations: number;
  schemas: number;
  checked: number;
  failures: number;
  unsatisfiable: number;
  nothingToBreak: number;
  badExamples: number;
  ms: number;
}

const outcomes = new Map<string, { failures: string[]; unsatisfiable: string[]; nothingToBreak: string[] }>();
const failureLines: string[] = [];
const unsatisfiableLines = new Set<string>();
const rows: Row[] = [];
const files = readdirSync(historyDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
const started = performance.now();

for (const file of files) {
  const t0 = performance.now();
  const version = file.replace(/^circleci-v2-|\.json$/g, '');
  const spec = await load(`${historyDir}${file}`);
  const validators = createValidators(spec);
  const row: Row = {
    version,
    operations: spec.operations.size,
    schemas: 0,
    checked: 0,
    failures: 0,
    unsatisfiable: 0,
    nothingToBreak: 0,
    badExamples: 0,
    ms: 0,
  };
  const seen = new Set<string>();
  for (const entry of specSchemas(spec)) {
    let key: string;
    try {
      key = `${entry.direction}|${JSON.stringify(entry.schema)}`;
    } catch {
      key = `${entry.direction}|${version}|${entry.key}`;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    row.schemas++;
    let outcome = outcomes.get(key);
    if (outcome === undefined) {
      row.checked++;
      const result = checkSchema(entry.schema, {
        direction: entry.direction,
        runs,
        seed,
        validator: validators.byKey(entry.key)!,
      });
      outcome = {
        failures: result.failures
          .slice(0, 2)
          .map((f) => `${f.mode}: ${f.message}: ${JSON.stringify(f.value).slice(0, 200)}`),
        unsatisfiable: result.notChecked.filter((n) => n.code === 'UNSATISFIABLE_SCHEMA').map((n) => n.reason),
        nothingToBreak: result.notChecked.filter((n) => n.code === 'NO_INVALID_VALUE').map((n) => n.reason),
      };
      outcomes.set(key, outcome);
    }
    if (outcome.failures.length > 0) {
      row.failures++;
      failureLines.push(...outcome.failures.map((line) => `${version} ${entry.label}: ${line}`));
    }
    if (outcome.unsatisfiable.length > 0) {
      row.unsatisfiable++;
      unsatisfiableLines.add(`${entry.label}: ${outcome.unsatisfiable[0]}`);
    }
    if (outcome.nothingToBreak.length > 0) row.nothingToBreak++;
  }
  row.badExamples = invalidExamples(spec).length;
  row.ms = Math.round(performance.now() - t0);
  rows.push(row);
  console.log(
    [
      row.version,
      row.operations,
      row.schemas,
      row.checked,
      row.failures,
      row.unsatisfiable,
      row.nothingToBreak,
      row.badExamples,
      row.ms,
    ].join('\t'),
  );
}

console.log(
  '\nversion\toperations\tschemas\tnewly checked\tmisjudged\tunsatisfiable\tnothing to break\tbad examples\tms',
);
console.table(rows);
console.log('\nunsatisfiable schemas (valid mode not checked):');
for (const line of unsatisfiableLines) console.log(`  ${line}`);
if (failureLines.length > 0) {
  console.log('\nmisjudged samples:');
  for (const line of failureLines.slice(0, 50)) console.log(`  ${line}`);
}
const total = (key: keyof Row): number => rows.reduce((sum, row) => sum + (row[key] as number), 0);
console.log(
  `\n${rows.length} versions${flags.openapi === '3.1' ? ' converted to OpenAPI 3.1' : ''}, ${total('schemas')} schemas (${outcomes.size} distinct checked with ${runs} valid + ${runs} invalid samples each), ` +
    `${total('failures')} misjudged, ${total('unsatisfiable')} unsatisfiable, ${total('nothingToBreak')} with nothing to break, ` +
    `in ${Math.round((performance.now() - started) / 1000)} s`,
);
process.exit(failureLines.length > 0 ? 1 : 0);

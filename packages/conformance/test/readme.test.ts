import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as conformance from '../src/index.ts';
import { CURRENT_SPEC } from './support/fixtures.ts';
import * as specLoader from '@circleci-kit/spec-loader';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the example as written', async () => {
    const example = /## Example\n\n```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const body = example.replace(/^import .*$/gm, '');
    const logs: unknown[] = [];
    const run = new Function(
      'loadSpec',
      'runConformance',
      'summaryTable',
      'console',
      'process',
      `return (async () => {${body}})();`,
    );
    // The spec's path as a reader passes it: `node example.mjs path/to/openapi.json`.
    await run(
      specLoader.loadSpec,
      conformance.runConformance,
      conformance.summaryTable,
      { log: (value: unknown) => logs.push(value) },
      { argv: [process.execPath, 'example.mjs', CURRENT_SPEC] },
    );
    expect(logs[1]).toBe('conformant');
    expect(String(logs[0])).toMatch(/^operation +req rtr/);
    expect(String(logs[0])).toContain('triggerPipeline');
  });

  it('lists every check of the catalogue', () => {
    for (const check of conformance.CHECK_CATALOGUE) expect(readme).toMatch(new RegExp(`\\| \`${check.id}\` +\\|`));
  });
});

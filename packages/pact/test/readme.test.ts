import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const example = /## Example[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!;

describe('README', () => {
  it('runs the example as written', async () => {
    const dir = mkdtempSync(join(fileURLToPath(new URL('../', import.meta.url)), '.readme-'));
    const file = join(dir, 'example.ts');
    const spec = locateFixture('specs/current/openapi.json');
    const logs: unknown[][] = [];
    writeFileSync(
      file,
      example
        .replace(/console\.log\(/g, 'globalThis.__log(')
        // The spec's path, which a reader passes on the command line.
        .replace('process.argv[2]', JSON.stringify(spec)),
    );
    (globalThis as { __log?: (...args: unknown[]) => void }).__log = (...args: unknown[]) => logs.push(args);
    try {
      await import(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(logs).toEqual([[['${CIRCLE_TOKEN}']], [{ passed: 2, failed: 0, skipped: 0, error: 0 }]]);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const example = /## Example[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!;

describe('README', () => {
  it('runs the example as written', async () => {
    // The example reads the spec relative to the repository root's parent layout, as a user would from the root.
    const dir = mkdtempSync(join(fileURLToPath(new URL('../', import.meta.url)), '.readme-'));
    const file = join(dir, 'example.ts');
    const logs: unknown[][] = [];
    writeFileSync(
      file,
      example
        .replace(
          "'../shared/specs/current/openapi.json'",
          JSON.stringify(fileURLToPath(new URL('../../../../shared/specs/current/openapi.json', import.meta.url))),
        )
        .replace(/console\.log\(/g, 'globalThis.__log('),
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

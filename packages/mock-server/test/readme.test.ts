import { readFileSync } from 'node:fs';
import { loadSpec } from '@circleci-kit/spec-loader';
import { startMockServer } from '@circleci-kit/mock-server';
import { expect, it, vi } from 'vitest';
import { SPEC_PATH } from './support/spec.ts';

it('runs the README example', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const code = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const body = code.replace(/^import .*$/gm, '');
  const log = vi.fn();
  const run = new Function('loadSpec', 'startMockServer', 'console', 'process', `return (async () => {${body}})();`);
  // The spec's path as a reader passes it: `node example.mjs path/to/openapi.json`.
  await run(loadSpec, startMockServer, { log }, { argv: [process.execPath, 'example.mjs', SPEC_PATH] });
  expect(log).toHaveBeenCalledWith(1, 'success');
});

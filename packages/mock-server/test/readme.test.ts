import { readFileSync } from 'node:fs';
import { loadSpec } from '@circleci-kit/spec-loader';
import { startMockServer } from '@circleci-kit/mock-server';
import { expect, it, vi } from 'vitest';
import { SPEC_PATH } from './support/spec.ts';

it('runs the README example', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const code = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const body = code
    .replace(/^import .*$/gm, '')
    .replace("'../shared/specs/current/openapi.json'", JSON.stringify(SPEC_PATH));
  const log = vi.fn();
  const run = new Function('loadSpec', 'startMockServer', 'console', `return (async () => {${body}})();`);
  await run(loadSpec, startMockServer, { log });
  expect(log).toHaveBeenCalledWith(1, 'success');
});

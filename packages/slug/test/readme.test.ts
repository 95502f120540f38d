import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as slugKit from '../src/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = /## Example\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** Runs the README example with the package's exports, returning what it logged. */
function runExample(): string[] {
  const importLine = /^import \{([^}]*)\} from '@circleci-kit\/slug';\n/.exec(example);
  const names = (importLine?.[1] ?? '').split(',').map((name) => name.trim());
  const body = example.slice(importLine?.[0].length ?? 0);
  const logged: string[] = [];
  const console = { log: (...values: unknown[]) => logged.push(values.join(' ')) };
  const exports = slugKit as unknown as Record<string, unknown>;
  new Function('console', ...names, body)(console, ...names.map((name) => exports[name]));
  return logged;
}

describe('README', () => {
  it('has an example that imports from the package', () => {
    expect(example).toMatch(/^import \{[^}]+\} from '@circleci-kit\/slug';\n/);
  });

  it('example prints what its // → comments say', () => {
    const promised = [...example.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1]);
    expect(promised.length).toBeGreaterThanOrEqual(5);
    expect(runExample()).toEqual(promised);
  });
});

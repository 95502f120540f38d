import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the example and prints what its comment says', () => {
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const expected = code
      .split('\n')
      .filter((line) => line.startsWith('// '))
      .map((line) => line.slice(3));
    const runnable = code
      .replace("'@circleci-kit/spec-loader'", JSON.stringify(join(root, 'packages/spec-loader/src/index.ts')))
      .replace(
        "'@circleci-kit/breaking-changes'",
        JSON.stringify(join(root, 'packages/breaking-changes/src/index.ts')),
      );
    const file = join(mkdtempSync(join(tmpdir(), 'readme-')), 'example.mts');
    writeFileSync(file, runnable);
    // The two versions and the log the README names, passed as a reader would.
    const args = [
      locateFixture('specs/history/circleci-v2-2019-12-02.json'),
      locateFixture('specs/history/circleci-v2-2019-12-06.json'),
      locateFixture('fixtures/breaking-log/breaking.md'),
      '2019-12-06',
    ];
    const out = execFileSync(process.execPath, ['--import', 'tsx', file, ...args], { cwd: root, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(expected);
  });
});

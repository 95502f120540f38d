import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocsProgram } from '../src/cli-tree.ts';
import { cliInvocations, invocationProblems } from '../src/cli-invocations.ts';
import { codeBlocks, markdownFiles, relativeLinks } from '../src/markdown-files.ts';
import { repoRoot } from '../src/reference-pages.ts';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const guide = markdownFiles(repoRoot, 'docs').filter((path) => !path.startsWith('docs/reference/'));

describe('the user guide', () => {
  it.each(['trigger-and-wait', 'flaky-tests'])('docs/recipes/%s.md shows its .ts file exactly as it is', (name) => {
    const source = read(`docs/recipes/${name}.ts`);
    const blocks = codeBlocks(read(`docs/recipes/${name}.md`)).filter((block) => block.lang === 'ts');
    expect(
      blocks.some((block) => block.code === source),
      `docs/recipes/${name}.md must embed docs/recipes/${name}.ts verbatim in a \`\`\`ts block`,
    ).toBe(true);
  });

  it('has a page per package', () => {
    const packages = ['slug', 'spec-loader', 'schema', 'core-client', 'mock-server', 'conformance', 'pact'];
    for (const name of [...packages, 'breaking-changes', 'cli']) {
      expect(existsSync(join(repoRoot, `docs/packages/${name}.md`)), `docs/packages/${name}.md`).toBe(true);
      expect(read(`docs/packages/${name}.md`)).toContain(`../../packages/${name}`);
    }
  });

  it.each([...guide, 'README.md'])('%s links only to files that exist', (path) => {
    const missing = relativeLinks(read(path)).filter((target) => !existsSync(join(repoRoot, dirname(path), target)));
    expect(missing).toEqual([]);
  });

  it('runs only circleci-kit commands and options that exist in the CLI', () => {
    const { program } = createDocsProgram();
    const problems = guide.flatMap((path) =>
      codeBlocks(read(path))
        .filter((block) => ['sh', 'yaml', 'yml', ''].includes(block.lang))
        .flatMap((block) => cliInvocations(block.code))
        .flatMap(({ args, line }) =>
          invocationProblems(program, args).map((problem) => `${path}: ${problem}: ${line}`),
        ),
    );
    expect(problems).toEqual([]);
  });
});

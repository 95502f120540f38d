import { generatedNotice } from './markdown.ts';
import { createDocsProgram, helpOutput, walkCommands } from './cli-tree.ts';

/** The GitHub-style anchor of a heading made of plain words. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

/**
 * `docs/reference/cli.md`: every command of `circleci-kit`, walked from
 * `createProgram`, with its description and its whole `--help` output.
 */
export function cliPage(): string {
  const { program, take } = createDocsProgram();
  const commands = walkCommands(program);
  const title = (path: readonly string[]) => ['circleci-kit', ...path].join(' ');
  const contents = commands.map(
    ({ path }) => `${'  '.repeat(Math.max(0, path.length - 1))}- [\`${title(path)}\`](#${anchor(title(path))})`,
  );
  const sections = commands.flatMap(({ path, command }) => [
    `${path.length === 0 ? '##' : '###'} ${title(path)}`,
    '',
    command.description(),
    '',
    '```text',
    helpOutput(command, take).trimEnd(),
    '```',
    '',
  ]);
  return [
    generatedNotice('the commander tree of @circleci-kit/cli (createProgram)'),
    '',
    '# CLI reference',
    '',
    'Every command of `circleci-kit` with its `--help` output. Exit codes of every command: `0` ok,',
    '`1` a check failed, `2` usage or input error, `3` network or target error.',
    'In this repository, run them as `pnpm circleci-kit <command>`.',
    '',
    ...contents,
    '',
    ...sections,
  ].join('\n');
}

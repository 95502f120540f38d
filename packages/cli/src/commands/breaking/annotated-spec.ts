import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AnnotatedSpec } from '@circleci-kit/breaking-changes';
import type { CliIo } from '../../io.ts';

/**
 * A spec of `breaking diff --format github` as its annotations name it: the
 * file's path from `$GITHUB_WORKSPACE` (else from the working directory;
 * absolute when it lies outside), with `/` separators, and the lines of
 * pointers in its text (JSON or YAML). A URL has no file: undefined.
 * A file that can no longer be read keeps its path, without lines.
 *
 * @example
 * formatGithub(report, { old: await annotatedSpec(io, 'old.json'), new: await annotatedSpec(io, 'openapi.json') });
 */
export async function annotatedSpec(io: CliIo, source: string): Promise<AnnotatedSpec | undefined> {
  if (/^https?:\/\//i.test(source)) return undefined;
  const path = resolve(io.cwd, source);
  const fromRoot = relative(resolve(io.cwd, io.env.GITHUB_WORKSPACE ?? '.'), path);
  const outside = fromRoot.startsWith('..') || isAbsolute(fromRoot);
  const file = (outside ? path : fromRoot).split(sep).join('/');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { file };
  }
  // Loaded here, not at start-up: it brings the YAML parser, which only this format needs.
  const { pointerLines } = await import('@circleci-kit/spec-loader/pointer-lines');
  return { file, lineOf: pointerLines(text).lineOf };
}

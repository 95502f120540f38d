import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CliIo } from '../../io.ts';

/**
 * A spec of `breaking diff --format github` as its annotations name it: the
 * file's path from `$GITHUB_WORKSPACE` (else from the working directory;
 * absolute when it lies outside), with `/` separators, and its text, in
 * which the annotations find their lines. A URL has no file: undefined.
 * A file that can no longer be read keeps its path, without a text.
 *
 * @example
 * formatGithub(report, { old: await annotatedSpec(io, 'old.json'), new: await annotatedSpec(io, 'openapi.json') });
 */
export async function annotatedSpec(io: CliIo, source: string): Promise<{ file: string; text?: string } | undefined> {
  if (/^https?:\/\//i.test(source)) return undefined;
  const path = resolve(io.cwd, source);
  const fromRoot = relative(resolve(io.cwd, io.env.GITHUB_WORKSPACE ?? '.'), path);
  const outside = fromRoot.startsWith('..') || isAbsolute(fromRoot);
  const file = (outside ? path : fromRoot).split(sep).join('/');
  try {
    return { file, text: await readFile(path, 'utf8') };
  } catch {
    return { file };
  }
}

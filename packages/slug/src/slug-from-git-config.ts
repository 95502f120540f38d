import { parseGitConfig } from './_internals/parse-git-config.ts';
import type { ParsedProjectSlug } from './project-slug.ts';
import { SlugError } from './slug-error.ts';
import { slugFromUrl } from './slug-from-url.ts';

/**
 * The project slug of a remote in the text of a `.git/config`, read without
 * running git: the first `url` of `[remote "<remote>"]` (remote names are
 * case-sensitive), rewritten by the longest matching `[url "<base>"] insteadOf`
 * as git does, then read by {@link slugFromUrl}. Comments, quoting, escapes,
 * continuations, any key case and the old `[remote.origin]` syntax are handled.
 *
 * @param text - the contents of a `.git/config` file.
 * @param remote - the remote to read; `'origin'` when left out.
 * @throws {SlugError} `REMOTE_NOT_FOUND` when the remote or its `url` is missing,
 *   otherwise what {@link slugFromUrl} throws for its URL.
 *
 * @example
 * slugFromGitConfig('[remote "origin"]\n\turl = git@github.com:CircleCI-Public/circleci-cli.git\n').slug;
 * // 'gh/CircleCI-Public/circleci-cli'
 */
export function slugFromGitConfig(text: string, remote = 'origin'): ParsedProjectSlug {
  if (typeof text !== 'string') throw new SlugError('NOT_A_STRING', text, 'expected the git config text as a string');
  if (typeof remote !== 'string') throw new SlugError('NOT_A_STRING', remote, 'expected the remote name as a string');
  const entries = parseGitConfig(text);
  const remotes = [...new Set(entries.filter((e) => e.section === 'remote').map((e) => e.subsection))];
  if (!remotes.includes(remote)) {
    const known = remotes.filter((name) => name !== undefined).join(', ') || 'none';
    throw new SlugError('REMOTE_NOT_FOUND', remote, `the git config has no such remote; its remotes: ${known}`);
  }
  const url = entries.find((e) => e.section === 'remote' && e.subsection === remote && e.key === 'url')?.value;
  if (url === undefined) throw new SlugError('REMOTE_NOT_FOUND', remote, 'the remote has no url in the git config');
  return slugFromUrl(rewriteUrl(url, entries));
}

/** Applies the longest `url.<base>.insteadOf` prefix that matches, as git does. */
function rewriteUrl(url: string, entries: ReturnType<typeof parseGitConfig>): string {
  let best: { prefix: string; base: string } | undefined;
  for (const entry of entries) {
    if (entry.section !== 'url' || entry.key !== 'insteadof' || entry.subsection === undefined) continue;
    if (url.startsWith(entry.value) && (best === undefined || entry.value.length > best.prefix.length)) {
      best = { prefix: entry.value, base: entry.subsection };
    }
  }
  return best === undefined ? url : best.base + url.slice(best.prefix.length);
}

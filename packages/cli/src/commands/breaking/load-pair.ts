import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { CliIo } from '../../io.ts';
import { loadVersion } from './load-version.ts';
import { specLoadError } from './spec-load-error.ts';

/**
 * Loads the old and the new spec of a diff side by side and hands both to
 * `use` (the diff). When both fail, the old spec's error is the one
 * reported. An error `use` throws about one of the specs (a `SpecError`
 * naming its source, such as a `$ref` left unfollowed) is reported as that
 * spec's, with the same exit codes as a load.
 *
 * @example
 * const changes = await loadPair(io, 'old.json', 'new.json', true, (old, next) => diffSpecs(old, next));
 */
export async function loadPair<T>(
  io: CliIo,
  oldSource: string,
  newSource: string,
  cache: boolean,
  use: (old: LoadedSpec, next: LoadedSpec) => T,
): Promise<T> {
  const [old, next] = await Promise.allSettled([
    loadVersion(io, oldSource, cache, 'old spec'),
    loadVersion(io, newSource, cache, 'new spec'),
  ]);
  if (old.status === 'rejected') throw old.reason;
  if (next.status === 'rejected') throw next.reason;
  try {
    return use(old.value, next.value);
  } catch (error) {
    const source = (error as { source?: unknown }).source;
    if (source === old.value.source) throw specLoadError(error, 'old spec', oldSource, io.env);
    if (source === next.value.source) throw specLoadError(error, 'new spec', newSource, io.env);
    throw error;
  }
}

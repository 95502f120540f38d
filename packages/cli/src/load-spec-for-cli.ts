import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import type { CommandContext } from './command-context.ts';
import { loadConfig } from './config.ts';
import type { CliIo } from './io.ts';
import { createProgress } from './progress.ts';
import { resolveSpecSource, type ResolvedSpecSource } from './spec-source.ts';

/** The spec options every command that reads the spec accepts. */
export interface SpecFlags {
  /** `--spec`: a file path or an http(s) URL. */
  spec?: string;
  /** `--no-cache` sets it to false. @default true */
  cache?: boolean;
  /** `--lenient`: load a spec that breaks its OpenAPI version's rules, with warnings. @default false */
  lenient?: boolean;
}

/** What {@link loadSpecForCli} tells beside the spec. */
export interface LoadedSpecForCli {
  spec: LoadedSpec;
  resolved: ResolvedSpecSource;
  /** The `Last-Modified` header of the last HTTP answer for a URL spec (also on a 304 from the cache). */
  lastModified?: string;
}

/** The user's cache folder for circleci-kit: `$XDG_CACHE_HOME/circleci-kit` or `~/.cache/circleci-kit`. */
export function userCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'circleci-kit');
}

/**
 * A `fetch` that shows download progress (kB received; a bar on a terminal,
 * a line at start and end otherwise) and remembers `Last-Modified`.
 */
function downloadFetch(io: CliIo, quiet: boolean, seen: { lastModified?: string }): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await globalThis.fetch(input, init);
    const lastModified = response.headers.get('last-modified');
    if (lastModified) seen.lastModified = lastModified;
    if (response.status !== 200 || response.body === null) return response;
    const length = Number(response.headers.get('content-length'));
    const progress = createProgress(io, { label: 'spec download', unit: 'kB', quiet, lines: 'ends' });
    progress.start(length > 0 ? Math.ceil(length / 1024) : undefined);
    let received = 0;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength;
          progress.update(Math.ceil(received / 1024));
          controller.enqueue(chunk);
        },
        flush() {
          progress.finish();
        },
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * Resolves the spec source (see `resolveSpecSource`, with the config of
 * `context`, else the one found from `io.cwd`) and loads it, with the on-disk
 * cache on unless `--no-cache`. A download shows progress unless `--quiet`;
 * `--verbose` says which spec was used. A spec that cannot be loaded is
 * spec-loader's `SpecError` (exit 3 unreachable, 2 unreadable, 1 invalid:
 * see `cliErrorOf`).
 *
 * @example
 * const { spec } = await loadSpecForCli(io, { spec: options.spec, cache: options.cache }, context);
 */
export async function loadSpecForCli(
  io: CliIo,
  flags: SpecFlags,
  context?: Pick<CommandContext, 'config' | 'globals'>,
): Promise<LoadedSpecForCli> {
  const config = context ? await context.config() : await loadConfig({ cwd: io.cwd });
  const globals = context?.globals();
  const resolved = resolveSpecSource({ flag: flags.spec, env: io.env, cwd: io.cwd, config });
  if (globals?.verbose) {
    if (config.path !== undefined) io.stderr(`circleci-kit: config ${config.path}\n`);
    io.stderr(`circleci-kit: spec ${resolved.spec} (from ${resolved.from})\n`);
  }
  const isUrl = /^https?:\/\//i.test(resolved.spec);
  const seen: { lastModified?: string } = {};
  const spec = await loadSpec(resolved.spec, {
    sourceType: isUrl ? 'url' : 'path',
    mode: flags.lenient === true ? 'lenient' : 'strict',
    ...(flags.cache === false ? {} : { cacheDir: userCacheDir(io.env) }),
    ...(isUrl ? { fetch: downloadFetch(io, globals?.quiet === true, seen) } : {}),
  });
  return { spec, resolved, ...(seen.lastModified === undefined ? {} : { lastModified: seen.lastModified }) };
}

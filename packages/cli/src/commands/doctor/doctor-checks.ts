import { statSync } from 'node:fs';
import { CircleCIError, compareWithSpec, createClient, specFingerprint } from '@circleci-kit/core-client';
import { startMockServer } from '@circleci-kit/mock-server';
import { SpecError, type LoadedSpec } from '@circleci-kit/spec-loader';
import { cliErrorOf } from '../../cli-error-of.ts';
import type { CommandContext } from '../../command-context.ts';
import { ExitCode, type ExitCodeValue } from '../../exit-codes.ts';
import type { CliIo } from '../../io.ts';
import { loadSpecForCli, type LoadedSpecForCli } from '../../load-spec-for-cli.ts';
import { resolveToken } from '../../resolve-token.ts';

/** The outcome of one doctor check: `warn` is worth knowing but does not fail. */
export type DoctorStatus = 'ok' | 'warn' | 'fail' | 'unreachable';

/** One line of `circleci-kit doctor` (one entry of its `--json` `checks`). */
export interface DoctorCheck {
  name: 'config' | 'spec' | 'token' | 'target' | 'client';
  status: DoctorStatus;
  summary: string;
  details: Record<string, string | number | boolean | null>;
}

/** What the checks share: the flags, and the spec once loaded. */
export interface DoctorInput {
  io: CliIo;
  context: Pick<CommandContext, 'config' | 'globals'>;
  spec?: string | undefined;
  cache: boolean;
  target?: string | undefined;
  timeoutMs: number;
  /** Injected in tests. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** The exit code of a doctor run: 3 when the spec or target could not be reached, 1 when a check failed, else 0. */
export function doctorExitCode(checks: readonly DoctorCheck[]): ExitCodeValue {
  if (checks.some((check) => check.status === 'unreachable')) return ExitCode.target;
  return checks.some((check) => check.status === 'fail') ? ExitCode.checkFailed : ExitCode.ok;
}

/** "3 days" from milliseconds. */
export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** The config check: which file, found how. A bad config never gets here (exit 2). */
export async function checkConfig(input: DoctorInput): Promise<DoctorCheck> {
  const config = await input.context.config();
  return {
    name: 'config',
    status: 'ok',
    summary:
      config.path === undefined
        ? 'no config file (built-in defaults)'
        : `${config.path} (${config.from === 'flag' ? '--config' : 'found upward'})`,
    details: { path: config.path ?? null, from: config.from },
  };
}

/** The spec check: source and how it was chosen, fingerprint, and age (file mtime, or Last-Modified of a URL). */
export async function checkSpec(input: DoctorInput): Promise<{ check: DoctorCheck; loaded?: LoadedSpecForCli }> {
  let loaded: LoadedSpecForCli;
  try {
    loaded = await loadSpecForCli(
      input.io,
      { ...(input.spec ? { spec: input.spec } : {}), cache: input.cache, lenient: true },
      input.context,
    );
  } catch (error) {
    const mapped = error instanceof SpecError ? await cliErrorOf(error) : undefined;
    if (mapped === undefined) throw error;
    const status: DoctorStatus = mapped.exitCode === ExitCode.target ? 'unreachable' : 'fail';
    return { check: { name: 'spec', status, summary: mapped.message, details: { code: mapped.code } } };
  }
  const { spec, resolved, lastModified } = loaded;
  let modified: Date | undefined;
  let ageFrom: string;
  if (/^https?:/i.test(resolved.spec)) {
    modified = lastModified === undefined ? undefined : new Date(lastModified);
    ageFrom = 'Last-Modified';
  } else {
    modified = statSync(resolved.spec).mtime;
    ageFrom = 'file mtime';
  }
  const age = modified === undefined || Number.isNaN(modified.getTime()) ? undefined : Date.now() - modified.getTime();
  const how =
    resolved.from === 'config'
      ? `config ${resolved.configPath}`
      : resolved.from === 'flag'
        ? '--spec'
        : resolved.from === 'env'
          ? 'CIRCLECI_OPENAPI_SPEC'
          : 'default: the live spec';
  return {
    loaded,
    check: {
      name: 'spec',
      status: spec.warnings.length > 0 ? 'warn' : 'ok',
      summary: `${resolved.spec} (from ${how}), ${spec.info.version}, ${spec.operations.size} operations, fingerprint ${spec.fingerprint.slice(0, 12)}, ${age === undefined ? 'age unknown' : `${formatAge(age)} old (${ageFrom})`}${spec.warnings.length > 0 ? `, ${spec.warnings.length} warnings (run spec validate)` : ''}`,
      details: {
        source: resolved.spec,
        from: resolved.from,
        configPath: resolved.configPath ?? null,
        version: spec.info.version,
        operations: spec.operations.size,
        fingerprint: spec.fingerprint,
        modified: modified === undefined || age === undefined ? null : modified.toISOString(),
        ageSeconds: age === undefined ? null : Math.round(age / 1000),
        ageFrom: age === undefined ? null : ageFrom,
        warnings: spec.warnings.length,
      },
    },
  };
}

/** The token check: whether one is set and in which variable; the value is never read out. */
export async function checkToken(input: DoctorInput, target: string): Promise<DoctorCheck> {
  const { config } = await input.context.config();
  const token = resolveToken(input.io.env, config);
  const details = { set: token.value !== undefined, variable: token.from ?? null, looked: token.candidates.join(', ') };
  if (token.value !== undefined) return { name: 'token', status: 'ok', summary: `set in ${token.from}`, details };
  return {
    name: 'token',
    status: target === 'mock' ? 'warn' : 'fail',
    summary: `not set (looked at ${details.looked})${target === 'mock' ? '; the mock takes any token' : `; ${target} needs one`}`,
    details,
  };
}

/**
 * Asks `url` for `GET /me` through core-client's client, once (no retry):
 * the status of any HTTP answer, or why none came.
 */
async function probe(
  url: string,
  token: string,
  input: DoctorInput,
): Promise<{ status?: number; error?: string; ms: number }> {
  const started = Date.now();
  const client = createClient({
    baseUrl: url,
    token,
    timeoutMs: input.timeoutMs,
    retry: false,
    ...(input.fetch ? { fetch: input.fetch } : {}),
  });
  try {
    const response = await client.request('getCurrentUser');
    return { status: response.status, ms: Date.now() - started };
  } catch (error) {
    if (!(error instanceof CircleCIError)) throw error;
    const ms = Date.now() - started;
    return error.status === undefined ? { error: error.message, ms } : { status: error.status, ms };
  }
}

/**
 * The target check: the embedded mock is started on a free port, asked
 * `GET /me` and stopped; a URL is asked `GET /me` within the timeout (any
 * HTTP answer, even 401, means reachable).
 */
export async function checkTarget(
  input: DoctorInput,
  target: string,
  spec: LoadedSpec | undefined,
): Promise<DoctorCheck> {
  if (target === 'mock') {
    if (spec === undefined)
      return { name: 'target', status: 'fail', summary: 'mock: cannot start without a spec', details: { target } };
    const server = await startMockServer({ spec, port: 0 });
    try {
      const answer = await probe(server.url, 'circleci-kit-doctor', input);
      const ok = answer.status === 200;
      return {
        name: 'target',
        status: ok ? 'ok' : 'fail',
        summary: `embedded mock ${ok ? 'answered' : 'failed'} GET /me${answer.status ? ` with ${answer.status}` : `: ${answer.error}`} in ${answer.ms} ms (started and stopped)`,
        details: { target, status: answer.status ?? null, ms: answer.ms },
      };
    } finally {
      await server.close();
    }
  }
  const { config } = await input.context.config();
  const answer = await probe(target, resolveToken(input.io.env, config).value ?? '', input);
  if (answer.status === undefined) {
    return {
      name: 'target',
      status: 'unreachable',
      summary: `${target} unreachable after ${answer.ms} ms: ${answer.error}`,
      details: { target, status: null, ms: answer.ms, error: answer.error ?? null },
    };
  }
  return {
    name: 'target',
    status: answer.status >= 500 ? 'unreachable' : 'ok',
    summary: `${target} answered GET /me with ${answer.status} in ${answer.ms} ms${answer.status === 401 ? ' (reachable; the token was refused)' : ''}`,
    details: { target, status: answer.status, ms: answer.ms },
  };
}

/** The client check: does the client's generated code match the spec (core-client's `compareWithSpec`)? */
export function checkClient(spec: LoadedSpec | undefined): DoctorCheck {
  if (spec === undefined)
    return {
      name: 'client',
      status: 'fail',
      summary: 'cannot compare without a spec',
      details: { clientFingerprint: specFingerprint },
    };
  const drift = compareWithSpec(spec);
  const counts = `${drift.added.length} added, ${drift.removed.length} removed, ${drift.changed.length} changed`;
  return {
    name: 'client',
    status: drift.inSync ? 'ok' : 'fail',
    summary: drift.inSync
      ? `generated code matches the spec (client fingerprint ${drift.clientFingerprint.slice(0, 12)}${drift.sameFingerprint ? '' : '; the documents differ outside the operations'})`
      : `generated code differs from the spec: ${counts} (run client drift)`,
    details: {
      inSync: drift.inSync,
      sameFingerprint: drift.sameFingerprint,
      clientFingerprint: drift.clientFingerprint,
      added: drift.added.length,
      removed: drift.removed.length,
      changed: drift.changed.length,
    },
  };
}

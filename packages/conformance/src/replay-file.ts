import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { isCheckId, type CheckId, type CheckPhase } from './check-catalogue.ts';
import { ConformanceError } from './conformance-error.ts';

/** One failing case, as a replay file holds it. */
export interface ReplayCase {
  operationId: string;
  check: CheckId;
  phase: CheckPhase;
  /** The seed of the run. */
  seed: number;
  runs: number;
  /** The seed of the operation's property. */
  propertySeed: number;
  /** fast-check's path to the shrunk case. */
  path: string;
  /** The shrunk input, sent again as is. */
  input: unknown;
}

/** A replay file: the case, and the spec and target it came from. */
export interface ReplayFile extends ReplayCase {
  format: 'circleci-kit-conformance-replay/1';
  specFingerprint: string;
  target: string;
}

/**
 * Writes a replay file for a failing case into `dir` (atomically, with
 * `write-file-atomic`) and returns its path,
 * `<dir>/<operationId>.<check>.json`.
 *
 * @example
 * writeReplayFile('conformance-replays', replayCase, spec, 'mock'); // 'conformance-replays/getCurrentUser.response-schema.json'
 */
export function writeReplayFile(dir: string, replay: ReplayCase, spec: LoadedSpec, target: string): string {
  mkdirSync(dir, { recursive: true });
  const file: ReplayFile = {
    format: 'circleci-kit-conformance-replay/1',
    specFingerprint: spec.fingerprint,
    target,
    ...replay,
  };
  // An operation without an operationId is indexed as `get /schedule/{id}`: keep the name one file, portable.
  const name = replay.operationId.replace(/[^A-Za-z0-9._-]+/g, '_');
  const path = join(dir, `${name}.${replay.check}.json`);
  writeFileAtomic.sync(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}

/**
 * Reads and checks a replay file.
 *
 * @throws {ConformanceError} `BAD_REPLAY` when it cannot be read or is not a replay file.
 * @example
 * const replay = readReplayFile('conformance-replays/getCurrentUser.response-schema.json');
 */
export function readReplayFile(path: string): ReplayFile {
  let parsed: Partial<ReplayFile>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ReplayFile>;
  } catch (error) {
    throw new ConformanceError('BAD_REPLAY', `cannot read the replay file ${path}: ${(error as Error).message}`, path);
  }
  if (
    parsed.format !== 'circleci-kit-conformance-replay/1' ||
    typeof parsed.operationId !== 'string' ||
    !isCheckId(String(parsed.check))
  ) {
    throw new ConformanceError('BAD_REPLAY', `${path} is not a conformance replay file`, path);
  }
  return parsed as ReplayFile;
}

/** What {@link replayCommand} prints. */
export interface ReplayCommandInput {
  file: string | undefined;
  seed: number;
  runs: number;
  operationId: string;
  check: CheckId;
  target: string;
}

/**
 * The exact command that runs a failing case again: `--replay FILE` when a
 * replay file was written, else the seed, runs, operation and check.
 *
 * @example
 * replayCommand('circleci-kit conformance', { file: undefined, seed: 7, runs: 100, operationId: 'getCurrentUser', check: 'response-schema', target: 'mock' });
 * // 'circleci-kit conformance --seed 7 --runs 100 --ops getCurrentUser --checks response-schema'
 */
export function replayCommand(command: string, input: ReplayCommandInput): string {
  const target = input.target === 'mock' ? '' : ` --target ${input.target}`;
  if (input.file !== undefined) return `${command} --replay ${input.file}${target}`;
  return `${command} --seed ${input.seed} --runs ${input.runs} --ops ${input.operationId} --checks ${input.check}${target}`;
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplayFile } from '@circleci-kit/conformance';

/** The operation the replay fixture names: the CircleCI spec has no such operation. */
export const RETIRED_OPERATION = 'getRetiredThing';

/** A well-formed replay file whose case names {@link RETIRED_OPERATION}. */
export const RETIRED_OPERATION_REPLAY: ReplayFile = {
  format: 'circleci-kit-conformance-replay/1',
  specFingerprint: 'elsewhere',
  target: 'mock',
  operationId: RETIRED_OPERATION,
  check: 'response-schema',
  phase: 'valid',
  seed: 1,
  runs: 1,
  propertySeed: 1,
  path: '0',
  input: {},
};

/** Writes {@link RETIRED_OPERATION_REPLAY} to `replay.json` in `dir` and returns its path. */
export function writeRetiredOperationReplay(dir: string): string {
  const path = join(dir, 'replay.json');
  writeFileSync(path, JSON.stringify(RETIRED_OPERATION_REPLAY));
  return path;
}

import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { CheckId } from '../check-catalogue.ts';
import type { FailureDetail } from '../conformance-report.ts';
import { curlCommand } from '../curl-command.ts';
import type { PlanUnit } from '../plan.ts';
import { replayCommand, writeReplayFile } from '../replay-file.ts';
import type { PhaseCheckOutcome } from './property-phase.ts';

/** Where a failure happened and how the run was set up. */
export interface FailureSite {
  unit: PlanUnit;
  check: CheckId;
  seed: number;
  runs: number;
  propertySeed: number;
  spec: LoadedSpec;
  target: string;
  command: string;
  replayDir: string | undefined;
}

/**
 * The reported form of a failure: the input as JSON writes it (so the
 * report and the replay file agree), the curl command, the replay file
 * (when a folder is given) and the command that replays it.
 */
export function failureDetail(failure: NonNullable<PhaseCheckOutcome['failure']>, site: FailureSite): FailureDetail {
  const { unit, check, seed, runs, propertySeed } = site;
  const input: unknown = failure.input === undefined ? undefined : JSON.parse(JSON.stringify(failure.input));
  const replay = {
    operationId: unit.operationId,
    check,
    phase: unit.phase,
    seed,
    runs,
    propertySeed,
    path: failure.path,
    input,
  };
  const file =
    site.replayDir === undefined ? undefined : writeReplayFile(site.replayDir, replay, site.spec, site.target);
  const { response } = failure;
  return {
    message: failure.message,
    seed,
    propertySeed,
    ...(failure.path ? { path: failure.path } : {}),
    input,
    ...(failure.request ? { request: failure.request, curl: curlCommand(failure.request) } : {}),
    ...(response
      ? {
          response: {
            status: response.status,
            headers: response.headers,
            body: response.body,
            elapsedMs: response.elapsedMs,
          },
        }
      : {}),
    replayCommand: replayCommand(site.command, {
      file,
      seed,
      runs,
      operationId: unit.operationId,
      check,
      target: site.target,
    }),
    ...(file ? { replayFile: file } : {}),
  };
}

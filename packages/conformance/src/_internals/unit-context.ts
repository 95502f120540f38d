import type { SpecValidators } from '@circleci-kit/schema';
import fc from 'fast-check';
import type { Router } from '@circleci-kit/core-client';
import type { OperationInfo } from '@circleci-kit/spec-loader';
import type { ResponseCheckOptions } from '../checks/response-check.ts';
import type { Interaction, RecordedRequest, RecordedResponse } from '../interaction.ts';
import type { OutgoingRequest } from '../send-request.ts';

/** Everything a phase needs to run on one operation. */
export interface UnitContext {
  operation: OperationInfo;
  validators: SpecValidators;
  router: Router;
  baseUrl: string;
  token: string;
  /** A token the target must refuse. */
  wrongToken: string;
  /** The seed of this operation's property in this phase. */
  seed: number;
  runs: number;
  /** Whether the target may be written to (always for the mock). */
  writes: boolean;
  checkOptions: ResponseCheckOptions;
  reset: () => Promise<void>;
  /** The recorded input of a replayed case: phases send exactly it, once. */
  replayInput?: unknown;
  /**
   * Sends, records the interaction (redacted) and returns the recorded pair.
   * `operationId` names the operation called when it is not the unit's own
   * (a stateful flow's later steps).
   */
  exchange: (
    request: OutgoingRequest,
    description: string,
    providerStates?: Interaction['providerStates'],
    operationId?: string,
  ) => Promise<{ request: RecordedRequest; response: RecordedResponse }>;
}

/**
 * The arbitrary a phase draws from: the generator, or — when replaying a
 * recorded case — exactly the recorded input.
 */
export function arbitraryOf<T>(context: UnitContext, make: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  return context.replayInput === undefined ? make() : fc.constant(context.replayInput as T);
}

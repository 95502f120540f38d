import type { ClientOptions, Hooks } from '@circleci-kit/core-client';
import type { RecordedInteraction, RecordedInteractionSink } from './pact-types.ts';

/** Options of {@link recordInteractions}. */
export interface RecordInteractionsOptions {
  /**
   * The description of each interaction.
   * @default `${operationId} → ${status}`
   * @example ({ operationId }) => `the release bot calls ${operationId}`
   */
  describe?: (call: { operationId: string; status: number; attempt: number }) => string;
  /**
   * Provider states of each interaction.
   * @default () => []
   * @example ({ operationId }) => operationId === 'getPipelineById' ? [{ name: 'a pipeline exists' }] : []
   */
  providerStates?: (call: { operationId: string; status: number }) => RecordedInteraction['providerStates'];
}

/**
 * Client options that record every response a `@circleci-kit/core-client`
 * client gets, through its `afterResponse` hook (hooks only ever see the
 * request with its token masked), and hand each one to `sink`, such as a
 * pact writer's `record`. The client's own options and hooks are kept.
 *
 * @example
 * const writer = createPactWriter({ dir: 'pacts', consumer: 'release-bot', spec });
 * const client = createClient(recordInteractions({ token: process.env.CIRCLECI_TOKEN }, writer.record));
 * await client.getCurrentUser();
 * await writer.flush();
 */
export function recordInteractions<Options extends ClientOptions>(
  options: Options,
  sink: RecordedInteractionSink,
  record: RecordInteractionsOptions = {},
): Options & { hooks: Hooks } {
  const afterResponse: NonNullable<Hooks['afterResponse']>[number] = async (context, response) => {
    const { operationId, attempt, request } = context;
    const call = { operationId, status: response.status, attempt };
    const json = typeof response.data === 'string' ? undefined : response.data;
    const states = record.providerStates?.(call);
    await sink({
      operationId,
      phase: 'client',
      description: record.describe?.(call) ?? `${operationId} → ${response.status}`,
      ...(states ? { providerStates: states } : {}),
      request: {
        method: request.method.toUpperCase(),
        url: request.url,
        headers: request.headers,
        body: request.body ?? null,
      },
      response: {
        status: response.status,
        headers: response.headers,
        body:
          response.data === undefined
            ? ''
            : typeof response.data === 'string'
              ? response.data
              : JSON.stringify(response.data),
        ...(json === undefined ? {} : { json }),
      },
    });
  };
  return {
    ...options,
    hooks: { ...options.hooks, afterResponse: [...(options.hooks?.afterResponse ?? []), afterResponse] },
  };
}

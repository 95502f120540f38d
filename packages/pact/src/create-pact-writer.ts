import { join } from 'node:path';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { mergePactFile, type MergePactResult } from './merge-pact-file.ts';
import { PactError } from './pact-error.ts';
import type { PactInteraction, RecordedInteraction, RecordedInteractionSink } from './pact-types.ts';
import { toPactInteraction, type ReplayedRequest } from './to-pact-interaction.ts';
import { REPLAY_STATE } from './token-placeholder.ts';

/** Options of {@link createPactWriter}. */
export interface PactWriterOptions {
  /** The folder pact files go to (created when missing). */
  dir: string;
  /** The consumer's name. @default 'circleci-kit' */
  consumer?: string;
  /** The provider's name. @default 'circleci-api-v2' */
  provider?: string;
  /** The file name. @default `${consumer}-${provider}.json` */
  fileName?: string;
  /** The spec that gives the response matching rules. @default undefined (rules by type only) */
  spec?: LoadedSpec;
  /** A token to scrub from anything recorded, besides the masked places. @default undefined */
  token?: string;
  /** How long to wait for another writer's lock, in ms. @default 30000 */
  lockTimeoutMs?: number;
}

/** A pact writer: a sink for recorded interactions and a merge into the pact file. */
export interface PactWriter {
  /** The pact file's path. */
  readonly path: string;
  /** Interactions kept so far (one per key). */
  readonly size: number;
  /** Records one interaction; pass it as conformance's `interactions` option. */
  readonly record: RecordedInteractionSink;
  /** Merges what was recorded into the pact file (locked, atomic) and forgets it. */
  flush(): Promise<MergePactResult>;
}

function scrub(value: string, token: string | undefined): string {
  return token === undefined || token === '' ? value : value.split(token).join('***');
}

function scrubbed(recorded: RecordedInteraction, token: string | undefined): RecordedInteraction {
  if (token === undefined || token === '') return recorded;
  const headers = Object.fromEntries(Object.entries(recorded.request.headers).map(([n, v]) => [n, scrub(v, token)]));
  const text = (value: unknown): unknown => JSON.parse(scrub(JSON.stringify(value), token));
  return {
    ...recorded,
    ...(recorded.providerStates
      ? { providerStates: text(recorded.providerStates) as NonNullable<RecordedInteraction['providerStates']> }
      : {}),
    request: {
      ...recorded.request,
      url: scrub(recorded.request.url, token),
      headers,
      body: recorded.request.body === null ? null : scrub(recorded.request.body, token),
    },
    response: {
      ...recorded.response,
      body: scrub(recorded.response.body, token),
      ...(recorded.response.json === undefined ? {} : { json: text(recorded.response.json) }),
    },
  };
}

const SAFE_NAME = /^[\w.-]+$/;

/** A body that is JSON but not an object or array (`null`, `42`): Pact JS's verifier proxy refuses to forward it. */
function scalarJsonBody(body: string | null): boolean {
  if (body === null || body === '') return false;
  try {
    const value: unknown = JSON.parse(body);
    return value === null || typeof value !== 'object';
  } catch {
    return false;
  }
}

/**
 * Creates a pact writer for one consumer/provider pair: `record` turns each
 * recorded interaction into a V4 interaction ({@link toPactInteraction})
 * and keeps the first one of each key (requests whose JSON body is a bare
 * `null`, number, string or boolean are left out: Pact JS's verifier cannot
 * send them); `flush` merges them into
 * `<dir>/<consumer>-<provider>.json` ({@link mergePactFile}). A flow's later
 * steps (interactions whose first provider state was seen before with empty
 * params) carry the requests of its earlier steps as a provider state, so a
 * provider can be brought into the state they need.
 *
 * @example
 * const writer = createPactWriter({ dir: 'pacts', consumer: 'release-bot', spec });
 * await runConformance({ spec, interactions: writer.record });
 * await writer.flush(); // pacts/release-bot-circleci-api-v2.json
 */
export function createPactWriter(options: PactWriterOptions): PactWriter {
  const consumer = options.consumer ?? 'circleci-kit';
  const provider = options.provider ?? 'circleci-api-v2';
  const fileName = options.fileName ?? `${consumer}-${provider}.json`;
  if (!SAFE_NAME.test(fileName) || fileName.startsWith('.')) {
    throw new PactError(
      'BAD_OPTION',
      `the pact file name ${JSON.stringify(fileName)} must be a plain file name (letters, digits, ., _, -)`,
      fileName,
    );
  }
  const path = join(options.dir, fileName);
  const kept = new Map<string, PactInteraction>();
  const flows = new Map<string, ReplayedRequest[]>();
  return {
    path,
    get size() {
      return kept.size;
    },
    record: (input) => {
      if (scalarJsonBody(input.request.body)) return;
      const recorded = scrubbed(input, options.token);
      const flowState = recorded.providerStates?.find((state) => state.name !== REPLAY_STATE);
      if (flowState !== undefined && Object.keys(flowState.params ?? {}).length === 0) flows.set(flowState.name, []);
      const earlier = flowState === undefined ? undefined : flows.get(flowState.name);
      const interaction = toPactInteraction(recorded, {
        ...(options.spec ? { spec: options.spec } : {}),
        ...(earlier ? { earlierRequests: earlier } : {}),
      });
      if (earlier !== undefined) {
        const { method, path: requestPath, query, body } = interaction.request;
        earlier.push({
          method,
          path: requestPath,
          ...(query ? { query } : {}),
          ...(body?.encoded === false ? { body: body.content } : {}),
        });
      }
      if (!kept.has(interaction.key!)) kept.set(interaction.key!, interaction);
    },
    flush: async () => {
      const interactions = [...kept.values()];
      kept.clear();
      return mergePactFile(path, { consumer, provider, interactions }, { timeoutMs: options.lockTimeoutMs ?? 30_000 });
    },
  };
}

/**
 * Writes recorded interactions into the pact of a consumer/provider pair in
 * one go (a {@link createPactWriter} recorded and flushed).
 *
 * @example
 * await writePact({ dir: 'pacts', consumer: 'release-bot', spec, interactions: recorded });
 */
export async function writePact(
  options: PactWriterOptions & { interactions: Iterable<RecordedInteraction> },
): Promise<MergePactResult> {
  const writer = createPactWriter(options);
  for (const interaction of options.interactions) await writer.record(interaction);
  return writer.flush();
}

import type { LoadedSpec, SchemaObject } from '@circleci-kit/spec-loader';
import type {
  PactBody,
  PactGenerators,
  PactInteraction,
  PactMatchingRules,
  PactProviderState,
  RecordedInteraction,
} from './pact-types.ts';
import { responseBodyRules } from './response-body-rules.ts';
import { INVALID_TOKEN_PLACEHOLDER, REPLAY_STATE, TOKEN_PLACEHOLDER } from './token-placeholder.ts';
import { canonicalJson, shortHash } from './_internals/hash.ts';

/** A request of a flow's earlier step, as the replay provider state holds it. */
export interface ReplayedRequest {
  method: string;
  path: string;
  query?: Record<string, string[]>;
  body?: unknown;
}

/** Options of {@link toPactInteraction}. */
export interface ToPactInteractionOptions {
  /** The spec whose response schemas give the matching rules. @default undefined (rules by type only) */
  spec?: LoadedSpec;
  /** The requests the flow's earlier steps sent (adds the {@link REPLAY_STATE} state). @default [] */
  earlierRequests?: readonly ReplayedRequest[];
}

/** Request headers a contract keeps; the rest (user agent, length, host…) say nothing about the API. */
const KEPT_HEADERS = new Set(['content-type', 'accept', 'circle-token', 'authorization']);

const TOKEN_RULE = { combine: 'AND' as const, matchers: [{ match: 'regex', regex: '^\\S+$' }] };

/** The schema of a response: its exact status, then `4XX`-style, then `default`. */
export function responseSchema(
  spec: LoadedSpec | undefined,
  operationId: string,
  status: number,
): SchemaObject | undefined {
  const operation = spec?.operations.get(operationId);
  if (operation === undefined) return undefined;
  const response =
    operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses.default;
  return response?.content['application/json']?.schema;
}

function requestBody(text: string | null, contentType: string | undefined): PactBody | undefined {
  if (text === null || text === '') return undefined;
  try {
    const content: unknown = JSON.parse(text);
    if (content === null || typeof content !== 'object') throw new Error('a scalar JSON body is sent as bytes');
    return { content, contentType: contentType ?? 'application/json', encoded: false };
  } catch {
    return {
      content: Buffer.from(text).toString('base64'),
      contentType: contentType ?? 'text/plain',
      encoded: 'base64',
    };
  }
}

/** Provider-state values that look like ids, longest first, for generators. */
function stateValues(states: readonly PactProviderState[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const state of states) {
    for (const [name, value] of Object.entries(state.params ?? {})) {
      if ((typeof value === 'string' && value.length >= 3) || (typeof value === 'number' && Number.isInteger(value))) {
        out.push([name, String(value)]);
      }
    }
  }
  return out.sort((a, b) => b[1].length - a[1].length);
}

/** Adds `ProviderState` generators where the request or response carries an id from a provider state. */
function addGenerators(interaction: PactInteraction, states: readonly PactProviderState[]): void {
  const values = stateValues(states);
  if (values.length === 0) return;
  const { request, response } = interaction;
  const segments = request.path.split('/');
  let templated = false;
  for (const [i, segment] of segments.entries()) {
    const hit = values.find(([, v]) => decodeURIComponent(segment) === v);
    if (hit !== undefined) {
      segments[i] = `\${${hit[0]}}`;
      templated = true;
    }
  }
  if (templated) {
    request.generators = { ...request.generators, path: { type: 'ProviderState', expression: segments.join('/') } };
    request.matchingRules = { ...request.matchingRules, path: { combine: 'AND', matchers: [{ match: 'type' }] } };
  }
  const bodyGenerators = (content: unknown): PactGenerators['body'] => {
    if (content === null || typeof content !== 'object' || Array.isArray(content)) return undefined;
    const found: Record<string, { type: string; expression: string }> = {};
    for (const [key, value] of Object.entries(content as Record<string, unknown>)) {
      const hit = values.find(
        ([, v]) => typeof value !== 'object' && (typeof value === 'string' ? value : JSON.stringify(value)) === v,
      );
      if (hit !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
        found[`$.${key}`] = { type: 'ProviderState', expression: `\${${hit[0]}}` };
      }
    }
    return Object.keys(found).length > 0 ? found : undefined;
  };
  const requestGenerators = request.body?.encoded === false ? bodyGenerators(request.body.content) : undefined;
  if (requestGenerators !== undefined) request.generators = { ...request.generators, body: requestGenerators };
  const responseGenerators = response.body?.encoded === false ? bodyGenerators(response.body.content) : undefined;
  if (responseGenerators !== undefined) response.generators = { body: responseGenerators };
}

/**
 * The stable key of an interaction: the same description, provider state
 * names and response status always give the same key, whatever the ids,
 * inputs or timings of the run. Pact files hold one interaction per key.
 *
 * @example
 * interactionKey({ description: 'getCurrentUser with a valid input', providerStates: [], response: { status: 200 } }); // '3f0c…'
 */
export function interactionKey(interaction: {
  description: string;
  providerStates?: ReadonlyArray<{ name: string }>;
  response: { status: number };
}): string {
  const names = (interaction.providerStates ?? []).map((state) => state.name).filter((name) => name !== REPLAY_STATE);
  return shortHash(canonicalJson([interaction.description, names, interaction.response.status]));
}

/**
 * Turns one recorded request and response into a V4 `Synchronous/HTTP`
 * interaction: path and query from the URL, the headers that matter, JSON
 * bodies as values (anything else base64), response matching rules from
 * the spec ({@link responseBodyRules}), `ProviderState` generators where a
 * path segment or body field is an id from a provider state, and the token,
 * wherever it was sent (`Circle-Token`, basic `Authorization`, `circle-token`
 * query), replaced by {@link TOKEN_PLACEHOLDER} with a matcher that asks only
 * for a token to be there.
 *
 * @example
 * const interaction = toPactInteraction(recorded, { spec });
 * interaction.request.headers?.['circle-token']; // ['${CIRCLE_TOKEN}']
 */
export function toPactInteraction(
  recorded: RecordedInteraction,
  options: ToPactInteractionOptions = {},
): PactInteraction {
  const url = new URL(recorded.request.url);
  const refused = recorded.response.status === 401;
  const placeholder = refused ? INVALID_TOKEN_PLACEHOLDER : TOKEN_PLACEHOLDER;
  const requestRules: PactMatchingRules = {};
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) {
    const secret = name.toLowerCase() === 'circle-token';
    (query[name] ??= []).push(secret ? placeholder : value);
    if (secret) (requestRules.query ??= {})[name] = TOKEN_RULE;
  }
  const headers: Record<string, string[]> = {};
  for (const [rawName, value] of Object.entries(recorded.request.headers)) {
    const name = rawName.toLowerCase();
    if (!KEPT_HEADERS.has(name)) continue;
    if (name === 'circle-token') headers[name] = [placeholder];
    else if (name === 'authorization') {
      const scheme = /^\s*(\S+)/.exec(value)?.[1] ?? 'Basic';
      headers[name] = [`${scheme} ${Buffer.from(`${placeholder}:`).toString('base64')}`];
    } else headers[name] = [value];
    if (name === 'circle-token' || name === 'authorization') (requestRules.header ??= {})[name] = TOKEN_RULE;
  }
  const body = requestBody(recorded.request.body, recorded.request.headers['content-type']);
  const states: PactProviderState[] = (recorded.providerStates ?? []).map((state) =>
    state.params === undefined ? { name: state.name } : { name: state.name, params: structuredClone(state.params) },
  );
  if (options.earlierRequests !== undefined && options.earlierRequests.length > 0) {
    states.push({ name: REPLAY_STATE, params: { requests: structuredClone(options.earlierRequests) } });
  }
  const interaction: PactInteraction = {
    type: 'Synchronous/HTTP',
    key: '',
    description: recorded.description,
    pending: false,
    ...(states.length > 0 ? { providerStates: states } : {}),
    request: {
      method: recorded.request.method.toUpperCase(),
      path: url.pathname,
      ...(Object.keys(query).length > 0 ? { query } : {}),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(body !== undefined ? { body } : {}),
      ...(Object.keys(requestRules).length > 0 ? { matchingRules: requestRules } : {}),
    },
    response: { status: recorded.response.status },
  };
  const contentType = Object.entries(recorded.response.headers).find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  if (contentType !== undefined) interaction.response.headers = { 'content-type': [contentType] };
  if (recorded.response.json !== undefined) {
    const schema = responseSchema(options.spec, recorded.operationId, recorded.response.status);
    const { body: content, rules } = responseBodyRules(schema, recorded.response.json);
    interaction.response.body = { content, contentType: 'application/json', encoded: false };
    if (Object.keys(rules).length > 0) interaction.response.matchingRules = { body: rules };
  } else if (recorded.response.body !== '') {
    interaction.response.body = {
      content: recorded.response.body,
      contentType: contentType ?? 'text/plain',
      encoded: false,
    };
  }
  if (contentType !== undefined && /^application\/json/i.test(contentType)) {
    interaction.response.matchingRules = {
      ...interaction.response.matchingRules,
      header: { 'content-type': { combine: 'AND', matchers: [{ match: 'regex', regex: '^application/json' }] } },
    };
  }
  addGenerators(interaction, states);
  interaction.key = interactionKey(interaction);
  interaction.comments = { operationId: recorded.operationId, ...(recorded.phase ? { phase: recorded.phase } : {}) };
  return interaction;
}

import {
  createRouter,
  readWireValue,
  toOperationTable,
  type OperationSpec,
  type RouteMatch,
} from '@circleci-kit/core-client';
import { createValidators, sample, type SpecValidators } from '@circleci-kit/schema';
import {
  appendPointer,
  parsePointer,
  type LoadedSpec,
  type OperationInfo,
  type ParameterInfo,
  type ResponseInfo,
  type SchemaObject,
} from '@circleci-kit/spec-loader';
import { matchBody } from './match-body.ts';
import type { PactFile, PactInteraction } from './pact-types.ts';
import { responseSchema } from './to-pact-interaction.ts';
import { INVALID_TOKEN_PLACEHOLDER } from './token-placeholder.ts';
import { parsePath, selectRule } from './_internals/json-path.ts';
import { resolveSchema } from './_internals/resolve-schema.ts';
import { schemaAt } from './_internals/schema-pointer.ts';

/** One way an interaction disagrees with the spec. */
export interface SpecMismatch {
  /** The interaction's description. */
  interaction: string;
  /** The interaction's index in the pact. */
  index: number;
  /** `error`: the pact breaks the spec; `warning`: it expects more than the spec promises. */
  severity: 'error' | 'warning';
  /** `route`, `parameter`, `request-body`, `status`, `response-body` or `matching-rule`. */
  kind: 'route' | 'parameter' | 'request-body' | 'status' | 'response-body' | 'matching-rule';
  /** JSON pointer into the pact file, e.g. `/interactions/3/response/body/content/items/0/id`. */
  pointer: string;
  /** JSON pointer into the spec document, e.g. `/paths/~1me/get/responses/200/…/properties/id`. */
  specPointer: string;
  message: string;
}

/** Options of {@link checkPactAgainstSpec}. */
export interface CheckPactOptions {
  /** Spec-valid responses drawn per interaction to hold the matching rules to. @default 12 */
  samples?: number;
  /** The seed of those draws. @default 1 */
  seed?: number;
  /**
   * Only declared statuses pass. Off by default, so the statuses CircleCI
   * answers on every route but declares on few pass undeclared: 404 and
   * 429, 401 to a request without a valid token (none, or
   * `invalid-circle-token`), and 400 to a request that breaks the spec —
   * as conformance's `status-code-declared` does.
   * @default false
   */
  strictStatus?: boolean;
}

/** Whether a request carried no usable token: none at all, or the pact's wrong-token placeholder. */
function unauthenticated(request: PactInteraction['request']): boolean {
  const headers = Object.entries(request.headers ?? {}).map(([n, v]) => [n.toLowerCase(), String(v)] as const);
  const values = [
    ...headers.filter(([n]) => n === 'circle-token' || n === 'authorization').map(([, v]) => v),
    ...[request.query?.['circle-token'] ?? []].flat().map(String),
  ];
  return values.length === 0 || values.every((v) => v.includes(INVALID_TOKEN_PLACEHOLDER) || v.trim() === '');
}

const isHttp = (i: PactFile['interactions'][number]): i is PactInteraction =>
  i.type === 'Synchronous/HTTP' || (i.type === undefined && 'request' in i);

function basePath(spec: LoadedSpec): string {
  const servers = (spec.document as { servers?: Array<{ url?: string }> }).servers;
  try {
    return new URL(servers?.[0]?.url ?? '/', 'http://x').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/** A spec-valid value of a schema for a seed (`undefined` when none can be drawn). */
function draw(schema: SchemaObject, seed: number): unknown {
  try {
    return sample(schema, seed, { direction: 'response', useExample: seed === 0 });
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The example written over a sample: the example's values win, the sample
 * fills what it leaves out. Each item of a list is written over the
 * sample's first; each of a `prefixItems` tuple over the sample's item at
 * its index, which has its schema.
 */
function overlay(sampled: unknown, example: unknown, schema: SchemaObject | undefined): unknown {
  const node = schema === undefined ? undefined : resolveSchema(schema);
  if (Array.isArray(example)) {
    const items: unknown[] = Array.isArray(sampled) ? sampled : [];
    const prefix = node?.prefixItems;
    if (prefix === undefined) return example.map((item) => overlay(items[0], item, node?.items));
    return example.map((item, index) => overlay(items[index], item, prefix[index] ?? node?.items));
  }
  if (!isRecord(example) || !isRecord(sampled)) return example;
  const out: Record<string, unknown> = { ...sampled };
  for (const [key, value] of Object.entries(example)) out[key] = overlay(sampled[key], value, node?.properties?.[key]);
  return out;
}

function operationPointer(operation: OperationInfo): string {
  return operation.pointer;
}

function checkParameters(
  operation: OperationInfo,
  wire: OperationSpec,
  validators: SpecValidators,
  pathValues: Record<string, string>,
  request: PactInteraction['request'],
  report: (
    kind: SpecMismatch['kind'],
    pointer: string,
    specPointer: string,
    message: string,
    severity?: SpecMismatch['severity'],
  ) => void,
): void {
  const specIndex = (p: ParameterInfo): string => `${operationPointer(operation)}/parameters(${p.in}:${p.name})`;
  const check = (p: ParameterInfo, texts: readonly string[] | undefined, pointer: string): void => {
    if (texts === undefined || texts.length === 0) {
      if (p.required)
        report(
          'parameter',
          pointer,
          specIndex(p),
          `the ${p.in} parameter "${p.name}" is required but the request has none`,
        );
      return;
    }
    const parameter = wire.parameters[p.in].find((candidate) => candidate.name === p.name)!;
    const result = validators.parameter(operation.operationId, p.in, p.name)(readWireValue(parameter, texts));
    if (!result.valid)
      report(
        'parameter',
        pointer,
        specIndex(p),
        `the ${p.in} parameter "${p.name}": ${result.errors[0]?.message ?? 'invalid'}`,
      );
  };
  for (const p of operation.parameters.path)
    check(p, pathValues[p.name] === undefined ? undefined : [pathValues[p.name]!], '/request/path');
  const query = request.query ?? {};
  for (const p of operation.parameters.query) {
    const raw = query[p.name];
    check(
      p,
      raw === undefined ? undefined : Array.isArray(raw) ? raw : [String(raw)],
      appendPointer('/request/query', p.name),
    );
  }
  const declared = new Set(operation.parameters.query.map((p) => p.name));
  for (const name of Object.keys(query)) {
    if (!declared.has(name) && name !== 'circle-token') {
      report(
        'parameter',
        appendPointer('/request/query', name),
        `${operationPointer(operation)}/parameters`,
        `the query parameter "${name}" is not declared`,
        'warning',
      );
    }
  }
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([n, v]) => [n.toLowerCase(), Array.isArray(v) ? v : [String(v)]]),
  );
  for (const p of operation.parameters.header)
    check(p, headers[p.name.toLowerCase()], appendPointer('/request/headers', p.name));
}

/** The response an operation declares for a status: its own, else its class's (`4XX`), else `default`. */
function declaredResponse(operation: OperationInfo, status: number): ResponseInfo | undefined {
  const text = String(status);
  return operation.responses[text] ?? operation.responses[`${text[0]}XX`] ?? operation.responses.default;
}

/** The parts of an operation the check reads for any interaction: its identity and place (in the pointers it reports). */
const placeParts = (operation: OperationInfo): unknown => [
  operation.operationId,
  operation.method,
  operation.path,
  operation.pointer,
];

/** {@link placeParts} and what the check reads of the request: the parameters and the request body. */
const requestParts = (operation: OperationInfo): unknown => [
  placeParts(operation),
  operation.parameters,
  operation.requestBody,
];

/** {@link placeParts} and the request body, whose having a JSON schema decides a warning. */
const bodyParts = (operation: OperationInfo): unknown => [placeParts(operation), operation.requestBody];

/**
 * Whether the check of an interaction expecting `status` depends on the
 * request's parameters and body (`declared`: the response the operation
 * declares for the status). Their mismatches are reported only below 400;
 * at 400 they tell a tolerated status from an undeclared one, which counts
 * only when none is declared. Above, they change nothing but the request
 * body warning.
 */
const readsRequest = (status: number, declared: ResponseInfo | undefined): boolean =>
  !(typeof status === 'number' && (status > 400 || (status === 400 && declared !== undefined)));

/**
 * Whether two values loaded from JSON are equal all the way down. Resolved
 * schemas are graphs with cycles: a pair of objects met again is taken as
 * equal for now, which holds when every other pair is.
 */
function sameValue(a: unknown, b: unknown, met: Map<object, Set<object>>): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  let seen = met.get(a);
  if (seen?.has(b) === true) return true;
  if (seen === undefined) met.set(a, (seen = new Set()));
  seen.add(b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], met),
  );
}

/** Options of {@link checkPactAgainstSpec} with their defaults filled in. */
type CheckSettings = Required<CheckPactOptions>;

/** The options each {@link SpecChecker} was made with, for another's {@link SpecChecker.checksAlike}. */
const settingsOf = new WeakMap<SpecChecker, CheckSettings>();

/**
 * The check of interactions against one spec that {@link checkPactAgainstSpec}
 * runs, kept to check many: each distinct request path is routed once, the
 * validators are the spec's, and the responses drawn from a schema are drawn
 * once.
 */
export interface SpecChecker {
  readonly spec: LoadedSpec;
  /** The path of the spec's first server, without a trailing slash: `/api/v2`, or `''` for none. */
  readonly basePath: string;
  /**
   * Where a request goes in the spec, as {@link SpecChecker.check} routes
   * it: `path` is taken as it is, less {@link SpecChecker.basePath} when it
   * starts with it. Each method and path is routed once.
   */
  route(method: string, path: string): RouteMatch;
  /**
   * The mismatches of one interaction, `index` being its place in its pact
   * (it makes the pointers). None for an interaction that is not HTTP.
   */
  check(interaction: PactFile['interactions'][number], index: number): SpecMismatch[];
  /**
   * Whether an HTTP interaction gets the same mismatches from this checker
   * and from `other`: both were made with the same options, and its request
   * routes the same way in both specs (found or not, with the same path
   * values), to operations equal in all the check reads of them for it:
   * their identity and route, the response declared for the status it
   * expects (the statuses declared when none is) and, below 400 or at a 400
   * not declared, the parameters and request body (above, only whether the
   * operation takes a JSON body, when it sends one); schemas and all. Then
   * the two checks cannot differ, and one can be left out.
   */
  checksAlike(other: SpecChecker, interaction: PactInteraction): boolean;
}

/**
 * Makes the check of {@link checkPactAgainstSpec} for one spec, to run on
 * interactions one at a time, many pacts sharing its routes, validators and
 * drawn responses.
 *
 * @example
 * const checker = createSpecChecker(spec);
 * const mismatches = pact.interactions.flatMap((interaction, index) => checker.check(interaction, index));
 */
export function createSpecChecker(spec: LoadedSpec, options: CheckPactOptions = {}): SpecChecker {
  const settings: CheckSettings = {
    samples: options.samples ?? 12,
    seed: options.seed ?? 1,
    strictStatus: options.strictStatus ?? false,
  };
  const table = toOperationTable(spec.operations);
  const router = createRouter(Object.values(table));
  const validators = createValidators(spec);
  const prefix = basePath(spec);
  const routes = new Map<string, RouteMatch>();
  const route = (method: string, requestPath: string): RouteMatch => {
    const key = `${method.toUpperCase()}\u0000${requestPath}`;
    let match = routes.get(key);
    if (match === undefined) {
      const path =
        prefix !== '' && requestPath.startsWith(`${prefix}/`) ? requestPath.slice(prefix.length) : requestPath;
      match = router.match(method.toUpperCase(), path);
      routes.set(key, match);
    }
    return match;
  };
  // Drawn per schema (the seeded draws are the same every time): the example's base, then `samples` candidates.
  const draws = new Map<SchemaObject, { base: unknown; drawn: unknown[] }>();
  const drawsOf = (schema: SchemaObject): { base: unknown; drawn: unknown[] } => {
    let found = draws.get(schema);
    if (found === undefined) {
      const drawn = Array.from({ length: settings.samples }, (_, i) => draw(schema, settings.seed + i));
      found = { base: draw(schema, 0), drawn };
      draws.set(schema, found);
    }
    return found;
  };
  // Equalities with another spec's operations and responses, by the parts that count, remembered by pair.
  const remembered = <T extends object>(parts: (value: T) => unknown): ((mine: T, theirs: T) => boolean) => {
    const known = new Map<T, Map<T, boolean>>();
    return (mine, theirs) => {
      let row = known.get(mine);
      if (row === undefined) known.set(mine, (row = new Map<T, boolean>()));
      let equal = row.get(theirs);
      if (equal === undefined) {
        equal = sameValue(parts(mine), parts(theirs), new Map());
        row.set(theirs, equal);
      }
      return equal;
    };
  };
  const sameRequest = remembered(requestParts);
  const sameBody = remembered(bodyParts);
  const samePlace = remembered(placeParts);
  const sameResponse = remembered((response: ResponseInfo) => response);
  const sameStatuses = remembered((operation: OperationInfo) => Object.keys(operation.responses));
  const sameOperation = (mine: OperationInfo, theirs: OperationInfo, interaction: PactInteraction): boolean => {
    const { request, response } = interaction;
    const [a, b] = [declaredResponse(mine, response.status), declaredResponse(theirs, response.status)];
    // None declared: the statuses that are are named.
    if (a === undefined || b === undefined ? a !== b || !sameStatuses(mine, theirs) : !sameResponse(a, b)) return false;
    if (readsRequest(response.status, a)) return sameRequest(mine, theirs);
    const sendsJson = request.body?.encoded === false && /json/i.test(request.body.contentType);
    return sendsJson ? sameBody(mine, theirs) : samePlace(mine, theirs);
  };

  const check = (raw: PactFile['interactions'][number], index: number): SpecMismatch[] => {
    const out: SpecMismatch[] = [];
    if (!isHttp(raw)) return out;
    const interaction = raw;
    const at = `/interactions/${index}`;
    const report = (
      kind: SpecMismatch['kind'],
      pointer: string,
      specPointer: string,
      message: string,
      severity: SpecMismatch['severity'] = 'error',
    ): void =>
      void out.push({
        interaction: interaction.description,
        index,
        severity,
        kind,
        pointer: `${at}${pointer}`,
        specPointer,
        message,
      });
    const { request, response } = interaction;
    const match = route(request.method, request.path);
    if (match.kind !== 'found') {
      report(
        'route',
        '/request/path',
        '/paths',
        `no operation of the spec answers ${request.method.toUpperCase()} ${request.path} (${match.kind})`,
      );
      return out;
    }
    const operation = spec.operations.get(match.operation.id)!;
    // A request the provider refused may break the spec on purpose: its parameters and body are not held to it.
    let breaksSpec = false;
    const requestReport: typeof report = (...args) => {
      breaksSpec = true;
      if (response.status < 400) report(...args);
    };
    checkParameters(operation, match.operation, validators, match.path, request, (...args) =>
      args[4] === 'warning' ? response.status < 400 && report(...args) : requestReport(...args),
    );
    const body = request.body;
    const bodyPointer = `${operation.pointer}/requestBody`;
    if (operation.requestBody?.required === true && body === undefined) {
      requestReport(
        'request-body',
        '/request',
        bodyPointer,
        'the operation requires a request body but the request has none',
      );
    } else if (body?.encoded === false && /json/i.test(body.contentType)) {
      const validate = validators.requestBody(operation.operationId);
      const result = validate?.(body.content);
      if (validate === undefined)
        report('request-body', '/request/body', operation.pointer, 'the operation takes no request body', 'warning');
      else if (result !== undefined && !result.valid) {
        for (const issue of result.errors)
          requestReport(
            'request-body',
            `/request/body/content${issue.pointer}`,
            appendPointer(bodyPointer, 'content', 'application/json', 'schema'),
            issue.message,
          );
      }
    }
    const status = String(response.status);
    const declared = declaredResponse(operation, response.status);
    const tolerated =
      !settings.strictStatus &&
      (response.status === 404 ||
        response.status === 429 ||
        (response.status === 401 && unauthenticated(request)) ||
        (response.status === 400 && breaksSpec));
    if (declared === undefined) {
      if (tolerated) return out;
      report(
        'status',
        '/response/status',
        `${operation.pointer}/responses`,
        `status ${status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`,
      );
      return out;
    }
    const schema = responseSchema(spec, operation.operationId, response.status);
    if (schema === undefined || response.body?.encoded !== false) return out;
    const schemaBase = appendPointer(
      operation.pointer,
      'responses',
      declared.status,
      'content',
      'application/json',
      'schema',
    );
    const validate = validators.response(operation.operationId, declared.status);
    const example = response.body.content;
    // Pacts name only what the consumer uses: required fields it leaves out are filled from a sample first.
    // A union's example may belong to another branch than the sample's, so other samples are tried too.
    const { base, drawn } = drawsOf(schema);
    const verdict = validate?.(overlay(base, example, schema));
    const refused =
      verdict !== undefined &&
      !verdict.valid &&
      !drawn.some((d) => validate?.(overlay(d, example, schema)).valid === true)
        ? verdict
        : undefined;
    const issues = refused === undefined ? [] : refused.errors.filter((i) => i.keyword !== 'required');
    for (const issue of issues) {
      const tokens = parsePointer(issue.pointer) ?? [];
      report(
        'response-body',
        `/response/body/content${issue.pointer}`,
        schemaAt(schema, schemaBase, tokens).pointer,
        issue.message,
      );
    }
    const rules = response.matchingRules?.body ?? {};
    const parsedRules = Object.entries(rules).flatMap(([p, rule]) => {
      const tokens = parsePath(p);
      return tokens === undefined ? [] : [{ tokens, rule }];
    });
    const seen = new Set<string>();
    for (const candidate of drawn.filter((value) => value !== undefined)) {
      for (const mismatch of matchBody(example, candidate, rules)) {
        const tokens = parsePointer(mismatch.pointer) ?? [];
        const at = schemaAt(schema, schemaBase, tokens);
        const where = appendPointer('/response/body/content', ...at.generic);
        if (seen.has(where)) continue;
        seen.add(where);
        const ruled = selectRule(parsedRules, tokens) !== undefined;
        const missing = mismatch.message.startsWith('missing ');
        report(
          ruled && !missing ? 'matching-rule' : 'response-body',
          where,
          at.pointer,
          `a response the spec allows fails the pact: ${mismatch.message}${missing ? ' (the spec does not require it)' : ''}`,
          ruled || missing ? 'error' : 'warning',
        );
      }
    }
    return out;
  };

  const checker: SpecChecker = {
    spec,
    basePath: prefix,
    route,
    check,
    checksAlike(other, interaction) {
      if (other === checker) return true;
      const theirs = settingsOf.get(other);
      if (theirs === undefined || !sameValue(settings, theirs, new Map())) return false;
      const { request } = interaction;
      const mine = route(request.method, request.path);
      const their = other.route(request.method, request.path);
      if (mine.kind !== their.kind) return false;
      // Unrouted both ways: the same route mismatch, naming the request and the kind alone.
      if (mine.kind !== 'found' || their.kind !== 'found') return true;
      if (!sameValue(mine.path, their.path, new Map())) return false;
      const [a, b] = [spec.operations.get(mine.operation.id), other.spec.operations.get(their.operation.id)];
      return a !== undefined && b !== undefined && sameOperation(a, b, interaction);
    },
  };
  settingsOf.set(checker, settings);
  return checker;
}

/**
 * Checks each `Synchronous/HTTP` interaction of a pact against its OpenAPI
 * operation: the route (multi-segment project slugs included), path, query
 * and header parameters, the request body, that the status is declared,
 * and the response body. Unlike a comparator that looks only at example
 * values, it honours the matching rules: the example must be valid for the
 * schema, and spec-valid responses drawn from the schema must pass the
 * pact's rules, so a regex stricter than the schema's format or pattern, a
 * `type` matcher on a value of another type, a `min` above `minItems`, or a
 * field the spec does not require are each reported, with the interaction,
 * the JSON pointer in the pact and the location in the spec. Unless
 * `strictStatus`, statuses CircleCI answers everywhere pass undeclared
 * (404, 429, a 401 to a request without a valid token, a 400 to a request
 * that breaks the spec), as in conformance's `status-code-declared`. To
 * check many pacts against one spec, {@link createSpecChecker} shares the
 * work between them.
 *
 * @example
 * const mismatches = checkPactAgainstSpec(readPacts('pacts')[0].pact, spec);
 * for (const m of mismatches) console.log(`${m.interaction}: ${m.pointer} (${m.specPointer}) ${m.message}`);
 */
export function checkPactAgainstSpec(pact: PactFile, spec: LoadedSpec, options: CheckPactOptions = {}): SpecMismatch[] {
  const checker = createSpecChecker(spec, options);
  return pact.interactions.flatMap((interaction, index) => checker.check(interaction, index));
}

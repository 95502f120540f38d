/**
 * The check of one interaction against a spec: its route, its request
 * (parameters and body), its status, and its response body (the example
 * and the matching rules, held to responses drawn from the schema).
 */
import type { RouteMatch } from '@circleci-kit/core-client';
import type { SpecValidators } from '@circleci-kit/schema';
import { appendPointer, parsePointer, type LoadedSpec, type SchemaObject } from '@circleci-kit/spec-loader';
import { matchParsedBody, parseBodyRules, readRulePaths } from '../match-body.ts';
import type { PactFile, PactInteraction } from '../pact-types.ts';
import type { CheckSettings, SpecMismatch } from '../spec-mismatch.ts';
import { responseSchema } from '../to-pact-interaction.ts';
import { INVALID_TOKEN_PLACEHOLDER } from '../token-placeholder.ts';
import { checkParameters, type ReportMismatch } from './check-parameters.ts';
import { declaredResponse, readsRequest } from './declared-response.ts';
import { selectRule } from './json-path.ts';
import { overlay, type SampleResponses } from './sample-responses.ts';
import { schemaAt } from './schema-pointer.ts';
import { isHttpInteraction as isHttp } from '../is-http-interaction.ts';

/** What the check of an interaction works with, shared by every interaction checked against one spec. */
export interface CheckContext {
  spec: LoadedSpec;
  settings: CheckSettings;
  validators: SpecValidators;
  /** Where a request goes in the spec (see `SpecChecker.routeOf`). */
  routeOf: (request: PactInteraction['request']) => RouteMatch;
  /** The responses drawn from a schema. */
  samplesOf: (schema: SchemaObject) => SampleResponses;
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

/**
 * The mismatches of one interaction with the spec, `index` being its place
 * in its pact (it makes the pointers). None for an interaction that is not
 * HTTP.
 *
 * @example
 * checkInteraction(context, pact.interactions[0], 0); // [{ kind: 'status', … }]
 */
export function checkInteraction(
  context: CheckContext,
  raw: PactFile['interactions'][number],
  index: number,
): SpecMismatch[] {
  const { spec, settings, validators } = context;
  const out: SpecMismatch[] = [];
  if (!isHttp(raw)) return out;
  const interaction = raw;
  const at = `/interactions/${index}`;
  const report: ReportMismatch = (kind, pointer, specPointer, message, severity = 'error') =>
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
  const match = context.routeOf(request);
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
  const declared = declaredResponse(operation, response.status);
  const body = request.body;
  const sendsJson = body?.encoded === false && /json/i.test(body.contentType);
  // Whether `validators.requestBody` has a validator for it, read off the operation: nothing is compiled to know.
  const takesJson = operation.requestBody?.content['application/json']?.schema !== undefined;
  // A request the provider refused may break the spec on purpose: its parameters and body are not held to it.
  let breaksSpec = false;
  if (readsRequest(response.status, declared)) {
    const requestReport: ReportMismatch = (...args) => {
      breaksSpec = true;
      if (response.status < 400) report(...args);
    };
    checkParameters(operation, match.operation, validators, match.path, request, (...args) =>
      args[4] === 'warning' ? response.status < 400 && report(...args) : requestReport(...args),
    );
    const bodyPointer = `${operation.pointer}/requestBody`;
    if (operation.requestBody?.required === true && body === undefined) {
      requestReport(
        'request-body',
        '/request',
        bodyPointer,
        'the operation requires a request body but the request has none',
      );
    } else if (sendsJson && takesJson) {
      const result = validators.requestBody(operation.operationId)?.(body.content);
      if (result !== undefined && !result.valid) {
        for (const issue of result.errors)
          requestReport(
            'request-body',
            `/request/body/content${issue.pointer}`,
            appendPointer(bodyPointer, 'content', 'application/json', 'schema'),
            issue.message,
          );
      }
    }
  }
  // The one thing of the request reported at any status.
  if (sendsJson && !takesJson)
    report('request-body', '/request/body', operation.pointer, 'the operation takes no request body', 'warning');
  const status = String(response.status);
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
  const { base, drawn } = context.samplesOf(schema);
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
  // Whether a rule governs a mismatch's place: any readable rule path counts, even one with no matcher list,
  // which the matching itself leaves out.
  const parsedRules = readRulePaths(rules);
  const bodyRules = parseBodyRules(parsedRules);
  const seen = new Set<string>();
  for (const candidate of drawn.filter((value) => value !== undefined)) {
    for (const mismatch of matchParsedBody(example, candidate, bodyRules)) {
      const tokens = parsePointer(mismatch.pointer) ?? [];
      const place = schemaAt(schema, schemaBase, tokens);
      const where = appendPointer('/response/body/content', ...place.generic);
      if (seen.has(where)) continue;
      seen.add(where);
      const ruled = selectRule(parsedRules, tokens) !== undefined;
      const missing = mismatch.message.startsWith('missing ');
      report(
        ruled && !missing ? 'matching-rule' : 'response-body',
        where,
        place.pointer,
        `a response the spec allows fails the pact: ${mismatch.message}${missing ? ' (the spec does not require it)' : ''}`,
        ruled || missing ? 'error' : 'warning',
      );
    }
  }
  return out;
}

/**
 * What the server checks for one operation, compiled once: auth, each
 * parameter's coercion and validator, the body's content types and validator.
 */
import { readWireValue, toOperationTable, type ParameterSpec } from '@circleci-kit/core-client';
import type { SpecValidators, Validator } from '@circleci-kit/schema';
import { parseOrgSlug, parseProjectSlug, UUID_PATTERN } from '@circleci-kit/slug';
import type { LoadedSpec, OperationInfo, SchemaObject } from '@circleci-kit/spec-loader';
import { deriveEchoRules, successSchema, type EchoRule } from './echo/echo-rules.ts';

/** One parameter check. */
interface ParameterCheck {
  name: string;
  location: 'path' | 'query' | 'header';
  required: boolean;
  /** How its wire text reads as a value. */
  spec: ParameterSpec;
  validate: Validator;
  /** How a slug value is read and made canonical, for slug parameters. */
  slug: ((value: string) => string) | undefined;
}

/** The compiled checks of one operation. */
export interface OperationPlan {
  operation: OperationInfo;
  /** Whether a token is needed. */
  secured: boolean;
  parameters: ParameterCheck[];
  /** The request body the operation takes, if any. */
  body: { required: boolean; types: string[]; validate: Validator | undefined } | undefined;
  /** Whether the operation pages with `page-token`. */
  paged: boolean;
  /** The response fields that hold the request's parameters. */
  echo: EchoRule[];
  /** The success schema whose fields repeat a create's or update's body, for operations that take one. */
  echoBody: SchemaObject | undefined;
}

/** The outcome of reading a request's parameters. */
export type ParameterResult =
  { ok: true; path: Record<string, unknown>; query: Record<string, unknown> } | { ok: false; message: string };

function slugReader(parameter: ParameterSpec): ((value: string) => string) | undefined {
  if (parameter.slug === 'project') return (value) => parseProjectSlug(value).slug;
  if (parameter.slug === 'org-or-id') return (value) => (UUID_PATTERN.test(value) ? value : parseOrgSlug(value).slug);
  if (parameter.slug === 'org') return (value) => parseOrgSlug(value).slug;
  return undefined;
}

/**
 * Compiles the checks of one operation from the spec and the schema
 * package's validators.
 *
 * @example
 * const plan = compilePlan(spec, 'triggerPipeline', createValidators(spec));
 */
export function compilePlan(spec: LoadedSpec, operationId: string, validators: SpecValidators): OperationPlan {
  const operation = spec.operations.get(operationId)!;
  const wire = toOperationTable(spec.operations)[operationId]!;
  const parameters: ParameterCheck[] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    for (const parameter of wire.parameters[location]) {
      parameters.push({
        name: parameter.name,
        location,
        required: parameter.required,
        spec: parameter,
        validate: validators.parameter(operation.operationId, location, parameter.name),
        slug: location === 'path' ? slugReader(parameter) : undefined,
      });
    }
  }
  const requestBody = operation.requestBody;
  return {
    operation,
    secured: operation.security.length > 0 && operation.security.every((r) => Object.keys(r).length > 0),
    parameters,
    body:
      requestBody === undefined
        ? undefined
        : {
            required: requestBody.required,
            types: Object.keys(requestBody.content),
            validate: validators.requestBody(operation.operationId),
          },
    paged: operation.parameters.query.some((p) => p.name === 'page-token'),
    echo: deriveEchoRules(operation),
    echoBody: requestBody === undefined ? undefined : successSchema(operation),
  };
}

/**
 * Reads and validates the parameters of a request: path values from the
 * router, query values by name, headers. The first problem gives a message
 * naming the parameter.
 */
export function readParameters(
  plan: OperationPlan,
  pathValues: Record<string, string>,
  query: Map<string, string[]> | undefined,
  headers: Record<string, string | string[] | undefined>,
): ParameterResult {
  const path: Record<string, unknown> = {};
  const queryValues: Record<string, unknown> = {};
  for (const check of plan.parameters) {
    let texts: readonly string[] | undefined;
    if (check.location === 'path') texts = pathValues[check.name] === undefined ? undefined : [pathValues[check.name]!];
    else if (check.location === 'query') texts = query?.get(check.name);
    else {
      const header = headers[check.name.toLowerCase()];
      texts = header === undefined ? undefined : Array.isArray(header) ? header : [header];
    }
    const where = `${check.location} parameter "${check.name}"`;
    if (texts === undefined || texts.length === 0) {
      if (check.required) return { ok: false, message: `missing required ${where}` };
      continue;
    }
    let value = readWireValue(check.spec, texts);
    if (check.slug !== undefined) {
      try {
        value = check.slug(value as string);
      } catch (error) {
        return { ok: false, message: `invalid ${where}: ${(error as Error).message}` };
      }
    }
    const result = check.validate(value);
    if (!result.valid) return { ok: false, message: `invalid ${where}: ${result.errors[0]?.message ?? 'invalid'}` };
    // By wire name and by camelCase key: the key stays when a spec version respells the name (context-id, context_id).
    const into = check.location === 'path' ? path : check.location === 'query' ? queryValues : undefined;
    if (into !== undefined) into[check.name] = into[check.spec.key] = value;
  }
  return { ok: true, path, query: queryValues };
}

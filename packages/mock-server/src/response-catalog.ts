/**
 * The success responses of every operation, drawn from the spec's schemas
 * for a seed and rendered once.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { createValidators, type SpecValidators, type Validator } from '@circleci-kit/schema';
import type { LoadedSpec, OperationInfo, SchemaObject } from '@circleci-kit/spec-loader';
import { hash32 } from './_internals/hash.ts';
import { realisticSample } from './realistic/realistic-sample.ts';

const pairs = new WeakMap<SchemaObject, SchemaObject>();

/** A two-item array of a schema, made once per schema (its validator is compiled once). */
function pairOf(schema: SchemaObject): SchemaObject {
  let pair = pairs.get(schema);
  if (pair === undefined) {
    pair = { type: 'array', items: schema, minItems: 2, maxItems: 2 };
    pairs.set(schema, pair);
  }
  return pair;
}

/** A response ready to write: status, headers and body bytes. */
export interface RenderedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** The body CircleCI answers 202 with. */
export const ACCEPTED: { message: string } = { message: 'Accepted.' };

/** Renders a JSON value (or JSON text already rendered) as a response. */
export function renderJson(
  status: number,
  value: unknown,
  extra?: OutgoingHttpHeaders,
  json: string | undefined = value === undefined ? undefined : JSON.stringify(value),
): RenderedResponse {
  const body = json === undefined ? Buffer.alloc(0) : Buffer.from(json);
  const headers: OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': String(body.length) };
  return { status, headers: extra === undefined ? headers : { ...headers, ...extra }, body };
}

/** A success body whose fixed part is rendered once; see {@link ResponseCatalog.shape}. */
export interface BodyShape {
  status: number;
  /** The answer with `values[i]` (JSON values, none `undefined`) at the shape's `i`-th key. */
  render(values: readonly unknown[]): RenderedResponse;
}

/** Marks where the `i`-th filled value goes in a shape's pre-rendered JSON. */
const marker = (i: number): string => `\u0000fill:${i}\u0000`;

/**
 * Per-operation success bodies for one seed: the declared success status
 * (the lowest 2xx), a sample of its schema (the schema's own example when it
 * validates), rendered once and reused; 202 answers `{"message":"Accepted."}`
 * when the schema allows it. Stateful handlers take deep copies as templates.
 *
 * @example
 * const catalog = new ResponseCatalog(spec, 42);
 * catalog.rendered(spec.operations.get('getCurrentUser')!).status; // → 200
 */
export class ResponseCatalog {
  readonly validators: SpecValidators;
  readonly #seed: number;
  readonly #me: OperationInfo | undefined;
  #user: Readonly<Record<string, unknown>> | undefined;
  readonly #rendered = new Map<string, RenderedResponse>();
  readonly #samples = new Map<string, unknown>();
  readonly #sampleJson = new Map<string, string>();
  readonly #success = new Map<string, { status: number; schema: SchemaObject | undefined }>();

  constructor(spec: LoadedSpec, seed: number) {
    this.validators = createValidators(spec);
    this.#seed = seed;
    this.#me = spec.operations.get('getCurrentUser');
  }

  /**
   * The user `GET /me` answers with, who the token belongs to: who triggers
   * pipelines and pushes policies (`{}` for a spec without that operation).
   * Read-only, made once.
   */
  currentUser(): Readonly<Record<string, unknown>> {
    this.#user ??= Object.freeze(this.#me === undefined ? {} : this.template(this.#me));
    return this.#user;
  }

  /** The success status of an operation and its JSON schema, if it has one. */
  success(operation: OperationInfo): { status: number; schema: SchemaObject | undefined } {
    let known = this.#success.get(operation.operationId);
    if (known === undefined) {
      known = this.#findSuccess(operation);
      this.#success.set(operation.operationId, known);
    }
    return known;
  }

  #findSuccess(operation: OperationInfo): { status: number; schema: SchemaObject | undefined } {
    const statuses = Object.keys(operation.responses)
      .filter((s) => /^2\d\d$/.test(s))
      .sort();
    const status = statuses[0];
    if (status !== undefined) {
      return { status: Number(status), schema: operation.responses[status]?.content['application/json']?.schema };
    }
    // No 2xx declared (some early versions give only `default`): 200 with the body `2XX` or `default` describes.
    const fallback = operation.responses['2XX'] ?? operation.responses['default'];
    return { status: 200, schema: fallback?.content['application/json']?.schema };
  }

  /**
   * A realistic sample of a schema for this seed and key, cached. Without
   * `useExample`, it is drawn as the second item of a two-item array, which
   * takes no examples (so list items after the first get ids of their own).
   */
  sampleOf(key: string, schema: SchemaObject, useExample = true, validate?: Validator): unknown {
    let value = this.#samples.get(key);
    if (value === undefined) {
      const seed = hash32(key, this.#seed);
      value = useExample
        ? realisticSample(schema, seed, validate === undefined ? {} : { validate })
        : (realisticSample(pairOf(schema), seed) as unknown[])[1];
      this.#samples.set(key, value);
    }
    return value;
  }

  /** The success body of an operation as a fresh object (a deep copy, safe to change). */
  template(operation: OperationInfo): Record<string, unknown> {
    const { status, schema } = this.success(operation);
    if (schema === undefined) return {};
    if (status === 202 && this.#acceptsAccepted(operation, status)) return { ...ACCEPTED };
    return this.#copy(operation.operationId, schema, true, this.validators.response(operation.operationId, status));
  }

  /**
   * A fresh item of a list operation's `items` (or of a list answered as a
   * bare array), for the `index`-th element (0 uses the example when there is one).
   */
  item(operation: OperationInfo, index = 0): Record<string, unknown> {
    const schema = this.success(operation).schema;
    const itemSchema = schema?.items ?? schema?.properties?.items?.items;
    if (itemSchema === undefined) return {};
    return this.#copy(`${operation.operationId}#${index}`, itemSchema, index === 0);
  }

  /** The pre-rendered success response of a stateless operation. */
  rendered(operation: OperationInfo): RenderedResponse {
    let response = this.#rendered.get(operation.operationId);
    if (response === undefined) {
      const { status, schema } = this.success(operation);
      response = renderJson(status, schema === undefined && status !== 202 ? undefined : this.template(operation));
      this.#rendered.set(operation.operationId, response);
    }
    return response;
  }

  /**
   * The success answer of an operation with `keys` filled per request, as
   * `fill` would (keys the schema does not declare are left out), rendered
   * around JSON fragments made once: only the filled values are serialized
   * per request.
   *
   * @example
   * const shape = catalog.shape(triggerPipeline, ['id', 'number']);
   * shape.render(['5034460f-…', 1]).body.toString(); // → '{"id":"5034460f-…","number":1,…}'
   */
  shape(operation: OperationInfo, keys: readonly string[]): BodyShape {
    const { status, schema } = this.success(operation);
    const declared = schema?.properties ?? {};
    const template = this.template(operation);
    const used: number[] = [];
    keys.forEach((key, i) => {
      if (!(key in declared)) return;
      template[key] = marker(i);
      used.push(i);
    });
    const json = JSON.stringify(template);
    const fragments: string[] = [];
    let from = 0;
    const order = used.map((i) => ({ i, at: json.indexOf(JSON.stringify(marker(i))) })).sort((a, b) => a.at - b.at);
    for (const { i, at } of order) {
      fragments.push(json.slice(from, at));
      from = at + JSON.stringify(marker(i)).length;
    }
    fragments.push(json.slice(from));
    const slots = order.map(({ i }) => i);
    return {
      status,
      render(values) {
        let text = fragments[0]!;
        for (let n = 0; n < slots.length; n++) text += JSON.stringify(values[slots[n]!]) + fragments[n + 1]!;
        return renderJson(status, undefined, undefined, text);
      },
    };
  }

  /** A fresh copy of a cached sample (JSON round trip: samples are plain JSON, and it beats structuredClone here). */
  #copy(key: string, schema: SchemaObject, useExample: boolean, validate?: Validator): Record<string, unknown> {
    let json = this.#sampleJson.get(key);
    if (json === undefined) {
      const sample = this.sampleOf(key, schema, useExample, validate);
      json = sample === undefined ? 'null' : JSON.stringify(sample);
      this.#sampleJson.set(key, json);
    }
    return JSON.parse(json) as Record<string, unknown>;
  }

  #acceptsAccepted(operation: OperationInfo, status: number): boolean {
    const validate = this.validators.response(operation.operationId, status);
    return validate === undefined || validate(ACCEPTED).valid;
  }
}

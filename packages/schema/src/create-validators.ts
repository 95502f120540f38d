/**
 * Compiled validators for every parameter, request body and response of a spec.
 */
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { _, type Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv } from './_internals/create-ajv.ts';
import { usesUnevaluated } from './_internals/subschemas.ts';
import { bodyKey, parameterKey, responseKey, specSchemas, type SpecSchema } from './spec-schemas.ts';
import { wrapValidateFunction } from './compile-validator.ts';
import { compileShared } from './_internals/shared-compiles.ts';
import { SchemaError } from './schema-error.ts';
import { toJsonSchema } from './to-json-schema.ts';
import type { JsonSchema, Validator } from './types.ts';

/** Where standalone validator code is kept between runs (see `@circleci-kit/schema/disk-cache`). */
export interface ValidatorCodeCache {
  /** The validate functions stored for this fingerprint, by export name, or `undefined`. */
  load(fingerprint: string): Record<string, (data: unknown) => boolean> | undefined;
  /** Stores the standalone code (CommonJS, formats required as `"formats"`) for this fingerprint. */
  store(fingerprint: string, code: string): void;
}

/** Options of {@link createValidators}. */
export interface CreateValidatorsOptions {
  /**
   * A cache of standalone validator code: when it holds the spec's
   * fingerprint, nothing is compiled; otherwise every validator is compiled
   * at once and the code stored.
   * @default undefined (validators compiled on first use, kept in memory)
   */
  codeCache?: ValidatorCodeCache;
}

/** The validators of one spec. */
export interface SpecValidators {
  /** The fingerprint of the spec they were compiled from. */
  readonly fingerprint: string;
  /** How many schemas the spec has validators for. */
  readonly size: number;
  /** The validator of one of {@link specSchemas}' entries, by its key. */
  byKey(key: string): Validator | undefined;
  /** The validator of a parameter (`in` as the spec says, `name` as the spec spells it). */
  parameter(operationId: string, location: 'path' | 'query' | 'header' | 'cookie', name: string): Validator;
  /** The validator of a request body, or `undefined` when the operation takes none of that type. */
  requestBody(operationId: string, contentType?: string): Validator | undefined;
  /**
   * The validator of a response body: the status as declared, else `4XX`-style
   * ranges, else `default`. `undefined` when that response has no body of that type.
   * Throws `UNKNOWN_RESPONSE` when the operation declares no such status and no `default`.
   */
  response(operationId: string, status: number | string, contentType?: string): Validator | undefined;
}

type StandaloneCode = (ajv: Ajv2020, refs: Record<string, string>) => string;
/** Ajv's standalone code generator (a CommonJS default export, reached the same way by Node, Deno and TypeScript). */
const standaloneCode: StandaloneCode =
  (standaloneModule as unknown as { default?: StandaloneCode }).default ??
  (standaloneModule as unknown as StandaloneCode);

/** Export name of the n-th validator in standalone code. */
const exportName = (index: number): string => `v${index}`;

/** Validators kept per loaded spec, as long as it lives. */
const bySpec = new WeakMap<LoadedSpec, SpecValidators>();
/** Validators kept per spec fingerprint (the most recent few), for another load of the same spec. */
const byFingerprint = new Map<string, SpecValidators>();
const KEEP = 8;

/**
 * A spec's fingerprint when it is already known: a spec read from the
 * cache, or an object given one. A fresh load works its fingerprint out
 * when it is first read (the canonical JSON of the whole document and its
 * hash, tens of milliseconds for CircleCI's spec), a cost validators do not
 * need: `undefined` then, and the property is left unread.
 */
function knownFingerprint(spec: LoadedSpec): string | undefined {
  const property = Object.getOwnPropertyDescriptor(spec, 'fingerprint');
  return property !== undefined && 'value' in property && typeof property.value === 'string'
    ? property.value
    : undefined;
}

/**
 * Compiled Ajv validators for every parameter, request body and response of
 * a loaded spec (by operation and status, `default` included). Made once
 * per spec: a second call with the same spec, or with another load of it
 * whose fingerprint is known (read from the cache), returns the same
 * validators; a fresh load's fingerprint is not worked out for this. A
 * schema written the same way as one compiled before (in this spec or
 * another the process loaded, with the same Ajv options) is not compiled
 * again. With a `codeCache`, the compiled code is stored as
 * standalone code and reused by later processes.
 *
 * @example
 * ```ts
 * const spec = await loadSpec('../shared/specs/current/openapi.json');
 * const validators = createValidators(spec);
 * const result = validators.response('getPipelineById', 200)?.(body);
 * if (result && !result.valid) console.log(result.errors.map((e) => e.message));
 * ```
 */
export function createValidators(spec: LoadedSpec, options: CreateValidatorsOptions = {}): SpecValidators {
  const fingerprint = knownFingerprint(spec);
  const known = bySpec.get(spec) ?? (fingerprint === undefined ? undefined : byFingerprint.get(fingerprint));
  if (known !== undefined) {
    bySpec.set(spec, known);
    return known;
  }
  const schemas = specSchemas(spec);
  const byKey = new Map(schemas.map((entry, index) => [entry.key, { entry, index }]));
  const compiled = new Map<string, Validator>();
  const jsonSchemas = new Map<string, JsonSchema>();
  const jsonSchemaOf = (entry: SpecSchema): JsonSchema => {
    let schema = jsonSchemas.get(entry.key);
    if (schema === undefined) {
      schema = toJsonSchema(entry.schema, { direction: entry.direction });
      jsonSchemas.set(entry.key, schema);
    }
    return schema;
  };
  let ajv: Ajv2020 | undefined;
  let unevaluated: boolean | undefined;
  const features = (): { unevaluated: boolean } => ({
    unevaluated: (unevaluated ??= usesUnevaluated(schemas.map((e) => e.schema))),
  });
  if (options.codeCache !== undefined) {
    let functions = options.codeCache.load(spec.fingerprint);
    if (functions === undefined) {
      const sourceAjv = createAjv({ code: { source: true, formats: _`require("formats")` } }, features());
      schemas.forEach((entry, index) => sourceAjv.addSchema(jsonSchemaOf(entry), exportName(index)));
      const code = standaloneCode(
        sourceAjv,
        Object.fromEntries(schemas.map((_entry, index) => [exportName(index), exportName(index)])),
      );
      options.codeCache.store(spec.fingerprint, code);
      functions = options.codeCache.load(spec.fingerprint);
    }
    schemas.forEach((entry, index) => {
      const fn = functions?.[exportName(index)];
      if (fn !== undefined) compiled.set(entry.key, wrapValidateFunction(fn, jsonSchemaOf(entry)));
    });
  }
  const get = (key: string): Validator | undefined => {
    let validator = compiled.get(key);
    if (validator === undefined) {
      const found = byKey.get(key);
      if (found === undefined) return undefined;
      const schema = jsonSchemaOf(found.entry);
      const { unevaluated: evaluates } = features();
      const lazyAjv = (): Ajv2020 => (ajv ??= createAjv({}, { unevaluated: evaluates }));
      validator = wrapValidateFunction(compileShared(lazyAjv, schema, found.entry.label, evaluates), schema);
      compiled.set(key, validator);
    }
    return validator;
  };
  const operation = (operationId: string) => {
    const info = spec.operations.get(operationId);
    if (info === undefined) {
      throw new SchemaError(
        'UNKNOWN_OPERATION',
        `the spec has no operation "${operationId}" (operationIds are case-sensitive)`,
      );
    }
    return info;
  };
  const validators: SpecValidators = {
    get fingerprint() {
      return spec.fingerprint;
    },
    size: schemas.length,
    byKey: get,
    parameter(operationId, location, name) {
      const info = operation(operationId);
      const validator = get(parameterKey(operationId, location, name));
      if (validator === undefined) {
        const names = info.parameters[location].map((p) => p.name).join(', ') || 'none';
        throw new SchemaError(
          'UNKNOWN_OPERATION',
          `${operationId} has no ${location} parameter "${name}" (it has: ${names})`,
        );
      }
      return validator;
    },
    requestBody(operationId, contentType = 'application/json') {
      operation(operationId);
      return get(bodyKey(operationId, contentType));
    },
    response(operationId, status, contentType = 'application/json') {
      const info = operation(operationId);
      const code = String(status);
      const declared = [code, `${code[0]}XX`, `${code[0]}xx`, 'default'].find((s) => info.responses[s] !== undefined);
      if (declared === undefined) {
        const statuses = Object.keys(info.responses).join(', ');
        throw new SchemaError(
          'UNKNOWN_RESPONSE',
          `${operationId} declares no response ${code} and no default (it declares: ${statuses})`,
        );
      }
      return get(responseKey(operationId, declared, contentType));
    },
  };
  bySpec.set(spec, validators);
  if (fingerprint !== undefined) {
    byFingerprint.set(fingerprint, validators);
    if (byFingerprint.size > KEEP) byFingerprint.delete(byFingerprint.keys().next().value!);
  }
  return validators;
}

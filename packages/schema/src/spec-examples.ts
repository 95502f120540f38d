/**
 * The spec's own examples, checked against their schemas.
 */
import { appendPointer, resolvePointer, type LoadedSpec } from '@circleci-kit/spec-loader';
import { createAjv } from './_internals/create-ajv.ts';
import { childEntries, usesUnevaluated } from './_internals/subschemas.ts';
import { specSchemas } from './spec-schemas.ts';
import { compileValidator } from './compile-validator.ts';
import type { SchemaObject, ValidationIssue } from './types.ts';

/** An example of the spec that its own schema rejects. */
export interface InvalidExample {
  /** Where: the operation part (e.g. `getPipelineById response 200 application/json`) and the schema path inside it. */
  where: string;
  example: unknown;
  errors: ValidationIssue[];
}

/** The media type object at `pointer` + `path` in the (dereferenced) document. */
function mediaObject(
  spec: LoadedSpec,
  pointer: string | undefined,
  path: string[],
): { example?: unknown; examples?: Record<string, unknown> } | undefined {
  if (pointer === undefined) return undefined;
  const node = resolvePointer(spec.document, appendPointer(pointer, ...path));
  return node as { example?: unknown; examples?: Record<string, unknown> } | undefined;
}

/**
 * Every `example` in the spec's schemas, and every `example` and named `examples` value of its media types, that does
 * not validate against its own schema (in the direction it travels). Each
 * schema object is checked once, at the first place it is reached.
 *
 * @example
 * ```ts
 * for (const bad of invalidExamples(spec)) console.log(bad.where, bad.errors[0]?.message);
 * ```
 */
export function invalidExamples(spec: LoadedSpec): InvalidExample[] {
  const ajv = createAjv({}, { unevaluated: usesUnevaluated(specSchemas(spec).map((entry) => entry.schema)) });
  const found: InvalidExample[] = [];
  const seen = new Set<string>();
  const check = (where: string, schema: SchemaObject, example: unknown, direction: 'request' | 'response'): void => {
    const result = compileValidator(schema, { direction, ajv })(example);
    if (!result.valid) found.push({ where, example, errors: result.errors });
  };
  const visited = new Map<SchemaObject, Set<string>>();
  const walk = (schema: SchemaObject, where: string, direction: 'request' | 'response'): void => {
    const directions = visited.get(schema) ?? new Set();
    if (directions.has(direction)) return;
    directions.add(direction);
    visited.set(schema, directions);
    if (schema.example !== undefined) check(where, schema, schema.example, direction);
    for (const [path, child] of childEntries(schema)) walk(child, `${where}${path}`, direction);
  };
  for (const entry of specSchemas(spec)) {
    walk(entry.schema, `${entry.label} #`, entry.direction);
    const [operationId, kind, status, responseType] = entry.key.split('|');
    if (seen.has(entry.key) || (kind !== 'body' && kind !== 'response')) continue;
    seen.add(entry.key);
    const operation = spec.operations.get(operationId!);
    const path =
      kind === 'body' ? ['requestBody', 'content', status!] : ['responses', status!, 'content', responseType!];
    const media = mediaObject(spec, operation?.pointer, path);
    if (media?.example !== undefined) check(`${entry.label} (example)`, entry.schema, media.example, entry.direction);
    for (const [name, named] of Object.entries(media?.examples ?? {})) {
      const value = (named as { value?: unknown } | undefined)?.value;
      if (value !== undefined) check(`${entry.label} (examples/${name})`, entry.schema, value, entry.direction);
    }
  }
  return found;
}

/**
 * Validate functions compiled from JSON Schemas, shared by the validators of
 * every spec a process loads: a schema written the same way in many places
 * (an error response, an id parameter) or in two versions of a spec (a diff
 * checks pacts against both) is compiled once.
 */
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { compileJsonSchema } from '../compile-validator.ts';
import type { JsonSchema } from '../types.ts';

/** The functions kept, by {@link keyOf}; the oldest go first past {@link LIMIT}. */
const compiled = new Map<string, ValidateFunction>();
const LIMIT = 4096;

/** A value that is not plain JSON: such a schema is compiled on its own, never shared. */
class NotJson extends Error {}

/**
 * The schema's text, keys in their order (which orders Ajv's errors too),
 * with the Ajv options that differ between specs; `undefined` for a schema
 * holding anything JSON would not write back as it is (`undefined`, a
 * non-finite number, a `Date`…).
 */
function keyOf(schema: JsonSchema, unevaluated: boolean): string | undefined {
  try {
    const text = JSON.stringify(schema, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = key === '' ? value : this[key];
      const plain =
        raw === null ||
        typeof raw === 'string' ||
        typeof raw === 'boolean' ||
        (typeof raw === 'number' && Number.isFinite(raw)) ||
        Array.isArray(raw) ||
        (typeof raw === 'object' && Object.getPrototypeOf(raw) === Object.prototype);
      if (!plain) throw new NotJson();
      return value;
    });
    return `${String(unevaluated)}\u0000${text}`;
  } catch (error) {
    if (error instanceof NotJson) return undefined;
    throw error;
  }
}

/**
 * Compiles a JSON Schema with the Ajv `ajv()` gives (made only when it is
 * needed), or returns the function compiled before for the same schema
 * under the same options (`unevaluated`: whether the Ajv evaluates
 * `unevaluated*` keywords).
 *
 * @example
 * const validate = compileShared(() => (ajv ??= createAjv({}, { unevaluated })), schema, 'GET /me 200', unevaluated);
 */
export function compileShared(
  ajv: () => Ajv2020,
  schema: JsonSchema,
  where: string,
  unevaluated: boolean,
): ValidateFunction {
  const key = keyOf(schema, unevaluated);
  const known = key === undefined ? undefined : compiled.get(key);
  if (known !== undefined) return known;
  const validate = compileJsonSchema(ajv(), schema, where);
  if (key !== undefined) {
    if (compiled.size >= LIMIT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, validate);
  }
  return validate;
}

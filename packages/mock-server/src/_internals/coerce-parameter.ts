import type { SchemaObject } from '@circleci-kit/spec-loader';

const NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;

function typeOf(schema: SchemaObject): string | undefined {
  if (schema.type !== undefined) return schema.type;
  const branch = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  return branch?.map(typeOf).find((t) => t !== undefined);
}

/** One wire value → the JSON value the schema expects, when it reads as one; otherwise the text, for the validator to reject. */
function coerceOne(text: string, schema: SchemaObject): unknown {
  const type = typeOf(schema);
  if ((type === 'integer' || type === 'number') && NUMBER.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if (type === 'object' && text.startsWith('{')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * The value of a parameter as its schema reads it, from the text values the
 * request carried: numbers and booleans from their spelling, arrays from
 * repeated parameters (`explode`) or comma-separated text.
 */
export function coerceParameter(values: readonly string[], schema: SchemaObject, explode: boolean): unknown {
  if (typeOf(schema) === 'array') {
    const items = schema.items ?? {};
    const parts = explode ? values : values.flatMap((v) => (v === '' ? [] : v.split(',')));
    return parts.map((part) => coerceOne(part, items));
  }
  return coerceOne(values[values.length - 1]!, schema);
}

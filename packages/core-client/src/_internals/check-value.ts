import type { ParameterSpec, ParameterType } from '../operation-spec.ts';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function fits(type: ParameterType | undefined, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object';
    case 'any':
    case undefined:
      return value === null || ['string', 'number', 'boolean'].includes(typeof value);
  }
}

const EXPECTED: Record<ParameterType, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a finite number',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  any: 'a string, number or boolean',
};

/** A lone surrogate: text that is not well-formed Unicode has no UTF-8 form to percent-encode. */
const LONE_SURROGATE = /\p{Surrogate}/u;

function malformed(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  return Array.isArray(value) && value.some((item) => typeof item === 'string' && LONE_SURROGATE.test(item));
}

/**
 * Whether a value fits an untyped path parameter (`schema: {}`, such as
 * `job-number`): a segment names something, so a string or a finite number;
 * a boolean or null would be sent as `/job/true` or `/job/null`.
 */
function fitsUntypedSegment(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Why `value` does not fit the parameter, or `undefined` when it does. The
 * value itself is described by type, never echoed (it may be a secret),
 * except when it misses an `enum`, whose allowed values are listed.
 */
export function checkValue(parameter: ParameterSpec, value: unknown): string | undefined {
  const { type, itemType } = parameter;
  if (malformed(value)) return 'holds a lone surrogate (not well-formed Unicode), which has no UTF-8 form to send';
  if (parameter.in === 'path' && type === 'any' && !parameter.enum && !fitsUntypedSegment(value)) {
    return `expected a string or a finite number, got ${describe(value)}`;
  }
  if (parameter.oneOrMany === true && !Array.isArray(value)) {
    return fits(itemType, value)
      ? undefined
      : `expected ${EXPECTED[itemType ?? 'any']} or an array of them, got ${describe(value)}`;
  }
  const isList = parameter.in !== 'path' && type === 'object' && Array.isArray(value);
  if (!fits(type, value) && !(isList && value.every((item) => fits('string', item)))) {
    return `expected ${EXPECTED[type]}, got ${describe(value)}`;
  }
  if (type === 'array' && Array.isArray(value)) {
    const bad = value.findIndex((item) => !fits(itemType ?? 'any', item));
    if (bad >= 0) return `item ${bad}: expected ${EXPECTED[itemType ?? 'any']}, got ${describe(value[bad])}`;
  }
  if (parameter.enum && !parameter.enum.includes(value as never)) {
    return `expected one of ${parameter.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return undefined;
}

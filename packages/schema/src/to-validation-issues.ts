/**
 * Ajv's errors → {@link ValidationIssue}s worded for people.
 */
import { appendPointer, resolvePointer } from '@circleci-kit/spec-loader';
import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from './types.ts';

const MAX_ACTUAL = 60;

/** A short, readable rendering of a value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string;
  if (Array.isArray(value)) text = `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    text =
      keys.length === 0
        ? 'an empty object'
        : `an object with ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
  } else if (typeof value === 'symbol' || typeof value === 'function') {
    // JSON has no text for these (JSON.stringify gives undefined).
    text = String(value);
  } else text = JSON.stringify(value);
  return text.length > MAX_ACTUAL ? `${text.slice(0, MAX_ACTUAL - 1)}…` : text;
}

function list(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function expectation(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return Array.isArray(p.type) ? (p.type as string[]).join(' or ') : String(p.type);
    case 'enum':
      return `one of ${list((p.allowedValues as unknown[] | undefined) ?? [])}`;
    case 'const':
      return JSON.stringify(p.allowedValue);
    case 'format':
      return `a valid ${String(p.format)}`;
    case 'pattern':
      return `a string matching ${String(p.pattern)}`;
    case 'required':
      return 'present (the schema requires it)';
    case 'dependentRequired':
      return `property ${JSON.stringify(p.missingProperty)} present, since ${JSON.stringify(p.property)} is`;
    case 'additionalProperties':
      return 'absent (the schema does not list this property)';
    case 'unevaluatedProperties':
      return 'absent (no keyword of the schema covers this property)';
    case 'items':
      return `at most ${String(p.limit)} items (none after prefixItems)`;
    case 'unevaluatedItems':
      return `at most ${String(p.len)} items (no keyword of the schema covers more)`;
    case 'contains': {
      const { minContains, maxContains } = p as { minContains: number; maxContains?: number };
      return maxContains === undefined
        ? `at least ${minContains} items matching "contains"`
        : `${minContains} to ${maxContains} items matching "contains"`;
    }
    case 'propertyNames':
      return `property names that meet "propertyNames" (${JSON.stringify(p.propertyName)} does not)`;
    case 'contentEncoding':
      return `a ${String(p.contentEncoding)}-encoded string`;
    case 'contentMediaType':
      return `${String(p.contentMediaType)} content`;
    case 'not':
      return 'a value that the schema under "not" rejects (none, for not: {})';
    case 'if':
      return `a value that meets "${String(p.failingKeyword)}" (as "if" decides)`;
    case 'false schema':
      return 'no value (the schema here is false)';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'multipleOf': {
      // Ajv names the bound `limit`, or `multipleOf` for that keyword.
      const { comparison, limit, multipleOf } = p as { comparison?: string; limit?: number; multipleOf?: number };
      return `${comparison ?? ''} ${String(limit ?? multipleOf)}${keywordUnit(error.keyword)}`.trim();
    }
    case 'uniqueItems':
      return 'no duplicate items';
    case 'oneOf':
      return 'exactly one of the alternatives';
    case 'anyOf':
      return 'at least one of the alternatives';
    default:
      return error.message ?? error.keyword;
  }
}

function keywordUnit(keyword: string): string {
  if (keyword === 'minLength' || keyword === 'maxLength') return ' characters';
  if (keyword === 'minItems' || keyword === 'maxItems') return ' items';
  if (keyword === 'minProperties' || keyword === 'maxProperties') return ' properties';
  if (keyword === 'multipleOf') return ' (a multiple of it)';
  return '';
}

function comparisonOf(error: ErrorObject): string | undefined {
  const limits: Record<string, string> = {
    minimum: '>=',
    maximum: '<=',
    exclusiveMinimum: '>',
    exclusiveMaximum: '<',
    minLength: 'at least',
    maxLength: 'at most',
    minItems: 'at least',
    maxItems: 'at most',
    minProperties: 'at least',
    maxProperties: 'at most',
    multipleOf: '',
  };
  return limits[error.keyword];
}

/**
 * Turns Ajv's errors for `data` into issues: the pointer of the offending
 * value (for `required`, `additionalProperties` and `unevaluatedProperties`,
 * of the property itself; for `dependentRequired`, of the object),
 * the keyword, what was expected, what was found, and a sentence.
 *
 * @example
 * ```ts
 * toValidationIssues(validate.errors ?? [], data);
 * // → [{ pointer: '/id', keyword: 'format', expected: 'a valid uuid', actual: '"abc"',
 * //      message: '/id: expected a valid uuid, got "abc"' }]
 * ```
 */
export function toValidationIssues(errors: readonly ErrorObject[], data: unknown): ValidationIssue[] {
  return errors.map((error) => {
    const p = error.params as Record<string, unknown>;
    let pointer = error.instancePath;
    if (error.keyword === 'required') pointer = appendPointer(pointer, String(p.missingProperty));
    if (error.keyword === 'additionalProperties') pointer = appendPointer(pointer, String(p.additionalProperty));
    if (error.keyword === 'unevaluatedProperties') pointer = appendPointer(pointer, String(p.unevaluatedProperty));
    const comparison = comparisonOf(error);
    const expected =
      comparison === undefined ? expectation(error) : expectation({ ...error, params: { ...p, comparison } });
    // Errors under `propertyNames` are about a property's name, not about the object they point at.
    const name = error.propertyName;
    const actual = name === undefined ? describeValue(resolvePointer(data, pointer)) : describeValue(name);
    const where = pointer === '' ? 'the value' : pointer;
    const message =
      error.keyword === 'required'
        ? `${where} is missing: the schema requires it`
        : error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
          ? `${where} is not allowed: the schema does not ${error.keyword === 'additionalProperties' ? 'list' : 'cover'} this property (remove it)`
          : name !== undefined
            ? `${where}: property name ${JSON.stringify(name)}: expected ${expected}, got ${actual}`
            : `${where}: expected ${expected}, got ${actual}`;
    return { pointer, keyword: error.keyword, message, expected, actual };
  });
}

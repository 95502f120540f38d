import { admitsNoValue } from '@circleci-kit/core-client';
import { sample } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { PactMatcher, PactRuleList } from './pact-types.ts';
import { childPath } from './_internals/json-path.ts';
import { enumRegex, FORMAT_REGEX, portableRegex } from './_internals/format-regex.ts';
import { resolveSchema } from './_internals/resolve-schema.ts';

/** A response body made into a contract: the example to write and its matching rules. */
export interface ResponseBodyRules {
  /** The example, reshaped: optional properties dropped, arrays cut to one item, nulls given a value. */
  body: unknown;
  /** Matching rules of the `body` category, by Pact path. */
  rules: Record<string, PactRuleList>;
}

type Schema = SchemaObject | undefined;

/** What a value with no contract-worthy shape becomes: left out of the example. */
const OMIT: unique symbol = Symbol('omit');

/** A schema that accepts any value: nothing about it can be matched. */
function unconstrained(schema: SchemaObject): boolean {
  return (
    schema.type === undefined &&
    schema.properties === undefined &&
    schema.items === undefined &&
    schema.prefixItems === undefined &&
    schema.enum === undefined &&
    schema.allOf === undefined &&
    schema.oneOf === undefined &&
    schema.anyOf === undefined &&
    schema.additionalProperties === undefined
  );
}

function kindOf(schema: Schema, value: unknown): string {
  if (schema?.type !== undefined) return schema.type;
  if (schema?.properties !== undefined) return 'object';
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The matcher a non-null leaf value gets from its schema. */
function leafMatcher(schema: Schema, value: unknown): PactMatcher {
  const kind = kindOf(schema, value);
  if (kind === 'integer' && Number.isInteger(value)) return { match: 'integer' };
  if (kind === 'number' && typeof value === 'number') return { match: 'number' };
  if (kind === 'boolean' && typeof value === 'boolean') return { match: 'boolean' };
  if (kind === 'string' && typeof value === 'string' && schema !== undefined) {
    const strings = schema.enum?.filter((v): v is string => typeof v === 'string');
    const candidates = [
      strings !== undefined && strings.length > 0 ? enumRegex(strings) : undefined,
      schema.pattern,
      schema.format === undefined ? undefined : FORMAT_REGEX[schema.format],
    ];
    for (const candidate of candidates) {
      const regex = candidate === undefined ? undefined : portableRegex(candidate, value);
      if (regex !== undefined) return { match: 'regex', regex };
    }
  }
  return { match: 'type' };
}

/** A non-null spec-valid value of a schema, or `undefined` when none can be drawn. */
function nonNullSample(schema: SchemaObject, seed: number): unknown {
  try {
    const value = sample({ ...schema, nullable: false }, seed, { direction: 'response' });
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

/**
 * The example items of a `prefixItems` tuple: every member it can hold (up
 * to `maxItems`), each with rules at its own index (`$.range[0]`), and,
 * when more items may follow, one of `items` with rules at `[*]` (Pact
 * holds each later item to the example's last). Members and the item the
 * value lacks are sampled. `OMIT` when a member, or the items that may
 * follow, can be described by no rule or cannot be drawn.
 */
function tupleItems(
  flat: SchemaObject,
  prefix: readonly SchemaObject[],
  value: readonly unknown[],
  path: string,
  rules: Record<string, PactRuleList>,
  seed: number,
): unknown[] | typeof OMIT {
  const most = flat.maxItems ?? Infinity;
  const out: unknown[] = [];
  const add = (schema: SchemaObject, index: number, at: string): boolean => {
    const recorded = index < value.length ? value[index] : nonNullSample(schema, seed);
    const item = recorded === undefined ? OMIT : walk(schema, recorded, at, rules, seed);
    if (item !== OMIT) out.push(item);
    return item !== OMIT;
  };
  for (const [index, member] of prefix.slice(0, most).entries()) {
    if (!add(member, index, `${path}[${index}]`)) return OMIT;
  }
  if (most > prefix.length && !admitsNoValue(flat.items)) {
    if (flat.items === undefined || !add(flat.items, prefix.length, `${path}[*]`)) return OMIT;
  }
  return out;
}

function walk(
  schema: Schema,
  value: unknown,
  path: string,
  rules: Record<string, PactRuleList>,
  seed: number,
): unknown {
  const flat = schema === undefined ? undefined : resolveSchema(schema);
  const nullable = flat?.nullable === true;
  if (path !== '$' && flat !== undefined && unconstrained(flat)) return OMIT;
  // Pact matches "an array or null" and "an object or null" by structure first, so no rule can say it.
  if (
    path !== '$' &&
    nullable &&
    ((value !== null && typeof value === 'object') || ['array', 'object'].includes(kindOf(flat, value)))
  ) {
    return OMIT;
  }
  if (value === null && nullable) {
    // Drawn from the schema itself (not its resolved shape), so the example stays valid for it.
    const filled = nonNullSample(schema!, seed) ?? nonNullSample(flat, seed);
    // A nullable field must never be held to `null` alone: with no value to show, it is left out.
    if (filled === undefined) return path === '$' ? null : OMIT;
    value = filled;
  }
  const or = (list: PactRuleList): PactRuleList =>
    nullable ? { combine: 'OR', matchers: [...list.matchers, { match: 'null' }] } : list;
  if (value === null) {
    rules[path] = { combine: 'AND', matchers: [{ match: 'null' }] };
    return null;
  }
  const kind = kindOf(flat, value);
  if (Array.isArray(value) && flat?.prefixItems !== undefined) {
    const own: Record<string, PactRuleList> = {};
    const items = tupleItems(flat, flat.prefixItems, value, path, own, seed);
    if (items === OMIT) return OMIT;
    rules[path] = or({ combine: 'AND', matchers: [{ match: 'type', min: flat.minItems ?? 0 }] });
    Object.assign(rules, own);
    return items;
  }
  if (Array.isArray(value)) {
    const min = flat?.minItems ?? 0;
    rules[path] = or({ combine: 'AND', matchers: [{ match: 'type', min }] });
    let first: unknown = value[0];
    if (value.length === 0 && flat?.items !== undefined) first = nonNullSample(flat.items, seed);
    if (first === undefined) return [];
    const item = walk(flat?.items, first, `${path}[*]`, rules, seed);
    if (item === OMIT) {
      delete rules[path];
      return OMIT;
    }
    return [item];
  }
  if (typeof value === 'object' && kind === 'object') {
    if (path !== '$' || nullable) rules[path] = or({ combine: 'AND', matchers: [{ match: 'type' }] });
    const properties = flat?.properties;
    if (flat !== undefined && properties === undefined) return {};
    const required = new Set(flat?.required ?? []);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (properties !== undefined && !(required.has(key) && key in properties)) continue;
      const kept = walk(properties?.[key], child, childPath(path, key), rules, seed);
      if (kept !== OMIT) out[key] = kept;
    }
    return out;
  }
  rules[path] = or({ combine: 'AND', matchers: [leafMatcher(flat, value)] });
  return value;
}

/**
 * Turns a recorded response body into what a pact holds: matching rules
 * derived from the response schema (type matchers, `integer`/`number`/
 * `boolean`, regexes for `uuid`, `date-time`, `date`, `email`, `uri`,
 * enums and portable `pattern`s, `type` with `min` from `minItems` for
 * arrays) and an example any provider that honours the schema can meet:
 * properties the schema does not require are dropped, arrays keep one
 * item (an empty one gets a sampled item), and a nullable scalar is matched
 * by its matcher OR `null` (`combine: 'OR'`), a recorded `null` getting a
 * sampled value so the non-null case is checked too (a nullable field
 * is never held to `null` alone). A `prefixItems` tuple keeps every member,
 * each with rules at its own index (`$.pair[0]`, `$.pair[1]`), and one
 * item of `items` (rules at `[*]`) when more may follow; a property that
 * `dependentRequired` ties to a required one is kept as required. `oneOf`/`anyOf` are held only to what
 * all their branches agree on: the properties every branch requires, a type
 * they share, a format or pattern they all have, so a response from any
 * branch passes. Fields no rule can describe soundly are left out: those
 * whose schema accepts anything (union branches of different kinds
 * included), and nullable objects and arrays (Pact compares structure
 * before rules, so "an array or null" cannot be said). Without a schema,
 * every value is matched by its type.
 *
 * @example
 * responseBodyRules({ type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } }, { id: '5d8c…' });
 * // { body: { id: '5d8c…' }, rules: { '$.id': { combine: 'AND', matchers: [{ match: 'regex', regex: '^[0-9a-fA-F]{8}-…$' }] } } }
 */
export function responseBodyRules(schema: SchemaObject | undefined, value: unknown, seed = 1): ResponseBodyRules {
  const rules: Record<string, PactRuleList> = {};
  const body = walk(schema, value, '$', rules, seed);
  return { body: body === OMIT ? value : body, rules };
}

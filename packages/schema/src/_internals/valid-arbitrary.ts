/**
 * Valid-mode arbitraries: every value they draw passes the schema's validator.
 */
import { appendPointer } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';
import type { Direction, SchemaObject } from '../types.ts';
import { validFormatArbitrary } from './format-arbitraries.ts';
import { isStringFormat } from './format-lengths.ts';
import { integerMultiples, numberBounds, numberMultiples, windowOf } from './number-range.ts';
import { patternStrings } from './pattern-strings.ts';
import { isNullable, resolveNode, unionOf, unsatisfiableReason } from './resolve-node.ts';
import { skipsProperty } from './skips-property.ts';
import { fitsStringKeywords } from './string-constraints.ts';

/** Beyond this nesting depth, optional properties are left out and arrays kept at `minItems`. */
const TERMINAL_DEPTH = 6;
/** Extra items drawn above `minItems` when `maxItems` is absent. */
const EXTRA_ITEMS = 4;

/** Canonical JSON (sorted keys), for `uniqueItems`. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The types a node stands for: its `type`, or what its keywords imply. */
export function impliedType(node: SchemaObject): SchemaObject['type'] {
  if (node.type !== undefined) return node.type;
  if (node.properties !== undefined || node.required !== undefined || node.additionalProperties !== undefined)
    return 'object';
  if (node.items !== undefined) return 'array';
  return undefined;
}

/** Builds valid arbitraries for one direction, memoized per schema object. */
export class ValidBuilder {
  readonly direction: Direction;
  private readonly memo = new Map<SchemaObject, fc.Arbitrary<unknown>>();
  private readonly stack: SchemaObject[] = [];

  constructor(direction: Direction) {
    this.direction = direction;
  }

  /** Throws a {@link SchemaError} when nothing satisfies the schema. */
  assertSatisfiable(schema: SchemaObject, pointer: string): void {
    const reason = unsatisfiableReason(schema, this.direction);
    if (reason !== undefined)
      throw new SchemaError(
        'UNSATISFIABLE_SCHEMA',
        `no value satisfies the schema at ${pointer || '(root)'}: ${reason}`,
        pointer,
      );
  }

  /** A valid arbitrary for the schema; `pointer` names it in errors. */
  build(schema: SchemaObject, pointer = ''): fc.Arbitrary<unknown> {
    const cached = this.memo.get(schema);
    if (cached !== undefined) return cached;
    this.assertSatisfiable(schema, pointer);
    const recursive = this.stack.includes(schema);
    const terminal = this.stack.length > TERMINAL_DEPTH || recursive;
    if (this.stack.length > 40)
      throw new SchemaError('UNSATISFIABLE_SCHEMA', `the schema at ${pointer} recurses without end`, pointer);
    this.stack.push(schema);
    try {
      const arbitrary = this.buildNode(schema, pointer, terminal);
      if (!terminal) this.memo.set(schema, arbitrary);
      return arbitrary;
    } finally {
      this.stack.pop();
    }
  }

  private buildNode(schema: SchemaObject, pointer: string, terminal: boolean): fc.Arbitrary<unknown> {
    const node = resolveNode(schema);
    const union = unionOf(node);
    let arbitrary: fc.Arbitrary<unknown>;
    if (union !== undefined) {
      const branches = union.branches.filter((branch) => unsatisfiableReason(branch, this.direction) === undefined);
      arbitrary = fc.oneof(...branches.map((branch, i) => this.build(branch, `${pointer}/${union.kind}/${i}`)));
      if (node.type === undefined && isNullable(node)) arbitrary = fc.option(arbitrary, { nil: null, freq: 5 });
      return arbitrary;
    }
    if (node.enum !== undefined) {
      // Strings that break the node's string keywords are left out (`unsatisfiableReason` saw some are left).
      const fits = fitsStringKeywords(node);
      const listed = node.enum.filter((value) => typeof value !== 'string' || fits(value));
      const values = isNullable(node) && !listed.includes(null) ? [...listed, null] : listed;
      return fc.constantFrom(...values);
    }
    switch (impliedType(node)) {
      case 'string':
        arbitrary = this.string(node, pointer);
        break;
      case 'integer':
        arbitrary = this.integer(node);
        break;
      case 'number':
        arbitrary = this.number(node);
        break;
      case 'boolean':
        arbitrary = fc.boolean();
        break;
      case 'array':
        arbitrary = this.array(node, pointer, terminal);
        break;
      case 'object':
        arbitrary = this.object(node, pointer, terminal);
        break;
      case undefined:
        return fc.jsonValue({ maxDepth: 1 });
    }
    return isNullable(node) ? fc.option(arbitrary, { nil: null, freq: 5 }) : arbitrary;
  }

  /**
   * Strings: by construction for a format (of a fitting length: a format
   * none fits was refused by `unsatisfiableReason`) or plain bounds; with a
   * `pattern`, drawn and kept when every string keyword holds.
   */
  private string(node: SchemaObject, pointer: string): fc.Arbitrary<string> {
    const minLength = node.minLength ?? 0;
    const maxLength = node.maxLength;
    const pattern = node.pattern;
    if (pattern !== undefined) return patternStrings({ ...node, pattern }, pointer);
    const format = isStringFormat(node.format) ? validFormatArbitrary(node.format, minLength, maxLength) : undefined;
    if (format !== undefined) return format;
    return fc.string(maxLength === undefined ? { minLength } : { minLength, maxLength });
  }

  private integer(node: SchemaObject): fc.Arbitrary<number> {
    const { low, high, step } = integerMultiples(node);
    const multiples = fc.integer({ min: low, max: high });
    return step === 1 ? multiples : multiples.map((k) => k * step);
  }

  private number(node: SchemaObject): fc.Arbitrary<number> {
    const step = node.multipleOf;
    if (step !== undefined && step > 0) {
      const { min, max } = windowOf(numberMultiples(node, step));
      const multiples = min === max ? fc.constant(min) : fc.integer({ min, max });
      return multiples.map((k) => k * step);
    }
    const { min, max, minExcluded, maxExcluded } = numberBounds(node);
    return fc
      .double({
        min,
        max,
        minExcluded,
        maxExcluded,
        noNaN: true,
        noDefaultInfinity: true,
      })
      .map((v) => (Object.is(v, -0) ? 0 : v))
      .filter((v) => (node.exclusiveMinimum !== true || v > min) && (node.exclusiveMaximum !== true || v < max));
  }

  /** Array lengths: `minItems` up to `maxItems` (or a few more than `minItems`; exactly `minItems` when terminal). */
  lengths(node: SchemaObject, terminal: boolean): { minLength: number; maxLength: number } {
    const minLength = node.minItems ?? 0;
    const maxLength = terminal
      ? minLength
      : Math.min(node.maxItems ?? minLength + EXTRA_ITEMS, minLength + EXTRA_ITEMS);
    return { minLength, maxLength };
  }

  private array(node: SchemaObject, pointer: string, terminal: boolean): fc.Arbitrary<unknown[]> {
    const { minLength, maxLength } = this.lengths(node, terminal);
    if (maxLength === 0) return fc.constant([]);
    const items = node.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : this.build(node.items, `${pointer}/items`);
    if (node.uniqueItems === true) return fc.uniqueArray(items, { minLength, maxLength, selector: canonicalJson });
    return fc.array(items, { minLength, maxLength });
  }

  /**
   * A valid object, optionally without one property (`omit`), for the
   * invalid mode to put its broken value in.
   */
  object(node: SchemaObject, pointer: string, terminal: boolean, omit?: string): fc.Arbitrary<Record<string, unknown>> {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const requiredKeys: string[] = [];
    const required = new Set(node.required ?? []);
    const names = new Set([...Object.keys(node.properties ?? {}), ...required]);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (name === omit || skipsProperty(property, this.direction)) continue;
      const isRequired = required.has(name);
      if (!isRequired && (terminal || unsatisfiableReason(property, this.direction) !== undefined)) continue;
      shape[name] = this.build(property, appendPointer(pointer, name));
      if (isRequired) requiredKeys.push(name);
    }
    const extraValues =
      node.additionalProperties === undefined ||
      node.additionalProperties === true ||
      node.additionalProperties === false
        ? fc.jsonValue({ maxDepth: 1 })
        : this.build(node.additionalProperties, `${pointer}/additionalProperties`);
    for (const name of required) {
      if (name === omit || name in shape || node.properties?.[name] !== undefined) continue;
      shape[name] = extraValues;
      requiredKeys.push(name);
    }
    const record = fc.record(shape, { requiredKeys, noNullPrototype: true });
    const extrasAllowed = node.additionalProperties === true || typeof node.additionalProperties === 'object';
    if (!extrasAllowed || terminal) return record;
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/).filter((k) => !names.has(k) && k !== omit);
    return fc
      .tuple(fc.dictionary(key, extraValues, { maxKeys: 2, noNullPrototype: true }), record)
      .map(([extras, values]) => ({ ...extras, ...values }));
  }
}

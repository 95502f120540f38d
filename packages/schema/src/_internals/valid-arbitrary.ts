/**
 * Valid-mode arbitraries: every value they draw passes the schema's validator.
 */
import { appendPointer } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';
import type { Direction, SchemaObject } from '../types.ts';
import { firstGap, validArray, type ArrayPositions } from './array-positions.ts';
import { assertsContent } from './content.ts';
import { contentStrings } from './content-strings.ts';
import { finiteDomainSize } from './finite-domain.ts';
import { dependentRequiredIn, dropUnmetKeys, withDependents, type Dependencies } from './dependent-required.ts';
import { validFormatArbitrary } from './format-arbitraries.ts';
import { isStringFormat } from './format-lengths.ts';
import { integerMultiples, numberBounds, numberMultiples, windowOf } from './number-range.ts';
import { opaqueKeywords, validatedBy } from './opaque.ts';
import { patternStrings } from './pattern-strings.ts';
import { isClosed, isNullable, resolveNode, unionOf, unsatisfiableReason } from './resolve-node.ts';
import { skipsProperty } from './skips-property.ts';
import { fitsStringKeywords } from './string-constraints.ts';
import { extraPropertyNames } from './matching-strings.ts';

export { canonicalJson } from './canonical-json.ts';

/** Beyond this nesting depth, optional properties are left out and arrays kept at `minItems`. */
const TERMINAL_DEPTH = 6;
/** Extra items drawn above `minItems` (or the `prefixItems`) when `maxItems` is absent. */
const EXTRA_ITEMS = 4;

/** The types a node stands for: its `type`, or what its keywords imply. */
export function impliedType(node: SchemaObject): SchemaObject['type'] {
  if (node.type !== undefined) return node.type;
  if (
    node.properties !== undefined ||
    node.required !== undefined ||
    node.additionalProperties !== undefined ||
    node.dependentRequired !== undefined
  )
    return 'object';
  if (node.items !== undefined || node.prefixItems !== undefined) return 'array';
  if (assertsContent(node)) return 'string';
  return undefined;
}

/**
 * How an object is drawn around a property the invalid mode handles itself:
 * `absent` is left out (and no key that needs it is drawn); `present` is
 * left out of the record, but the caller adds it, so its dependents are
 * drawn. `dependencies` replaces the node's own `dependentRequired`.
 */
export interface ObjectHole {
  absent?: string;
  present?: string;
  dependencies?: Dependencies;
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
      let arbitrary = this.buildNode(schema, pointer, terminal);
      const opaque = opaqueKeywords(resolveNode(schema));
      if (opaque.length > 0) arbitrary = validatedBy(schema, this.direction, opaque, arbitrary, pointer);
      if (!terminal) this.memo.set(schema, arbitrary);
      return arbitrary;
    } finally {
      this.stack.pop();
    }
  }

  /** True when {@link build} draws values for the schema, false when it finds it unsatisfiable. */
  canBuild(schema: SchemaObject, pointer = ''): boolean {
    try {
      this.build(schema, pointer);
      return true;
    } catch (error) {
      if (error instanceof SchemaError && error.code === 'UNSATISFIABLE_SCHEMA') return false;
      throw error;
    }
  }

  private buildNode(schema: SchemaObject, pointer: string, terminal: boolean): fc.Arbitrary<unknown> {
    const node = resolveNode(schema);
    const union = unionOf(node);
    let arbitrary: fc.Arbitrary<unknown>;
    if (union !== undefined) {
      const branches = union.branches
        .map((branch, i) => ({ branch, at: `${pointer}/${union.kind}/${i}` }))
        .filter(({ branch, at }) => this.canBuild(branch, at));
      if (branches.length === 0)
        throw new SchemaError(
          'UNSATISFIABLE_SCHEMA',
          `no ${union.kind} branch at ${pointer || '(root)'} draws`,
          pointer,
        );
      arbitrary = fc.oneof(...branches.map(({ branch, at }) => this.build(branch, at)));
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
   * Strings: from their content when it is asserted (see
   * `content-strings.ts`); by construction for a format (of a fitting
   * length: a format none fits was refused by `unsatisfiableReason`) or
   * plain bounds; with a `pattern`, drawn and kept when every string
   * keyword holds.
   */
  private string(node: SchemaObject, pointer: string): fc.Arbitrary<string> {
    const minLength = node.minLength ?? 0;
    const maxLength = node.maxLength;
    const pattern = node.pattern;
    if (assertsContent(node)) return contentStrings(node, pointer);
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

  /**
   * Array lengths: `minItems` up to `maxItems`, or a few more than
   * `minItems` and the `prefixItems` (exactly `minItems` when terminal),
   * never past a position no item can fill.
   */
  lengths(node: SchemaObject, positions: ArrayPositions, terminal: boolean): { minLength: number; maxLength: number } {
    const minLength = node.minItems ?? 0;
    const usual = Math.max(minLength, positions.prefix.length) + EXTRA_ITEMS;
    const maxLength = terminal ? minLength : Math.min(node.maxItems ?? usual, usual);
    return { minLength, maxLength: Math.min(maxLength, firstGap(positions)) };
  }

  /**
   * The valid items of an array by position: each `prefixItems` entry, and
   * `items` for the rest (any JSON value when absent); `undefined` where no
   * value can be valid (`{ not: {} }`, or unsatisfiable).
   */
  positions(node: SchemaObject, pointer: string): ArrayPositions {
    const prefix = (node.prefixItems ?? []).map((schema, index) => {
      const at = `${pointer}/prefixItems/${index}`;
      return this.canBuild(schema, at) ? this.build(schema, at) : undefined;
    });
    const items = node.items;
    let rest: fc.Arbitrary<unknown> | undefined = fc.jsonValue({ maxDepth: 1 });
    if (items !== undefined)
      rest = this.canBuild(items, `${pointer}/items`) ? this.build(items, `${pointer}/items`) : undefined;
    return { prefix, rest };
  }

  private array(node: SchemaObject, pointer: string, terminal: boolean): fc.Arbitrary<unknown[]> {
    const positions = this.positions(node, pointer);
    const { minLength, maxLength } = this.lengths(node, positions, terminal);
    if (maxLength < minLength) {
      const reason = `no item at position ${firstGap(positions)} can be valid, and minItems is ${minLength}`;
      throw new SchemaError(
        'UNSATISFIABLE_SCHEMA',
        `no value satisfies the schema at ${pointer || '(root)'}: ${reason}`,
        pointer,
      );
    }
    const unique = node.uniqueItems === true;
    // Different items drawn from too few values never come: say so instead of drawing forever.
    const values = unique && positions.prefix.length === 0 && node.items ? finiteDomainSize(node.items) : undefined;
    if (values !== undefined && values < minLength) {
      throw new SchemaError(
        'UNSATISFIABLE_SCHEMA',
        `no value satisfies the schema at ${pointer || '(root)'}: minItems is ${minLength} with uniqueItems, but the items admit only ${values} different value(s)`,
        pointer,
      );
    }
    return validArray(positions, minLength, Math.min(maxLength, values ?? Infinity), unique);
  }

  /**
   * A valid object, optionally around one property the invalid mode puts
   * in or leaves out itself (see {@link ObjectHole}). Keys whose
   * `dependentRequired` dependents are not all drawn are left out; the
   * dependents of required keys are drawn as required.
   */
  object(
    node: SchemaObject,
    pointer: string,
    terminal: boolean,
    hole: ObjectHole = {},
  ): fc.Arbitrary<Record<string, unknown>> {
    const { absent, present } = hole;
    const dependencies = hole.dependencies ?? dependentRequiredIn(node, this.direction);
    const skipped = (name: string): boolean => {
      const property = node.properties?.[name];
      return property !== undefined && skipsProperty(property, this.direction);
    };
    const required = (node.required ?? []).filter((name) => !skipped(name));
    const forced = withDependents(present === undefined ? required : [...required, present], dependencies);
    if (present !== undefined) forced.delete(present);
    const left = (name: string): boolean => name === absent || name === present;
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const requiredKeys: string[] = [];
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (left(name) || skipsProperty(property, this.direction)) continue;
      const isRequired = forced.has(name);
      const at = appendPointer(pointer, name);
      if (!isRequired && (terminal || !this.canBuild(property, at))) continue;
      shape[name] = this.build(property, at);
      if (isRequired) requiredKeys.push(name);
    }
    const closed = isClosed(node);
    const extraValues =
      typeof node.additionalProperties === 'object' && !closed
        ? this.build(node.additionalProperties, `${pointer}/additionalProperties`)
        : fc.jsonValue({ maxDepth: 1 });
    for (const name of forced) {
      if (left(name) || name in shape || node.properties?.[name] !== undefined) continue;
      shape[name] = extraValues;
      requiredKeys.push(name);
    }
    // Undeclared dependents of optional keys, drawn now and then so that their keys can stay.
    if (!closed && !terminal) {
      for (const name of [...dependencies.values()].flat()) {
        if (!left(name) && !(name in shape) && node.properties?.[name] === undefined) shape[name] = extraValues;
      }
    }
    let record = fc.record(shape, { requiredKeys, noNullPrototype: true });
    if (dependencies.size > 0) {
      const counted = new Set(present === undefined ? [] : [present]);
      record = record.map((value) => dropUnmetKeys(value, dependencies, forced, counted));
    }
    const extrasAllowed =
      node.additionalProperties === true || (typeof node.additionalProperties === 'object' && !closed);
    if (!extrasAllowed || terminal) return record;
    const taken = new Set([
      ...Object.keys(node.properties ?? {}),
      ...required,
      ...dependencies.keys(),
      ...[...dependencies.values()].flat(),
    ]);
    const key = extraPropertyNames().filter((k) => !taken.has(k) && !left(k));
    return fc
      .tuple(fc.dictionary(key, extraValues, { maxKeys: 2, noNullPrototype: true }), record)
      .map(([extras, values]) => ({ ...extras, ...values }));
  }
}

/**
 * Invalid-mode arbitraries: each draws a value that breaks exactly one
 * constraint of the schema, and names it. See the package README for the design.
 */
import { appendPointer } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';
import type { Direction, InvalidSample, SchemaObject } from '../types.ts';
import { arrayWithItem, firstGap, validArray, type ArrayPositions } from './array-positions.ts';
import { canonicalJson } from './canonical-json.ts';
import { dependentRequiredIn, withDependents } from './dependent-required.ts';
import { forbidsAll, isFalseSchema } from './false-schema.ts';
import { here, numberSites, stringSites, type Site } from './leaf-sites.ts';
export type { Site } from './leaf-sites.ts';
import { opaqueKeywords } from './opaque.ts';
import { isClosed, resolveNode, unionOf, unsatisfiableReason } from './resolve-node.ts';
import { skipsProperty } from './skips-property.ts';
import { fitsStringKeywords } from './string-constraints.ts';
import { impliedType, ValidBuilder, type ObjectHole } from './valid-arbitrary.ts';
import { extraPropertyNames } from './matching-strings.ts';

/** Invalid values are looked for this deep at most. */
const MAX_DEPTH = 8;
/** Items drawn beyond the fewest an array site needs. */
const MORE_ITEMS = 3;

const wrongValues: Record<string, unknown> = {
  string: 42,
  integer: 'not a number',
  number: 'not a number',
  boolean: 'yes',
  array: { not: 'an array' },
  object: ['not', 'an', 'object'],
};

const nested =
  (token: string | number) =>
  (sample: InvalidSample): InvalidSample => ({
    value: sample.value,
    violation: { pointer: appendPointer('', token) + sample.violation.pointer, keyword: sample.violation.keyword },
  });

/** The site, or none when building it finds a part that cannot be drawn. */
function attempt(build: () => Site | undefined): Site[] {
  try {
    const site = build();
    return site === undefined ? [] : [site];
  } catch (error) {
    if (error instanceof SchemaError && error.code === 'UNSATISFIABLE_SCHEMA') return [];
    throw error;
  }
}

/** Builds the sites (ways to be invalid) of schemas in one direction. */
export class InvalidBuilder {
  private readonly valid: ValidBuilder;
  private readonly stack: SchemaObject[] = [];

  constructor(direction: Direction) {
    this.valid = new ValidBuilder(direction);
  }

  get direction(): Direction {
    return this.valid.direction;
  }

  /** Every site of the schema; empty when nothing can be invalid (`{}`) or when too deep. */
  sites(schema: SchemaObject): Site[] {
    if (this.stack.length > MAX_DEPTH || this.stack.includes(schema)) return [];
    this.stack.push(schema);
    try {
      return this.nodeSites(schema);
    } finally {
      this.stack.pop();
    }
  }

  private nodeSites(schema: SchemaObject): Site[] {
    const node = resolveNode(schema);
    const type = node.type;
    const typeSites = type === undefined ? [] : [this.typeSite(type)];
    if (forbidsAll(node)) return [...typeSites, ...this.forbiddenSites(node)];
    // Keywords the arbitraries only filter by: a wrong type is the one break that is sure to be reported alone.
    if (opaqueKeywords(node).length > 0) return typeSites;
    const union = unionOf(node);
    if (union !== undefined) {
      if (type !== undefined) return typeSites;
      return this.unionSite(union.kind, union.branches);
    }
    const sites: Site[] = [];
    if (node.enum !== undefined) {
      const enumSite = this.enumSite(node);
      return enumSite === undefined ? [] : [enumSite];
    }
    sites.push(...typeSites);
    switch (impliedType(node)) {
      case 'string':
        sites.push(...stringSites(node));
        break;
      case 'integer':
      case 'number':
        sites.push(...numberSites(node));
        break;
      case 'array':
        sites.push(...this.arraySites(node));
        break;
      case 'object':
        sites.push(...this.objectSites(node));
        break;
      case 'boolean':
      case undefined:
        break;
    }
    return sites;
  }

  private typeSite(type: string): Site {
    return { arbitrary: fc.constant(wrongValues[type]).map(here('type')), rootKeyword: 'type' };
  }

  /**
   * A node whose `not` allows everything (`not: {}`): any value breaks
   * `not`. Values of the node's type meeting its other keywords, so that a
   * wrong type (reported first) or another keyword is not broken too.
   */
  private forbiddenSites(node: SchemaObject): Site[] {
    const rest: SchemaObject = { ...node };
    delete rest.not;
    return attempt(() => ({ arbitrary: this.valid.build(rest).map(here('not')), rootKeyword: 'not' }));
  }

  private unionSite(kind: 'oneOf' | 'anyOf', branches: SchemaObject[]): Site[] {
    const accepted = new Set<string>();
    for (const branch of branches) {
      const type = impliedType(branch);
      if (branch.type === undefined) return [];
      accepted.add(type === 'integer' ? 'number' : (type ?? ''));
      if (branch.nullable === true) accepted.add('null');
    }
    const candidates: Array<[string, unknown]> = [
      ['string', 'none of the alternatives'],
      ['number', 0.5],
      ['boolean', true],
      ['array', []],
      ['object', {}],
    ];
    const found = candidates.find(([type]) => !accepted.has(type));
    return found === undefined ? [] : [{ arbitrary: fc.constant(found[1]).map(here(kind)), rootKeyword: kind }];
  }

  /**
   * A value not listed, of the node's type (a value of another type breaks
   * `type` first), or of the values' type when the node has none: a string
   * that meets the node's string keywords, a number past the largest, the
   * other boolean, an empty object or array (only when no other object or
   * array keyword could be broken by it too). A one-value `enum` is how the
   * internal form writes `const`.
   */
  private enumSite(node: SchemaObject): Site | undefined {
    const values = node.enum ?? [];
    const taken = new Set(values.map(canonicalJson));
    const strings = values.filter((v): v is string => typeof v === 'string');
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const kind =
      node.type ??
      (strings.length > 0
        ? 'string'
        : numbers.length > 0
          ? 'number'
          : values.some((v) => typeof v === 'boolean')
            ? 'boolean'
            : undefined);
    const bare = (keywords: ReadonlyArray<keyof SchemaObject>): boolean => keywords.every((k) => node[k] === undefined);
    let candidate: unknown;
    if (kind === 'string' || kind === undefined) {
      const text = `${strings[0] ?? 'value'}-not-listed`;
      if (fitsStringKeywords(node)(text)) candidate = text;
    } else if (kind === 'number' || kind === 'integer') {
      candidate = numbers.length > 0 ? Math.max(...numbers) + 1 : 0;
    } else if (kind === 'boolean') {
      if (values.includes(true) !== values.includes(false)) candidate = !values.includes(true);
    } else if (kind === 'object' && bare(['properties', 'required', 'additionalProperties', 'minProperties'])) {
      candidate = taken.has('{}') ? { 'not-listed': true } : {};
    } else if (kind === 'array' && bare(['items', 'prefixItems', 'minItems'])) {
      candidate = taken.has('[]') ? ['not-listed'] : [];
    }
    if (candidate === undefined || taken.has(canonicalJson(candidate))) return undefined;
    return { arbitrary: fc.constant(candidate).map(here('enum')), rootKeyword: 'enum' };
  }

  private arraySites(node: SchemaObject): Site[] {
    const sites: Site[] = [];
    if (unsatisfiableReason(node, this.direction) !== undefined) return sites;
    const positions = this.valid.positions(node, '');
    const prefixLength = positions.prefix.length;
    const longest = firstGap(positions);
    const minItems = node.minItems ?? 0;
    const maxItems = node.maxItems ?? Infinity;
    const unique = node.uniqueItems === true;
    const valid = (low: number, high: number): fc.Arbitrary<unknown[]> | undefined =>
      low <= high ? validArray(positions, low, high, unique) : undefined;
    const shorter = minItems > 0 ? valid(0, Math.min(minItems - 1, longest)) : undefined;
    if (shorter) sites.push({ arbitrary: shorter.map(here('minItems')), rootKeyword: 'minItems' });
    const longer =
      node.maxItems === undefined ? undefined : valid(maxItems + 1, Math.min(maxItems + MORE_ITEMS, longest));
    if (longer) sites.push({ arbitrary: longer.map(here('maxItems')), rootKeyword: 'maxItems' });
    // A copy of the last item, which is one of the rest, appended: valid there too.
    if (unique && longest === Infinity) {
      const low = Math.max(1, minItems - 1, prefixLength + 1);
      const base = valid(low, Math.min(maxItems - 1, low + MORE_ITEMS));
      if (base) {
        const doubled = base.map((list) => [...list, list[list.length - 1]]);
        sites.push({ arbitrary: doubled.map(here('uniqueItems')), rootKeyword: 'uniqueItems' });
      }
    }
    const bounds = (first: number) => ({
      minLength: minItems,
      maxLength: Math.min(maxItems, Math.max(minItems, first + 1) + MORE_ITEMS),
      unique,
    });
    (node.prefixItems ?? []).forEach((item, index) => {
      sites.push(...this.itemSites(positions, item, index, bounds(index)));
    });
    if (prefixLength > 0 && isFalseSchema(node.items))
      sites.push(...this.noMoreItemsSite(positions, bounds(prefixLength)));
    else if (node.items !== undefined)
      sites.push(...this.itemSites(positions, node.items, 'rest', bounds(prefixLength)));
    return sites;
  }

  /** One item broken (at a prefix position, or among the rest), the others valid. */
  private itemSites(
    positions: ArrayPositions,
    item: SchemaObject,
    index: number | 'rest',
    bounds: { minLength: number; maxLength: number; unique: boolean },
  ): Site[] {
    const inner = this.sites(item);
    if (inner.length === 0) return [];
    const broken = fc.oneof(...inner.map((site) => site.arbitrary));
    const arrays = arrayWithItem(positions, index, broken, (sample) => sample.value, bounds);
    if (arrays === undefined) return [];
    return [
      {
        arbitrary: arrays.map(({ list, index: at, sample }) =>
          nested(at)({ value: list, violation: sample.violation }),
        ),
      },
    ];
  }

  /**
   * `items: false` after `prefixItems` (`{ not: {} }` in the internal form):
   * a valid prefix and one to three more items of any kind. The validators
   * report it as `items`, at the array.
   */
  private noMoreItemsSite(
    positions: ArrayPositions,
    bounds: { minLength: number; maxLength: number; unique: boolean },
  ): Site[] {
    const prefixLength = positions.prefix.length;
    if (firstGap(positions) < prefixLength) return [];
    const low = Math.max(bounds.minLength, prefixLength + 1);
    const high = Math.min(bounds.maxLength, prefixLength + MORE_ITEMS);
    if (low > high) return [];
    const extras = fc.uniqueArray(fc.jsonValue({ maxDepth: 1 }), {
      minLength: low - prefixLength,
      maxLength: high - prefixLength,
      selector: canonicalJson,
    });
    const prefix = validArray(positions, prefixLength, prefixLength, bounds.unique);
    const arrays = fc.tuple(prefix, extras).map(([head, tail]) => [...head, ...tail]);
    const kept = bounds.unique
      ? arrays.filter((list) => new Set(list.map(canonicalJson)).size === list.length)
      : arrays;
    return [{ arbitrary: kept.map(here('items')), rootKeyword: 'items' }];
  }

  private objectSites(node: SchemaObject): Site[] {
    const sites: Site[] = [];
    if (unsatisfiableReason(node, this.direction) !== undefined) return sites;
    const dependencies = dependentRequiredIn(node, this.direction);
    const skipped = (name: string): boolean => {
      const property = node.properties?.[name];
      return property !== undefined && skipsProperty(property, this.direction);
    };
    const required = (node.required ?? []).filter((name) => !skipped(name));
    const object = (hole: ObjectHole): fc.Arbitrary<Record<string, unknown>> => this.valid.object(node, '', true, hole);
    for (const name of required) {
      // Left out while another required key needs it, it would break dependentRequired too.
      if (
        withDependents(
          required.filter((other) => other !== name),
          dependencies,
        ).has(name)
      )
        continue;
      sites.push(
        ...attempt(() => ({
          arbitrary: object({ absent: name }).map((value) => ({
            value,
            violation: { pointer: appendPointer('', name), keyword: 'required' },
          })),
        })),
      );
    }
    sites.push(...this.dependencySites(node, required));
    const names = new Set([
      ...Object.keys(node.properties ?? {}),
      ...required,
      ...dependencies.keys(),
      ...[...dependencies.values()].flat(),
    ]);
    const extraKey = extraPropertyNames().filter((k) => !names.has(k));
    if (isClosed(node)) {
      sites.push(
        ...attempt(() => ({
          arbitrary: fc.tuple(object({}), extraKey, fc.jsonValue({ maxDepth: 1 })).map(([value, key, extra]) => ({
            value: { ...value, [key]: extra },
            violation: { pointer: appendPointer('', key), keyword: 'additionalProperties' },
          })),
        })),
      );
    } else if (typeof node.additionalProperties === 'object') {
      const inner = this.sites(node.additionalProperties);
      if (inner.length > 0) {
        const broken = fc.oneof(...inner.map((site) => site.arbitrary));
        sites.push(
          ...attempt(() => ({
            arbitrary: fc
              .tuple(object({}), extraKey, broken)
              .map(([value, key, sample]) =>
                nested(key)({ value: { ...value, [key]: sample.value }, violation: sample.violation }),
              ),
          })),
        );
      }
    }
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (skipsProperty(property, this.direction)) continue;
      const inner = this.sites(property);
      if (inner.length === 0) continue;
      const broken = fc.oneof(...inner.map((site) => site.arbitrary));
      sites.push(
        ...attempt(() => ({
          arbitrary: fc
            .tuple(object({ present: name }), broken)
            .map(([value, sample]) =>
              nested(name)({ value: { ...value, [name]: sample.value }, violation: sample.violation }),
            ),
        })),
      );
    }
    return sites;
  }

  /**
   * `dependentRequired`: the key present (and valid), one of its dependents
   * missing, everything else valid. Not offered when something else needs
   * that dependent too (it is required, or the dependent of a key that must
   * be there), since its absence would break that as well. The validators
   * report it at the object.
   */
  private dependencySites(node: SchemaObject, required: readonly string[]): Site[] {
    const dependencies = dependentRequiredIn(node, this.direction);
    const sites: Site[] = [];
    for (const [key, dependents] of dependencies) {
      const keySchema = node.properties?.[key];
      let keyValues: fc.Arbitrary<unknown> | undefined;
      if (keySchema !== undefined) keyValues = this.valid.canBuild(keySchema) ? this.valid.build(keySchema) : undefined;
      else if (!isClosed(node)) {
        const extra = node.additionalProperties;
        keyValues = typeof extra === 'object' ? this.valid.build(extra) : fc.jsonValue({ maxDepth: 1 });
      }
      if (keyValues === undefined) continue;
      for (const missing of dependents) {
        const others = new Map(dependencies);
        others.set(
          key,
          dependents.filter((name) => name !== missing),
        );
        if (withDependents([...required, key], others).has(missing)) continue;
        const values = keyValues;
        sites.push(
          ...attempt(() => ({
            arbitrary: fc
              .tuple(this.valid.object(node, '', true, { present: key, absent: missing, dependencies: others }), values)
              .map(([value, keyValue]) => ({
                value: { ...value, [key]: keyValue },
                violation: { pointer: '', keyword: 'dependentRequired' },
              })),
            rootKeyword: 'dependentRequired',
          })),
        );
      }
    }
    return sites;
  }
}

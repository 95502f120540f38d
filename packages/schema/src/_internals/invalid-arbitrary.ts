/**
 * Invalid-mode arbitraries: each draws a value that breaks exactly one
 * constraint of the schema, and names it. See the package README for the design.
 */
import { appendPointer } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import type { Direction, InvalidSample, SchemaObject } from '../types.ts';
import { here, numberSites, stringSites, type Site } from './leaf-sites.ts';
export type { Site } from './leaf-sites.ts';
import { resolveNode, unionOf, unsatisfiableReason } from './resolve-node.ts';
import { skipsProperty } from './skips-property.ts';
import { impliedType, ValidBuilder } from './valid-arbitrary.ts';

/** Invalid values are looked for this deep at most. */
const MAX_DEPTH = 8;

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
    const union = unionOf(node);
    if (union !== undefined) {
      if (type !== undefined) return [this.typeSite(type)];
      return this.unionSite(union.kind, union.branches);
    }
    const sites: Site[] = [];
    if (node.enum !== undefined) {
      const enumSite = this.enumSite(node);
      return enumSite === undefined ? [] : [enumSite];
    }
    if (type !== undefined) sites.push(this.typeSite(type));
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

  private enumSite(node: SchemaObject): Site | undefined {
    const values = node.enum ?? [];
    const taken = new Set(values.map((v) => JSON.stringify(v)));
    const strings = values.filter((v): v is string => typeof v === 'string');
    const numbers = values.filter((v): v is number => typeof v === 'number');
    let candidate: unknown;
    if (strings.length > 0 || node.type === 'string') candidate = `${strings[0] ?? 'value'}-not-listed`;
    else if (numbers.length > 0) candidate = Math.max(...numbers) + 1;
    else if (node.type === 'boolean' && values.length === 1) candidate = !values[0];
    if (candidate === undefined || taken.has(JSON.stringify(candidate))) return undefined;
    return { arbitrary: fc.constant(candidate).map(here('enum')), rootKeyword: 'enum' };
  }

  private arraySites(node: SchemaObject): Site[] {
    const sites: Site[] = [];
    const minItems = node.minItems ?? 0;
    const maxItems = node.maxItems;
    const unique = node.uniqueItems === true;
    const itemsOk = node.items === undefined || unsatisfiableReason(node.items, this.direction) === undefined;
    const items =
      node.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : itemsOk ? this.valid.build(node.items) : undefined;
    const arrayOf = (minLength: number, maxLength: number): fc.Arbitrary<unknown[]> | undefined => {
      if (maxLength === 0) return fc.constant([]);
      if (items === undefined) return undefined;
      const selector = (v: unknown): string => JSON.stringify(v);
      return unique
        ? fc.uniqueArray(items, { minLength, maxLength, selector })
        : fc.array(items, { minLength, maxLength });
    };
    if (minItems > 0) {
      const shorter = arrayOf(0, minItems - 1);
      if (shorter) sites.push({ arbitrary: shorter.map(here('minItems')), rootKeyword: 'minItems' });
    }
    if (maxItems !== undefined) {
      const longer = arrayOf(maxItems + 1, maxItems + 3);
      if (longer) sites.push({ arbitrary: longer.map(here('maxItems')), rootKeyword: 'maxItems' });
    }
    if (unique && (maxItems === undefined || maxItems >= 2)) {
      const base = arrayOf(
        Math.max(1, minItems - 1),
        Math.max(1, Math.min((maxItems ?? minItems + 3) - 1, minItems + 3)),
      );
      if (base) {
        const doubled = base.map((list) => [...list, list[0]]);
        sites.push({ arbitrary: doubled.map(here('uniqueItems')), rootKeyword: 'uniqueItems' });
      }
    }
    if (node.items !== undefined) {
      const inner = this.sites(node.items);
      const rest = arrayOf(
        Math.max(0, minItems - 1),
        Math.max(0, Math.min((maxItems ?? minItems + 3) - 1, minItems + 3)),
      );
      if (inner.length > 0 && rest !== undefined && (maxItems === undefined || maxItems > 0)) {
        const broken = fc.oneof(...inner.map((site) => site.arbitrary));
        const arbitrary = fc.tuple(rest, broken, fc.nat()).map(([list, sample, at]) => {
          const index = at % (list.length + 1);
          const value = [...list.slice(0, index), sample.value, ...list.slice(index)];
          return nested(index)({ value, violation: sample.violation });
        });
        sites.push({ arbitrary });
      }
    }
    return sites;
  }

  private objectSites(node: SchemaObject): Site[] {
    const sites: Site[] = [];
    if (unsatisfiableReason(node, this.direction) !== undefined) return sites;
    const required = new Set(node.required ?? []);
    const properties = Object.entries(node.properties ?? {}).filter(([, p]) => !skipsProperty(p, this.direction));
    for (const name of required) {
      const property = node.properties?.[name];
      if (property !== undefined && skipsProperty(property, this.direction)) continue;
      const without = this.valid.object(node, '', true, name);
      sites.push({
        arbitrary: without.map((value) => ({
          value,
          violation: { pointer: appendPointer('', name), keyword: 'required' },
        })),
      });
    }
    const names = new Set([...Object.keys(node.properties ?? {}), ...required]);
    const extraKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/).filter((k) => !names.has(k));
    if (node.additionalProperties === false) {
      const arbitrary = fc
        .tuple(this.valid.object(node, '', true), extraKey, fc.jsonValue({ maxDepth: 1 }))
        .map(([value, key, extra]) => ({
          value: { ...value, [key]: extra },
          violation: { pointer: appendPointer('', key), keyword: 'additionalProperties' },
        }));
      sites.push({ arbitrary });
    } else if (typeof node.additionalProperties === 'object') {
      const inner = this.sites(node.additionalProperties);
      if (inner.length > 0) {
        const broken = fc.oneof(...inner.map((site) => site.arbitrary));
        const arbitrary = fc
          .tuple(this.valid.object(node, '', true), extraKey, broken)
          .map(([value, key, sample]) =>
            nested(key)({ value: { ...value, [key]: sample.value }, violation: sample.violation }),
          );
        sites.push({ arbitrary });
      }
    }
    for (const [name, property] of properties) {
      const inner = this.sites(property);
      if (inner.length === 0) continue;
      const broken = fc.oneof(...inner.map((site) => site.arbitrary));
      const arbitrary = fc
        .tuple(this.valid.object(node, '', true, name), broken)
        .map(([value, sample]) =>
          nested(name)({ value: { ...value, [name]: sample.value }, violation: sample.violation }),
        );
      sites.push({ arbitrary });
    }
    return sites;
  }
}

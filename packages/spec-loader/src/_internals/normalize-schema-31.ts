import type { Rewrite } from '../types.ts';
import { toPointer } from '../json-pointer.ts';
import { isObject, isRef } from './json-pointer.ts';
import { walkSchemaSlots, type SchemaSlot } from './schema-slots.ts';

type Schema = Record<string, unknown>;

/** The keywords that only apply to values of one JSON type, by type. */
const TYPE_KEYWORDS: Record<string, readonly string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding', 'contentSchema'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'],
  array: [
    'items',
    'prefixItems',
    'minItems',
    'maxItems',
    'uniqueItems',
    'contains',
    'minContains',
    'maxContains',
    'unevaluatedItems',
  ],
  object: [
    'properties',
    'required',
    'additionalProperties',
    'patternProperties',
    'propertyNames',
    'dependentRequired',
    'dependentSchemas',
    'minProperties',
    'maxProperties',
    'unevaluatedProperties',
    'discriminator',
  ],
};
TYPE_KEYWORDS.integer = TYPE_KEYWORDS.number!;

/** The annotations a `$ref` may carry that change nothing it accepts. */
const REF_ANNOTATIONS = new Set(['description', 'summary', 'title', '$comment']);

/** The JSON types a `type` may name. */
const SIMPLE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) => Object.hasOwn(b, key) && sameJson((a as Schema)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Records one rewrite of the schema at `path`. */
type Note = (kind: Rewrite['kind'], message: string) => void;

/** Where the internal form keeps a boolean as it is (3.0 allows it there too). */
const BOOLEAN_KEPT = new Set<string | number>(['additionalProperties', 'unevaluatedProperties', 'unevaluatedItems']);

/** `true` → `{}`, `false` → `{ not: {} }`, except where the internal form keeps booleans. */
function booleanSchema(slot: SchemaSlot, value: boolean, note: Note): void {
  if (BOOLEAN_KEPT.has(slot.key) && !Array.isArray(slot.holder)) return;
  (slot.holder as Record<string | number, unknown>)[slot.key] = value ? {} : { not: {} };
  note('boolean-schema', `boolean schema ${value} rewritten to ${value ? '{}' : '{ not: {} }'}`);
}

/**
 * A `$ref` with siblings: 3.1 applies both, as `allOf` would. Siblings that
 * are only annotations (`description`, `summary`, `x-…`) are left out, as
 * the internal form of a 3.0 document leaves them out (3.0 ignores them):
 * every reader then meets the ref's target itself. Any other sibling moves
 * the ref into an `allOf`, so that dereferencing (which puts the shared
 * target in the ref's place) keeps what the siblings ask.
 */
function refSiblings(node: Schema, note: Note): void {
  const siblings = Object.keys(node).filter((key) => key !== '$ref');
  if (siblings.length === 0) return;
  if (siblings.every((key) => REF_ANNOTATIONS.has(key) || key.startsWith('x-'))) {
    for (const key of siblings) delete node[key];
    note('ref-siblings', `${siblings.join(', ')} beside $ref left out (annotations only)`);
    return;
  }
  const ref = node.$ref;
  delete node.$ref;
  node.allOf = [{ $ref: ref }, ...(Array.isArray(node.allOf) ? (node.allOf as unknown[]) : [])];
  note('ref-siblings', `$ref with ${siblings.join(', ')} beside it rewritten to allOf: [{ $ref }]`);
}

/** 3.0's `nullable` is not a 3.1 keyword: 3.1 ignores it, and so does the internal form of a 3.1 document. */
function dropNullableKeyword(node: Schema, note: Note): void {
  if (!('nullable' in node)) return;
  delete node.nullable;
  note('nullable-keyword', '`nullable` is not an OpenAPI 3.1 keyword (3.1 ignores it): removed; use type: [T, "null"]');
}

/** Annotations: keywords that never refuse a value. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  '$comment',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/** True for a raw 3.1 schema that allows `null` and nothing else (`{ type: "null" }` and its spellings). */
function isNullOnly(branch: unknown): boolean {
  if (!isObject(branch)) return false;
  const keys = Object.keys(branch).filter((key) => !ANNOTATIONS.has(key) && !key.startsWith('x-'));
  const { type } = branch;
  const typeIsNull = type === 'null' || (Array.isArray(type) && type.length === 1 && type[0] === 'null');
  if (keys.length === 1 && keys[0] === 'type') return typeIsNull;
  if (keys.length === 1 && keys[0] === 'const') return branch.const === null;
  const enumIsNull = Array.isArray(branch.enum) && branch.enum.length > 0 && branch.enum.every((v) => v === null);
  if (keys.length === 1 && keys[0] === 'enum') return enumIsNull;
  return keys.length === 2 && keys.includes('type') && keys.includes('enum') && typeIsNull && enumIsNull;
}

/**
 * `anyOf`/`oneOf: [S, { type: "null" }]`, 3.1's usual "S or null", becomes
 * `nullable: true` with the null branches gone: a single other branch is
 * merged into the schema itself (a `$ref` goes into `allOf`, as the internal
 * form annotates a ref), several stay a union.
 */
function nullUnion(node: Schema, note: Note): void {
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = node[keyword];
    if (!Array.isArray(branches) || branches.length < 2 || !branches.some(isNullOnly)) continue;
    const rest = (branches as unknown[]).filter((branch) => !isNullOnly(branch));
    if (rest.length === 0) continue;
    const [only] = rest;
    if (rest.length > 1) {
      node[keyword] = rest;
    } else if (isRef(only) && Object.keys(only).length === 1) {
      delete node[keyword];
      node.allOf = [only, ...(Array.isArray(node.allOf) ? (node.allOf as unknown[]) : [])];
    } else if (isObject(only) && Object.keys(only).every((key) => !(key in node) || key === keyword)) {
      delete node[keyword];
      Object.assign(node, only);
    } else {
      node[keyword] = rest;
    }
    node.nullable = true;
    note('null-union', `${keyword} with a null-only branch rewritten to nullable: true`);
  }
}

/** `const: x` → `enum: [x]` (an `enum` beside it keeps only `x`, if it has it). */
function constToEnum(node: Schema, note: Note): void {
  if (!('const' in node)) return;
  const value = node.const;
  delete node.const;
  node.enum = Array.isArray(node.enum) ? node.enum.filter((item) => sameJson(item, value)) : [value];
  note('const', `const ${JSON.stringify(value)} rewritten to a one-value enum`);
}

/** A schema's `examples` list → its first entry as `example`. */
function examplesToExample(node: Schema, note: Note): void {
  if (!Array.isArray(node.examples)) return;
  const [first] = node.examples as unknown[];
  delete node.examples;
  if (first !== undefined && node.example === undefined) node.example = first;
  note('schema-examples', 'examples rewritten to example (its first entry)');
}

/** Numeric `exclusiveMinimum`/`exclusiveMaximum` → the bound with a boolean flag, keeping the stricter of the two bounds. */
function exclusiveBounds(node: Schema, note: Note): void {
  for (const [exclusive, bound, stricter] of [
    ['exclusiveMinimum', 'minimum', (a: number, b: number) => a > b],
    ['exclusiveMaximum', 'maximum', (a: number, b: number) => a < b],
  ] as const) {
    const limit = node[exclusive];
    if (typeof limit !== 'number') continue;
    const inclusive = node[bound];
    if (typeof inclusive === 'number' && stricter(inclusive, limit)) {
      delete node[exclusive];
      note('exclusive-bound', `${exclusive}: ${limit} dropped: ${bound}: ${inclusive} is stricter`);
    } else {
      node[bound] = limit;
      node[exclusive] = true;
      note('exclusive-bound', `${exclusive}: ${limit} rewritten to ${bound}: ${limit}, ${exclusive}: true`);
    }
  }
}

/**
 * `type` as a list, or `"null"`: one non-null type stays `type`, `"null"`
 * becomes `nullable: true` (unless an `enum` without `null` rules null out),
 * several non-null types become an `anyOf` with one branch per type, each
 * with the keywords that apply to its type.
 */
function typeArray(node: Schema, note: Note): void {
  const raw = node.type;
  if (!Array.isArray(raw) && raw !== 'null') return;
  const types = (Array.isArray(raw) ? raw : [raw]).filter(
    (type): type is string => typeof type === 'string' && SIMPLE_TYPES.has(type),
  );
  if (types.length === 0) {
    delete node.type;
    note('type-array', `type ${JSON.stringify(raw)} names no JSON type: removed`);
    return;
  }
  const allowsNull = types.includes('null');
  const others = [...new Set(types.filter((type) => type !== 'null'))];
  const enumeration = Array.isArray(node.enum) ? (node.enum as unknown[]) : undefined;
  const nullable = allowsNull && (enumeration === undefined || enumeration.includes(null));
  delete node.type;
  if (nullable) {
    node.nullable = true;
    // The internal form's nullable enum allows null by itself; null stays listed only when it is all there is.
    if (enumeration?.some((item) => item !== null)) {
      node.enum = enumeration.filter((item) => item !== null);
    }
  }
  if (others.length === 0) {
    node.enum = enumeration?.filter((item) => item === null) ?? [null];
    node.nullable = true;
    note('type-array', `type ${JSON.stringify(raw)} rewritten to nullable: true, enum: [null]`);
    return;
  }
  if (others.length === 1) {
    node.type = others[0];
    note(
      'type-array',
      `type ${JSON.stringify(raw)} rewritten to type: ${others[0]}${nullable ? ', nullable: true' : ''}`,
    );
    return;
  }
  const branches = others.map((type) => {
    const branch: Schema = { type };
    for (const keyword of TYPE_KEYWORDS[type] ?? []) {
      if (keyword in node) branch[keyword] = node[keyword];
    }
    return branch;
  });
  for (const keyword of new Set(others.flatMap((type) => TYPE_KEYWORDS[type] ?? []))) delete node[keyword];
  if (Array.isArray(node.anyOf))
    node.allOf = [...(Array.isArray(node.allOf) ? (node.allOf as unknown[]) : []), { anyOf: branches }];
  else node.anyOf = branches;
  note(
    'type-array',
    `type ${JSON.stringify(raw)} rewritten to anyOf: one branch per type${nullable ? ', nullable: true' : ''}`,
  );
}

/**
 * Brings every Schema Object of an OpenAPI 3.1 document (JSON Schema
 * 2020-12) to the internal form (see `SchemaObject`), in place, before
 * dereferencing, and returns what it changed: boolean schemas, `$ref` with
 * siblings, `nullable` (not a 3.1 keyword), `const`, `examples`, numeric
 * exclusive bounds and `type` lists. The result is no longer a 3.1
 * document (it has `nullable`), so it is never normalized as one again.
 */
export function normalizeSchemas31(document: Record<string, unknown>): Rewrite[] {
  const rewrites: Rewrite[] = [];
  walkSchemaSlots(document, (slot) => {
    let pointer: string | undefined;
    const note: Note = (kind, message) => {
      pointer ??= toPointer(slot.path);
      rewrites.push({ kind, pointer, message });
    };
    const value = (slot.holder as Record<string | number, unknown>)[slot.key];
    if (typeof value === 'boolean') {
      booleanSchema(slot, value, note);
      return;
    }
    if (!isObject(value)) return;
    if (isRef(value)) {
      refSiblings(value, note);
      return;
    }
    dropNullableKeyword(value, note);
    nullUnion(value, note);
    constToEnum(value, note);
    examplesToExample(value, note);
    exclusiveBounds(value, note);
    typeArray(value, note);
  });
  return rewrites;
}

/**
 * Small self-contained schemas (depth ≤ 2, no `$ref`) and a second version of
 * each, made by one or two edits drawn from the families the diff rules know:
 * properties and `required`, `type` and `format`, `enum`, the length, item,
 * property-count and numeric bounds, `multipleOf`, `uniqueItems`, simple
 * patterns, `nullable`, `readOnly`/`writeOnly`, `additionalProperties`, and
 * composition (`oneOf`/`anyOf` branches and keyword, `allOf` parts; see
 * `composition-edits.ts`). Edits widen as often as they narrow.
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { COMPOSITION_EDITS, unionOfLeaves } from './composition-edits.ts';

/** A schema as plain JSON, edited in place while a pair is built. */
export type Node = Record<string, unknown>;

/** An edit family: changes a node in place, `n` choosing among its variants. */
export type Edit = (node: Node, n: number) => void;

/** Two versions of one schema and the edits that led from the first to the second. */
export interface SchemaPair {
  old: SchemaObject;
  new: SchemaObject;
  edits: string[];
}

const NAMES = ['a', 'b', 'c'] as const;
const WORDS = ['x', 'y', 'z'] as const;
const PATTERNS = ['^[a-z]+$', '^[a-z]*$', '^[a-c]+$', '^[0-9]+$', '^a'] as const;
const FORMATS = ['date', 'date-time', 'uuid', 'email'] as const;
const TYPES = ['string', 'integer', 'number', 'boolean'] as const;
/** Steps for `multipleOf`: whole and fractional, some multiples of others (2 and 4, 0.25 and 0.5), some not (2 and 3). */
const MULTIPLES = [2, 3, 4, 0.5, 0.25, 0.1] as const;

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined));
}

const stringLeaf: fc.Arbitrary<Node> = fc.oneof(
  fc
    .record({
      minLength: maybe(fc.integer({ min: 0, max: 3 })),
      span: maybe(fc.integer({ min: 0, max: 4 })),
      pattern: maybe(fc.constantFrom(...PATTERNS)),
    })
    .map(({ minLength, span, pattern }) =>
      compact({
        type: 'string',
        minLength,
        maxLength: span === undefined ? undefined : (minLength ?? 0) + span + 1,
        pattern,
      }),
    ),
  fc.constantFrom(...FORMATS).map((format) => ({ type: 'string', format })),
  fc.subarray([...WORDS], { minLength: 1 }).map((values) => ({ type: 'string', enum: values })),
);

const numberLeaf: fc.Arbitrary<Node> = fc
  .record({
    type: fc.constantFrom('integer', 'number'),
    minimum: maybe(fc.integer({ min: -3, max: 3 })),
    span: maybe(fc.integer({ min: 0, max: 4 })),
    multipleOf: maybe(fc.constantFrom(...MULTIPLES)),
  })
  .map(({ type, minimum, span, multipleOf }) =>
    compact({ type, minimum, maximum: span === undefined ? undefined : (minimum ?? 0) + span, multipleOf }),
  );

const scalar: fc.Arbitrary<Node> = fc.oneof(stringLeaf, numberLeaf, fc.constant({ type: 'boolean' }));

const arrayLeaf: fc.Arbitrary<Node> = fc
  .record({
    items: scalar,
    minItems: maybe(fc.integer({ min: 0, max: 2 })),
    span: maybe(fc.integer({ min: 0, max: 2 })),
    uniqueItems: maybe(fc.constant(true)),
  })
  .map(({ items, minItems, span, uniqueItems }) =>
    compact({
      type: 'array',
      items,
      minItems,
      maxItems: span === undefined ? undefined : (minItems ?? 0) + span + 1,
      uniqueItems: (minItems ?? 0) <= 1 ? uniqueItems : undefined,
    }),
  );

const property: fc.Arbitrary<Node> = fc
  .record({
    schema: fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: arrayLeaf }),
    nullable: fc.boolean(),
    access: fc.constantFrom(undefined, undefined, undefined, 'readOnly', 'writeOnly'),
  })
  .map(({ schema, nullable, access }) =>
    compact({ ...schema, nullable: nullable || undefined, ...(access ? { [access]: true } : {}) }),
  );

const additional = fc.constantFrom<unknown>(undefined, undefined, false, true, { type: 'string' });

const objectSchema: fc.Arbitrary<Node> = fc
  .record({
    props: fc
      .subarray([...NAMES])
      .chain((names) =>
        fc.tuple(fc.constant(names), fc.array(property, { minLength: names.length, maxLength: names.length })),
      ),
    required: fc.subarray([...NAMES]),
    additionalProperties: additional,
    minProperties: maybe(fc.integer({ min: 0, max: 2 })),
    span: maybe(fc.integer({ min: 1, max: 3 })),
  })
  .map(({ props: [names, schemas], required, additionalProperties, minProperties, span }) =>
    compact({
      type: 'object',
      properties: Object.fromEntries(names.map((name, i) => [name, schemas[i]])),
      required: required.filter((name) => names.includes(name)),
      additionalProperties,
      minProperties,
      maxProperties: span === undefined ? undefined : (minProperties ?? 0) + span,
    }),
  );

/** A first version: mostly an object of a few properties, sometimes a scalar, an array or a union of those. */
export const baseSchema: fc.Arbitrary<Node> = fc.oneof(
  { weight: 4, arbitrary: objectSchema },
  { weight: 1, arbitrary: scalar },
  { weight: 1, arbitrary: arrayLeaf },
  { weight: 1, arbitrary: unionOfLeaves(fc.oneof(scalar, objectSchema)) },
);

/** The string keywords a `format` or an `enum` is never combined with here (they could leave no value). */
const STRING_FACETS = ['minLength', 'maxLength', 'pattern'] as const;

/** The edit families; each takes the node it edits and a number that picks among its variants. */
export const KEYWORD_EDITS: Record<string, Edit> = {
  'property-added': (node, n) => {
    if (node['type'] !== 'object') return;
    const props = (node['properties'] ??= {}) as Record<string, Node>;
    const name = NAMES[n % 3]!;
    props[name] = { type: TYPES[n % 4]! };
    if (n % 2 === 0) node['required'] = [...new Set([...((node['required'] as string[] | undefined) ?? []), name])];
  },
  'property-removed': (node, n) => {
    const props = node['properties'] as Record<string, Node> | undefined;
    if (props) delete props[NAMES[n % 3]!];
  },
  'required-toggled': (node, n) => {
    if (node['type'] !== 'object') return;
    const name = NAMES[n % 3]!;
    const required = (node['required'] as string[] | undefined) ?? [];
    node['required'] = required.includes(name) ? required.filter((r) => r !== name) : [...required, name];
  },
  'type-changed': (node, n) => {
    if (node['type'] === 'object' || node['type'] === 'array') return;
    const type = node['type'] === 'integer' && n % 2 === 0 ? 'number' : TYPES[n % 4]!;
    for (const key of Object.keys(node)) {
      if (!['nullable', 'readOnly', 'writeOnly'].includes(key)) delete node[key];
    }
    node['type'] = type;
  },
  format: (node, n) => {
    if (node['type'] !== 'string' || ['enum', ...STRING_FACETS].some((key) => node[key] !== undefined)) return;
    if (node['format'] !== undefined && n % 2 === 0) delete node['format'];
    else node['format'] = FORMATS[n % 4];
  },
  enum: (node, n) => {
    if (node['type'] !== 'string' || ['format', ...STRING_FACETS].some((key) => node[key] !== undefined)) return;
    const values = node['enum'] as string[] | undefined;
    if (values === undefined) node['enum'] = [WORDS[n % 3]];
    else if (n % 3 === 0) delete node['enum'];
    else if (n % 3 === 1 && values.length > 1) node['enum'] = values.slice(1);
    else node['enum'] = [...new Set([...values, WORDS[n % 3]!, 'w'])];
  },
  bound: (node, n) => {
    const keys =
      node['type'] === 'string'
        ? ['minLength', 'maxLength']
        : node['type'] === 'array'
          ? ['minItems', 'maxItems']
          : node['type'] === 'integer' || node['type'] === 'number'
            ? ['minimum', 'maximum']
            : [];
    const key = keys[n % 2];
    if (key === undefined || node['enum'] !== undefined || node['format'] !== undefined) return;
    const step = [-1, 1, 2, 0][Math.floor(n / 2) % 4]!;
    const current = node[key] as number | undefined;
    const before = node[key];
    if (step === 0) delete node[key];
    else if (current === undefined) node[key] = key.startsWith('min') ? 1 : 3;
    else node[key] = key === 'minimum' || key === 'maximum' ? current + step : Math.max(0, current + step);
    // Keep the schema satisfiable: no empty range, no zero-length pattern match.
    const [low, high] = keys.map((k) => node[k] as number | undefined);
    if ((low !== undefined && high !== undefined && low > high) || (node['pattern'] !== undefined && high === 0)) {
      node[key] = before;
    }
    // Unique items: at most one, since the items may allow a single value (and `validArbitrary` does not end
    // on an array it cannot fill).
    if (node['uniqueItems'] === true && key === 'minItems' && (node[key] as number) > 1) node[key] = before;
  },
  pattern: (node, n) => {
    if (node['type'] !== 'string' || node['enum'] !== undefined || node['format'] !== undefined) return;
    if (node['pattern'] !== undefined && n % 3 === 0) delete node['pattern'];
    else if (node['maxLength'] !== 0) node['pattern'] = PATTERNS[n % PATTERNS.length];
  },
  nullable: (node) => {
    if (node['nullable'] === true) delete node['nullable'];
    else node['nullable'] = true;
  },
  access: (node, n) => {
    const key = n % 2 === 0 ? 'readOnly' : 'writeOnly';
    if (node[key] === true) delete node[key];
    else node[key] = true;
  },
  'multiple-of': (node, n) => {
    if (node['type'] !== 'integer' && node['type'] !== 'number') return;
    if (node['multipleOf'] !== undefined && n % 3 === 0) delete node['multipleOf'];
    else node['multipleOf'] = MULTIPLES[n % MULTIPLES.length];
  },
  'unique-items': (node) => {
    if (node['type'] !== 'array') return;
    if (node['uniqueItems'] === true) delete node['uniqueItems'];
    else if (((node['minItems'] as number | undefined) ?? 0) <= 1) node['uniqueItems'] = true;
  },
  'property-count': (node, n) => {
    if (node['type'] !== 'object') return;
    const key = n % 2 === 0 ? 'minProperties' : 'maxProperties';
    const value = [undefined, 0, 1, 2, 3][Math.floor(n / 2) % 5];
    const before = node[key];
    if (value === undefined) delete node[key];
    else node[key] = value;
    // Keep the schema satisfiable: no empty range.
    const [low, high] = [node['minProperties'] as number | undefined, node['maxProperties'] as number | undefined];
    if (low !== undefined && high !== undefined && low > high) node[key] = before;
  },
  'additional-properties': (node, n) => {
    if (node['type'] !== 'object') return;
    const options = [undefined, false, true, { type: 'string' }, { type: 'integer' }];
    const value = options[n % options.length];
    if (value === undefined) delete node['additionalProperties'];
    else node['additionalProperties'] = value;
  },
};

/** Every edit family: keyword edits and composition edits. */
const EDITS = { ...KEYWORD_EDITS, ...COMPOSITION_EDITS };

/** The names of the edit families. */
export const EDIT_FAMILIES = Object.keys(EDITS);

/** The node an edit applies to: the root (`''`), one of its properties, the items of an array, or the first union branch (`|`). */
function target(root: Node, where: string): Node | undefined {
  if (where === '') return root;
  if (where === '[]') return root['items'] as Node | undefined;
  if (where === '|') return ((root['oneOf'] ?? root['anyOf']) as Node[] | undefined)?.[0];
  return (root['properties'] as Record<string, Node> | undefined)?.[where];
}

/** The places an edit may apply to, in the order it tries them. */
const PLACES = ['', 'a', 'b', 'c', '[]', '|'] as const;

/**
 * Applies one edit, named `family@where#n`, to a copy of `schema`: at
 * `where`, or, when the edit changes nothing there (a `uniqueItems` edit on
 * a string, a place the schema lacks), at the next of `places` it does
 * change, taken in order from `where` on. So most edits make a new version,
 * and families that fit few nodes (arrays, numbers, objects' property
 * counts) are tried about as often as the others. `target` finds the node
 * at a place; `edits` are the families by name.
 */
export function applyEditAt(
  schema: Node,
  edit: string,
  places: readonly string[],
  target: (root: Node, where: string) => Node | undefined,
  edits: Readonly<Record<string, Edit>>,
): Node {
  const [, family = '', where = '', n = '0'] = /^(.*)@(.*)#(\d+)$/.exec(edit) ?? [];
  const apply = edits[family];
  const start = Math.max(0, places.indexOf(where));
  const before = JSON.stringify(schema);
  for (let i = 0; i < places.length && apply !== undefined; i++) {
    const copy = structuredClone(schema);
    const node = target(copy, places[(start + i) % places.length]!);
    if (node === undefined) continue;
    apply(node, Number(n));
    if (JSON.stringify(copy) !== before) return copy;
  }
  return structuredClone(schema);
}

/** Applies one edit, named `family@where#n`, to a copy of `schema` (see {@link applyEditAt}). */
export function applyEdit(schema: Node, edit: string): Node {
  return applyEditAt(schema, edit, PLACES, target, EDITS);
}

const edit = fc
  .record({
    family: fc.constantFrom(...EDIT_FAMILIES),
    where: fc.constantFrom(...PLACES),
    n: fc.nat({ max: 59 }),
  })
  .map(({ family, where, n }) => `${family}@${where}#${n}`);

/** A schema and a second version of it, one or two edits away (sometimes none). */
export const schemaPair: fc.Arbitrary<SchemaPair> = fc
  .record({ base: baseSchema, edits: fc.array(edit, { minLength: 1, maxLength: 2 }) })
  .map(({ base, edits }) => ({
    old: base,
    new: edits.reduce(applyEdit, base),
    edits,
  }));

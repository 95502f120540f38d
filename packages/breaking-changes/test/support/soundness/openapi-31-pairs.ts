/**
 * Schema pairs for the soundness property on the keywords 3.1 brings to the
 * internal form: exclusive numeric bounds, `prefixItems` with an open or
 * closed tail (`items: { not: {} }`), `dependentRequired`, the `anyOf`
 * of one branch per type that a `type` list becomes (nullable or not), and
 * a string's content (`contentEncoding`, `contentMediaType`). Each
 * pair is a first version and one or two edits of it, drawn from edit
 * families of these keywords and the keyword edits of `schema-pairs.ts`.
 */
import fc from 'fast-check';
import { applyEditAt, KEYWORD_EDITS, type Edit, type Node, type SchemaPair } from './schema-pairs.ts';

const NAMES = ['a', 'b', 'c'] as const;
const TYPES = ['string', 'integer', 'number', 'boolean'] as const;
const CLOSED: Node = { not: {} };

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const compact = (node: Node): Node => Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined));

/** An integer or number with bounds that may exclude themselves. */
const numberLeaf: fc.Arbitrary<Node> = fc
  .record({
    type: fc.constantFrom('integer', 'number'),
    minimum: maybe(fc.integer({ min: -2, max: 2 })),
    span: maybe(fc.integer({ min: 1, max: 3 })),
    exclusiveMinimum: fc.boolean(),
    exclusiveMaximum: fc.boolean(),
  })
  .map(({ type, minimum, span, exclusiveMinimum, exclusiveMaximum }) => {
    const maximum = span === undefined ? undefined : (minimum ?? 0) + span;
    return compact({
      type,
      minimum,
      maximum,
      exclusiveMinimum: minimum !== undefined && exclusiveMinimum ? true : undefined,
      exclusiveMaximum: maximum !== undefined && exclusiveMaximum ? true : undefined,
    });
  });

const scalar: fc.Arbitrary<Node> = fc.oneof(
  numberLeaf,
  fc.constantFrom<Node>(
    { type: 'string' },
    { type: 'string', maxLength: 2 },
    { type: 'boolean' },
    { type: 'string', contentEncoding: 'base64' },
    { type: 'string', contentMediaType: 'application/json' },
  ),
);

/** A tuple: one or two prefix items, then any items, items of a scalar, or none (closed). */
const tupleLeaf: fc.Arbitrary<Node> = fc
  .record({
    prefix: fc.array(scalar, { minLength: 1, maxLength: 2 }),
    tail: fc.oneof(fc.constant(undefined), fc.constant(CLOSED), scalar),
  })
  .map(({ prefix, tail }) => compact({ type: 'array', prefixItems: prefix, items: tail }));

/** A `type` list in the internal form: an `anyOf` of one branch per type, maybe nullable. */
const typeList: fc.Arbitrary<Node> = fc
  .record({ types: fc.subarray([...TYPES], { minLength: 2 }), nullable: fc.boolean() })
  .map(({ types, nullable }) => compact({ anyOf: types.map((type) => ({ type })), nullable: nullable || undefined }));

const objectSchema: fc.Arbitrary<Node> = fc
  .record({
    properties: fc.tuple(...NAMES.map(() => fc.oneof(scalar, tupleLeaf, typeList))),
    required: fc.subarray([...NAMES]),
    dependency: maybe(fc.tuple(fc.constantFrom(...NAMES), fc.subarray([...NAMES], { minLength: 1 }))),
  })
  .map(({ properties, required, dependency }) =>
    compact({
      type: 'object',
      properties: Object.fromEntries(NAMES.map((name, i) => [name, properties[i]])),
      required,
      dependentRequired: dependency ? { [dependency[0]]: dependency[1].filter((n) => n !== dependency[0]) } : undefined,
    }),
  );

/** A first version: an object of 3.1-shaped properties, or one such value alone. */
const baseSchema: fc.Arbitrary<Node> = fc.oneof(
  { weight: 3, arbitrary: objectSchema },
  { weight: 1, arbitrary: tupleLeaf },
  { weight: 1, arbitrary: numberLeaf },
  { weight: 1, arbitrary: typeList },
);

/** Encodings and media types of a string's content: the ones the oracle asserts, and one it only annotates. */
const ENCODINGS = ['base64', 'base64url', '7bit'] as const;
const MEDIA_TYPES = ['application/json', 'application/problem+json', 'text/plain'] as const;

/** The edit families of the 3.1 keywords; each takes the node it edits and a number that picks a variant. */
const EDITS_31: Record<string, Edit> = {
  content: (node, n) => {
    if (node['type'] !== 'string') return;
    const [key, values]: [string, readonly string[]] =
      n % 2 === 0 ? ['contentEncoding', ENCODINGS] : ['contentMediaType', MEDIA_TYPES];
    const value = values[Math.floor(n / 2) % values.length]!;
    if (node[key] === value || (node[key] !== undefined && n % 3 === 0)) delete node[key];
    else node[key] = value;
  },
  'exclusive-toggled': (node, n) => {
    const [bound, flag] = n % 2 === 0 ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
    if (node[bound] === undefined) return;
    if (node[flag] === true) delete node[flag];
    else node[flag] = true;
  },
  'prefix-item': (node, n) => {
    if (node['type'] !== 'array') return;
    const prefix = (node['prefixItems'] as Node[] | undefined) ?? [];
    const variant = n % 3;
    if (variant === 0) node['prefixItems'] = [...prefix, { type: TYPES[n % 4]! }];
    else if (variant === 1 && prefix.length > 0) node['prefixItems'] = prefix.slice(0, -1);
    else if (prefix.length > 0) node['prefixItems'] = [{ ...prefix[0], type: TYPES[n % 4]! }, ...prefix.slice(1)];
    if ((node['prefixItems'] as Node[] | undefined)?.length === 0) delete node['prefixItems'];
  },
  'tail-toggled': (node, n) => {
    if (node['type'] !== 'array') return;
    const closed = JSON.stringify(node['items']) === JSON.stringify(CLOSED);
    if (closed) {
      if (n % 2 === 0) delete node['items'];
      else node['items'] = { type: TYPES[n % 4]! };
    } else node['items'] = CLOSED;
  },
  'dependent-required': (node, n) => {
    if (node['type'] !== 'object') return;
    const dependents = { ...((node['dependentRequired'] as Record<string, string[]> | undefined) ?? {}) };
    const [key, need] = [NAMES[n % 3]!, NAMES[(n + 1) % 3]!];
    const needs = dependents[key] ?? [];
    dependents[key] = needs.includes(need) ? needs.filter((name) => name !== need) : [...needs, need];
    if (dependents[key].length === 0) delete dependents[key];
    if (Object.keys(dependents).length === 0) delete node['dependentRequired'];
    else node['dependentRequired'] = dependents;
  },
  'type-listed': (node, n) => {
    const branches = node['anyOf'] as Node[] | undefined;
    if (branches === undefined) return;
    const type = TYPES[n % 4]!;
    const kept = branches.filter((branch) => branch['type'] !== type);
    // Removes the type if listed (unless it is the last), adds it otherwise.
    if (kept.length === branches.length) node['anyOf'] = [...branches, { type }];
    else if (kept.length > 0) node['anyOf'] = kept;
  },
};

/** Every edit family the 3.1 property draws from. */
const EDITS: Record<string, Edit> = {
  ...EDITS_31,
  bound: KEYWORD_EDITS['bound']!,
  'type-changed': KEYWORD_EDITS['type-changed']!,
  nullable: KEYWORD_EDITS['nullable']!,
  'required-toggled': KEYWORD_EDITS['required-toggled']!,
};

/** The node an edit applies to: the root, one of its properties, its first prefix item, its tail or first branch. */
function target(root: Node, where: string): Node | undefined {
  const node = where === '' || where.startsWith('[') || where === '|' ? root : undefined;
  const property = (root['properties'] as Record<string, Node> | undefined)?.[where.split('/')[0]!];
  const base = node ?? property;
  const step = node ? where : (where.split('/')[1] ?? '');
  if (base === undefined || step === '') return base;
  if (step === '[0]') return (base['prefixItems'] as Node[] | undefined)?.[0];
  if (step === '[]') return base['items'] as Node | undefined;
  return (base['anyOf'] as Node[] | undefined)?.[0];
}

/** The places an edit may apply to, in the order it tries them. */
const PLACES = ['', '[0]', '[]', '|', 'a', 'b', 'c', 'a/[0]', 'b/|', 'c/[]'] as const;

/** Applies one edit, named `family@where#n`, to a copy of `schema` (see `applyEditAt`). */
const applyEdit = (schema: Node, edit: string): Node => applyEditAt(schema, edit, PLACES, target, EDITS);

const edit = fc
  .record({
    family: fc.constantFrom(...Object.keys(EDITS)),
    where: fc.constantFrom(...PLACES),
    n: fc.nat({ max: 59 }),
  })
  .map(({ family, where, n }) => `${family}@${where}#${n}`);

/** A 3.1-shaped schema and a second version of it, one or two edits away. */
export const schemaPair31: fc.Arbitrary<SchemaPair> = fc
  .record({ base: baseSchema, edits: fc.array(edit, { minLength: 1, maxLength: 2 }) })
  .map(({ base, edits }) => ({ old: base, new: edits.reduce(applyEdit, base), edits }));

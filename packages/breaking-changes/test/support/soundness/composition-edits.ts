/**
 * The composition edits of the soundness property: a schema wrapped in a
 * `oneOf`/`anyOf` or unwrapped from one, a branch added or removed, the
 * keyword switched, an `allOf` part added or removed.
 */
import fc from 'fast-check';

/** A schema as plain JSON, edited in place while a pair is built. */
type Node = Record<string, unknown>;

/** Branches that a union may gain: some share values with common leaves, some do not. */
const OTHER_BRANCHES: readonly Node[] = [
  { type: 'string' },
  { type: 'integer', minimum: 10 },
  { type: 'boolean' },
  { type: 'object', properties: { a: { type: 'string' } } },
  { type: 'string', maxLength: 2 },
  { type: 'number', maximum: -5 },
];

/** `allOf` parts that narrow a value of the matching type (and leave others alone). */
const PARTS: readonly Node[] = [
  { maxLength: 2 },
  { minLength: 1 },
  { minimum: 0 },
  { maximum: 2 },
  { required: ['a'] },
  { minItems: 1 },
  { nullable: true },
];

const unionKey = (node: Node): 'oneOf' | 'anyOf' | undefined =>
  Array.isArray(node['oneOf']) ? 'oneOf' : Array.isArray(node['anyOf']) ? 'anyOf' : undefined;

/** Replaces the contents of `node` by `next` (edits work in place). */
function replace(node: Node, next: Node): void {
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, next);
}

/** The edit families over composition; each takes the node it edits and a number that picks among its variants. */
export const COMPOSITION_EDITS: Record<string, (node: Node, n: number) => void> = {
  'union-wrapped': (node, n) => {
    if (unionKey(node) || node['allOf']) return;
    const keyword = n % 2 === 0 ? 'oneOf' : 'anyOf';
    replace(node, { [keyword]: [structuredClone(node), structuredClone(OTHER_BRANCHES[n % OTHER_BRANCHES.length]!)] });
  },
  'union-unwrapped': (node, n) => {
    const key = unionKey(node);
    if (!key || Object.keys(node).length > 1) return;
    const branches = node[key] as Node[];
    replace(node, structuredClone(branches[n % branches.length]!));
  },
  'branch-added': (node, n) => {
    const key = unionKey(node);
    if (key) (node[key] as Node[]).push(structuredClone(OTHER_BRANCHES[n % OTHER_BRANCHES.length]!));
  },
  'branch-removed': (node, n) => {
    const key = unionKey(node);
    const branches = key && (node[key] as Node[]);
    if (branches && branches.length > 1) branches.splice(n % branches.length, 1);
  },
  'union-keyword': (node) => {
    const key = unionKey(node);
    if (!key) return;
    const other = key === 'oneOf' ? 'anyOf' : 'oneOf';
    node[other] = node[key];
    delete node[key];
  },
  'all-of-added': (node, n) => {
    const part = structuredClone(PARTS[n % PARTS.length]!);
    if (Array.isArray(node['allOf'])) (node['allOf'] as Node[]).push(part);
    else replace(node, { allOf: [structuredClone(node), part] });
  },
  'all-of-removed': (node, n) => {
    const parts = node['allOf'] as Node[] | undefined;
    if (parts && parts.length > 1) parts.splice(1 + (n % (parts.length - 1)), 1);
  },
};

/** A first version that is already a union of two leaves, so that branch edits have something to edit. */
export function unionOfLeaves(leaf: fc.Arbitrary<Node>): fc.Arbitrary<Node> {
  return fc
    .record({ keyword: fc.constantFrom('oneOf', 'anyOf'), branches: fc.array(leaf, { minLength: 2, maxLength: 3 }) })
    .map(({ keyword, branches }) => ({ [keyword]: branches }));
}

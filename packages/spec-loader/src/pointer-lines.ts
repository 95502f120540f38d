import { parsePointer } from './json-pointer.ts';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A value's place in its text: the line of its member's key (or of the value in an array), and its children. */
interface Located {
  line: number;
  members?: Map<string, Located>;
  items?: Located[];
  /** The value of the object's `$ref` member when it is a string. */
  ref?: string;
}

/** How many local `$ref`s one lookup follows before it gives up (a cycle). */
const MAX_REFS = 32;

/**
 * Reads JSON or YAML text into a tree of lines with the `yaml` parser, which
 * keeps each node's source range (JSON is YAML's flow style). Undefined for
 * text the parser reports errors in.
 */
function locate(text: string): Located | undefined {
  const lineCounter = new LineCounter();
  // uniqueKeys off: a repeated key is not an error in JSON, where the last one wins as it does below.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0 || document.contents === null) return undefined;
  const lineAt = (node: Node): number => lineCounter.linePos(node.range?.[0] ?? 0).line;
  const walk = (node: Node, line: number): Located => {
    if (isMap(node)) {
      const located: Located = { line, members: new Map() };
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const value = pair.value as Node | null;
        const keyLine = lineAt(pair.key);
        located.members?.set(key, value === null ? { line: keyLine } : walk(value, keyLine));
        if (key === '$ref' && isScalar(value) && typeof value.value === 'string') located.ref = value.value;
      }
      return located;
    }
    if (isSeq(node)) return { line, items: node.items.map((item) => walk(item as Node, lineAt(item as Node))) };
    return { line };
  };
  return walk(document.contents, lineAt(document.contents));
}

function child(node: Located, token: string): Located | undefined {
  if (node.members !== undefined) return node.members.get(token);
  if (node.items !== undefined && /^(?:0|[1-9]\d*)$/.test(token)) return node.items[Number(token)];
  return undefined;
}

/**
 * Where JSON pointers land in a spec file's text, JSON or YAML:
 * `lineOf(pointer)` gives the 1-based line of the pointed member's key (of
 * the value itself for an array item, line of the first value for `''`). A
 * token missing from the text is looked up through the object's local `$ref`
 * (`#/…`), since the pointers of a change are those of the dereferenced
 * document; a token still missing gives the line of the deepest place found.
 * `lineOf` is undefined for text that does not parse, or for text that is
 * not a pointer.
 *
 * @example
 * pointerLines('{\n  "paths": {\n    "/me": {}\n  }\n}').lineOf('/paths/~1me'); // 3
 * pointerLines('paths:\n  /me:\n    get: {}\n').lineOf('/paths/~1me/get'); // 3
 */
export function pointerLines(text: string): { lineOf: (pointer: string) => number | undefined } {
  let root: Located | undefined;
  try {
    root = locate(text);
  } catch {
    // Nested too deep for the parser's recursion: no lines.
  }
  const exact = (tokens: readonly string[]): Located | undefined => {
    let node = root;
    for (const token of tokens) node = node === undefined ? undefined : child(node, token);
    return node;
  };
  const refTarget = (node: Located): Located | undefined => {
    if (node.ref?.startsWith('#') !== true) return undefined;
    let tokens: string[] | undefined;
    try {
      tokens = parsePointer(decodeURIComponent(node.ref.slice(1)));
    } catch {
      return undefined;
    }
    return tokens === undefined ? undefined : exact(tokens);
  };
  const walk = (start: Located, tokens: readonly string[], refs: number): Located => {
    let node = start;
    for (const [index, token] of tokens.entries()) {
      const next = child(node, token);
      if (next !== undefined) {
        node = next;
        continue;
      }
      const target = refs < MAX_REFS ? refTarget(node) : undefined;
      return target === undefined ? node : walk(target, tokens.slice(index), refs + 1);
    }
    return node;
  };
  return {
    lineOf(pointer) {
      const tokens = parsePointer(pointer);
      if (root === undefined || tokens === undefined) return undefined;
      return walk(root, tokens, 0).line;
    },
  };
}

import { parsePointer } from '@circleci-kit/spec-loader';

/** A JSON value's place in its text: the line of its member's key (or of the value in an array), and its children. */
interface Located {
  line: number;
  members?: Map<string, Located>;
  items?: Located[];
  /** The value of the object's `$ref` member when it is a string. */
  ref?: string;
}

/** How many local `$ref`s one lookup follows before it gives up (a cycle). */
const MAX_REFS = 32;

/** Reads JSON text into a tree of lines; throws on text that is not JSON. */
function locate(text: string): Located {
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  const fail = (): never => {
    throw new SyntaxError(`not JSON at line ${line}`);
  };
  const skip = () => {
    for (; at < text.length; at++) {
      const char = text[at];
      if (char === '\n') line++;
      else if (char !== ' ' && char !== '\t' && char !== '\r') return;
    }
  };
  const string = (): string => {
    const start = at;
    for (at++; at < text.length && text[at] !== '"'; at++) if (text[at] === '\\') at++;
    if (at >= text.length) fail();
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (valueLine: number): Located & { text?: string } => {
    skip();
    const char = text[at];
    if (char === '"') return { line: valueLine, text: string() };
    if (char === '{') {
      at++;
      const node: Located = { line: valueLine, members: new Map() };
      skip();
      if (text[at] === '}') return (at++, node);
      for (;;) {
        skip();
        if (text[at] !== '"') fail();
        const keyLine = line;
        const key = string();
        skip();
        if (text[at++] !== ':') fail();
        skip();
        const child = value(keyLine);
        node.members?.set(key, child);
        if (key === '$ref' && child.text !== undefined) node.ref = child.text;
        skip();
        const next = text[at++];
        if (next === '}') return node;
        if (next !== ',') fail();
      }
    }
    if (char === '[') {
      at++;
      const node: Located = { line: valueLine, items: [] };
      skip();
      if (text[at] === ']') return (at++, node);
      for (;;) {
        skip();
        node.items?.push(value(line));
        skip();
        const next = text[at++];
        if (next === ']') return node;
        if (next !== ',') fail();
      }
    }
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 64));
    if (literal === null) return fail();
    at += literal[0].length;
    return { line: valueLine };
  };
  skip();
  const root = value(line);
  skip();
  if (at < text.length) fail();
  return root;
}

function child(node: Located, token: string): Located | undefined {
  if (node.members !== undefined) return node.members.get(token);
  if (node.items !== undefined && /^(?:0|[1-9]\d*)$/.test(token)) return node.items[Number(token)];
  return undefined;
}

/**
 * Where JSON pointers land in a spec file's text: `lineOf(pointer)` gives
 * the 1-based line of the pointed member's key (of the value itself for an
 * array item, line of the first value for `''`). A token missing from the
 * text is looked up through the object's local `$ref` (`#/…`), since the
 * pointers of a change are those of the dereferenced document; a token still
 * missing gives the line of the deepest place found. `lineOf` is undefined
 * for text that is not JSON (a YAML spec), or for text that is not a pointer.
 *
 * @example
 * pointerLines('{\n  "paths": {\n    "/me": {}\n  }\n}').lineOf('/paths/~1me'); // 3
 */
export function pointerLines(text: string): { lineOf: (pointer: string) => number | undefined } {
  let root: Located | undefined;
  try {
    root = locate(text);
  } catch {
    // Not JSON (or nested too deep to walk): no lines.
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

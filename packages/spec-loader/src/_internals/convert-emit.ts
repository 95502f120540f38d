import { isAlias, isMap, isScalar, isSeq, type Document, type Pair } from 'yaml';
import { toPointer } from '../json-pointer.ts';
import { SpecError } from '../spec-error.ts';
import { MAX_DEPTH } from './check-depth.ts';
import { keyOf } from './convert-nodes.ts';
import { MAX_YAML_ALIASES } from './parse-yaml.ts';
import type { TextFormat } from './parse-text.ts';

/**
 * Writes the tree as JSON, members in the tree's order, formatted as
 * `JSON.stringify(value, null, 2)` formats (two-space indent, `{}` and `[]`
 * for empty ones), with a trailing newline. YAML aliases are written out
 * (at most as many as the loader expands: a bomb is refused; one that
 * contains itself too). A value JSON cannot hold (`.inf`, `.nan`) is
 * refused, as the loader refuses it.
 */
export function toJsonText(document: Document, source: string): string {
  const parts: string[] = [];
  const open = new Set<unknown>();
  const path: string[] = [];
  let aliases = 0;
  const fail = (code: 'NOT_OPENAPI' | 'PARSE_YAML' | 'TOO_DEEP', message: string): never => {
    const pointer = toPointer(path);
    throw new SpecError({ code, message, source, pointer });
  };
  const write = (start: unknown, indent: string): void => {
    let node = start;
    if (isAlias(node)) {
      if (++aliases > MAX_YAML_ALIASES)
        fail('PARSE_YAML', `refused: YAML aliases expand beyond ${MAX_YAML_ALIASES} nodes`);
      node = node.resolve(document);
      if (open.has(node)) fail('PARSE_YAML', 'a YAML alias contains itself: it cannot be written as JSON');
    }
    if (isMap(node) || isSeq(node)) {
      if (path.length >= MAX_DEPTH) fail('TOO_DEEP', `the document nests more than ${MAX_DEPTH} levels deep`);
      const map = isMap(node);
      const items: unknown[] = node.items;
      if (items.length === 0) {
        parts.push(map ? '{}' : '[]');
        return;
      }
      open.add(node);
      const inner = `${indent}  `;
      parts.push(map ? '{' : '[');
      items.forEach((item, index) => {
        parts.push(index === 0 ? '\n' : ',\n', inner);
        const key = map ? keyOf(item as Pair) : `${index}`;
        if (map) parts.push(JSON.stringify(key), ': ');
        path.push(key);
        write(map ? (item as Pair).value : item, inner);
        path.pop();
      });
      parts.push('\n', indent, map ? '}' : ']');
      open.delete(node);
      return;
    }
    const value: unknown = isScalar(node) ? node.value : null;
    if (typeof value === 'number' && !Number.isFinite(value)) fail('NOT_OPENAPI', `${value} cannot be written as JSON`);
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      fail('NOT_OPENAPI', `a ${typeof value} cannot be written as JSON`);
    }
    parts.push(JSON.stringify(value));
  };
  write(document.contents, '');
  parts.push('\n');
  return parts.join('');
}

/**
 * Writes the tree as YAML: the `yaml` package's own printer, which keeps
 * comments and each scalar's style, with no line folding (a long
 * description stays on its one line, as most specs write it); a string
 * that needs quotes and had none gets single ones. A tree read from JSON is
 * turned into block style first, its strings unquoted where YAML allows.
 */
export function toYamlText(document: Document, from: TextFormat): string {
  if (from === 'json') {
    const visit = (node: unknown): void => {
      if (isMap(node) || isSeq(node)) {
        // Parsed collections only (a new one has its style already); `[]` and `{}` stay on their line.
        if (node.range) node.flow = node.items.length === 0;
        for (const item of node.items as unknown[]) {
          if (isMap(node)) {
            visit((item as Pair).key);
            visit((item as Pair).value);
          } else visit(item);
        }
      } else if (isScalar(node)) delete node.type;
    };
    visit(document.contents);
  }
  return document.toString({ lineWidth: 0, singleQuote: true });
}

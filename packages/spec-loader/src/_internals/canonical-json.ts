/** A string that `JSON.stringify` would escape: a quote, a backslash, a control character or a surrogate. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify` of a string, without its cost for the (usual) strings that need no escape. */
function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, numbers as
 * `JSON.stringify` writes them. Equal JSON data gives equal text, whatever
 * the key order or the format (JSON or YAML) it was read from.
 * Throws a `TypeError` for data that is not JSON (cycles, functions, bigint…).
 *
 * One pass that appends to a single string (no intermediate objects or
 * arrays of parts); strings that need no escaping are quoted directly.
 */
export function canonicalJson(value: unknown): string {
  let out = '';
  const ancestors = new Set<object>();
  const write = (node: unknown): void => {
    switch (typeof node) {
      case 'string':
        out += quote(node);
        return;
      case 'boolean':
        out += node ? 'true' : 'false';
        return;
      case 'number':
        if (!Number.isFinite(node)) throw new TypeError(`not JSON data: the number ${node}`);
        out += JSON.stringify(node);
        return;
      case 'object': {
        if (node === null) {
          out += 'null';
          return;
        }
        if (ancestors.has(node)) throw new TypeError('not JSON data: the value contains itself');
        ancestors.add(node);
        if (Array.isArray(node)) {
          out += '[';
          for (let index = 0; index < node.length; index++) {
            if (index > 0) out += ',';
            const item: unknown = node[index];
            write(item === undefined ? null : item);
          }
          out += ']';
        } else {
          const record = node as Record<string, unknown>;
          const keys = Object.keys(record).sort();
          let first = true;
          out += '{';
          for (const key of keys) {
            const item = record[key];
            if (item === undefined) continue;
            if (!first) out += ',';
            first = false;
            out += quote(key);
            out += ':';
            write(item);
          }
          out += '}';
        }
        ancestors.delete(node);
        return;
      }
      case 'bigint':
      case 'function':
      case 'symbol':
      case 'undefined':
        throw new TypeError(`not JSON data: a ${typeof node}`);
    }
  };
  write(value);
  return out;
}

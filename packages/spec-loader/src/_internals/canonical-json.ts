/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, numbers as
 * `JSON.stringify` writes them. Equal JSON data gives equal text, whatever
 * the key order or the format (JSON or YAML) it was read from.
 * Throws a `TypeError` for data that is not JSON (cycles, functions, bigint…).
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  const ancestors = new Set<object>();
  const write = (node: unknown): void => {
    if (node === null || typeof node === 'boolean' || typeof node === 'string') {
      parts.push(JSON.stringify(node));
    } else if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new TypeError(`not JSON data: the number ${node}`);
      parts.push(JSON.stringify(node));
    } else if (typeof node === 'object') {
      if (ancestors.has(node)) throw new TypeError('not JSON data: the value contains itself');
      ancestors.add(node);
      if (Array.isArray(node)) {
        parts.push('[');
        node.forEach((item, index) => {
          if (index > 0) parts.push(',');
          write(item === undefined ? null : item);
        });
        parts.push(']');
      } else {
        const record = node as Record<string, unknown>;
        const keys = Object.keys(record)
          .filter((key) => record[key] !== undefined)
          .sort();
        parts.push('{');
        keys.forEach((key, index) => {
          if (index > 0) parts.push(',');
          parts.push(JSON.stringify(key), ':');
          write(record[key]);
        });
        parts.push('}');
      }
      ancestors.delete(node);
    } else {
      throw new TypeError(`not JSON data: a ${typeof node}`);
    }
  };
  write(value);
  return parts.join('');
}

/**
 * A small stand-in for the part of Vitest's API that Deno-compatible tests use
 * (`describe`, `it`/`test` with `.each`, `expect`), so the very same test files
 * run under `vitest` and under `deno test`. Deno maps the bare specifier
 * `vitest` to this file through the root `deno.json`.
 */
/// <reference lib="deno.ns" />
import { expect } from 'expect';

type TestFn = () => unknown;
/** A row of an `.each` table: an array of arguments, an object, or one value. */
type Row = unknown;

const names: string[] = [];

function fullName(name: string): string {
  return [...names, name].join(' > ');
}

function format(title: string, row: Row, index: number): string {
  const args = Array.isArray(row) ? row : [row];
  let next = 0;
  return title
    .replace(/\$(\w+)/g, (_, key: string) =>
      row && typeof row === 'object' && !Array.isArray(row) ? String((row as Record<string, unknown>)[key]) : `$${key}`,
    )
    .replace(/%[sdijo#%]/g, (token) => {
      if (token === '%%') return '%';
      if (token === '%#') return String(index);
      const value = args[next++];
      if (typeof value === 'string') return value;
      // JSON has no text for undefined, a function or a symbol.
      return value === undefined || typeof value === 'function' || typeof value === 'symbol'
        ? String(value)
        : JSON.stringify(value);
    });
}

function register(name: string, fn: TestFn, options: { ignore?: boolean; only?: boolean } = {}): void {
  Deno.test({
    name: fullName(name),
    fn: async () => {
      await fn();
    },
    ...options,
    sanitizeOps: false,
    sanitizeResources: false,
  });
}

function withEach(base: (name: string, fn: TestFn) => void) {
  return Object.assign(base, {
    each:
      (rows: readonly Row[]) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test takes what its table's rows hold, as in Vitest's own types
      (title: string, fn: (...args: any[]) => unknown): void => {
        rows.forEach((row, index) => {
          const args = Array.isArray(row) ? row : [row];
          base(format(title, row, index), () => fn(...args));
        });
      },
  });
}

/** Runs `body` with `name` prefixed to the name of every test it registers. */
export const describe = withEach((name: string, body: TestFn): void => {
  names.push(name);
  try {
    body();
  } finally {
    names.pop();
  }
});

/** Registers one test with Deno's runner. */
export const it = Object.assign(
  withEach((name: string, fn: TestFn) => register(name, fn)),
  {
    skip: (name: string, fn: TestFn) => register(name, fn, { ignore: true }),
  },
);
/** Alias of `it`. */
export const test = it;

export { expect };

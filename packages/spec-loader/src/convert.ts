import { isAlias } from 'yaml';
import { toPointer } from './json-pointer.ts';
import { SpecError } from './spec-error.ts';
import { toJsonText, toYamlText } from './_internals/convert-emit.ts';
import { parseSyntaxTree } from './_internals/convert-parse.ts';
import type { ConvertChangeKind } from './_internals/convert-rule.ts';
import { rewriteSchema } from './_internals/convert-schema.ts';
import { forEachSchema } from './_internals/convert-schema-sites.ts';
import { CONVERTED_VERSION, rewriteVersion } from './_internals/convert-version.ts';

export { CONVERT_CHANGE_KINDS, type ConvertChangeKind } from './_internals/convert-rule.ts';

/** The formats `convertSpec` reads and writes. */
export type ConvertFormat = 'json' | 'yaml';

/** What {@link convertSpec} is asked to do. */
export interface ConvertOptions {
  /** The OpenAPI version to convert to; only `'3.1'` is known. */
  to: '3.1';
  /** The format to write. @default the input's format */
  format?: ConvertFormat;
  /** Where the text came from, for error messages (a path, a URL). @default '<string>' */
  source?: string;
}

/** One rewrite of one schema. */
export interface ConvertChange {
  /** What kind of rewrite (see {@link ConvertChangeKind}); `ref-siblings` means content was dropped. */
  kind: ConvertChangeKind;
  /** JSON pointer of the schema, in the input document. */
  pointer: string;
  /** What was rewritten, e.g. `x-nullable: true → type: [string, "null"]`. */
  message: string;
}

/** What {@link convertSpec} gives. */
export interface ConvertResult {
  /** The converted document, ending with a newline. */
  text: string;
  /** The format of `text`. */
  format: ConvertFormat;
  /** The input's `openapi` version, e.g. `3.0.3`. */
  from: string;
  /** The output's `openapi` version: `3.1.0`. */
  to: string;
  /** Every schema rewrite, in document order. */
  changes: ConvertChange[];
}

/**
 * Converts an OpenAPI 3.0.x document (JSON or YAML text) into the
 * equivalent OpenAPI 3.1.0 document: text in, text out, nothing else read
 * or written (async only because the loader's JSON reading is).
 *
 * It edits the `yaml` package's syntax tree, never a JavaScript object, so
 * that every member keeps its order (`"404"` before `"200"` too), YAML
 * comments and styles stay, and everything not rewritten is written back as
 * it was, descriptions verbatim. `openapi` becomes `3.1.0`; then in each
 * Schema Object (found where OpenAPI puts schemas, never inside `example`,
 * `examples`, `default` or `enum` values):
 *
 * - `nullable: true` / `x-nullable: true` → `type: [T, "null"]` (and `null`
 *   appended to an `enum` that lacks it); without `type`, an
 *   `allOf`/`oneOf`/`anyOf`/`not` is wrapped as `anyOf: [<it>, { type: "null" }]`,
 *   annotations staying at the top; `nullable: false` goes;
 * - `exclusiveMinimum: true` + `minimum: n` → `exclusiveMinimum: n` (likewise the maximum);
 * - `example: x` → `examples: [x]`;
 * - members beside a `$ref` other than `description`, `summary` and `x-…`
 *   (`x-nullable` is dropped like `nullable`) are dropped (3.0 ignores them;
 *   3.1 would apply them), and recorded.
 *
 * Throws a `SpecError`: `PARSE_JSON`/`PARSE_YAML` (with line and column),
 * `NOT_OPENAPI`, `UNSUPPORTED_VERSION` (Swagger 2.0, already 3.1, any other
 * version), `TOO_DEEP`.
 *
 * @example
 * const yaml = 'openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n    Id: { type: string, nullable: true }\n';
 * const { text, changes } = await convertSpec(yaml, { to: '3.1' });
 * text; // 'openapi: 3.1.0\n…    Id: { type: [ string, \'null\' ] }\n'
 * changes[0]; // { kind: 'nullable', pointer: '/components/schemas/Id', message: 'nullable: true → type: [string, "null"]' }
 */
export async function convertSpec(text: string, options: ConvertOptions): Promise<ConvertResult> {
  const source = options.source ?? '<string>';
  if ((options.to as string) !== '3.1') {
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `cannot convert to OpenAPI ${JSON.stringify(options.to)}: only 3.1 is known`,
      source,
    });
  }
  const { document, format: input } = await parseSyntaxTree(text, source);
  const from = rewriteVersion(document, source);
  const changes: ConvertChange[] = [];
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(document) : node);
  forEachSchema(document, source, (schema, tokens) => {
    const pointer = toPointer(tokens);
    rewriteSchema(schema, { resolve, note: (kind, message) => changes.push({ kind, pointer, message }) });
  });
  const format = options.format ?? input;
  const out = format === 'json' ? toJsonText(document, source) : toYamlText(document, input);
  return { text: out, format, from, to: CONVERTED_VERSION, changes };
}

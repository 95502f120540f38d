import type { YAMLMap } from 'yaml';

/**
 * What a rewrite of `convertSpec` did to a schema: `nullable` (3.0's
 * `nullable`, or Swagger's `x-nullable`, became a `"null"` type), `exclusive-bound`
 * (a boolean `exclusiveMinimum`/`exclusiveMaximum` became a number, or went),
 * `example` (`example` became `examples`), `ref-siblings` (members beside a
 * `$ref` that 3.0 ignores were dropped: content is lost, so the caller should
 * show these).
 */
export type ConvertChangeKind = (typeof CONVERT_CHANGE_KINDS)[number];

/** Every {@link ConvertChangeKind}, in the order a summary lists them. */
export const CONVERT_CHANGE_KINDS = ['nullable', 'exclusive-bound', 'example', 'ref-siblings'] as const;

/** What each rewrite rule gets beside the schema it looks at. */
export interface RuleContext {
  /** The node an alias stands for; any other node as it is. */
  resolve: (node: unknown) => unknown;
  /** Records one rewrite of this schema. */
  note: (kind: ConvertChangeKind, message: string) => void;
}

/** One rewrite rule: looks at one Schema Object and edits it in place. */
export type SchemaRule = (schema: YAMLMap, context: RuleContext) => void;

import type { YAMLMap } from 'yaml';
import { rewriteExample } from './convert-example.ts';
import { rewriteExclusiveBounds } from './convert-exclusive-bounds.ts';
import { rewriteNullable } from './convert-nullable.ts';
import { dropRefSiblings } from './convert-ref-siblings.ts';
import type { RuleContext, SchemaRule } from './convert-rule.ts';

/**
 * The rules, in the order they run on each schema: the `$ref` siblings go
 * first, so that nothing 3.0 ignores is rewritten into something 3.1
 * applies; `nullable` next, as it may move a `$ref` into an `anyOf` branch.
 */
const RULES: readonly SchemaRule[] = [dropRefSiblings, rewriteNullable, rewriteExclusiveBounds, rewriteExample];

/** Rewrites one OpenAPI 3.0 Schema Object, in place, into its 3.1 form (the schemas inside it are not visited). */
export function rewriteSchema(schema: YAMLMap, context: RuleContext): void {
  for (const rule of RULES) rule(schema, context);
}

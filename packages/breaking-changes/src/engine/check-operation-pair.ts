import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { Finding, OperationPair, OperationRule, Rule, RuleContext, SchemaRule } from '../rules/rule.ts';
import { operationSchemaRoots } from './operation-schema-roots.ts';
import { walkSchemas, type SchemaRoot } from './walk-schemas.ts';

/** Hears each finding of a rule. */
export type ReportFinding = (rule: Rule, finding: Finding) => void;

/**
 * A visitor for a pair of schemas (see `operationSchemaRoots` and
 * `webhookPayloads`) that walks them with the schema rules of the root's
 * site and reports what each finds.
 *
 * @example
 * webhookPayloads(o, n, walkWithSchemaRules(schemaRules, (rule, finding) => report(rule, n, finding)));
 */
export function walkWithSchemaRules(
  schemaRules: readonly SchemaRule[],
  report: ReportFinding,
): (old: SchemaObject, next: SchemaObject, root: SchemaRoot) => void {
  return (old, next, root) => {
    const rules = schemaRules.filter((rule) => rule.sites.includes(root.site));
    walkSchemas(old, next, root, (node) => {
      for (const rule of rules) {
        for (const finding of rule.check(node)) report(rule, finding);
      }
    });
  };
}

/**
 * Checks two versions of one operation: each operation rule on the pair,
 * then the schema rules on each pair of schemas the two hold in the same
 * place, reporting every finding.
 *
 * @example
 * checkOperationPair(pair, { operation: operationRules, schema: schemaRules }, context, report);
 */
export function checkOperationPair(
  pair: OperationPair,
  rules: { operation: readonly OperationRule[]; schema: readonly SchemaRule[] },
  context: RuleContext,
  report: ReportFinding,
): void {
  for (const rule of rules.operation) {
    for (const finding of rule.check(pair, context)) report(rule, finding);
  }
  operationSchemaRoots(pair, walkWithSchemaRules(rules.schema, report));
}

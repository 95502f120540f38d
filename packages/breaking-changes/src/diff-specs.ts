import { resolvePointer, SpecError, type LoadedSpec, type OperationInfo } from '@circleci-kit/spec-loader';
import { checkOperationPair, walkWithSchemaRules } from './engine/check-operation-pair.ts';
import { lifecyclePolicy } from './engine/lifecycle-policy.ts';
import { matchOperations } from './engine/match-operations.ts';
import { matchWebhooks } from './engine/match-webhooks.ts';
import { pairParameters } from './engine/pair-parameters.ts';
import { routeKey } from './engine/route-key.ts';
import { unchangedOperation } from './engine/unchanged-operation.ts';
import { registerComponentNames } from './engine/component-names.ts';
import { webhookPayloads } from './engine/webhook-payloads.ts';
import { catalogue } from './rules/catalogue.ts';
import type { Finding, OperationPair, OperationRule, Rule, SchemaRule, SpecRule } from './rules/rule.ts';
import type { Change, DiffOptions, OperationRef } from './types.ts';

function operationRef(op: OperationInfo): OperationRef {
  const ref: OperationRef = { method: op.method.toUpperCase(), path: op.path, operationId: op.operationId };
  if (op.summary !== undefined) ref.summary = op.summary;
  if (op.pointer.startsWith('/webhooks/')) ref.webhook = true;
  return ref;
}

function toChange(rule: Rule, op: OperationInfo, finding: Finding): Change {
  const change: Change = {
    id: rule.id,
    level: rule.level,
    direction: rule.direction,
    operation: operationRef(finding.operation ?? op),
    old: finding.old,
    new: finding.new,
    message: finding.message,
    subjects: finding.subjects ?? [],
  };
  if (finding.otherPath !== undefined) change.otherPath = finding.otherPath;
  return change;
}

/** The pointer, or its nearest ancestor that exists in the document (`tags` added where there were none). */
function existing(document: unknown, pointer: string | null): string | null {
  let at = pointer;
  while (at !== null && at !== '' && resolvePointer(document, at) === undefined) at = at.replace(/\/[^/]*$/, '');
  return at;
}

function rawOperation(spec: LoadedSpec, op: OperationInfo): Record<string, unknown> {
  const raw = resolvePointer(spec.document, op.pointer);
  return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
}

/** The warnings of a lenient load that mean part of the document was never read. */
const UNREAD = new Set(['EXTERNAL_REF', 'MISSING_REF']);

/** Throws when a leniently loaded spec holds a `$ref` the loader did not follow: a diff of it would miss changes. */
function requireWholeDocument(spec: LoadedSpec): void {
  const unread = spec.warnings.find((warning) => UNREAD.has(warning.code));
  if (unread === undefined) return;
  throw new SpecError({
    code: unread.code as 'EXTERNAL_REF' | 'MISSING_REF',
    message: `${unread.message}; the diff needs the whole document`,
    pointer: unread.pointer,
    source: spec.source,
  });
}

/**
 * Diffs two versions of a spec with the rule catalogue. Operations are
 * matched by method and route with path-parameter names erased, then by
 * operationId (a move). Request-side narrowing and response-side widening
 * are the breaking directions. OpenAPI 3.0 and 3.1 documents diff alike,
 * either against the other: the loader gives both one internal form.
 * Webhooks (3.1) pair by name: one removed or added is reported, and a
 * webhook's payload (the request the API sends) is judged as a response,
 * since the client receives it. Description, summary and example edits are
 * left out unless `includeDocs` is set. A removed operation is held against
 * its `x-sunset` on `releaseDate`; findings on `draft` and `alpha` operations
 * are `info` unless `stabilityLevel` picks the operations to check.
 *
 * A spec loaded leniently with a `$ref` left unfollowed (a `MISSING_REF` or
 * `EXTERNAL_REF` warning) is refused with a `SpecError` of that code: load
 * split specs with `allowExternalRefs`.
 *
 * @throws {SpecError} `EXTERNAL_REF` or `MISSING_REF`, naming the spec's source and the `$ref`.
 * @throws {RangeError} for a malformed `releaseDate`, `deprecationDays` or `stabilityLevel`.
 * @example
 * const old = await loadSpec('specs/2025-05-14.json', { mode: 'lenient', allowExternalRefs: true });
 * const next = await loadSpec('specs/2025-10-17.json', { mode: 'lenient', allowExternalRefs: true });
 * for (const change of diffSpecs(old, next)) console.log(change.level, change.id, change.message);
 */
export function diffSpecs(old: LoadedSpec, next: LoadedSpec, options: DiffOptions = {}): Change[] {
  requireWholeDocument(old);
  requireWholeDocument(next);
  const ignored = new Set(options.ignore ?? []);
  const active = catalogue.filter((rule) => !ignored.has(rule.id) && (options.includeDocs === true || !rule.docs));
  const specRules = active.filter((rule): rule is SpecRule => rule.scope === 'spec');
  const operationRules = active.filter((rule): rule is OperationRule => rule.scope === 'operation');
  const schemaRules = active.filter((rule): rule is SchemaRule => rule.scope === 'schema');
  registerComponentNames(old);
  registerComponentNames(next);
  const matching = matchOperations(old, next);
  const policy = lifecyclePolicy(old, next, matching, options);
  const changes: Change[] = [];
  const report = (rule: Rule, op: OperationInfo, finding: Finding) => {
    const change = toChange(rule, op, finding);
    change.level = policy.level(change.level, op);
    changes.push(change);
  };
  for (const rule of specRules) {
    for (const finding of rule.check(old, next, matching, policy.context)) {
      if (finding.operation && !policy.skips(finding.operation)) report(rule, finding.operation, finding);
    }
  }
  const pairRules = { operation: operationRules, schema: schemaRules };
  for (const [o, n] of [...matching.pairs, ...matching.moved]) {
    if (policy.skips(o)) continue;
    const rawOld = rawOperation(old, o);
    const rawNew = rawOperation(next, n);
    if (unchangedOperation(o, n, rawOld, rawNew)) continue;
    const sameRoute = routeKey(o.method, o.path) === routeKey(n.method, n.path);
    const pair: OperationPair = { old: o, new: n, rawOld, rawNew, parameters: pairParameters(o, n, sameRoute) };
    checkOperationPair(pair, pairRules, policy.context, (rule, finding) => report(rule, n, finding));
  }
  for (const [o, n] of matchWebhooks(old, next).pairs) {
    if (!policy.skips(o))
      webhookPayloads(
        o,
        n,
        walkWithSchemaRules(schemaRules, (rule, finding) => report(rule, n, finding)),
      );
  }
  for (const change of changes) {
    change.old = existing(old.document, change.old);
    change.new = existing(next.document, change.new);
  }
  return changes;
}

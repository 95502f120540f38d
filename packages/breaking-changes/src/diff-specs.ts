import {
  appendPointer,
  resolvePointer,
  SpecError,
  type LoadedSpec,
  type OperationInfo,
  type ParameterInfo,
  type SchemaObject,
} from '@circleci-kit/spec-loader';
import { lifecyclePolicy } from './engine/lifecycle-policy.ts';
import { matchOperations } from './engine/match-operations.ts';
import { matchWebhooks } from './engine/match-webhooks.ts';
import { pairParameters } from './engine/pair-parameters.ts';
import { routeKey } from './engine/route-key.ts';
import { registerComponentNames } from './engine/component-names.ts';
import { walkSchemas, type SchemaRoot } from './engine/walk-schemas.ts';
import { webhookPayloads } from './engine/webhook-payloads.ts';
import { catalogue } from './rules/catalogue.ts';
import { pairMediaTypes } from './rules/helpers/media-types.ts';
import type { Finding, OperationPair, OperationRule, Rule, SchemaNode, SchemaRule, SpecRule } from './rules/rule.ts';
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

function parameterPointer(raw: Record<string, unknown>, op: OperationInfo, param: ParameterInfo): string {
  const list = Array.isArray(raw['parameters']) ? (raw['parameters'] as Array<Record<string, unknown>>) : [];
  const index = list.findIndex((p) => p['name'] === param.name && p['in'] === param.in);
  if (index >= 0) return appendPointer(op.pointer, 'parameters', index, 'schema');
  // A path-level parameter: it sits on the path item, one level up.
  return appendPointer(op.pointer.replace(/\/[^/]*$/, ''), 'parameters');
}

function schemaRoots(
  pair: OperationPair,
  visit: (old: SchemaNode['old'], next: SchemaNode['new'], root: SchemaRoot) => void,
) {
  const { old, new: next } = pair;
  const params = [...pair.parameters.pairs, ...pair.parameters.renamed, ...pair.parameters.moved];
  for (const [o, n] of params) {
    visit(o.schema, n.schema, {
      oldPointer: parameterPointer(pair.rawOld, old, o),
      newPointer: parameterPointer(pair.rawNew, next, n),
      side: 'request',
      site: 'parameter',
      label: `${n.in} parameter \`${n.name}\``,
      path: n.name,
      depth: 0,
    });
  }
  const oldBody = old.requestBody?.content ?? {};
  const newBody = next.requestBody?.content ?? {};
  const { same: bodySame, renamed: bodyRenamed } = pairMediaTypes(Object.keys(oldBody), Object.keys(newBody));
  for (const [type, newType] of [...bodySame, ...bodyRenamed]) {
    const [media, twin] = [oldBody[type], newBody[newType]];
    if (!media?.schema || !twin?.schema) continue;
    visit(media.schema, twin.schema, {
      oldPointer: appendPointer(old.pointer, 'requestBody', 'content', type, 'schema'),
      newPointer: appendPointer(next.pointer, 'requestBody', 'content', newType, 'schema'),
      side: 'request',
      site: 'request-body',
      label: 'request body',
      path: '',
      depth: 0,
    });
  }
  for (const [status, response] of Object.entries(old.responses)) {
    const twin = next.responses[status];
    if (!twin) continue;
    const { same, renamed } = pairMediaTypes(Object.keys(response.content), Object.keys(twin.content));
    for (const [type, newType] of [...same, ...renamed]) {
      const [media, other] = [response.content[type], twin.content[newType]];
      if (!media?.schema || !other?.schema) continue;
      visit(media.schema, other.schema, {
        oldPointer: appendPointer(old.pointer, 'responses', status, 'content', type, 'schema'),
        newPointer: appendPointer(next.pointer, 'responses', status, 'content', newType, 'schema'),
        side: 'response',
        site: 'response-body',
        label: `response ${status}`,
        path: '',
        depth: 0,
      });
    }
    for (const [name, header] of Object.entries(response.headers)) {
      const other = twin.headers[name];
      if (!header.schema || !other?.schema) continue;
      const at = ['responses', status, 'headers', name, 'schema'];
      visit(header.schema, other.schema, {
        oldPointer: appendPointer(old.pointer, ...at),
        newPointer: appendPointer(next.pointer, ...at),
        side: 'response',
        site: 'response-header',
        label: `response ${status} header \`${name}\``,
        path: name,
        depth: 0,
      });
    }
  }
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
  /** Walks a pair of schemas of the operation (or webhook) `op` with the schema rules of the root's site. */
  const walkWith = (op: OperationInfo) => (oldSchema: SchemaObject, newSchema: SchemaObject, root: SchemaRoot) => {
    const rules = schemaRules.filter((rule) => rule.sites.includes(root.site));
    walkSchemas(oldSchema, newSchema, root, (node) => {
      for (const rule of rules) {
        for (const finding of rule.check(node)) report(rule, op, finding);
      }
    });
  };
  const pairs = [...matching.pairs, ...matching.moved];
  for (const [o, n] of pairs) {
    if (policy.skips(o)) continue;
    const sameRoute = routeKey(o.method, o.path) === routeKey(n.method, n.path);
    const pair: OperationPair = {
      old: o,
      new: n,
      rawOld: rawOperation(old, o),
      rawNew: rawOperation(next, n),
      parameters: pairParameters(o, n, sameRoute),
    };
    for (const rule of operationRules) {
      for (const finding of rule.check(pair, policy.context)) report(rule, n, finding);
    }
    schemaRoots(pair, walkWith(n));
  }
  for (const [o, n] of matchWebhooks(old, next).pairs) {
    if (!policy.skips(o)) webhookPayloads(o, n, walkWith(n));
  }
  for (const change of changes) {
    change.old = existing(old.document, change.old);
    change.new = existing(next.document, change.new);
  }
  return changes;
}

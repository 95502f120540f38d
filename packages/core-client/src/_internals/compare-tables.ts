import type { OperationSpec, OperationTable, ParameterSpec } from '../operation-spec.ts';
import { toOperationSpec, type OperationInfoLike } from '../to-operation-spec.ts';

/** What `compareWithSpec` needs of a spec (a spec-loader `LoadedSpec` fits). */
export interface SpecLike {
  fingerprint: string;
  operations: ReadonlyMap<string, OperationInfoLike>;
}

/** One operation whose shape differs between the client and the spec. */
export interface ChangedOperation {
  operationId: string;
  /** One line per difference, e.g. `query parameter branch: added (optional)`. */
  changes: string[];
}

/** The difference between the spec a client was generated from and another spec. */
export interface SpecDrift {
  /** True when no operation was added, removed or changed. */
  inSync: boolean;
  /** True when both documents have the same fingerprint. */
  sameFingerprint: boolean;
  /** The fingerprint the client was generated from. */
  clientFingerprint: string;
  /** The fingerprint of the spec compared with. */
  specFingerprint: string;
  /** In the spec, not in the client. */
  added: string[];
  /** In the client, not in the spec. */
  removed: string[];
  changed: ChangedOperation[];
}

function describeParameter(p: ParameterSpec): string {
  const parts = [p.required ? 'required' : 'optional', p.type];
  if (p.in === 'query') parts.push(`style ${p.style}${p.explode ? ' exploded' : ''}`);
  if (p.enum) parts.push(`enum ${JSON.stringify(p.enum)}`);
  if (p.deprecated) parts.push('deprecated');
  return parts.join(', ');
}

function parameterChanges(before: OperationSpec, after: OperationSpec): string[] {
  const changes: string[] = [];
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const old = new Map(before.parameters[location].map((p) => [p.name, describeParameter(p)]));
    const now = new Map(after.parameters[location].map((p) => [p.name, describeParameter(p)]));
    for (const [name, text] of now) {
      const was = old.get(name);
      if (was === undefined) changes.push(`${location} parameter ${name}: added (${text})`);
      else if (was !== text) changes.push(`${location} parameter ${name}: ${was} → ${text}`);
    }
    for (const name of old.keys()) if (!now.has(name)) changes.push(`${location} parameter ${name}: removed`);
  }
  return changes;
}

function describeBody(op: OperationSpec): string {
  return op.body ? `${op.body.required ? 'required' : 'optional'} ${op.body.contentType}` : 'none';
}

/** Every difference between two entries of one operation, one line each. */
export function operationChanges(before: OperationSpec, after: OperationSpec): string[] {
  const changes: string[] = [];
  const compare = (what: string, a: unknown, b: unknown) => {
    const [x, y] = [typeof a === 'string' ? a : JSON.stringify(a), typeof b === 'string' ? b : JSON.stringify(b)];
    if (x !== y) changes.push(`${what}: ${x} → ${y}`);
  };
  compare('route', `${before.method} ${before.path}`, `${after.method} ${after.path}`);
  changes.push(...parameterChanges(before, after));
  compare('body', describeBody(before), describeBody(after));
  compare('success statuses', before.successStatuses, after.successStatuses);
  compare('paginated', before.paginated, after.paginated);
  compare('deprecated', before.deprecated, after.deprecated);
  compare('security', before.security, after.security);
  return changes;
}

/** Compares an operation table with a loaded spec: operations added, removed or changed. */
export function compareTables(table: OperationTable, clientFingerprint: string, spec: SpecLike): SpecDrift {
  const current = new Map([...spec.operations.values()].map((info) => [info.operationId, toOperationSpec(info)]));
  const added = [...current.keys()].filter((id) => !Object.hasOwn(table, id)).sort();
  const removed = Object.keys(table)
    .filter((id) => !current.has(id))
    .sort();
  const changed: ChangedOperation[] = [];
  for (const [id, after] of current) {
    const before = Object.hasOwn(table, id) ? table[id] : undefined;
    if (!before) continue;
    const changes = operationChanges(before, after);
    if (changes.length > 0) changed.push({ operationId: id, changes });
  }
  changed.sort((a, b) => a.operationId.localeCompare(b.operationId));
  return {
    inSync: added.length + removed.length + changed.length === 0,
    sameFingerprint: clientFingerprint === spec.fingerprint,
    clientFingerprint,
    specFingerprint: spec.fingerprint,
    added,
    removed,
    changed,
  };
}

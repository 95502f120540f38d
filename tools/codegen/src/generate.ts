import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { methodName } from '../../../packages/core-client/src/camel-case.ts';
import type { OperationSpec } from '../../../packages/core-client/src/operation-spec.ts';
import { toOperationSpec } from '../../../packages/core-client/src/to-operation-spec.ts';
import { renderOpenApiTypes } from './render-openapi-types.ts';
import { banner, renderOperations } from './render-operations.ts';
import { renderOperationTypes } from './render-operation-types.ts';

/** Names the client object uses for itself; no operation may take them. */
const RESERVED = new Set([
  'request',
  'requestUnchecked',
  'paginate',
  'paginateUnchecked',
  'specFingerprint',
  'then',
  'constructor',
  'toString',
]);

/** A problem that makes the spec unusable for the client (a name clash, a cycle). */
export class CodegenError extends Error {
  readonly code: 'NAME_CLASH' | 'CIRCULAR_SCHEMA';
  constructor(code: CodegenError['code'], message: string) {
    super(message);
    this.name = 'CodegenError';
    this.code = code;
  }
}

function checkNames(table: readonly OperationSpec[]): void {
  const methods = new Map<string, string>();
  for (const op of table) {
    const name = methodName(op.id);
    if (name !== op.id.charAt(0).toLowerCase() + op.id.slice(1) || RESERVED.has(name) || methods.has(name)) {
      throw new CodegenError('NAME_CLASH', `operation ${op.id}: method name ${name} is not unique or not plain`);
    }
    methods.set(name, op.id);
    const keys = new Set<string>(['body']);
    for (const p of Object.values(op.parameters).flat()) {
      if (keys.has(p.key))
        throw new CodegenError('NAME_CLASH', `operation ${op.id}: two parameters are named ${p.key}`);
      keys.add(p.key);
    }
  }
}

function checkAcyclic(document: unknown): void {
  const done = new Set<object>();
  const walk = (node: unknown, path: Set<object>, pointer: string): void => {
    if (typeof node !== 'object' || node === null || done.has(node)) return;
    if (path.has(node)) {
      throw new CodegenError(
        'CIRCULAR_SCHEMA',
        `the spec has a recursive schema at ${pointer}; the type generator needs an acyclic document`,
      );
    }
    path.add(node);
    for (const [key, value] of Object.entries(node)) walk(value, path, `${pointer}/${key}`);
    path.delete(node);
    done.add(node);
  };
  walk(document, new Set(), '');
}

function jsonSuccesses(spec: LoadedSpec): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const op of spec.operations.values()) {
    const statuses = Object.entries(op.responses)
      .filter(([status, response]) => /^2\d\d$/.test(status) && response.content['application/json'] !== undefined)
      .map(([status]) => Number(status))
      .sort((a, b) => a - b);
    out.set(op.operationId, statuses);
  }
  return out;
}

/** The generated files, by name, for one loaded spec. */
export async function generate(spec: LoadedSpec, source: string): Promise<Record<string, string>> {
  const table = [...spec.operations.values()].map(toOperationSpec).sort((a, b) => a.id.localeCompare(b.id));
  checkNames(table);
  checkAcyclic(spec.document);
  const meta = { fingerprint: spec.fingerprint, version: spec.info.version, source };
  const types = await renderOpenApiTypes(spec.document);
  return {
    'operations.ts': renderOperations(table, meta),
    'operation-types.ts': renderOperationTypes(table, jsonSuccesses(spec), meta),
    'openapi-types.ts': `${banner('openapi-typescript types of the normalized document', meta.fingerprint, source)}\n${types}`,
  };
}

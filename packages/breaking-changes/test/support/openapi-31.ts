/**
 * Hand-written OpenAPI documents for the 3.1 tests: each goes through
 * `loadSpec` (strict: a document the loader refuses is a broken test), so
 * the diff sees what it sees in use, the loader's one internal form.
 */
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { diffSpecs, type DiffOptions } from '../../src/index.ts';

/** A JSON document, as written. */
export type Doc = Record<string, unknown>;

/** The `info` every document carries. */
const INFO = { title: 'fixture', version: '1' };

/** A whole document: `openapi` 3.1.0 unless `version` says otherwise, and the given top-level members. */
export function document(members: Doc, version = '3.1.0'): Doc {
  return { openapi: version, info: INFO, ...members };
}

/**
 * A document with one operation, `POST /thing`, whose JSON request body
 * (`side: 'request'`) or 200 response (`side: 'response'`) is an object
 * holding one optional property, `value`, of the given schema; the
 * `components` are added as given.
 */
export function valueDocument(side: 'request' | 'response', schema: unknown, components?: Doc, version?: string): Doc {
  const content = { 'application/json': { schema: { type: 'object', properties: { value: schema } } } };
  const operation =
    side === 'request'
      ? { operationId: 'postThing', requestBody: { content }, responses: { '204': { description: 'done' } } }
      : { operationId: 'postThing', responses: { '200': { description: 'ok', content } } };
  return document({ paths: { '/thing': { post: operation } }, ...(components ? { components } : {}) }, version);
}

/** Loads a document as `breaking diff` would, but strictly: it must be a valid document. */
export function load(doc: Doc): Promise<LoadedSpec> {
  return loadSpec(doc, { mode: 'strict' });
}

/** Every change of `old` → `next`, as `id@level`, sorted. */
export async function verdicts(old: Doc, next: Doc, options: DiffOptions = {}): Promise<string[]> {
  const changes = diffSpecs(await load(old), await load(next), { releaseDate: '2026-01-01', ...options });
  return changes.map((change) => `${change.id}@${change.level}`).sort();
}

/** One pair of documents and every change it gives, read both ways (old → new, then new → old). */
export interface VerdictRow {
  given: string;
  old: Doc;
  new: Doc;
  /** `id@level` of every change, old → new. */
  forward: string[];
  /** `id@level` of every change, new → old. */
  backward: string[];
}

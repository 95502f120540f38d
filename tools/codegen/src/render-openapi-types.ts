import openapiTS, { astToString } from 'openapi-typescript';
import { tupleType } from './tuple-type.ts';
import { typesDocument } from './types-document.ts';

/**
 * The openapi-typescript types of a loaded document (`paths`, `components`,
 * `operations`), from its internal schema form whichever OpenAPI version it
 * was written in: see {@link typesDocument} for what is adjusted first and
 * {@link tupleType} for `prefixItems`.
 */
export async function renderOpenApiTypes(document: Record<string, unknown>): Promise<string> {
  const nodes = await openapiTS(typesDocument(document) as never, {
    alphabetize: true,
    transform: (schema, options) => tupleType(schema, options),
  });
  return astToString(nodes);
}

import { appendPointer, type OperationInfo, type ParameterInfo, type SchemaObject } from '@circleci-kit/spec-loader';
import { pairMediaTypes } from '../rules/helpers/media-types.ts';
import type { OperationPair } from '../rules/rule.ts';
import type { SchemaRoot } from './walk-schemas.ts';

/** Where a parameter's schema sits: in the operation's own list, else on its path item. */
function parameterPointer(raw: Record<string, unknown>, op: OperationInfo, param: ParameterInfo): string {
  const list = Array.isArray(raw['parameters']) ? (raw['parameters'] as Array<Record<string, unknown>>) : [];
  const index = list.findIndex((p) => p['name'] === param.name && p['in'] === param.in);
  if (index >= 0) return appendPointer(op.pointer, 'parameters', index, 'schema');
  // A path-level parameter: it sits on the path item, one level up.
  return appendPointer(op.pointer.replace(/\/[^/]*$/, ''), 'parameters');
}

/**
 * Calls `visit` with each pair of schemas two versions of one operation
 * hold in the same place: the schema of each paired parameter, of the
 * request body and of each response body (media type by media type, a
 * media type renamed within its family paired too), and of each response
 * header both versions have, with where each sits in each document.
 *
 * @example
 * operationSchemaRoots(pair, (a, b, root) => walkSchemas(a, b, root, visit));
 */
export function operationSchemaRoots(
  pair: OperationPair,
  visit: (old: SchemaObject, next: SchemaObject, root: SchemaRoot) => void,
): void {
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

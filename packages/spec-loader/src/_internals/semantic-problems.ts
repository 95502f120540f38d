import type { SpecProblem } from '../types.ts';
import { HTTP_METHODS } from './http-methods.ts';
import { escapePointerToken, toPointer } from '../json-pointer.ts';
import { getAtPointer, isObject, isRef, refToPointer } from './json-pointer.ts';
import { walkObjects } from './walk-objects.ts';

const SKIPPED_KEYS = new Set(['example', 'examples', 'default', 'enum']);

/**
 * Finds every `$ref` in a document: local ones that point at nothing
 * (`MISSING_REF`) and, unless allowed, ones that leave the document
 * (`EXTERNAL_REF`). Literal data (`example`, `default`, `enum`) is not searched.
 */
export function refProblems(document: unknown, allowExternal: boolean): SpecProblem[] {
  const problems: SpecProblem[] = [];
  // Specs repeat the same few hundred refs thousands of times: resolve each once.
  const resolves = new Map<string, boolean>();
  walkObjects(document, SKIPPED_KEYS, (node, path) => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return true;
    const target = refToPointer(ref);
    if (target === undefined) {
      if (!allowExternal) {
        problems.push({
          code: 'EXTERNAL_REF',
          pointer: `${toPointer(path)}/$ref`,
          message: `refused $ref ${JSON.stringify(ref)}: it leaves the document (set allowExternalRefs to follow it)`,
        });
      }
      return false;
    }
    let found = resolves.get(target);
    if (found === undefined) {
      found = getAtPointer(document, target) !== undefined;
      resolves.set(target, found);
    }
    if (!found) {
      problems.push({
        code: 'MISSING_REF',
        pointer: `${toPointer(path)}/$ref`,
        message: `$ref ${JSON.stringify(ref)} points at nothing in the document`,
      });
    }
    return false;
  });
  return problems;
}

/**
 * The rules of OpenAPI 3.0 that its JSON Schema cannot say: unique
 * operationIds (`DUPLICATE_OPERATION_ID`), and path templates whose
 * `{placeholders}` match the declared path parameters (`INVALID_DOCUMENT`).
 */
export function operationProblems(document: Record<string, unknown>): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const firstSeen = new Map<string, string>();
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const itemPointer = `/paths/${escapePointerToken(path)}`;
    const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
    const pathLevel: unknown[] = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const pointer = `${itemPointer}/${method}`;
      const id = operation.operationId;
      if (typeof id === 'string') {
        const previous = firstSeen.get(id);
        if (previous === undefined) firstSeen.set(id, pointer);
        else {
          problems.push({
            code: 'DUPLICATE_OPERATION_ID',
            pointer: `${pointer}/operationId`,
            message: `operationId ${JSON.stringify(id)} is already used by ${previous}`,
          });
        }
      }
      const own: unknown[] = Array.isArray(operation.parameters) ? operation.parameters : [];
      const declared = new Map<string, string>();
      const located = [
        ...pathLevel.map((parameter, index) => ({ parameter, at: `${itemPointer}/parameters/${index}` })),
        ...own.map((parameter, index) => ({ parameter, at: `${pointer}/parameters/${index}` })),
      ];
      for (const { parameter, at } of located) {
        const resolved = isRef(parameter) ? getAtPointer(document, refToPointer(parameter.$ref) ?? '#') : parameter;
        if (isObject(resolved) && resolved.in === 'path' && typeof resolved.name === 'string') {
          declared.set(resolved.name, at);
        }
      }
      for (const name of placeholders) {
        if (!declared.has(name)) {
          problems.push({
            code: 'INVALID_DOCUMENT',
            pointer,
            message: `path ${path} has {${name}} but ${method.toUpperCase()} declares no path parameter named ${JSON.stringify(name)}`,
          });
        }
      }
      for (const [name, at] of declared) {
        if (!placeholders.includes(name)) {
          problems.push({
            code: 'INVALID_DOCUMENT',
            pointer: at,
            message: `path parameter ${JSON.stringify(name)} of ${method.toUpperCase()} ${path} is not in the path template (a query parameter declared in: path?)`,
          });
        }
      }
    }
  }
  return problems;
}

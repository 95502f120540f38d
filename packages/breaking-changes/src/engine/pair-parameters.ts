import type { OperationInfo, ParameterInfo } from '@circleci-kit/spec-loader';
import type { ParameterPairing } from '../rules/rule.ts';

const LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether two parameter names are close enough to be one renamed parameter. */
export function similarNames(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const prefix = [...x].findIndex((char, i) => char !== y[i]);
  return prefix >= Math.min(x.length, y.length) / 2;
}

/**
 * Pairs the parameters of two versions of an operation. Path parameters of a
 * route matched with names erased pair by position; the others by location
 * and name; leftovers become moves (same name, other location), renames
 * (same location, similar name and type) or removals and additions.
 *
 * @example
 * pairParameters(oldOp, newOp, true).renamed; // [[{ name: 'id', … }, { name: 'workflow-id', … }]]
 */
export function pairParameters(old: OperationInfo, next: OperationInfo, sameRoute: boolean): ParameterPairing {
  const result: ParameterPairing = { pairs: [], renamed: [], moved: [], removed: [], added: [] };
  const leftOld: ParameterInfo[] = [];
  const leftNew: ParameterInfo[] = [];
  for (const location of LOCATIONS) {
    const olds = old.parameters[location];
    const news = next.parameters[location];
    if (location === 'path' && sameRoute && olds.length === news.length) {
      olds.forEach((param, i) => {
        const twin = news[i]!;
        (param.name === twin.name ? result.pairs : result.renamed).push([param, twin]);
      });
      continue;
    }
    const newByName = new Map(news.map((param) => [param.name, param]));
    for (const param of olds) {
      const twin = newByName.get(param.name);
      if (twin) {
        result.pairs.push([param, twin]);
        newByName.delete(param.name);
      } else leftOld.push(param);
    }
    leftNew.push(...newByName.values());
  }
  const taken = new Set<ParameterInfo>();
  const take = (accept: (candidate: ParameterInfo) => boolean): ParameterInfo | undefined => {
    const twin = leftNew.find((candidate) => !taken.has(candidate) && accept(candidate));
    if (twin) taken.add(twin);
    return twin;
  };
  for (const param of leftOld) {
    const moved = take((c) => c.name === param.name && c.in !== param.in);
    if (moved) {
      result.moved.push([param, moved]);
      continue;
    }
    const renamed = take(
      (c) => c.in === param.in && c.schema.type === param.schema.type && similarNames(c.name, param.name),
    );
    if (renamed) result.renamed.push([param, renamed]);
    else result.removed.push(param);
  }
  result.added = leftNew.filter((param) => !taken.has(param));
  return result;
}

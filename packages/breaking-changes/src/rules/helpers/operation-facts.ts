import { appendPointer, type OperationInfo, type ParameterInfo, type ResponseInfo } from '@circleci-kit/spec-loader';
import type { Finding, OperationPair } from '../rule.ts';

/** `GET /pipeline/{pipeline-id}`. */
export function describeRoute(op: OperationInfo): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** A finding about an operation that is gone from the new document. */
export function removalFinding(op: OperationInfo, message: string): Finding {
  return { message, old: op.pointer, new: null, subjects: [op.path, op.operationId], operation: op };
}

/** A finding about the operation pair as a whole, pointing at both operation objects (or sub-paths of them). */
export function pairFinding(
  pair: OperationPair,
  message: string,
  segments: string[] = [],
  subjects?: string[],
): Finding {
  return {
    message,
    old: appendPointer(pair.old.pointer, ...segments),
    new: appendPointer(pair.new.pointer, ...segments),
    subjects: subjects ?? [],
  };
}

/** A finding about something present on one side only. */
export function sideFinding(
  pair: OperationPair,
  side: 'old' | 'new',
  message: string,
  segments: string[],
  subjects: string[] = [],
): Finding {
  return {
    message,
    old: side === 'old' ? appendPointer(pair.old.pointer, ...segments) : null,
    new: side === 'new' ? appendPointer(pair.new.pointer, ...segments) : null,
    subjects,
  };
}

/** `query parameter \`branch\``. */
export function describeParameter(param: ParameterInfo): string {
  return `${param.in} parameter \`${param.name}\``;
}

/** The 2xx statuses of an operation. */
export function successStatuses(op: OperationInfo): string[] {
  return Object.keys(op.responses).filter((status) => /^2(\d\d|XX)$/i.test(status));
}

/** Every security scheme name an operation accepts, and whether it may be called without any. */
export function securitySchemes(op: OperationInfo): { schemes: Map<string, string[]>; anonymous: boolean } {
  const schemes = new Map<string, string[]>();
  for (const alternative of op.security) {
    for (const [name, scopes] of Object.entries(alternative)) schemes.set(name, scopes);
  }
  const anonymous =
    op.security.length === 0 || op.security.some((alternative) => Object.keys(alternative).length === 0);
  return { schemes, anonymous };
}

/**
 * Keys (media types, header names) that one side's response has and the
 * other side's response of the same status lacks.
 */
export function responseKeysOnlyIn(
  pair: OperationPair,
  side: 'old' | 'new',
  pick: (response: ResponseInfo) => Record<string, unknown>,
): Array<{ status: string; key: string }> {
  const mine = side === 'old' ? pair.old : pair.new;
  const theirs = side === 'old' ? pair.new : pair.old;
  return Object.entries(mine.responses).flatMap(([status, response]) => {
    const twin = theirs.responses[status];
    if (!twin) return [];
    const other = pick(twin);
    return Object.keys(pick(response))
      .filter((key) => !(key in other))
      .map((key) => ({ status, key }));
  });
}

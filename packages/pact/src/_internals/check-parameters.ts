/** The check of a request's path, query and header parameters against its operation. */
import { readWireValue, type OperationSpec } from '@circleci-kit/core-client';
import type { SpecValidators } from '@circleci-kit/schema';
import { appendPointer, type OperationInfo, type ParameterInfo } from '@circleci-kit/spec-loader';
import type { PactInteraction } from '../pact-types.ts';
import type { SpecMismatch } from '../spec-mismatch.ts';

/** Reports a mismatch of an interaction: `pointer` is relative to the interaction. */
export type ReportMismatch = (
  kind: SpecMismatch['kind'],
  pointer: string,
  specPointer: string,
  message: string,
  severity?: SpecMismatch['severity'],
) => void;

/**
 * Checks a request's parameters against its operation (`wire`: the
 * operation as core-client routes and reads it; `pathValues`: the path's
 * values as routed): a required one missing or a value the parameter's
 * schema refuses is an error, a query parameter the operation does not
 * declare (but `circle-token`) a warning. Each goes to `report`.
 *
 * @example
 * checkParameters(operation, match.operation, validators, match.path, interaction.request, report);
 */
export function checkParameters(
  operation: OperationInfo,
  wire: OperationSpec,
  validators: SpecValidators,
  pathValues: Record<string, string>,
  request: PactInteraction['request'],
  report: ReportMismatch,
): void {
  const specIndex = (p: ParameterInfo): string => `${operation.pointer}/parameters(${p.in}:${p.name})`;
  const check = (p: ParameterInfo, texts: readonly string[] | undefined, pointer: string): void => {
    if (texts === undefined || texts.length === 0) {
      if (p.required)
        report(
          'parameter',
          pointer,
          specIndex(p),
          `the ${p.in} parameter "${p.name}" is required but the request has none`,
        );
      return;
    }
    const parameter = wire.parameters[p.in].find((candidate) => candidate.name === p.name)!;
    const result = validators.parameter(operation.operationId, p.in, p.name)(readWireValue(parameter, texts));
    if (!result.valid)
      report(
        'parameter',
        pointer,
        specIndex(p),
        `the ${p.in} parameter "${p.name}": ${result.errors[0]?.message ?? 'invalid'}`,
      );
  };
  for (const p of operation.parameters.path)
    check(p, pathValues[p.name] === undefined ? undefined : [pathValues[p.name]!], '/request/path');
  const query = request.query ?? {};
  for (const p of operation.parameters.query) {
    const raw = query[p.name];
    check(
      p,
      raw === undefined ? undefined : Array.isArray(raw) ? raw : [String(raw)],
      appendPointer('/request/query', p.name),
    );
  }
  const declared = new Set(operation.parameters.query.map((p) => p.name));
  for (const name of Object.keys(query)) {
    if (!declared.has(name) && name !== 'circle-token') {
      report(
        'parameter',
        appendPointer('/request/query', name),
        `${operation.pointer}/parameters`,
        `the query parameter "${name}" is not declared`,
        'warning',
      );
    }
  }
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([n, v]) => [n.toLowerCase(), Array.isArray(v) ? v : [String(v)]]),
  );
  for (const p of operation.parameters.header)
    check(p, headers[p.name.toLowerCase()], appendPointer('/request/headers', p.name));
}

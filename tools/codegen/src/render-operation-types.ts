import type { OperationSpec, ParameterSpec } from '../../../packages/core-client/src/operation-spec.ts';
import { banner } from './render-operations.ts';

const SEGMENTS = ['provider', 'organization', 'project'];

function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** The TypeScript type callers pass for one parameter. */
export function parameterType(p: ParameterSpec): string {
  if (p.slug === 'project') return 'ProjectSlugInput';
  if (p.enum) return p.enum.map(literal).join(' | ');
  switch (p.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      if (p.oneOrMany) {
        const item = parameterType({ ...p, type: p.itemType ?? 'any' });
        return `${item} | ReadonlyArray<${item}>`;
      }
      return `ReadonlyArray<${parameterType({ ...p, type: p.itemType ?? 'any' })}>`;
    case 'object':
      return 'Readonly<Record<string, string | number | boolean>> | readonly string[]';
    case 'any':
      // An untyped path value (`job-number`) is a segment naming something: `true` is no job number.
      return p.in === 'path' ? 'string | number' : 'string | number | boolean';
  }
}

function quoteKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key);
}

function member(p: ParameterSpec): string {
  const doc = `/** \`${p.name}\` (${p.in})${p.deprecated ? ' @deprecated' : ''} */`;
  return `    ${doc}\n    ${quoteKey(p.key)}${p.required ? '' : '?'}: ${parameterType(p)};`;
}

function jsonOf(content: string, path: string): string {
  return `${path}['content'][${literal(content)}]`;
}

function paramsType(op: OperationSpec): string {
  const all = [...op.parameters.path, ...op.parameters.query, ...op.parameters.header, ...op.parameters.cookie];
  const segments = SEGMENTS.every((name) => op.parameters.path.some((p) => p.key === name));
  const rest = all.filter((p) => !segments || !SEGMENTS.includes(p.key)).map(member);
  if (op.body) {
    const body = jsonOf(op.body.contentType, `NonNullable<Ops[${literal(op.id)}]['requestBody']>`);
    rest.push(
      `    /** The request body (${op.body.contentType}). */\n    body${op.body.required ? '' : '?'}: ${body};`,
    );
  }
  // No parameters at all: any key given is a mistake (a bare `{}` would take anything, even a string).
  if (rest.length === 0 && !segments) return 'Record<string, never>';
  const own = `{\n${rest.join('\n')}\n  }`;
  if (!segments) return own;
  const split = op.parameters.path
    .filter((p) => SEGMENTS.includes(p.key))
    .map(member)
    .join('\n');
  return `${own} & (\n    | {\n${split}\n      projectSlug?: never;\n    }\n    | { /** The three segments from one slug, via toSegments. */ projectSlug: ProjectSlugInput; provider?: never; organization?: never; project?: never }\n  )`;
}

function dataType(op: OperationSpec, jsonStatuses: readonly number[]): string {
  if (jsonStatuses.length === 0) return 'unknown';
  return jsonStatuses.map((s) => jsonOf('application/json', `Ops[${literal(op.id)}]['responses'][${s}]`)).join(' | ');
}

/**
 * `generated/operation-types.ts`: the camelCase parameters and the success
 * data of every operation, over openapi-typescript's `operations`.
 */
export function renderOperationTypes(
  table: readonly OperationSpec[],
  jsonSuccesses: ReadonlyMap<string, readonly number[]>,
  spec: { fingerprint: string; source: string },
): string {
  const params = table.map((op) => `  ${literal(op.id)}: ${paramsType(op)};`).join('\n');
  const data = table.map((op) => `  ${literal(op.id)}: ${dataType(op, jsonSuccesses.get(op.id) ?? [])};`).join('\n');
  const paginated = table.filter((op) => op.paginated).map((op) => literal(op.id));
  return `${banner('parameter and response types', spec.fingerprint, spec.source)}
import type { ProjectSlugInput } from '@circleci-kit/slug';
import type { operations as Ops } from './openapi-types.ts';

/**
 * The parameters of every operation, by camelCase name, with \`body\` for the
 * request body. Each is an object type literal, so a call that names a
 * parameter the operation does not have (\`owner_slug\` for \`ownerSlug\`)
 * fails the excess property check.
 */
export interface OperationParams {
${params}
}

/** The data of a successful response of every operation. */
export interface OperationData {
${data}
}

/** Every operationId. */
export type OperationId = keyof OperationParams;

/** The operations that take \`page-token\` and answer \`next_page_token\`. */
export type PaginatedOperationId = ${paginated.join(' | ') || 'never'};
`;
}

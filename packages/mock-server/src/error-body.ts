/**
 * Error bodies shaped by the operation's declared response for the status.
 */
import type { SpecValidators } from '@circleci-kit/schema';
import type { OperationInfo, SchemaObject } from '@circleci-kit/spec-loader';

/** The schema an operation declares for a status (exact, `NXX`, then `default`), JSON only. */
function declaredSchema(operation: OperationInfo, status: number): SchemaObject | undefined {
  const code = String(status);
  const { responses } = operation;
  const declared = responses[code] ?? responses[`${code[0]}XX`] ?? responses[`${code[0]}xx`] ?? responses['default'];
  return declared?.content['application/json']?.schema;
}

/** The properties a body of `schema` may carry, merged over its `allOf` / `anyOf` / `oneOf` branches. */
function stringKeys(schema: SchemaObject): { all: string[]; required: string[] } {
  const all: string[] = [];
  const required: string[] = [];
  const visit = (s: SchemaObject): void => {
    for (const [key, property] of Object.entries(s.properties ?? {}))
      if (property.type === 'string' && property.enum === undefined && !all.includes(key)) all.push(key);
    for (const key of s.required ?? []) if (!required.includes(key)) required.push(key);
    for (const branch of [...(s.allOf ?? []), ...(s.anyOf ?? []).slice(0, 1), ...(s.oneOf ?? []).slice(0, 1)])
      visit(branch);
  };
  visit(schema);
  return { all, required };
}

const PREFERRED = ['message', 'error'];

/**
 * The body of an error answer: CircleCI's `{"message": text}` when the
 * operation declares no JSON schema for the status, else a body that
 * validates against the declared one with `text` in its message-like
 * field(s). The spec's policy and OIDC operations, for example, declare
 * `{"error": string}` (required) for their errors, so they get
 * `{"error": text}`; a schema with neither `message` nor `error` gets the
 * text in each required string property. When no such body validates, it
 * falls back to `{"message": text}`.
 *
 * @example
 * errorBody(makeDecision, 401, 'You must log in first.', validators); // { error: 'You must log in first.' }
 * errorBody(getCurrentUser, 401, 'You must log in first.', validators); // { message: 'You must log in first.' }
 */
export function errorBody(
  operation: OperationInfo | undefined,
  status: number,
  text: string,
  validators: SpecValidators,
): Record<string, string> {
  const fallback = { message: text };
  const schema = operation === undefined ? undefined : declaredSchema(operation, status);
  if (operation === undefined || schema === undefined) return fallback;
  const { all, required } = stringKeys(schema);
  const named = PREFERRED.filter((key) => all.includes(key));
  const keys = named.some((key) => required.includes(key))
    ? named.filter((key) => required.includes(key))
    : named.length > 0
      ? named.slice(0, 1)
      : required.filter((key) => all.includes(key));
  const body = Object.fromEntries(keys.map((key) => [key, text]));
  for (const candidate of keys.length > 0 ? [body, fallback] : [fallback]) {
    const validate = validators.response(operation.operationId, status);
    if (validate === undefined || validate(candidate).valid) return candidate;
  }
  return fallback;
}

import { declaredResponse, mediaType, type ResponseCheck } from './response-check.ts';

/**
 * `response-schema`: the JSON body validates against the schema the spec
 * declares for its status and content type. An error status without a
 * declared schema must have CircleCI's `{"message": string}` body.
 *
 * @example
 * responseSchema(context); // 'body does not match the 200 schema: /items/0/id: expected a uuid, got "x"'
 */
export const responseSchema: ResponseCheck = ({ operation, response, validators }) => {
  const type = mediaType(response.headers['content-type']) ?? 'application/json';
  const declared = declaredResponse(operation, response.status);
  const schema = declared?.content[type]?.schema;
  if (schema === undefined) {
    if (response.status < 400 || response.body === '') return undefined;
    const message = (response.json as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? undefined : `a ${response.status} body must be {"message": string}`;
  }
  if (response.json === undefined) {
    return response.body === ''
      ? `the ${declared!.status} response declares a body, got none`
      : `the body is not JSON: ${response.body.slice(0, 80)}`;
  }
  const validate = validators.response(operation.operationId, declared!.status, type);
  const result = validate?.(response.json);
  if (result === undefined || result.valid) return undefined;
  const issues = result.errors.slice(0, 3).map((issue) => issue.message);
  const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : '';
  return `body does not match the ${declared!.status} schema: ${issues.join('; ')}${more}`;
};

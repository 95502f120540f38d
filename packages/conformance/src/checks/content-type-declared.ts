import { declaredResponse, mediaType, type ResponseCheck } from './response-check.ts';

/**
 * `content-type-declared`: a response with a body carries a `content-type`
 * that the spec declares for its status. Error statuses the spec does not
 * describe (no content declared) must be `application/json`, CircleCI's
 * `{"message"}` form.
 *
 * @example
 * contentTypeDeclared(context); // 'content type text/html is not declared for 200 (declared: application/json)'
 */
export const contentTypeDeclared: ResponseCheck = ({ operation, response }) => {
  if (response.body === '') return undefined;
  const type = mediaType(response.headers['content-type']);
  const declared = Object.keys(declaredResponse(operation, response.status)?.content ?? {});
  const allowed = declared.length > 0 ? declared.map((t) => t.toLowerCase()) : ['application/json'];
  if (type === undefined) return `a ${response.status} response with a body has no content type`;
  if (allowed.includes(type) || allowed.includes('*/*')) return undefined;
  return `content type ${type} is not declared for ${response.status} (declared: ${allowed.join(', ')})`;
};

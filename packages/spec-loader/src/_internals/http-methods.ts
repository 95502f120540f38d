import type { HttpMethod } from '../types.ts';

/** The methods OpenAPI 3.0 and 3.1 allow on a path item, in the order the specs list them. */
export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

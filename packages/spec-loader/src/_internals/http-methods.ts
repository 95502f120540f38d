import type { HttpMethod } from '../types.ts';

/** The methods OpenAPI 3.0 allows on a path item, in the order the spec lists them. */
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

import { describe, expect, it } from 'vitest';
import { camelCase, methodName } from '../src/camel-case.ts';

describe('camelCase and methodName', () => {
  it.each([
    ['project-slug', 'projectSlug', 'projectSlug'],
    ['page-token', 'pageToken', 'pageToken'],
    ['context_id', 'contextId', 'contextId'],
    ['orgID', 'orgID', 'orgID'],
    ['GetOrgClaims', 'GetOrgClaims', 'getOrgClaims'],
    ['org-slug-or-id', 'orgSlugOrId', 'orgSlugOrId'],
    ['trailing-', 'trailing', 'trailing'],
  ])('%s → %s, method %s', (given, camel, method) => {
    expect(camelCase(given)).toBe(camel);
    expect(methodName(given)).toBe(method);
  });
});

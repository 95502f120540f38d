// Type tests of buildRequest against the built declarations, as a user's
// TypeScript sees them: `tsc --noEmit -p tsconfig.types-nodenext.json` (and
// `-bundler`), run by type-tests.node.test.ts. Each `@ts-expect-error` line
// must fail to compile; every other line must compile.
import {
  buildRequest,
  buildRequestUnchecked,
  type BuildRequestOptions,
  type BuiltRequest,
  type OperationId,
} from '@circleci-kit/core-client';
import { expectTypeOf } from 'vitest';

declare const someString: string;
const projectSlug = 'gh/CircleCI-Public/api-preview-docs';
const owner_slug = 'gh/CircleCI-Public';

// Right calls.
expectTypeOf(buildRequest('getCurrentUser')).toEqualTypeOf<BuiltRequest>();
buildRequest('getCurrentUser', {});
buildRequest('getCurrentUser', undefined, { baseUrl: 'http://127.0.0.1:8080/api/v2' });
buildRequest('getCurrentUser', {}, { token: process.env['CIRCLECI_TOKEN'], auth: 'basic' });
buildRequest('GetOrgClaims', { orgID: '5034460f-c7c4-4c43-9457-de07e2029e7b' });
buildRequest('listContexts', { ownerSlug: owner_slug, ownerType: 'organization' });
buildRequest('listContexts');
buildRequest('getJobDetails', { projectSlug, jobNumber: 123 });
buildRequest('getJobDetails', { projectSlug, jobNumber: '123' });
buildRequest('triggerPipeline', { projectSlug, body: { branch: 'dev', parameters: { deploy: true } } });
buildRequest('getProjectSettings', { projectSlug });
buildRequest('getProjectSettings', { provider: 'gh', organization: 'CircleCI-Public', project: 'api-preview-docs' });
buildRequest('getProjectWorkflowsPageData', { projectSlug, branches: ['main', 'dev'] });
expectTypeOf<Parameters<typeof buildRequest<'getCurrentUser'>>>().toEqualTypeOf<
  [operationId: 'getCurrentUser', params?: Record<string, never>, options?: BuildRequestOptions]
>();

// An unknown operationId, or any string that is not one.
// @ts-expect-error -- no such operation
buildRequest('getNoSuchThing');
// @ts-expect-error -- the operationId, not the client method name (GetOrgClaims → getOrgClaims)
buildRequest('getOrgClaims', { orgID: 'x' });
// @ts-expect-error -- a string known only at run time needs buildRequestUnchecked
buildRequest(someString);

// A parameter name the operation does not have.
// @ts-expect-error -- the spec's owner-slug is ownerSlug
buildRequest('listContexts', { owner_slug });
// @ts-expect-error -- the wire name is not the parameter's name either
buildRequest('listContexts', { 'owner-slug': owner_slug });
// @ts-expect-error -- getCurrentUser takes no parameters
buildRequest('getCurrentUser', { login: 'octocat' });
// @ts-expect-error -- getCurrentUser takes no body
buildRequest('getCurrentUser', { body: {} });

// A value of the wrong type, or a missing required one.
// @ts-expect-error -- a job number is a number or its text, never a boolean
buildRequest('getJobDetails', { projectSlug, jobNumber: true });
// @ts-expect-error -- jobNumber is required
buildRequest('getJobDetails', { projectSlug });
// @ts-expect-error -- getJobDetails requires params
buildRequest('getJobDetails');
declare const either: 'getCurrentUser' | 'getJobDetails';
// @ts-expect-error -- one of the operations requires params
buildRequest(either);
// @ts-expect-error -- not one of the enum's values
buildRequest('listContexts', { ownerType: 'team' });
// @ts-expect-error -- params are an object
buildRequest('getCurrentUser', 'octocat');
// @ts-expect-error -- a projectSlug or its three segments, not both
buildRequest('getProjectSettings', { projectSlug, provider: 'gh', organization: 'a', project: 'b' });
// @ts-expect-error -- the body's fields are typed too
buildRequest('triggerPipeline', { projectSlug, body: { branch: 42 } });

// Options.
// @ts-expect-error -- no such option
buildRequest('getCurrentUser', {}, { tokn: 'x' });
// @ts-expect-error -- no such auth scheme
buildRequest('getCurrentUser', {}, { auth: 'bearer' });

// The untyped entry point: any operationId and params, checked when called.
expectTypeOf(buildRequestUnchecked).parameter(0).toEqualTypeOf<string>();
expectTypeOf(buildRequestUnchecked).parameter(1).toEqualTypeOf<Readonly<Record<string, unknown>> | undefined>();
expectTypeOf(buildRequestUnchecked(someString, { owner_slug: 1 })).toEqualTypeOf<BuiltRequest>();
const dynamic: OperationId = 'getCurrentUser';
buildRequestUnchecked(dynamic);

// Type tests of createClient, its per-operation methods, request and
// paginate against the built declarations, as a user's TypeScript sees them
// (see build-request.ts).
import {
  createClient,
  type ApiFailure,
  type ApiResponse,
  type CircleCIClient,
  type ClientOptions,
  type OperationData,
  type PageItem,
  type PageIterator,
} from '@circleci-kit/core-client';
import { expectTypeOf } from 'vitest';

declare const someString: string;
declare const flag: boolean;
const projectSlug = 'gh/CircleCI-Public/api-preview-docs';
const owner_slug = 'gh/CircleCI-Public';

// Options: a token that may be undefined is fine under exactOptionalPropertyTypes.
const client = createClient({ token: process.env['CIRCLECI_TOKEN'] });
// The default client throws on failure: CircleCIClient<true>.
expectTypeOf(client).toEqualTypeOf<CircleCIClient>();
expectTypeOf(createClient()).toEqualTypeOf<CircleCIClient>();
expectTypeOf(
  createClient({ baseUrl: process.env['CIRCLECI_URL'], userAgent: undefined }),
).toEqualTypeOf<CircleCIClient>();
const lenient = createClient({ token: process.env['CIRCLECI_TOKEN'], throwOnError: false });
expectTypeOf(lenient).toEqualTypeOf<CircleCIClient<false>>();
expectTypeOf(createClient({ throwOnError: flag })).toEqualTypeOf<CircleCIClient<boolean>>();
declare const options: ClientOptions;
expectTypeOf(createClient(options)).toEqualTypeOf<CircleCIClient<boolean>>();
// @ts-expect-error -- no such option
createClient({ tokn: 'x' });
// @ts-expect-error -- a token is text
createClient({ token: 42 });
// @ts-expect-error -- no such auth scheme
createClient({ auth: 'bearer' });

type Me = OperationData['getCurrentUser'];

export async function methods(): Promise<void> {
  expectTypeOf(await client.getCurrentUser()).toEqualTypeOf<ApiResponse<Me>>();
  expectTypeOf(await lenient.getCurrentUser()).toEqualTypeOf<ApiResponse<Me> | ApiFailure>();
  expectTypeOf((await client.getCurrentUser()).data.login).toEqualTypeOf<string>();
  await client.getCurrentUser(undefined, { timeoutMs: 2000, retry: false });
  await client.getOrgClaims({ orgID: '5034460f-c7c4-4c43-9457-de07e2029e7b' });
  await client.getJobDetails({ projectSlug, jobNumber: 123 });
  await client.listContexts({ ownerSlug: owner_slug });
  // @ts-expect-error -- a job number is a number or its text, never a boolean
  await client.getJobDetails({ projectSlug, jobNumber: true });
  // @ts-expect-error -- the spec's owner-slug is ownerSlug
  await client.listContexts({ owner_slug });
  // @ts-expect-error -- getCurrentUser takes no parameters
  await client.getCurrentUser({ login: 'octocat' });
  // @ts-expect-error -- no such operation
  await client.getNoSuchThing();
  // @ts-expect-error -- methods start lower-case (GetOrgClaims → getOrgClaims)
  await client.GetOrgClaims({ orgID: 'x' });
  // @ts-expect-error -- no such call option
  await client.getCurrentUser(undefined, { timeout: 2000 });
}

export async function request(): Promise<void> {
  expectTypeOf(await client.request('getCurrentUser')).toEqualTypeOf<ApiResponse<Me>>();
  expectTypeOf(await lenient.request('getCurrentUser')).toEqualTypeOf<ApiResponse<Me> | ApiFailure>();
  await client.request('getJobDetails', { projectSlug, jobNumber: '123' }, { timeoutMs: 2000 });
  // @ts-expect-error -- no such operation
  await client.request('getNoSuchThing');
  // @ts-expect-error -- a string known only at run time needs requestUnchecked
  await client.request(someString);
  // @ts-expect-error -- the spec's owner-slug is ownerSlug
  await client.request('listContexts', { owner_slug });
  // @ts-expect-error -- a job number is a number or its text, never a boolean
  await client.request('getJobDetails', { projectSlug, jobNumber: true });
  // @ts-expect-error -- jobNumber is required
  await client.request('getJobDetails', { projectSlug });

  // The untyped entry point: any operationId and params, checked when called.
  expectTypeOf(await client.requestUnchecked(someString, { owner_slug })).toEqualTypeOf<ApiResponse<unknown>>();
  expectTypeOf(await lenient.requestUnchecked(someString)).toEqualTypeOf<ApiResponse<unknown> | ApiFailure>();
}

export async function paginate(): Promise<void> {
  for await (const pipeline of client.paginate('listPipelinesForProject', { projectSlug }, { maxItems: 3 })) {
    expectTypeOf(pipeline.number).toEqualTypeOf<number>();
  }
  expectTypeOf(client.paginate('listContexts', { ownerSlug: owner_slug })).toEqualTypeOf<
    PageIterator<PageItem<'listContexts'>>
  >();
  expectTypeOf(client.paginate('listContexts')).toEqualTypeOf<PageIterator<PageItem<'listContexts'>>>();
  // @ts-expect-error -- getCurrentUser is not paginated
  client.paginate('getCurrentUser');
  // @ts-expect-error -- no such operation
  client.paginate('noSuchList');
  // @ts-expect-error -- a string known only at run time needs paginateUnchecked
  client.paginate(someString);
  // @ts-expect-error -- the spec's owner-slug is ownerSlug
  client.paginate('listContexts', { owner_slug });
  // @ts-expect-error -- no such pagination option
  client.paginate('listContexts', {}, { maxItem: 3 });

  // The untyped entry point.
  expectTypeOf(client.paginateUnchecked(someString, { owner_slug })).toEqualTypeOf<PageIterator<unknown>>();
  await Promise.resolve();
}

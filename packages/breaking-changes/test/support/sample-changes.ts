import type { Change } from '../../src/index.ts';

/** Where the sample changes sit in the old document: the `vcs` property of `GET /pipeline/{pipeline-id}`'s 200 answer. */
export const VCS_POINTER =
  '/paths/~1pipeline~1{pipeline-id}/get/responses/200/content/application~1json/schema/properties/vcs';

/** A change of rule `id` on `GET /pipeline/{pipeline-id}`, at `at` in the old document. */
export function change(id: string, level: Change['level'], at = VCS_POINTER): Change {
  return {
    id,
    level,
    direction: 'response',
    operation: { method: 'GET', path: '/pipeline/{pipeline-id}', operationId: 'getPipelineById' },
    old: at,
    new: null,
    message: `${id} at ${at}`,
    subjects: ['vcs'],
  };
}

/** The rules of the sample changes, as `parseIgnore` wants the known rule ids. */
export const RULE_IDS = ['response-property-removed', 'operation-tags-changed'];

/** An error: `vcs` removed from the answer. */
export const vcsRemoved: Change = change('response-property-removed', 'error');

/** An info: the operation's tags changed. */
export const tagsChanged: Change = change(
  'operation-tags-changed',
  'info',
  '/paths/~1pipeline~1{pipeline-id}/get/tags',
);

/** An error on a webhook (OpenAPI 3.1): `jobDone`, which the API sends, is gone. */
export const webhookRemoved: Change = {
  id: 'webhook-removed',
  level: 'error',
  direction: 'none',
  operation: { method: 'POST', path: '/jobDone', operationId: 'jobDone', webhook: true },
  old: '/webhooks/~1jobDone/post',
  new: null,
  message: 'webhook `/jobDone` (POST) removed: the API no longer sends it',
  subjects: ['/jobDone', 'jobDone'],
};

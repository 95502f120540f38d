/**
 * Policy bundles: a push replaces an owner context's bundle (unless `dry`),
 * answering which policies it created, modified and deleted; the bundle and
 * each policy document read back.
 */
import { notFound, ok, type Handler, type HandlerContext } from './handler.ts';

/** One kept policy document. */
interface Policy {
  name: string;
  content: string;
  created_at: string;
  created_by: string;
}

/** The id of the user `GET /me` describes, who pushes every bundle. */
function userId(context: HandlerContext): string {
  const id = context.catalog.currentUser()['id'];
  return typeof id === 'string' ? id : 'unknown';
}

const bundleKey = (context: HandlerContext): string =>
  `policy-bundle:${String(context.params['ownerID'])}/${String(context.params['context'])}`;

function bundleOf(context: HandlerContext): Record<string, Policy> {
  return (context.state.resources.settings.get(bundleKey(context)) ?? {}) as Record<string, Policy>;
}

/** POST /owner/{ownerID}/context/{context}/policy-bundle */
export const CreatePolicyBundle: Handler = (context) => {
  const before = bundleOf(context);
  const sent = ((context.body ?? {}) as { policies?: Record<string, string> }).policies ?? {};
  const after: Record<string, Policy> = {};
  const created: string[] = [];
  const modified: string[] = [];
  for (const [name, content] of Object.entries(sent)) {
    const known = before[name];
    if (known === undefined) created.push(name);
    else if (known.content !== content) modified.push(name);
    after[name] =
      known?.content === content
        ? known
        : { name, content, created_at: context.state.iso(), created_by: known?.created_by ?? userId(context) };
  }
  const deleted = Object.keys(before).filter((name) => !(name in sent));
  if (context.query['dry'] !== true) context.state.resources.settings.set(bundleKey(context), after);
  return ok(context, { created, modified, deleted });
};

/** GET /owner/{ownerID}/context/{context}/policy-bundle: each policy by name. */
export const GetPolicyBundle: Handler = (context) => {
  const bundle = bundleOf(context);
  const body = Object.fromEntries(Object.entries(bundle).map(([name, policy]) => [name, [policy]]));
  return { status: context.catalog.success(context.operation).status, body };
};

/** GET /owner/{ownerID}/context/{context}/policy-bundle/{policyName} */
export const GetPolicyDocument: Handler = (context) => {
  const policy = bundleOf(context)[String(context.params['policyName'])];
  return policy === undefined ? notFound('Policy') : ok(context, { ...policy });
};

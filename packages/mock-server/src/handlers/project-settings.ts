/**
 * Project environment variables and checkout keys: create, list, get, delete.
 */
import type { CheckoutKeyRecord, EnvVarRecord } from '../state/records.ts';
import { notFound, ok, type Handler, type HandlerContext } from './handler.ts';

const projectOf = (context: HandlerContext) => context.state.project(context.params['project-slug'] as string);

/** CircleCI shows only the last four characters of a value. */
const mask = (value: string): string => `xxxx${value.slice(-4)}`;

const envVarValues = (context: HandlerContext, record: EnvVarRecord) => ({
  name: record.name,
  value: mask(record.value),
  'created-at': context.state.iso(record.createdAt),
});

/** POST /project/{project-slug}/envvar: creates or replaces. */
export const createEnvVar: Handler = (context) => {
  const keys = projectOf(context).envVars;
  const { name = `VARIABLE_${keys.size + 1}`, value = '' } = (context.body ?? {}) as { name?: string; value?: string };
  const record: EnvVarRecord = { name, value, createdAt: context.state.now };
  keys.set(name, record);
  return ok(context, envVarValues(context, record));
};

/** GET /project/{project-slug}/envvar */
export const listEnvVars: Handler = (context) => {
  const items = [...projectOf(context).envVars.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r) => envVarValues(context, r));
  return ok(context, { items, next_page_token: null });
};

/** GET /project/{project-slug}/envvar/{name} */
export const getEnvVar: Handler = (context) => {
  const record = projectOf(context).envVars.get(context.params.name as string);
  return record === undefined ? notFound('Environment variable') : ok(context, envVarValues(context, record));
};

/** DELETE /project/{project-slug}/envvar/{name} */
export const deleteEnvVar: Handler = (context) => {
  const deleted = projectOf(context).envVars.delete(context.params.name as string);
  return deleted ? ok(context, { message: 'Environment variable deleted.' }) : notFound('Environment variable');
};

const keyValues = (context: HandlerContext, record: CheckoutKeyRecord) => ({
  'public-key': record.publicKey,
  type: record.type,
  fingerprint: record.fingerprint,
  preferred: record.preferred,
  'created-at': context.state.iso(record.createdAt),
});

/** POST /project/{project-slug}/checkout-key */
export const createCheckoutKey: Handler = (context) => {
  const { type = 'deploy-key' } = (context.body ?? {}) as { type?: string };
  const { state } = context;
  const bytes = Array.from({ length: 16 }, () => (state.random() & 0xff).toString(16).padStart(2, '0'));
  const keys = projectOf(context).checkoutKeys;
  const record: CheckoutKeyRecord = {
    fingerprint: bytes.join(':'),
    type: type === 'user-key' ? 'github-user-key' : 'deploy-key',
    publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${Buffer.from(bytes.join('')).toString('base64')}`,
    preferred: keys.size === 0,
    createdAt: state.now,
  };
  keys.set(record.fingerprint, record);
  return ok(context, keyValues(context, record));
};

/** GET /project/{project-slug}/checkout-key */
export const listCheckoutKeys: Handler = (context) => {
  const items = [...projectOf(context).checkoutKeys.values()].map((r) => keyValues(context, r));
  return ok(context, { items, next_page_token: null });
};

/** GET /project/{project-slug}/checkout-key/{fingerprint} */
export const getCheckoutKey: Handler = (context) => {
  const record = projectOf(context).checkoutKeys.get(context.params.fingerprint as string);
  return record === undefined ? notFound('Checkout key') : ok(context, keyValues(context, record));
};

/** DELETE /project/{project-slug}/checkout-key/{fingerprint} */
export const deleteCheckoutKey: Handler = (context) => {
  const deleted = projectOf(context).checkoutKeys.delete(context.params.fingerprint as string);
  return deleted ? ok(context, { message: 'Checkout key deleted.' }) : notFound('Checkout key');
};

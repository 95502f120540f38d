/**
 * Builds the HTTP request a pact interaction describes, for a target: the
 * provider-state generators applied, the token put where the placeholder is.
 */
import type { PactInteraction, PactRequest } from '../pact-types.ts';
import { TOKEN_PLACEHOLDER } from '../token-placeholder.ts';

/** A request ready for fetch. */
export interface OutgoingPactRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

/** Replaces `${name}` in an expression with provider-state values (unknown names stay). */
export function expand(expression: string, values: Readonly<Record<string, unknown>>): string {
  return expression.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'string' ? value : JSON.stringify(value);
  });
}

/** The value a generator gives, or `undefined` when it is not a provider-state generator we can fill. */
export function generated(
  generator: { type: string; expression?: string } | undefined,
  values: Readonly<Record<string, unknown>>,
): string | undefined {
  if (generator?.type !== 'ProviderState' || generator.expression === undefined) return undefined;
  const out = expand(generator.expression, values);
  return out.includes('${') ? undefined : out;
}

/** Sets a top-level `$.key` (or `$['key']`) of a JSON object, keeping the value's type when it was a number. */
export function setTopLevel(content: unknown, path: string, value: string): void {
  const key = /^\$\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(path)?.[1] ?? /^\$\['([^']+)'\]$/.exec(path)?.[1];
  if (key === undefined || content === null || typeof content !== 'object' || Array.isArray(content)) return;
  const record = content as Record<string, unknown>;
  record[key] = typeof record[key] === 'number' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

const withToken = (value: string, token: string | undefined): string =>
  token === undefined ? value : value.split(TOKEN_PLACEHOLDER).join(token);

/** Joins the target's base and the pact's path without repeating a shared prefix such as `/api/v2`. */
export function joinUrl(base: string, path: string): string {
  const url = new URL(base);
  const prefix = url.pathname.replace(/\/+$/, '');
  const full = prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`)) ? path : `${prefix}${path}`;
  return `${url.origin}${full}`;
}

/** The request of an interaction for a target, with provider-state values and the token. */
export function pactRequest(
  request: PactRequest,
  base: string,
  values: Readonly<Record<string, unknown>>,
  token: string | undefined,
): OutgoingPactRequest {
  const path = generated(request.generators?.path, values) ?? request.path;
  const query = new URLSearchParams();
  for (const [name, list] of Object.entries(request.query ?? {})) {
    const fromState = generated(request.generators?.query?.[name], values);
    for (const value of Array.isArray(list) ? list : [String(list)])
      query.append(name, withToken(fromState ?? value, token));
  }
  const headers: Record<string, string> = {};
  for (const [name, list] of Object.entries(request.headers ?? {})) {
    const value = (Array.isArray(list) ? list : [String(list)]).join(', ');
    if (name.toLowerCase() === 'authorization' && token !== undefined) {
      const [scheme, encoded] = value.split(/\s+/, 2);
      const decoded = encoded === undefined ? '' : Buffer.from(encoded, 'base64').toString('utf8');
      headers[name] = decoded.includes(TOKEN_PLACEHOLDER)
        ? `${scheme} ${Buffer.from(withToken(decoded, token)).toString('base64')}`
        : value;
    } else headers[name] = withToken(generated(request.generators?.header?.[name], values) ?? value, token);
  }
  let body: string | Uint8Array | undefined;
  if (request.body?.content !== undefined) {
    const { content } = request.body;
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    if (request.body.encoded === 'base64') body = Buffer.from(text, 'base64');
    else if (/json/i.test(request.body.contentType)) {
      const filled = structuredClone(content);
      for (const [bodyPath, generator] of Object.entries(request.generators?.body ?? {})) {
        const value = generated(generator, values);
        if (value !== undefined) setTopLevel(filled, bodyPath, value);
      }
      body = JSON.stringify(filled);
    } else body = text;
    if (!Object.keys(headers).some((n) => n.toLowerCase() === 'content-type'))
      headers['content-type'] = request.body.contentType;
  }
  const search = query.toString();
  return {
    method: request.method.toUpperCase(),
    url: `${joinUrl(base, path)}${search ? `?${search}` : ''}`,
    headers,
    body,
  };
}

/** The expected response body with its provider-state generators applied. */
export function expectedBody(interaction: PactInteraction, values: Readonly<Record<string, unknown>>): unknown {
  const body = interaction.response.body;
  if (body === undefined) return undefined;
  const content = structuredClone(body.content);
  for (const [path, generator] of Object.entries(interaction.response.generators?.body ?? {})) {
    const value = generated(generator, values);
    if (value !== undefined) setTopLevel(content, path, value);
  }
  return content;
}

import type { OperationInput } from '@circleci-kit/schema';
import type { OperationInfo } from '@circleci-kit/spec-loader';

/** A request as `fetch` takes it. */
export interface PlainRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

const SLUGS = new Set(['project-slug', 'org-slug', 'org-slug-or-id']);

function segment(text: string): string {
  const encoded = encodeURIComponent(text);
  return encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '%2E') : encoded;
}

/**
 * Builds a request from generated inputs, independently of any client:
 * slugs keep their slashes, other path values are percent-encoded, arrays
 * in the query are repeated or comma-joined per `explode`.
 */
export function plainRequest(
  base: string,
  operation: OperationInfo,
  input: OperationInput,
  token = 'token',
): PlainRequest {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = String(input.pathParams[name]);
    return SLUGS.has(name) ? value.split('/').map(segment).join('/') : segment(value);
  });
  const query = new URLSearchParams();
  for (const parameter of operation.parameters.query) {
    const value = input.query[parameter.name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (parameter.explode) for (const item of value) query.append(parameter.name, String(item));
      else query.append(parameter.name, value.join(','));
    } else query.append(parameter.name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const headers: Record<string, string> = { 'Circle-Token': token };
  for (const [name, value] of Object.entries(input.headers)) headers[name] = String(value);
  let body: string | undefined;
  if (input.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(input.body);
  }
  const search = query.toString();
  return { method: operation.method.toUpperCase(), url: `${base}${path}${search ? `?${search}` : ''}`, headers, body };
}

/** Sends a plain request and reads the JSON answer. */
export async function send(request: PlainRequest): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

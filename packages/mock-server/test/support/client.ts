/** A JSON body as the tests read it (any field, any depth): the `expect` that reads it checks its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, like `Response.json()`
export type JsonBody = any;

/** A tiny JSON caller for one mock: `call('POST', '/context', body)` → `{ status, body }`. */
export function jsonCaller(base: string, token = 'token') {
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: JsonBody }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Circle-Token': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  };
}

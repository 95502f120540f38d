/**
 * One request through the mock: faults, routing, auth, parameters, body,
 * handler, response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Router } from '@circleci-kit/core-client';
import type { LoadedSpec, OperationInfo } from '@circleci-kit/spec-loader';
import { parseQuery } from './_internals/parse-query.ts';
import { hasBody, readBody, type BodyRead } from './_internals/read-body.ts';
import { authenticate } from './authenticate.ts';
import { corsHeaders, preflight, type CorsPolicy } from './cors.ts';
import { errorBody } from './error-body.ts';
import { decideFault, type FaultRates } from './faults.ts';
import { derivedUuid, hash32 } from './_internals/hash.ts';
import { applyEcho, type IdOf } from './echo/apply-echo.ts';
import { echoBody } from './echo/echo-body.ts';
import { allHandlers } from './handlers/all-handlers.ts';
import type { Handler, HandlerContext, HandlerResult } from './handlers/handler.ts';
import { resourceHandler } from './handlers/resources.ts';
import { deriveResourceModel } from './resources/resource-model.ts';
import { sampleList } from './handlers/sample-list.ts';
import { compilePlan, readParameters, type OperationPlan } from './operation-plan.ts';
import { renderJson, type RenderedResponse, type ResponseCatalog } from './response-catalog.ts';
import type { MockState } from './state/mock-state.ts';

/** A stateless operation's sample, as a fresh body the echo rules can write into (paged when it pages). */
const answerSample: Handler = (context): HandlerResult => {
  if (context.operation.parameters.query.some((p) => p.name === 'page-token')) return sampleList(context);
  const { status, schema } = context.catalog.success(context.operation);
  return { status, body: schema === undefined ? undefined : context.catalog.template(context.operation) };
};

/** Everything a request needs, fixed when the server starts. */
export interface ServerSetup {
  spec: LoadedSpec;
  router: Router;
  catalog: ResponseCatalog;
  state: MockState;
  seed: number;
  tokens: ReadonlySet<string> | undefined;
  faults: FaultRates | undefined;
  latencyMs: number;
  pageSize: number;
  bodyLimit: number;
  /** Cross-origin access for browser pages; none when `undefined`. */
  cors: CorsPolicy | undefined;
}

const BASE = '/api/v2';

const message = (status: number, text: string, extra?: Record<string, string>): RenderedResponse =>
  renderJson(status, { message: text }, extra);

const NOT_FOUND = message(404, 'Not found.');

function send(response: ServerResponse, rendered: RenderedResponse, truncate = false): void {
  response.writeHead(rendered.status, rendered.headers);
  if (!truncate) {
    response.end(rendered.body);
    return;
  }
  response.write(rendered.body.subarray(0, Math.floor(rendered.body.length / 2)), () => response.destroy());
}

/**
 * Builds the request listener of a mock server. Bad input is answered with
 * 4xx and a body that validates against the operation's declared schema for
 * that status ({@link errorBody}: CircleCI's `{"message"}` when none is
 * declared); a 5xx only comes from a fault.
 */
export function createRequestHandler(setup: ServerSetup): (req: IncomingMessage, res: ServerResponse) => void {
  const plans = new Map<string, OperationPlan>();
  const resourceHandlers = new Map<string, Handler>(
    [...deriveResourceModel(setup.spec.operations.values(), new Set(allHandlers.keys()))].map(([id, role]) => [
      id,
      resourceHandler(role),
    ]),
  );
  let sequence = 0;
  const idOf: IdOf = (kind, slug) =>
    setup.state.resources.find(kind, slug)?.id ??
    derivedUuid(setup.seed, hash32(slug), kind === 'project' ? 0xa1 : 0xa2);

  /** An error answer of an operation (`undefined` before routing): its declared error body, or `{"message"}`. */
  const failure = (
    operation: OperationInfo | undefined,
    status: number,
    text: string,
    extra?: Record<string, string>,
  ): RenderedResponse => renderJson(status, errorBody(operation, status, text, setup.catalog.validators), extra);

  const planOf = (operationId: string): OperationPlan => {
    let plan = plans.get(operationId);
    if (plan === undefined) {
      plan = compilePlan(setup.spec, operationId, setup.catalog.validators);
      plans.set(operationId, plan);
    }
    return plan;
  };

  function respond(req: IncomingMessage): RenderedResponse | Promise<RenderedResponse> {
    const url = req.url ?? '/';
    if (!url.startsWith(BASE)) return NOT_FOUND;
    const q = url.indexOf('?');
    let path = q === -1 ? url.slice(BASE.length) : url.slice(BASE.length, q);
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    const match = setup.router.match(req.method ?? 'GET', path);
    if (match.kind === 'not-found') return NOT_FOUND;
    if (match.kind === 'bad-encoding') return message(400, 'malformed percent-encoding in the path');
    if (match.kind === 'method-not-allowed') {
      return message(405, `method ${req.method} not allowed; allowed: ${match.allow.join(', ')}`, {
        allow: match.allow.join(', '),
      });
    }
    const plan = planOf(match.operation.id);
    const query = q === -1 ? undefined : parseQuery(url.slice(q + 1));
    let token = '';
    if (plan.secured) {
      const credentials = authenticate(req.headers, query?.get('circle-token')?.[0]);
      if (credentials === undefined || (setup.tokens !== undefined && !setup.tokens.has(credentials.token))) {
        return failure(plan.operation, 401, 'You must log in first.');
      }
      token = credentials.token;
    }
    const parameters = readParameters(plan, match.path, query, req.headers);
    if (!parameters.ok) return failure(plan.operation, 400, parameters.message);
    const { path: params, query: values } = parameters;
    if (hasBody(req))
      return readBody(req, setup.bodyLimit).then((read) => finish(req, plan, params, values, token, read));
    return finish(req, plan, params, values, token, undefined);
  }

  function finish(
    req: IncomingMessage,
    plan: OperationPlan,
    params: Record<string, unknown>,
    query: Record<string, unknown>,
    token: string,
    read: BodyRead | undefined,
  ): RenderedResponse {
    let body: unknown;
    if (read !== undefined) {
      if (!read.ok)
        return failure(plan.operation, 413, `request body over the limit of ${setup.bodyLimit} bytes`, {
          connection: 'close',
        });
      if (plan.body !== undefined && read.body.length > 0) {
        const type = (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase();
        if (!plan.body.types.includes(type)) {
          return failure(plan.operation, 415, `unsupported content type ${type}; send ${plan.body.types.join(' or ')}`);
        }
        try {
          body = JSON.parse(read.body.toString('utf8'));
        } catch (error) {
          return failure(plan.operation, 400, `malformed JSON body: ${(error as Error).message}`);
        }
      }
    }
    if (plan.body !== undefined) {
      if (body === undefined && plan.body.required)
        return failure(plan.operation, 400, 'missing required request body');
      if (body !== undefined && plan.body.validate !== undefined) {
        const result = plan.body.validate(body);
        if (!result.valid)
          return failure(plan.operation, 400, `invalid request body: ${result.errors[0]?.message ?? 'invalid'}`);
      }
    }
    const operation = plan.operation;
    const handler =
      allHandlers.get(operation.operationId) ??
      resourceHandlers.get(operation.operationId) ??
      (plan.paged || plan.echo.length > 0 || (plan.echoBody !== undefined && body !== undefined)
        ? answerSample
        : undefined);
    if (handler === undefined) return setup.catalog.rendered(operation);
    const context: HandlerContext = {
      operation,
      params,
      query,
      body,
      token,
      state: setup.state,
      catalog: setup.catalog,
      pageSize: setup.pageSize,
      operations: setup.spec.operations,
    };
    const result = handler(context);
    if ('headers' in result) return result;
    if (result.status < 300) {
      applyEcho(result.body, plan.echo, params, query, idOf);
      if (body !== undefined) echoBody(result.body, body, plan.echoBody);
    }
    const text = (result.body as { message?: unknown } | undefined)?.message;
    return result.status >= 400 && typeof text === 'string'
      ? failure(operation, result.status, text)
      : renderJson(result.status, result.body);
  }

  /** The operation a request routes to, for the body of a fault's answer. */
  const routed = (req: IncomingMessage): OperationInfo | undefined => {
    const url = req.url ?? '/';
    if (!url.startsWith(BASE)) return undefined;
    const q = url.indexOf('?');
    const match = setup.router.match(
      req.method ?? 'GET',
      q === -1 ? url.slice(BASE.length) : url.slice(BASE.length, q),
    );
    return match.kind === 'found' ? setup.spec.operations.get(match.operation.id) : undefined;
  };

  return (req, res) => {
    if (setup.cors !== undefined) {
      const answer = preflight(setup.cors, req.method, req.headers);
      if (answer !== undefined) {
        send(res, answer);
        return;
      }
      for (const [name, value] of Object.entries(corsHeaders(setup.cors, req.headers.origin)))
        if (value !== undefined) res.setHeader(name, value);
    }
    const fault =
      setup.faults === undefined ? undefined : decideFault(setup.faults, setup.seed, sequence++, setup.latencyMs);
    const run = (): void => {
      if (fault?.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'rate-limit') {
        send(res, failure(routed(req), 429, 'Rate limit exceeded.', { 'retry-after': '1' }));
        return;
      }
      if (fault?.kind === 'server-error') {
        const status = sequence % 2 === 0 ? 500 : 503;
        send(res, failure(routed(req), status, status === 500 ? 'Internal server error.' : 'Service unavailable.'));
        return;
      }
      const failed = (error: unknown): void =>
        send(res, message(500, `mock server error: ${(error as Error).message}`));
      const done = (rendered: RenderedResponse): void => {
        if (rendered.status === 413) req.resume();
        send(res, rendered, fault?.kind === 'truncate');
      };
      try {
        const rendered = respond(req);
        if (rendered instanceof Promise) rendered.then(done, failed);
        else done(rendered);
      } catch (error) {
        failed(error);
      }
    };
    if (fault !== undefined && fault.delayMs > 0) setTimeout(run, fault.delayMs);
    else run();
  };
}

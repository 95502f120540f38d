/**
 * The check of interactions against one spec, kept to check many: its
 * routes, validators and drawn responses shared by every interaction, and
 * the test of whether another spec's checker would check one alike.
 */
import { createRouter, toOperationTable, type RouteMatch } from '@circleci-kit/core-client';
import { createValidators } from '@circleci-kit/schema';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { PactFile, PactInteraction, PactRequest } from './pact-types.ts';
import { checkSettings, type CheckPactOptions, type CheckSettings, type SpecMismatch } from './spec-mismatch.ts';
import { checkInteraction, type CheckContext } from './_internals/check-interaction.ts';
import { operationsAlike, sameValue } from './_internals/operations-alike.ts';
import { sampleResponses } from './_internals/sample-responses.ts';

/**
 * The check of interactions against one spec that `checkPactAgainstSpec`
 * runs, kept to check many: each distinct request path is routed once, the
 * validators are the spec's, and the responses drawn from a schema are drawn
 * once.
 */
export interface SpecChecker {
  readonly spec: LoadedSpec;
  /** The path of the spec's first server, without a trailing slash: `/api/v2`, or `''` for none. */
  readonly basePath: string;
  /**
   * Where a request goes in the spec, as {@link SpecChecker.check} routes
   * it: `path` is taken as it is, less {@link SpecChecker.basePath} when it
   * starts with it. Each method and path is routed once.
   */
  route(method: string, path: string): RouteMatch;
  /**
   * {@link SpecChecker.route} for a pact request, kept by the request
   * object: the alike test, the check and a caller all asking about one
   * interaction route it once, and look it up without building a key.
   */
  routeOf(request: PactRequest): RouteMatch;
  /**
   * The mismatches of one interaction, `index` being its place in its pact
   * (it makes the pointers). None for an interaction that is not HTTP.
   */
  check(interaction: PactFile['interactions'][number], index: number): SpecMismatch[];
  /**
   * Whether an HTTP interaction gets the same mismatches from this checker
   * and from `other`: both were made with the same options, and its request
   * routes the same way in both specs (found or not, with the same path
   * values), to operations equal in all the check reads of them for it:
   * their identity and route, the response declared for the status it
   * expects (the statuses declared when none is) and, below 400 or at a 400
   * not declared, the parameters and request body (above, only whether the
   * operation takes a JSON body, when it sends one); schemas and all. Then
   * the two checks cannot differ, and one can be left out.
   */
  checksAlike(other: SpecChecker, interaction: PactInteraction): boolean;
}

/** Whether two routes' path parameter values are the same (decoded text, by wire name). */
function samePathValues(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}

/** The options each {@link SpecChecker} was made with, for another's {@link SpecChecker.checksAlike}. */
const settingsOf = new WeakMap<SpecChecker, CheckSettings>();

/** The path of the spec's first server, without a trailing slash (`''` for none). */
function basePath(spec: LoadedSpec): string {
  const servers = (spec.document as { servers?: Array<{ url?: string }> }).servers;
  try {
    return new URL(servers?.[0]?.url ?? '/', 'http://x').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * Makes the check of `checkPactAgainstSpec` for one spec, to run on
 * interactions one at a time, many pacts sharing its routes, validators and
 * drawn responses.
 *
 * @example
 * const checker = createSpecChecker(spec);
 * const mismatches = pact.interactions.flatMap((interaction, index) => checker.check(interaction, index));
 */
export function createSpecChecker(spec: LoadedSpec, options: CheckPactOptions = {}): SpecChecker {
  const settings = checkSettings(options);
  const table = toOperationTable(spec.operations);
  const router = createRouter(Object.values(table));
  const validators = createValidators(spec);
  const prefix = basePath(spec);
  const routes = new Map<string, RouteMatch>();
  const route = (method: string, requestPath: string): RouteMatch => {
    const key = `${method.toUpperCase()}\u0000${requestPath}`;
    let match = routes.get(key);
    if (match === undefined) {
      const path =
        prefix !== '' && requestPath.startsWith(`${prefix}/`) ? requestPath.slice(prefix.length) : requestPath;
      match = router.match(method.toUpperCase(), path);
      routes.set(key, match);
    }
    return match;
  };
  // A request met again (its interaction checked after the alike test) is routed by identity, not by its text.
  const byRequest = new WeakMap<PactRequest, RouteMatch>();
  const routeOf = (request: PactRequest): RouteMatch => {
    let match = byRequest.get(request);
    if (match === undefined) byRequest.set(request, (match = route(request.method, request.path)));
    return match;
  };
  const context: CheckContext = { spec, settings, validators, routeOf, samplesOf: sampleResponses(settings) };
  const sameOperation = operationsAlike();
  // Whether another checker was made with the same options, asked once per checker.
  const sameSettings = new WeakMap<SpecChecker, boolean>();

  const checker: SpecChecker = {
    spec,
    basePath: prefix,
    route,
    check: (interaction, index) => checkInteraction(context, interaction, index),
    routeOf,
    checksAlike(other, interaction) {
      if (other === checker) return true;
      let alikeSettings = sameSettings.get(other);
      if (alikeSettings === undefined) {
        const theirs = settingsOf.get(other);
        alikeSettings = theirs !== undefined && sameValue(settings, theirs, new Map());
        sameSettings.set(other, alikeSettings);
      }
      if (!alikeSettings) return false;
      const { request } = interaction;
      const mine = routeOf(request);
      const their = other.routeOf(request);
      if (mine.kind !== their.kind) return false;
      // Unrouted both ways: the same route mismatch, naming the request and the kind alone.
      if (mine.kind !== 'found' || their.kind !== 'found') return true;
      if (!samePathValues(mine.path, their.path)) return false;
      const [a, b] = [spec.operations.get(mine.operation.id), other.spec.operations.get(their.operation.id)];
      return a !== undefined && b !== undefined && sameOperation(a, b, interaction);
    },
  };
  settingsOf.set(checker, settings);
  return checker;
}

/**
 * The check of interactions against one spec, kept to check many: its
 * routes, validators and drawn responses shared by every interaction, and
 * the test of whether another spec's checker would check one alike.
 */
import { createRouter, toOperationTable, type RouteMatch } from '@circleci-kit/core-client';
import { createValidators } from '@circleci-kit/schema';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { PactFile, PactInteraction } from './pact-types.ts';
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
  const context: CheckContext = { spec, settings, validators, route, samplesOf: sampleResponses(settings) };
  const sameOperation = operationsAlike();

  const checker: SpecChecker = {
    spec,
    basePath: prefix,
    route,
    check: (interaction, index) => checkInteraction(context, interaction, index),
    checksAlike(other, interaction) {
      if (other === checker) return true;
      const theirs = settingsOf.get(other);
      if (theirs === undefined || !sameValue(settings, theirs, new Map())) return false;
      const { request } = interaction;
      const mine = route(request.method, request.path);
      const their = other.route(request.method, request.path);
      if (mine.kind !== their.kind) return false;
      // Unrouted both ways: the same route mismatch, naming the request and the kind alone.
      if (mine.kind !== 'found' || their.kind !== 'found') return true;
      if (!sameValue(mine.path, their.path, new Map())) return false;
      const [a, b] = [spec.operations.get(mine.operation.id), other.spec.operations.get(their.operation.id)];
      return a !== undefined && b !== undefined && sameOperation(a, b, interaction);
    },
  };
  settingsOf.set(checker, settings);
  return checker;
}

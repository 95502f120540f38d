import type { Change } from '@circleci-kit/breaking-changes';
import {
  createSpecChecker,
  isHttpInteraction,
  type LoadedPact,
  type PactFile,
  type PactInteraction,
  type SpecChecker,
} from '@circleci-kit/pact/check-spec';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { brokenInteractions } from './broken-interactions.ts';
import { changeTouches } from './change-touches.ts';
import { interactionRoute, type InteractionRoute } from './interaction-route.ts';

/** What {@link consumerImpact} takes. */
export interface ConsumerImpactInput<C extends Change = Change> {
  oldSpec: LoadedSpec;
  newSpec: LoadedSpec;
  /** The changes `diffSpecs(oldSpec, newSpec)` found (severity overrides and ignores may be applied). */
  changes: readonly C[];
  /** The pacts, read one at a time: an iterable that reads each only when asked keeps one pact in memory at once. */
  pacts: Iterable<LoadedPact>;
}

/** A change with the consumers it reaches. */
export type ChangeWithConsumers<C extends Change = Change> = C & {
  /** The names of the consumers with an interaction the change reaches, sorted. */
  consumers: string[];
  /** The descriptions of those interactions, in pact order. */
  interactions: string[];
};

/** An interaction that held against the old spec and fails against the new one. */
export interface ConsumerFinding {
  consumer: string;
  interaction: string;
  /** Why it fails against the new spec. */
  reason: string;
  /** The ids of the diff's changes on the interaction's operation; empty when none. */
  rules: string[];
  /** True when no change of the diff is on that operation: the rule catalogue missed the break. */
  gap: boolean;
}

/**
 * How a consumer fares: `safe` when no breaking change (a non-ignored
 * `error` or `warn`) reaches it, `affected` when one does but its
 * interactions all still hold against the new spec, `broken` when one fails.
 */
export type ConsumerStatus = 'safe' | 'affected' | 'broken';

/** One consumer's outcome. */
export interface ConsumerSummary {
  consumer: string;
  status: ConsumerStatus;
  /** The ids of the breaking changes that reach it. */
  breakingChanges: string[];
  /** The descriptions of its interactions that fail against the new spec. */
  brokenInteractions: string[];
}

/** What {@link consumerImpact} finds. */
export interface ConsumerImpact<C extends Change = Change> {
  /** The changes, in order, each with the consumers it reaches. */
  changes: Array<ChangeWithConsumers<C>>;
  consumerFindings: ConsumerFinding[];
  /** One entry per consumer name, sorted. */
  consumers: ConsumerSummary[];
}

/** Whether an interaction's route is the change's operation: its route, or the route a moved operation had. */
const sameRoute = (route: InteractionRoute | undefined, change: Change): boolean =>
  route !== undefined &&
  change.operation.webhook !== true &&
  route.method.toUpperCase() === change.operation.method.toUpperCase() &&
  (route.path === change.operation.path || route.path === change.otherPath);

const isBreaking = (change: Change & { ignored?: true }): boolean => change.level !== 'info' && change.ignored !== true;

/** An HTTP interaction of a pact, with where it routes in the old and the new spec. */
interface Call {
  interaction: PactInteraction;
  /** Its index in the pact. */
  index: number;
  routes: Array<InteractionRoute | undefined>;
}

/** The key of a route in an index of calls. */
const routeKey = (method: string, path: string): string => `${method.toUpperCase()}\u0000${path}`;

/** A pact's HTTP interactions, each with its routes, and an index of them by the routes they take (old or new). */
function callsOf(pact: PactFile, checkers: { before: SpecChecker; after: SpecChecker }) {
  const calls: Array<Call | undefined> = [];
  const byRoute = new Map<string, Call[]>();
  for (const [index, raw] of pact.interactions.entries()) {
    if (!isHttpInteraction(raw)) continue;
    const routes = [interactionRoute(checkers.before, raw.request), interactionRoute(checkers.after, raw.request)];
    const call: Call = { interaction: raw, index, routes };
    calls[index] = call;
    const keys = new Set(routes.flatMap((route) => (route === undefined ? [] : [routeKey(route.method, route.path)])));
    for (const key of keys) {
      const list = byRoute.get(key);
      if (list === undefined) byRoute.set(key, [call]);
      else list.push(call);
    }
  }
  /** The calls on a change's operation (its route, or the one it moved from), in pact order. */
  const onOperation = (change: Change): Call[] => {
    if (change.operation.webhook === true) return [];
    const paths = new Set([change.operation.path, change.otherPath].filter((path) => path !== undefined));
    const lists = [...paths].map((path) => byRoute.get(routeKey(change.operation.method, path)) ?? []);
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort((a, b) => a.index - b.index);
  };
  return { calls, onOperation };
}

/**
 * Which consumers (pacts) each change of a diff reaches, which of their
 * interactions the new spec breaks, and how each consumer fares. An
 * interaction is on a change's operation when its request routes there in
 * the old or the new spec; the change reaches it when, besides, it uses the
 * part changed (see `changeTouches`). The breaks are found independently of
 * the rule catalogue: each interaction is checked against both specs as
 * `pact check-spec` does, and a break on an operation with no change is
 * flagged as a gap in the catalogue. The pacts are taken one at a time, in
 * one pass, each indexed by route, with one checker per spec for them all:
 * the cost grows with the pacts' size and the changes' reach, not with
 * their product, and a pact can be dropped once it is done.
 *
 * @example
 * const impact = consumerImpact({ oldSpec, newSpec, changes: diffSpecs(oldSpec, newSpec), pacts: readPacts('pacts') });
 * impact.consumers; // [{ consumer: 'web', status: 'broken', … }]
 */
export function consumerImpact<C extends Change>(input: ConsumerImpactInput<C>): ConsumerImpact<C> {
  const { oldSpec, newSpec, changes } = input;
  const specs = { oldSpec, newSpec };
  const checkers = { before: createSpecChecker(oldSpec), after: createSpecChecker(newSpec) };
  // What each change reaches, pact after pact; its test of an interaction, made when first needed.
  const reached = changes.map(() => ({ consumers: new Set<string>(), interactions: [] as string[] }));
  const touches: Array<((interaction: PactInteraction) => boolean) | undefined> = [];
  const consumerFindings: ConsumerFinding[] = [];
  const names = new Set<string>();
  for (const { pact } of input.pacts) {
    const consumer = pact.consumer.name;
    names.add(consumer);
    const { calls, onOperation } = callsOf(pact, checkers);
    changes.forEach((change, i) => {
      const on = onOperation(change);
      if (on.length === 0) return;
      const test = (touches[i] ??= changeTouches(change, specs));
      for (const call of on) {
        if (!test(call.interaction)) continue;
        reached[i]!.consumers.add(consumer);
        reached[i]!.interactions.push(call.interaction.description);
      }
    });
    for (const broken of brokenInteractions(pact, checkers)) {
      const call = calls[broken.index];
      const rules = [
        ...new Set(changes.filter((change) => call?.routes.some((r) => sameRoute(r, change))).map((c) => c.id)),
      ];
      consumerFindings.push({
        consumer,
        interaction: broken.interaction,
        reason: broken.reason,
        rules,
        gap: rules.length === 0,
      });
    }
  }
  const withConsumers = changes.map((change, i) => ({
    ...change,
    consumers: [...reached[i]!.consumers].sort(),
    interactions: reached[i]!.interactions,
  }));
  const consumers = [...names].sort().map((consumer) => {
    const breakingChanges = [
      ...new Set(withConsumers.filter((c) => isBreaking(c) && c.consumers.includes(consumer)).map((c) => c.id)),
    ];
    const broken = consumerFindings.filter((finding) => finding.consumer === consumer).map((f) => f.interaction);
    const status: ConsumerStatus = broken.length > 0 ? 'broken' : breakingChanges.length > 0 ? 'affected' : 'safe';
    return { consumer, status, breakingChanges, brokenInteractions: broken };
  });
  return { changes: withConsumers, consumerFindings, consumers };
}

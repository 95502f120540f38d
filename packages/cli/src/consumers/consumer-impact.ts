import type { Change } from '@circleci-kit/breaking-changes';
import type { LoadedPact, PactFile, PactInteraction } from '@circleci-kit/pact';
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
  pacts: readonly LoadedPact[];
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

const isHttp = (interaction: PactFile['interactions'][number]): interaction is PactInteraction =>
  interaction.type === 'Synchronous/HTTP' || (interaction.type === undefined && 'request' in interaction);

/** Whether an interaction's route is the change's operation: its route, or the route a moved operation had. */
const sameRoute = (route: InteractionRoute | undefined, change: Change): boolean =>
  route !== undefined &&
  change.operation.webhook !== true &&
  route.method.toUpperCase() === change.operation.method.toUpperCase() &&
  (route.path === change.operation.path || route.path === change.otherPath);

const isBreaking = (change: Change & { ignored?: true }): boolean => change.level !== 'info' && change.ignored !== true;

/**
 * Which consumers (pacts) each change of a diff reaches, which of their
 * interactions the new spec breaks, and how each consumer fares. An
 * interaction is on a change's operation when its request routes there in
 * the old or the new spec; the change reaches it when, besides, it uses the
 * part changed (see `changeTouches`). The breaks are found independently of
 * the rule catalogue: each interaction is checked against both specs as
 * `pact check-spec` does, and a break on an operation with no change is
 * flagged as a gap in the catalogue.
 *
 * @example
 * const impact = consumerImpact({ oldSpec, newSpec, changes: diffSpecs(oldSpec, newSpec), pacts: readPacts('pacts') });
 * impact.consumers; // [{ consumer: 'web', status: 'broken', … }]
 */
export function consumerImpact<C extends Change>(input: ConsumerImpactInput<C>): ConsumerImpact<C> {
  const { oldSpec, newSpec, changes, pacts } = input;
  const calls = pacts.flatMap(({ pact }) =>
    pact.interactions.flatMap((raw, index) => {
      if (!isHttp(raw)) return [];
      const routes = [interactionRoute(oldSpec, raw.request), interactionRoute(newSpec, raw.request)];
      return [{ consumer: pact.consumer.name, pact, index, interaction: raw, routes }];
    }),
  );
  const onOperation = (change: Change) => calls.filter((call) => call.routes.some((route) => sameRoute(route, change)));
  const withConsumers = changes.map((change) => {
    const reached = onOperation(change).filter((call) => changeTouches(change, { oldSpec, newSpec }, call.interaction));
    return {
      ...change,
      consumers: [...new Set(reached.map((call) => call.consumer))].sort(),
      interactions: reached.map((call) => call.interaction.description),
    };
  });
  const consumerFindings = pacts.flatMap(({ pact }) =>
    brokenInteractions(pact, oldSpec, newSpec).map((broken) => {
      const call = calls.find((c) => c.pact === pact && c.index === broken.index);
      const rules = [
        ...new Set(changes.filter((change) => call?.routes.some((r) => sameRoute(r, change))).map((c) => c.id)),
      ];
      return {
        consumer: pact.consumer.name,
        interaction: broken.interaction,
        reason: broken.reason,
        rules,
        gap: rules.length === 0,
      };
    }),
  );
  const names = [...new Set(pacts.map(({ pact }) => pact.consumer.name))].sort();
  const consumers = names.map((consumer) => {
    const breakingChanges = [
      ...new Set(withConsumers.filter((c) => isBreaking(c) && c.consumers.includes(consumer)).map((c) => c.id)),
    ];
    const broken = consumerFindings.filter((finding) => finding.consumer === consumer).map((f) => f.interaction);
    const status: ConsumerStatus = broken.length > 0 ? 'broken' : breakingChanges.length > 0 ? 'affected' : 'safe';
    return { consumer, status, breakingChanges, brokenInteractions: broken };
  });
  return { changes: withConsumers, consumerFindings, consumers };
}

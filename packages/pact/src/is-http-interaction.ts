import type { PactFile, PactInteraction } from './pact-types.ts';

/**
 * Whether an interaction of a pact is an HTTP one: `Synchronous/HTTP`, or a
 * V3 interaction (no `type`) with a request. Only these are verified and
 * checked against a spec.
 *
 * @example
 * pact.interactions.filter(isHttpInteraction);
 */
export function isHttpInteraction(interaction: PactFile['interactions'][number]): interaction is PactInteraction {
  return interaction.type === 'Synchronous/HTTP' || (interaction.type === undefined && 'request' in interaction);
}

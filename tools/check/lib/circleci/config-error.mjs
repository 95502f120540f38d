/**
 * A CircleCI config the local runner cannot run: a feature it does not do (a
 * `machine` executor, an orb, an approval job, …) or a config CircleCI itself
 * would refuse. Its message names the feature and where it is; `pnpm check:ci`
 * prints it and exits 2.
 */
export class ConfigError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * A {@link ConfigError} for a feature the local runner does not support.
 *
 * @param {string} feature e.g. `orbs`, `machine executor`
 * @param {string} where e.g. `jobs.build`
 * @returns {ConfigError}
 * @example
 * throw unsupported('orbs', 'orbs.node'); // "unsupported: orbs (at orbs.node)"
 */
export function unsupported(feature, where) {
  return new ConfigError(`unsupported: ${feature} (at ${where})`);
}

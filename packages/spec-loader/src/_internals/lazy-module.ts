/**
 * A module loaded on its first use and kept: later calls get the same
 * promise without asking the module loader again. An `import()` of a module
 * already loaded is cheap in plain Node, but with loader hooks installed (tsx,
 * test runners) every one is a round trip to the hooks' thread, a cost to
 * every warm load.
 *
 * @example
 * const specCache = lazyModule(() => import('./spec-cache.ts'));
 * const { readCacheEntry } = await specCache();
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

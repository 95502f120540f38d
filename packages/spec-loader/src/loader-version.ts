/**
 * The version of the loader's output format. It is part of every cache key,
 * so a loader that normalizes or indexes differently never reads an older
 * entry. Bump it whenever the cached form or the normalization changes.
 */
export const LOADER_VERSION = '6';

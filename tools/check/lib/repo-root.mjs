import { fileURLToPath } from 'node:url';

/** The repository root (where the root package.json is), with no trailing slash. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

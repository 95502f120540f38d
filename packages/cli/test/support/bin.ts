import { fileURLToPath } from 'node:url';

/** The built binary, `packages/cli/dist/bin.js` (`pnpm build` makes it; `pnpm test` builds first). */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

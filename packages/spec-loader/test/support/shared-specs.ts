import { fileURLToPath } from 'node:url';

/** CircleCI's specs, in the shared folder beside the repository (never copied into it): a `file:` URL ending in `/`. */
export const SPECS_URL: URL = new URL('../../../../../shared/specs/', import.meta.url);

/** The current spec, as JSON (`openapi.yaml` beside it is the same document in YAML). */
export const CURRENT_SPEC: string = fileURLToPath(new URL('current/openapi.json', SPECS_URL));

/** The folder of every published version, `circleci-v2-<date>.json`, ending in `/`. */
export const HISTORY_DIR: string = fileURLToPath(new URL('history/', SPECS_URL));

import type { SpecProblem } from './types.ts';

/**
 * What went wrong while loading a spec:
 *
 * - `PARSE_JSON`, `PARSE_YAML`: the text is not well-formed (with `line`/`column`);
 * - `NOT_OPENAPI`: the value is not an OpenAPI document at all;
 * - `UNSUPPORTED_VERSION`: Swagger 2.0, an OpenAPI version other than 3.0.x and 3.1.x,
 *   or a 3.1 `jsonSchemaDialect` other than the OAS 3.1 default or JSON Schema 2020-12;
 * - `INVALID_DOCUMENT`: the document breaks the OpenAPI 3.0 or 3.1 schema or its rules;
 * - `MISSING_REF`: a `$ref` points at nothing;
 * - `EXTERNAL_REF`: a `$ref` leaves the document and no option allows it;
 * - `DUPLICATE_OPERATION_ID`: two operations share an operationId;
 * - `FETCH_FAILED`: the URL could not be fetched (network, timeout, HTTP error);
 * - `NOT_FOUND`: no file at that path, or a 404 from the URL;
 * - `TOO_DEEP`: objects and arrays nested more than 256 levels deep.
 */
export type SpecErrorCode =
  | 'PARSE_JSON'
  | 'PARSE_YAML'
  | 'NOT_OPENAPI'
  | 'UNSUPPORTED_VERSION'
  | 'INVALID_DOCUMENT'
  | 'MISSING_REF'
  | 'EXTERNAL_REF'
  | 'DUPLICATE_OPERATION_ID'
  | 'FETCH_FAILED'
  | 'NOT_FOUND'
  | 'TOO_DEEP';

/** What a {@link SpecError} is made of. */
export interface SpecErrorInit {
  code: SpecErrorCode;
  /** What is wrong, without the source or the place: the error's `message` starts with those. */
  message: string;
  /** Where the spec came from: a path, a URL (credentials removed), `<string>` or `<object>`. */
  source: string;
  /** JSON pointer of the offending place; `''` for the whole document. @default '' */
  pointer?: string;
  /** 1-based line of a parse error. */
  line?: number;
  /** 1-based column of a parse error. */
  column?: number;
  /** Every problem found, when validation found several. @default this error's own problem, alone */
  problems?: SpecProblem[];
  cause?: unknown;
}

/**
 * The only error `loadSpec` throws. It says what is wrong (`code`), where
 * (`pointer`, and `line`/`column` for parse errors) and in which source.
 *
 * `message` is the one sentence that names the source, then the place, then
 * what is wrong (`openapi.json at /openapi: OpenAPI "3.2.0" is not
 * supported…`): print it as it is. Each of `problems` says what is wrong
 * without the source, with its own `pointer`, `line` and `column`: that is
 * what a list of problems prints beside its own heading. An error of one
 * problem lists that problem, so no caller has to fall back on `message`
 * (and print the source and the place a second time) when it lists them.
 *
 * @example
 * try {
 *   await loadSpec('openapi.json');
 * } catch (error) {
 *   if (!(error instanceof SpecError)) throw error;
 *   console.error(error.message); // openapi.json at /openapi: OpenAPI "3.2.0" is not supported…
 *   for (const problem of error.problems) console.error(problem.code, problem.pointer, problem.message);
 * }
 */
export class SpecError extends Error {
  /** A machine-readable code; see {@link SpecErrorCode}. */
  readonly code: SpecErrorCode;
  /** JSON pointer of the offending place (`''` for the whole document). */
  readonly pointer: string;
  /** Where the spec came from (credentials removed from URLs). */
  readonly source: string;
  /** 1-based line, for parse errors. */
  readonly line: number | undefined;
  /** 1-based column, for parse errors. */
  readonly column: number | undefined;
  /** Every problem found (validation finds all at once), at least this error's own; the first is the one in `message`. */
  readonly problems: SpecProblem[];

  constructor(init: SpecErrorInit) {
    const where = init.line === undefined ? '' : ` (line ${init.line}, column ${init.column ?? 1})`;
    const at = init.pointer ? ` at ${init.pointer}` : '';
    super(`${init.source}${where}${at}: ${init.message}`, init.cause === undefined ? {} : { cause: init.cause });
    this.name = 'SpecError';
    this.code = init.code;
    this.pointer = init.pointer ?? '';
    this.source = init.source;
    this.line = init.line;
    this.column = init.column;
    this.problems = init.problems ?? [
      {
        code: init.code,
        message: init.message,
        pointer: this.pointer,
        ...(init.line === undefined ? {} : { line: init.line }),
        ...(init.column === undefined ? {} : { column: init.column }),
      },
    ];
  }
}

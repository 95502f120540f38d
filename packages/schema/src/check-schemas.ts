/**
 * The self-check of a list of schemas, such as a spec's (see
 * {@link specSchemas}): {@link checkSchema} on each, once per schema object
 * and direction, with what could not be checked and what failed in words.
 */
import { checkSchema } from './check-schema.ts';
import type { Direction, SchemaObject, Validator } from './types.ts';

/** One schema to check: a {@link SpecSchema} or anything shaped like one. */
export interface SchemaToCheck {
  /** A readable name, e.g. `getPipelineById response 200 application/json`. */
  label: string;
  schema: SchemaObject;
  direction: Direction;
}

/** Options of {@link checkSchemas}. */
export interface CheckSchemasOptions<T extends SchemaToCheck> {
  /**
   * Samples drawn per mode and schema.
   * @default 200
   */
  runs?: number;
  /**
   * fast-check seed, so that a failure can be replayed.
   * @default 42
   */
  seed?: number;
  /**
   * The validator to check an entry against (e.g. `createValidators(spec).byKey(entry.key)`).
   * @default compileValidator(entry.schema, { direction: entry.direction })
   */
  validatorFor?: (entry: T) => Validator | undefined;
  /**
   * Failures kept per schema, so that one bad schema does not flood the report.
   * @default 3
   */
  failuresPerSchema?: number;
}

/** What {@link checkSchemas} found. */
export interface CheckSchemasResult {
  /** Schemas checked (a schema object listed again in the same direction is checked once). */
  checked: number;
  /** `<label>: <mode> (<code>)` for each mode that could not run; the reasons are in {@link notCheckedReasons}. */
  notChecked: string[];
  /** `<label>: <mode> mode: <reason>`, in the order of {@link notChecked}. */
  notCheckedReasons: string[];
  /** `<label> [<mode>] <message>: <value, shortened>` for each misjudged sample kept. */
  failures: string[];
  /** Wall time in ms. */
  ms: number;
}

/**
 * Runs {@link checkSchema} on every entry (once per schema object and
 * direction): `runs` valid samples must pass the entry's validator and
 * `runs` invalid samples must fail it at the stated pointer and keyword.
 * Never throws for a schema it cannot sample: it says why in `notChecked`.
 *
 * @example
 * ```ts
 * const validators = createValidators(spec);
 * const result = checkSchemas(specSchemas(spec), { runs: 200, validatorFor: (e) => validators.byKey(e.key) });
 * result.failures; // []
 * ```
 */
export function checkSchemas<T extends SchemaToCheck>(
  entries: Iterable<T>,
  options: CheckSchemasOptions<T> = {},
): CheckSchemasResult {
  const started = performance.now();
  const keep = options.failuresPerSchema ?? 3;
  const done = new Map<SchemaObject, Set<Direction>>();
  const result: CheckSchemasResult = { checked: 0, notChecked: [], notCheckedReasons: [], failures: [], ms: 0 };
  for (const entry of entries) {
    const directions = done.get(entry.schema) ?? new Set<Direction>();
    if (directions.has(entry.direction)) continue;
    done.set(entry.schema, directions.add(entry.direction));
    const validator = options.validatorFor?.(entry);
    const outcome = checkSchema(entry.schema, {
      direction: entry.direction,
      ...(options.runs === undefined ? {} : { runs: options.runs }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(validator === undefined ? {} : { validator }),
    });
    result.checked++;
    for (const note of outcome.notChecked) {
      result.notChecked.push(`${entry.label}: ${note.mode} (${note.code})`);
      result.notCheckedReasons.push(`${entry.label}: ${note.mode} mode: ${note.reason}`);
    }
    for (const failure of outcome.failures.slice(0, keep)) {
      result.failures.push(
        `${entry.label} [${failure.mode}] ${failure.message}: ${JSON.stringify(failure.value).slice(0, 300)}`,
      );
    }
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}

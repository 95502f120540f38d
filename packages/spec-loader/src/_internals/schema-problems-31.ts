import type { SpecProblem } from '../types.ts';
import { validateOpenApi31, type OpenApi31SchemaError } from '../../generated/openapi-v31-validator.ts';
import { appendPointer, resolvePointer } from '../json-pointer.ts';
import { describeSchemaError } from './describe-schema-error.ts';

/** One candidate problem: where, which keyword failed (or stands for the failure), and what to say. */
interface Finding {
  pointer: string;
  keyword: string;
  message: string;
}

const isBelow = (pointer: string, place: string): boolean => pointer.startsWith(`${place}/`);
const isAtOrBelow = (pointer: string, place: string): boolean => pointer === place || isBelow(pointer, place);

/** The JSON type of a value, as `type` names it (`integer` counting as `number`). */
function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * True when an `enum` error is a mismatch of types: no allowed value has the
 * JSON type of the value at its place (an array where names are listed).
 * Such an error is the branch of an `anyOf` the value was not meant for,
 * as a `type` error is.
 */
function isTypeMismatch(error: OpenApi31SchemaError, document: unknown): boolean {
  const allowed = error.params.allowedValues;
  if (!Array.isArray(allowed)) return false;
  const type = jsonType(resolvePointer(document, error.instancePath));
  return !allowed.some((value) => jsonType(value) === type);
}

/** The errors of the inline subschemas of `parent` (a combinator or `propertyNames`): same place, schema path under it. */
function subErrorsOf(parent: OpenApi31SchemaError, errors: readonly OpenApi31SchemaError[]): OpenApi31SchemaError[] {
  return errors.filter(
    (error) =>
      error !== parent &&
      error.instancePath === parent.instancePath &&
      error.schemaPath.startsWith(`${parent.schemaPath}/`),
  );
}

/**
 * Ajv's errors as findings, before any is dropped. An `if` error only says
 * that its `then` or `else` failed, whose own errors say why: it is left
 * out. An `enum` that the value misses by its very type counts as a `type`
 * error (see `isTypeMismatch`). A combinator whose branches only require a
 * property (the document's "paths, components or webhooks", a parameter's
 * "schema or content") becomes one finding naming them all. A
 * `propertyNames` failure becomes one finding at the offending name, not at
 * the object holding it.
 */
function findingsOf(errors: readonly OpenApi31SchemaError[], document: unknown): Finding[] {
  const absorbed = new Set<OpenApi31SchemaError>();
  const replaced = new Map<OpenApi31SchemaError, Finding>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      const branches = subErrorsOf(error, errors);
      if (branches.length === 0 || !branches.every((branch) => branch.keyword === 'required')) continue;
      const names = branches.map((branch) => JSON.stringify(branch.params.missingProperty)).join(', ');
      const howMany = error.keyword === 'anyOf' ? 'at least one' : 'exactly one';
      for (const branch of branches) absorbed.add(branch);
      replaced.set(error, {
        pointer: error.instancePath,
        keyword: 'required',
        message: `needs ${howMany} of ${names}`,
      });
    } else if (error.keyword === 'propertyNames') {
      const name = String(error.params.propertyName);
      const why = subErrorsOf(error, errors);
      for (const sub of why) absorbed.add(sub);
      replaced.set(error, {
        pointer: appendPointer(error.instancePath, name),
        keyword: 'propertyNames',
        message: `the name ${JSON.stringify(name)} ${why.length > 0 ? why.map(describeSchemaError).join('; ') : 'is not allowed'}`,
      });
    }
  }
  return errors.flatMap((error): Finding[] => {
    if (error.keyword === 'if' || absorbed.has(error)) return [];
    const finding = replaced.get(error);
    if (finding) return [finding];
    const keyword = error.keyword === 'enum' && isTypeMismatch(error, document) ? 'type' : error.keyword;
    return [{ pointer: error.instancePath, keyword, message: describeSchemaError(error) }];
  });
}

/** Keeps the findings that `weak` does not pick, and those it picks with no `stronger` finding at or below their place. */
function drop(
  findings: readonly Finding[],
  weak: (finding: Finding) => boolean,
  stronger: (other: Finding, finding: Finding) => boolean,
): Finding[] {
  return findings.filter(
    (finding) =>
      !weak(finding) ||
      !findings.some(
        (other) => other !== finding && isAtOrBelow(other.pointer, finding.pointer) && stronger(other, finding),
      ),
  );
}

const isCombinator = (finding: Finding): boolean => finding.keyword === 'anyOf' || finding.keyword === 'oneOf';

/** Drops every type mismatch after the first at the same place: each says what one branch wanted. */
function firstMismatchPerPlace(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (finding, index) =>
      finding.keyword !== 'type' ||
      !findings.some((other, at) => at < index && other.keyword === 'type' && other.pointer === finding.pointer),
  );
}

/**
 * The problems of a document, from the errors the OpenAPI 3.1 validator gave
 * for it: `INVALID_DOCUMENT`, each with the JSON pointer of the offending
 * value, each mistake once. In turn:
 *
 * 1. `if` errors and the branches of a combinator that only require
 *    properties are folded as `findingsOf` says.
 * 2. An `anyOf`/`oneOf` is dropped when anything else failed at or below its
 *    place: its branches' errors say what. Alone, it stays (a parameter with
 *    both `schema` and `content` passes both branches of its `oneOf`).
 * 3. An unknown property (`unevaluatedProperties`) is dropped when another
 *    error lies at or below its object: a subschema that fails (a
 *    parameter's `style` outside its `in`'s list, a header's `schema` that is
 *    no schema) takes with it the properties it declared, which Ajv then
 *    reports as unevaluated.
 * 4. A type mismatch is the branch of an `anyOf` the value was not meant
 *    for: it is dropped beside another error at or below its place (`type:
 *    "nul"` is not a type name, which says more than "must be array"), and
 *    when every branch mismatched, the first one speaks for all.
 * 5. As for 3.0, an error is dropped when a deeper one exists below it (a
 *    missing property excepted): the deeper one names the mistake.
 */
export function problemsOf31(errors: readonly OpenApi31SchemaError[], document: unknown): SpecProblem[] {
  let findings = findingsOf(errors, document);
  findings = drop(findings, isCombinator, (other) => !isCombinator(other));
  findings = drop(
    findings,
    (finding) => finding.keyword === 'unevaluatedProperties',
    (other, finding) => other.pointer !== finding.pointer || other.keyword !== 'unevaluatedProperties',
  );
  findings = drop(
    findings,
    (finding) => finding.keyword === 'type',
    (other) => other.keyword !== 'type',
  );
  findings = firstMismatchPerPlace(findings);
  findings = drop(
    findings,
    (finding) => finding.keyword !== 'required',
    (other, finding) => isBelow(other.pointer, finding.pointer),
  );
  const seen = new Set<string>();
  const problems: SpecProblem[] = [];
  for (const { pointer, message } of findings) {
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ code: 'INVALID_DOCUMENT', pointer, message });
  }
  return problems;
}

/** Validates a document against the OpenAPI 3.1 schema and returns its problems (see {@link problemsOf31}). */
export function schemaProblems31(document: unknown): SpecProblem[] {
  return validateOpenApi31(document) ? [] : problemsOf31(validateOpenApi31.errors ?? [], document);
}

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { escapePointerToken } from '@circleci-kit/spec-loader/json-pointer';
import { pointerLines } from '@circleci-kit/spec-loader/pointer-lines';
import { LineCounter, parseDocument } from 'yaml';
import type { CiDocument, CiDocumentKind } from './ci-documents.ts';

/** A compiled schema for each kind of CI document. */
export type CiValidators = Readonly<Record<CiDocumentKind, ValidateFunction>>;

// SchemaStore's schemas are valid JSON Schema that Ajv's strict mode refuses: keywords of a type with no
// `type` beside them (`properties` without `type: object`), union types, one-item `items` tuples without
// `minItems`, `required` naming properties defined elsewhere (under `not`, `then`). Those checks are about
// how a schema is written, not what it accepts, and these schemas are not ours to rewrite: so those three
// are off rather than all of `strict`, and unknown keywords and formats stay errors.
const OPTIONS: Options = { allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false };

/**
 * Compiles SchemaStore's schemas, read from their files: CircleCI's (draft-04) with `ajv-draft-04`,
 * GitHub's workflow schema (draft-07) with Ajv; both with `ajv-formats`.
 *
 * @example
 * const schemas = locateCiSchemas();
 * if (schemas.found) validators = compileCiSchemas(schemas.paths);
 */
export function compileCiSchemas(paths: Readonly<Record<CiDocumentKind, string>>): CiValidators {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as object;
  // Both packages are CommonJS whose `module.exports` is the export itself, with `default` beside it.
  const draft04 = new AjvDraft04.default(OPTIONS);
  const draft07 = new Ajv(OPTIONS);
  addFormats.default(draft04);
  addFormats.default(draft07);
  return {
    'circleci-config': draft04.compile(read(paths['circleci-config'])),
    'github-workflow': draft07.compile(read(paths['github-workflow'])),
  };
}

/** What an Ajv error's message leaves out: the property that is not allowed, the values that are. */
function detail(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  if (params.additionalProperty !== undefined) return `: ${params.additionalProperty}`;
  if (params.allowedValues !== undefined)
    return `: ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
  return '';
}

/**
 * What is wrong with a CI document by its schema, one line per problem, each naming the file and line
 * (and, for a snippet, the line its block starts at), then Ajv's `instancePath` and message:
 * `docs/recipes/x.md:61 (the block from line 58): /workflows/build must NOT have additional properties: jobz`.
 * YAML that does not parse is a problem too. A CircleCI config may use `<<` merge keys, as CircleCI reads them.
 *
 * @example
 * ciSchemaProblems({ file: '.circleci/config.yml', line: 1, snippet: false, kind: 'circleci-config', yaml: 'jobs: {}\n' }, validators);
 * // [".circleci/config.yml:1: / must have required property 'version'"]
 */
export function ciSchemaProblems(document: CiDocument, validators: CiValidators): string[] {
  const lines = new LineCounter();
  const parsed = parseDocument(document.yaml, { lineCounter: lines, merge: document.kind === 'circleci-config' });
  const at = (line: number) =>
    `${document.file}:${document.line + line - 1}${document.snippet ? ` (the block from line ${document.line})` : ''}`;
  if (parsed.errors.length > 0)
    return parsed.errors.map(
      (error) => `${at(error.linePos?.[0].line ?? 1)}: does not parse as YAML: ${error.message.split('\n')[0]!}`,
    );
  const validate = validators[document.kind];
  if (validate(parsed.toJS())) return [];
  const { lineOf } = pointerLines(document.yaml);
  const problems = (validate.errors ?? []).map((error) => {
    const property = (error.params as { additionalProperty?: string }).additionalProperty;
    const pointer =
      property === undefined ? error.instancePath : `${error.instancePath}/${escapePointerToken(property)}`;
    const line = lineOf(pointer) ?? 1;
    return `${at(line)}: ${error.instancePath || '/'} ${error.message ?? error.keyword}${detail(error)}`;
  });
  return [...new Set(problems)];
}

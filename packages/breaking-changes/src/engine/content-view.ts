import type { SchemaObject } from '@circleci-kit/spec-loader';

const cache = new WeakMap<SchemaObject, SchemaObject>();

/**
 * The string schema with 3.0's spellings of its content in 3.1's words:
 * `format: byte` is `contentEncoding: base64` and `format: binary` is
 * `contentMediaType: application/octet-stream`, as the OpenAPI 3.1
 * migration notes say. So a document that moved from one spelling to the
 * other shows no change, while a real change of encoding or media type
 * (base64 → raw bytes) is judged by the content rules. The same object
 * when there is nothing to translate; copies are cached per schema.
 *
 * @example
 * contentView({ type: 'string', format: 'byte' }); // { type: 'string', contentEncoding: 'base64' }
 */
export function contentView(schema: SchemaObject): SchemaObject {
  const { format } = schema;
  const byte = format === 'byte' && (schema.contentEncoding ?? 'base64').toLowerCase() === 'base64';
  const binary = format === 'binary' && schema.contentMediaType === undefined;
  if (!byte && !binary) return schema;
  let view = cache.get(schema);
  if (!view) {
    view = { ...schema };
    delete view.format;
    if (byte) view.contentEncoding = 'base64';
    else view.contentMediaType = 'application/octet-stream';
    cache.set(schema, view);
  }
  return view;
}

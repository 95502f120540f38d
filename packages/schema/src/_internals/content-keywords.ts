/**
 * `contentEncoding` and `contentMediaType` as asserting Ajv keywords, in
 * place of Ajv 2020's annotation-only ones (JSON Schema 2020-12, §8.1, lets
 * a validator offer that). What each asserts is in `content.ts`; values it
 * does not know stay annotations. The generated code is self-contained (a
 * regular expression, `atob`, `TextDecoder` and `JSON.parse`), so standalone
 * code needs nothing more than formats.
 */
import { _, str, type Code, type CodeKeywordDefinition, type KeywordCxt } from 'ajv/dist/2020.js';
import { usePattern } from 'ajv/dist/vocabularies/code.js';
import { contentAssertion, contentEncodingOf, type ContentEncoding } from './content.ts';

/** The code that decodes `data`, a string of the encoding, into a binary string (as `decodeContent`). */
function decoded(cxt: KeywordCxt, encoding: ContentEncoding): Code {
  const text = encoding.urlSafe ? _`${cxt.data}.replace(/-/g, "+").replace(/_/g, "/")` : cxt.data;
  return _`atob(${text})`;
}

/** `contentEncoding`: a string of a known encoding must be in its alphabet, of a length it allows. */
export const contentEncodingKeyword: CodeKeywordDefinition = {
  keyword: 'contentEncoding',
  type: 'string',
  schemaType: 'string',
  error: {
    message: ({ schemaCode }) => str`must be ${schemaCode}-encoded`,
    params: ({ schemaCode }) => _`{contentEncoding: ${schemaCode}}`,
  },
  code(cxt) {
    const encoding = contentEncodingOf(cxt.schema);
    if (encoding === undefined) return;
    cxt.pass(_`${usePattern(cxt, encoding.pattern)}.test(${cxt.data})`);
  },
};

/**
 * `contentMediaType`: the content of a string with a JSON media type must be
 * JSON, decoded first when `contentEncoding` names a known encoding. A string
 * that is not in that encoding is left to `contentEncoding`, so that one bad
 * string gives one error.
 */
export const contentMediaTypeKeyword: CodeKeywordDefinition = {
  keyword: 'contentMediaType',
  type: 'string',
  schemaType: 'string',
  error: {
    message: ({ schemaCode }) => str`must be ${schemaCode} content`,
    params: ({ schemaCode }) => _`{contentMediaType: ${schemaCode}}`,
  },
  code(cxt) {
    const { gen, data, parentSchema } = cxt;
    const { encoding, json } = contentAssertion(parentSchema.contentEncoding, cxt.schema);
    if (!json) return;
    const valid = gen.let('valid', true);
    const parse = (text: Code): void => {
      gen.try(
        () => gen.code(_`JSON.parse(${text})`),
        () => gen.assign(valid, false),
      );
    };
    if (encoding === undefined) parse(data);
    else {
      gen.if(_`${usePattern(cxt, encoding.pattern)}.test(${data})`, () =>
        parse(
          _`new TextDecoder("utf-8", {fatal: true}).decode(Uint8Array.from(${decoded(cxt, encoding)}, (c) => c.charCodeAt(0)))`,
        ),
      );
    }
    cxt.pass(valid);
  },
};

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../src/index.ts';
import { CURRENT_SPEC } from './support/shared-specs.ts';

const current = readFileSync(CURRENT_SPEC, 'utf8');

type Doc = Record<string, unknown>;

/** Pointers of every `$ref` in the current spec, in document order. */
function refPointers(node: unknown, pointer = ''): string[] {
  if (typeof node !== 'object' || node === null) return [];
  if (typeof (node as Doc).$ref === 'string') return [pointer];
  return Object.entries(node).flatMap(([key, value]) =>
    refPointers(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
}

function at(document: Doc, pointer: string): Doc {
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, token) => node[token] as Doc, document);
}

const me = '/paths/~1me/get';
const pipeline = '/paths/~1project~1{project-slug}~1pipeline/get';
const refs = refPointers(JSON.parse(current));

/** Malformed documents made from the current spec: what is changed, the code and pointer wanted. */
const mutations: Array<{ given: string; mutate: (d: Doc) => void; code: string; pointer: string }> = [
  { given: 'no openapi field', mutate: (d) => delete d.openapi, code: 'NOT_OPENAPI', pointer: '' },
  { given: 'openapi 2.0', mutate: (d) => (d.openapi = '2.0'), code: 'UNSUPPORTED_VERSION', pointer: '/openapi' },
  { given: 'openapi 3.2.0', mutate: (d) => (d.openapi = '3.2.0'), code: 'UNSUPPORTED_VERSION', pointer: '/openapi' },
  { given: 'openapi as a number', mutate: (d) => (d.openapi = 3), code: 'UNSUPPORTED_VERSION', pointer: '/openapi' },
  {
    given: 'a swagger field',
    mutate: (d) => Object.assign(d, { swagger: '2.0' }),
    code: 'UNSUPPORTED_VERSION',
    pointer: '/swagger',
  },
  { given: 'no info', mutate: (d) => delete d.info, code: 'INVALID_DOCUMENT', pointer: '' },
  { given: 'no paths', mutate: (d) => delete d.paths, code: 'INVALID_DOCUMENT', pointer: '' },
  { given: 'an unknown top-level field', mutate: (d) => (d.foo = 1), code: 'INVALID_DOCUMENT', pointer: '' },
  {
    given: 'a numeric title',
    mutate: (d) => (at(d, '/info').title = 42),
    code: 'INVALID_DOCUMENT',
    pointer: '/info/title',
  },
  {
    given: 'no info version',
    mutate: (d) => delete at(d, '/info').version,
    code: 'INVALID_DOCUMENT',
    pointer: '/info',
  },
  { given: 'a server without url', mutate: (d) => (d.servers = [{}]), code: 'INVALID_DOCUMENT', pointer: '/servers/0' },
  {
    given: 'a path not starting with /',
    mutate: (d) => (at(d, '/paths').me = { get: { responses: { '200': { description: 'ok' } } } }),
    code: 'INVALID_DOCUMENT',
    pointer: '/paths',
  },
  {
    given: 'a duplicate operationId',
    mutate: (d) => (at(d, me).operationId = 'getPipelineById'),
    code: 'DUPLICATE_OPERATION_ID',
    pointer: '/paths/~1pipeline~1{pipeline-id}/get/operationId',
  },
  {
    given: 'a numeric operationId',
    mutate: (d) => (at(d, me).operationId = 7),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/operationId`,
  },
  { given: 'no responses', mutate: (d) => delete at(d, me).responses, code: 'INVALID_DOCUMENT', pointer: me },
  {
    given: 'empty responses',
    mutate: (d) => (at(d, me).responses = {}),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/responses`,
  },
  {
    given: 'a response without description',
    mutate: (d) => delete at(d, `${me}/responses/200`).description,
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/responses/200`,
  },
  {
    given: 'a bad status code',
    mutate: (d) => (at(d, `${me}/responses`).abc = { description: 'x' }),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/responses`,
  },
  {
    given: 'tags as a string',
    mutate: (d) => (at(d, me).tags = 'User'),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/tags`,
  },
  {
    given: 'deprecated as a string',
    mutate: (d) => (at(d, me).deprecated = 'yes'),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/deprecated`,
  },
  {
    given: 'security as an object',
    mutate: (d) => (at(d, me).security = {}),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/security`,
  },
  {
    given: 'a schema type typo',
    mutate: (d) => (at(d, `${me}/responses/200/content/application~1json/schema`).type = 'objekt'),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/responses/200/content/application~1json/schema/type`,
  },
  {
    given: 'nullable as a string',
    mutate: (d) => (at(d, `${me}/responses/200/content/application~1json/schema`).nullable = 'yes'),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/responses/200/content/application~1json/schema/nullable`,
  },
  {
    given: 'an empty required list',
    mutate: (d) => (at(d, `${me}/responses/200/content/application~1json/schema`).required = []),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/responses/200/content/application~1json/schema/required`,
  },
  {
    given: 'a path parameter with required: false',
    mutate: (d) => (at(d, `${pipeline}/parameters/0`).required = false),
    code: 'INVALID_DOCUMENT',
    pointer: `${pipeline}/parameters/0/required`,
  },
  {
    given: 'a parameter in: body',
    mutate: (d) => (at(d, `${pipeline}/parameters/1`).in = 'body'),
    code: 'INVALID_DOCUMENT',
    pointer: `${pipeline}/parameters/1/in`,
  },
  {
    given: 'a parameter without a name',
    mutate: (d) => delete at(d, `${pipeline}/parameters/1`).name,
    code: 'INVALID_DOCUMENT',
    pointer: `${pipeline}/parameters/1`,
  },
  {
    given: 'a placeholder without its parameter',
    mutate: (d) => (at(d, '/paths')['/me/{id}'] = { get: { responses: { '200': { description: 'ok' } } } }),
    code: 'INVALID_DOCUMENT',
    pointer: '/paths/~1me~1{id}/get',
  },
  {
    given: 'a path parameter missing from the template',
    mutate: (d) => (at(d, me).parameters = [{ name: 'x', in: 'path', required: true, schema: { type: 'string' } }]),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/parameters/0`,
  },
  {
    given: 'a request body without content',
    mutate: (d) => (at(d, me).requestBody = { required: true }),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/requestBody`,
  },
  {
    given: 'a security requirement naming scopes as a string',
    mutate: (d) => (at(d, me).security = [{ api_key_header: 'all' }]),
    code: 'INVALID_DOCUMENT',
    pointer: `${me}/security/0/api_key_header`,
  },
  {
    given: 'externalDocs without url',
    mutate: (d) => (d.externalDocs = { description: 'x' }),
    code: 'INVALID_DOCUMENT',
    pointer: '/externalDocs',
  },
  ...[0, 10, 50, 100, refs.length - 1].map((index) => ({
    given: `the $ref #${index} pointing at nothing`,
    mutate: (d: Doc) => (at(d, refs[index]!).$ref = '#/components/schemas/Nowhere'),
    code: 'MISSING_REF',
    pointer: `${refs[index]}/$ref`,
  })),
  {
    given: 'a $ref to another file',
    mutate: (d) => (at(d, refs[3]!).$ref = './other.yaml#/Thing'),
    code: 'EXTERNAL_REF',
    pointer: `${refs[3]}/$ref`,
  },
  {
    given: 'a $ref outside the folder',
    mutate: (d) => (at(d, refs[4]!).$ref = '../../../etc/passwd'),
    code: 'EXTERNAL_REF',
    pointer: `${refs[4]}/$ref`,
  },
  {
    given: 'a $ref to a URL',
    mutate: (d) => (at(d, refs[5]!).$ref = 'http://169.254.169.254/latest/meta-data'),
    code: 'EXTERNAL_REF',
    pointer: `${refs[5]}/$ref`,
  },
];

/** Hand-written malformed documents, as text. */
const texts: Array<{ given: string; text: string; code: string; pointer: string; line?: number }> = [
  { given: 'JSON cut short', text: '{"openapi": "3.0.3", "info": {', code: 'PARSE_JSON', pointer: '', line: 1 },
  { given: 'a JSON trailing comma', text: '{\n"openapi": "3.0.3",\n}', code: 'PARSE_JSON', pointer: '', line: 3 },
  { given: 'single-quoted JSON', text: "{'openapi': '3.0.3'}", code: 'PARSE_JSON', pointer: '', line: 1 },
  {
    given: 'YAML with a tab indent',
    text: 'openapi: 3.0.3\ninfo:\n\ttitle: x\n',
    code: 'PARSE_YAML',
    pointer: '',
    line: 3,
  },
  { given: 'a YAML duplicate key', text: 'openapi: 3.0.3\nopenapi: 3.0.2\n', code: 'PARSE_YAML', pointer: '', line: 2 },
  { given: 'an unclosed YAML flow', text: 'openapi: 3.0.3\npaths: {\n', code: 'PARSE_YAML', pointer: '' },
  { given: 'a JSON array', text: '[{"openapi": "3.0.3"}]', code: 'NOT_OPENAPI', pointer: '' },
  { given: 'a YAML list', text: '- openapi: 3.0.3\n- info: {}\n', code: 'NOT_OPENAPI', pointer: '' },
  {
    given: 'YAML without info',
    text: 'openapi: 3.0.3\npaths: {}\n',
    code: 'INVALID_DOCUMENT',
    pointer: '',
  },
  {
    given: 'a YAML ref to nothing',
    text: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "#/components/responses/Nope"}\n',
    code: 'MISSING_REF',
    pointer: '/paths/~1a/get/responses/200/$ref',
  },
  {
    given: 'Swagger 2.0 in YAML',
    text: 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n',
    code: 'UNSUPPORTED_VERSION',
    pointer: '/swagger',
  },
];

async function failure(source: unknown): Promise<SpecError> {
  try {
    await loadSpec(source as string, { sourceType: 'text' });
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('loaded without an error');
}

describe('the error corpus', () => {
  it('has at least 40 malformed documents', () => {
    expect(mutations.length + texts.length).toBeGreaterThanOrEqual(40);
  });

  it.each(mutations)('$given gives $code at $pointer', async ({ mutate, code, pointer }) => {
    const document = JSON.parse(current);
    mutate(document);
    const error = await failure(JSON.stringify(document));
    expect({ code: error.code, pointer: error.pointer }).toEqual({ code, pointer });
    expect(error.message).toContain(error.source);
  });

  it.each(texts)('$given gives $code at $pointer', async ({ text, code, pointer, line }) => {
    const error = await failure(text);
    expect({ code: error.code, pointer: error.pointer }).toEqual({ code, pointer });
    if (line !== undefined) expect(error.line).toBe(line);
    if (code.startsWith('PARSE_') && line !== undefined) expect(error.column).toBeGreaterThan(0);
  });
});

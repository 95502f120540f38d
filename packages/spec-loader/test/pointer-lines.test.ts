import { describe, expect, it } from 'vitest';
import { pointerLines } from '../src/pointer-lines.ts';

/** Hand-written JSON, one member per line, so that each expected line can be read off the text. */
const TEXT = [
  '{', //                                                   1
  '  "openapi": "3.0.3",', //                               2
  '  "paths": {', //                                        3
  '    "/project/{project-slug}/pipeline": {', //           4
  '      "get": {', //                                      5
  '        "parameters": [', //                             6
  '          { "name": "branch", "in": "query" },', //      7
  '          {', //                                         8
  '            "name": "page-token",', //                   9
  '            "in": "query"', //                           10
  '          }', //                                         11
  '        ],', //                                          12
  '        "responses": {', //                              13
  '          "200": {', //                                  14
  '            "content": {', //                            15
  '              "application/json": {', //                 16
  '                "schema": { "$ref": "#/components/schemas/Pipeline" }', // 17
  '              }', //                                     18
  '            }', //                                       19
  '          }', //                                         20
  '        }', //                                           21
  '      }', //                                             22
  '    },', //                                              23
  '    "/a~b": { "get": {} },', //                          24
  '    "/quote\\"d\\u0041": {}', //                         25
  '  },', //                                                26
  '  "components": {', //                                   27
  '    "schemas": {', //                                    28
  '      "Pipeline": {', //                                 29
  '        "type": "object",', //                           30
  '        "properties": {', //                             31
  '          "id": { "type": "string" },', //               32
  '          "vcs": {', //                                  33
  '            "$ref": "#/components/schemas/Vcs"', //      34
  '          }', //                                         35
  '        }', //                                           36
  '      },', //                                            37
  '      "Vcs": {', //                                      38
  '        "properties": {', //                             39
  '          "branch": { "type": "string" }', //            40
  '        }', //                                           41
  '      },', //                                            42
  '      "Loop": { "$ref": "#/components/schemas/Loop" }', // 43
  '    }', //                                               44
  '  }', //                                                 45
  '}', //                                                   46
].join('\n');

describe('pointerLines', () => {
  const { lineOf } = pointerLines(TEXT);
  it.each([
    { given: '', want: 1 },
    { given: '/openapi', want: 2 },
    { given: '/paths', want: 3 },
    { given: '/paths/~1project~1{project-slug}~1pipeline', want: 4 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get', want: 5 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/parameters', want: 6 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/parameters/0', want: 7 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/parameters/1', want: 8 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/parameters/1/in', want: 10 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/responses/200', want: 14 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/responses/200/content/application~1json', want: 16 },
    // ~0 is `~`, ~1 is `/`, and the key's JSON escapes are read: "\"" and "\u0041".
    { given: '/paths/~1a~0b', want: 24 },
    { given: '/paths/~1a~0b/get', want: 24 },
    { given: '/paths/~1quote"dA', want: 25 },
    // Through a local $ref, as the dereferenced document's pointers go, and a $ref in the component.
    {
      given: '/paths/~1project~1{project-slug}~1pipeline/get/responses/200/content/application~1json/schema',
      want: 17,
    },
    {
      given:
        '/paths/~1project~1{project-slug}~1pipeline/get/responses/200/content/application~1json/schema/properties/id',
      want: 32,
    },
    {
      given:
        '/paths/~1project~1{project-slug}~1pipeline/get/responses/200/content/application~1json/schema/properties/vcs/properties/branch',
      want: 40,
    },
    // Missing places: the deepest place found.
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/parameters/2', want: 6 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/get/parameters/01', want: 6 },
    { given: '/paths/~1project~1{project-slug}~1pipeline/post', want: 4 },
    { given: '/components/schemas/Pipeline/properties/gone', want: 31 },
    { given: '/components/schemas/Loop/properties/x', want: 43 },
    { given: 'paths', want: undefined },
  ])('$given → line $want', ({ given, want }) => {
    expect(lineOf(given)).toBe(want);
  });

  it('counts lines the same in compact, CRLF and BOM-led text', () => {
    const compact = pointerLines('\uFEFF\r\n{"a":{"b":[1,\r\n{"c":true}]}}');
    expect(compact.lineOf('/a/b/0')).toBe(2);
    expect(compact.lineOf('/a/b/1/c')).toBe(3);
  });

  it("gives a member the line of its key, not of its value's start", () => {
    const split = pointerLines('{\n  "a":\n    {\n      "b":\n        [\n          1\n        ]\n    }\n}');
    expect([split.lineOf('/a'), split.lineOf('/a/b'), split.lineOf('/a/b/0')]).toEqual([2, 4, 6]);
  });

  it('finds lines in YAML text as in JSON, through its local $refs', () => {
    const yaml = pointerLines(
      [
        'openapi: 3.0.3', //                                    1
        'paths:', //                                            2
        '  /me:', //                                            3
        '    get:', //                                          4
        '      parameters:', //                                 5
        '        - name: page-token', //                        6
        '          in: query', //                               7
        '      responses:', //                                  8
        "        '200':", //                                    9
        '          content:', //                                10
        '            application/json:', //                     11
        "              schema: { $ref: '#/components/schemas/User' }", // 12
        'components:', //                                       13
        '  schemas:', //                                        14
        '    User:', //                                         15
        '      properties:', //                                 16
        '        login: { type: string }', //                   17
      ].join('\n'),
    );
    const schema = '/paths/~1me/get/responses/200/content/application~1json/schema';
    expect(
      ['', '/paths/~1me', '/paths/~1me/get/parameters/0', '/paths/~1me/get/parameters/0/in', schema].map(yaml.lineOf),
    ).toEqual([1, 3, 6, 7, 12]);
    expect(yaml.lineOf(`${schema}/properties/login`)).toBe(17);
  });

  it.each([
    { given: 'YAML with a syntax error', text: 'openapi: 3.0.3\npaths: {\n' },
    { given: 'truncated JSON', text: '{ "a": [1, 2' },
    { given: 'trailing text', text: '{} {}' },
    { given: 'nesting too deep to walk', text: `${'['.repeat(200_000)}${']'.repeat(200_000)}` },
  ])('gives no line for $given', ({ text }) => {
    expect(pointerLines(text).lineOf('')).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A spec with one operation, `GET /me`, whose 200 response is `schema` (an object or a `$ref`). */
export function specWith(schema: Record<string, unknown>): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'fixture', version: '1' },
    paths: {
      '/me': {
        get: {
          operationId: 'getMe',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
  };
}

/** The user schema of the fixtures; `login` is required and left out by `withLogin: false`. */
export function user(withLogin = true): Record<string, unknown> {
  return {
    type: 'object',
    required: withLogin ? ['id', 'login'] : ['id'],
    properties: { id: { type: 'string' }, ...(withLogin ? { login: { type: 'string' } } : {}) },
  };
}

/** Writes `files` (name → JSON value, or text as is) under a new temporary folder and returns it. */
export function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'breaking-fixture-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/**
 * The fixture pairs, each in its own temporary folder: `old` and `new`
 * paths (absolute) and what a diff of them must do.
 */
export function fixturePairs() {
  const inline = folderWith({ 'old.json': specWith(user()), 'new.json': specWith(user(false)) });
  // The same main file twice: the change is only inside the file it refers to.
  const split = folderWith({
    'old/openapi.json': specWith({ $ref: './user.json' }),
    'old/user.json': user(),
    'new/openapi.json': specWith({ $ref: './user.json' }),
    'new/user.json': user(false),
  });
  const broken = folderWith({
    'old.json': specWith(user()),
    'missing-ref/openapi.json': specWith({ $ref: './no-such-user.json' }),
    'outside-ref/spec/openapi.json': specWith({ $ref: '../shared/user.json' }),
    'outside-ref/shared/user.json': user(false),
    'not-json.json': '{ "openapi": "3.0.3", ',
    'swagger.json': { swagger: '2.0', info: { title: 'old', version: '1' }, paths: {} },
    'missing-local.json': specWith({ $ref: '#/components/schemas/Nobody' }),
  });
  return {
    inline: { old: join(inline, 'old.json'), new: join(inline, 'new.json') },
    split: { old: join(split, 'old/openapi.json'), new: join(split, 'new/openapi.json') },
    good: join(broken, 'old.json'),
    missingRef: join(broken, 'missing-ref/openapi.json'),
    outsideRef: join(broken, 'outside-ref/spec/openapi.json'),
    notJson: join(broken, 'not-json.json'),
    swagger: join(broken, 'swagger.json'),
    missingLocal: join(broken, 'missing-local.json'),
    missingFile: join(broken, 'no-such-spec.json'),
  };
}

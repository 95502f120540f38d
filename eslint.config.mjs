// @ts-check
// `pnpm lint`: typescript-eslint's strict and stylistic type-checked rules over
// the TypeScript of every package and tool, each file typed by its own
// package's tsconfig (the project service), and ESLint's recommended rules
// over the plain .mjs scripts. Every rule turned off or loosened below says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      // Build output (tsc and the bundler): linted as its sources.
      '**/dist/**',
      // Written by `pnpm codegen` (Ajv standalone validators, the typed client's
      // operation tables, the CLI's version): fixed by changing the generator.
      '**/generated/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          // TypeScript files no package tsconfig includes (root config, loose
          // tool scripts and their tests, docs recipes, the tarball consumer
          // fixture): typed with tsconfig.eslint.json's options.
          allowDefaultProject: [
            'vitest.config.ts',
            'docs/recipes/*.ts',
            'tools/check/*.ts',
            'tools/test/*.ts',
            'tools/deno-consumer/*.ts',
            'tools/test/test/*.ts',
            'tools/bundle/test/*.ts',
            'tools/check/test/*.ts',
            'tools/pack-test/fixtures/*.ts',
          ],
          defaultProject: 'tsconfig.eslint.json',
          // typescript-eslint stops at 8 such files by default, as a guard against globs that catch whole
          // packages; these globs name a dozen loose files one by one, so the limit is raised to what they hold.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Named on purpose (most are in the presets too), so they stay on whatever the presets become.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Rest siblings are how a key is left out of a copy (`const { id: _id, ...rest } = record`),
      // and `_` names a loop variable that is only skipped (`for await (const _ of pages)`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_$' }],
      '@typescript-eslint/consistent-type-imports': 'error',

      // The codebase writes `T[]` for simple element types and `Array<...>` for
      // the others (tuples, object literals, unions), as `array-simple` asks.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // Loosened: numbers read plainly in messages (`${count} passed`); every
      // other non-string (undefined, null, objects) is still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Off: with `noUncheckedIndexedAccess`, every indexed read is `T | undefined`;
      // `!` marks the reads the code has just bounded (loop indexes, regex groups
      // that matched, keys checked a line above). A runtime check there never fires.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Loosened: an arrow's shorthand body may be a void call (`(x) => log(x)`).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Loosened: bracket access marks a key read from an index signature (a
      // JSON record, a spec node), which may be absent; dot access is kept for
      // declared properties.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // Loosened: spreading a string splits it into code points, which is what
      // JSON Schema's string lengths count and what the character alphabets here
      // are made of; grapheme clusters are never wanted. Every other misused
      // spread (arrays or promises into objects, ...) is still refused.
      '@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
      // Off: packages build with `isolatedDeclarations`, so exported values and
      // parameters carry their type even where a literal would infer it.
      '@typescript-eslint/no-inferrable-types': 'off',
      // Off for the same reason: a public field or an exported function's
      // parameter says its type (`readonly settings: Map<K, V> = new Map()`),
      // while a local says it on the constructor; neither form fits both.
      '@typescript-eslint/consistent-generic-constructors': 'off',
      // Off: public callbacks may return nothing or a value (`void | T`,
      // `Promise<void | T>`), so a hook written as `(x) => console.log(x)` fits;
      // `undefined` in its place would refuse such hooks.
      '@typescript-eslint/no-invalid-void-type': 'off',
      // Off: no-op callbacks and stubs (a quiet progress reporter, a hook that
      // does nothing) are empty on purpose.
      '@typescript-eslint/no-empty-function': 'off',
      // Off: specs, schemas and stored resources are plain JSON objects, edited
      // by key; a Map in their place would not be JSON.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Loosened as `only-throw-error` is by default: a reason of unknown type
      // (an AbortSignal's reason, a caught error) is passed on as it came;
      // anything else rejected must still be an Error.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // Loosened: `||` on a string treats '' as no value on purpose (an empty
      // environment variable, an empty pointer); other types still want `??`.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  {
    files: ['**/test/**/*.ts'],
    rules: {
      // Off in tests: response bodies and JSON files arrive as `any`
      // (`res.json()`, `JSON.parse`) and the test's `expect` is what checks their
      // shape; a cast to a declared type would claim what the test is there to
      // check. `no-explicit-any` stays on: a test support file that reads JSON
      // names that `any` once (`JsonBody`), with its reason.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/test/readme.test.ts'],
    // Off: a README test runs the README's example code through `new Function`.
    rules: { '@typescript-eslint/no-implied-eval': 'off' },
  },
  {
    // Plain Node scripts (codegen, bundling, check and bench drivers): ESLint's
    // recommended rules, untyped; typing them would need a JS type-check the
    // scripts were not written for.
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);

import { Ajv, type Options } from 'ajv';
import { addFormats } from './formats.ts';

/** The Ajv instance every validator is compiled with: OpenAPI keywords tolerated, formats checked. */
export function createAjv(options: Options = {}): Ajv {
  return addFormats(
    new Ajv({
      strict: false,
      allErrors: false,
      validateFormats: true,
      ...options,
    }),
  );
}

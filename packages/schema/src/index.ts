export { compileJsonSchema, compileValidator, wrapValidateFunction } from './compile-validator.js';
export type { CompileValidatorOptions } from './compile-validator.js';
export { SchemaError } from './schema-error.js';
export type { SchemaErrorCode } from './schema-error.js';
export { toJsonSchema } from './to-json-schema.js';
export type { ToJsonSchemaOptions } from './to-json-schema.js';
export { describeValue, toValidationIssues } from './to-validation-issues.js';
export type * from './types.js';

export type * from './types.ts';
export { loadSpec, type LoadSpecOptions, type SpecSource } from './load-spec.ts';
export { SpecError, type SpecErrorCode, type SpecErrorInit } from './spec-error.ts';
export * from './json-pointer.ts';
export { LOADER_VERSION } from './loader-version.ts';
export { redactUrl as redactSourceUrl } from './_internals/redact-url.ts';
export { walkSchemaSlots, type SchemaSlot } from './_internals/schema-slots.ts';

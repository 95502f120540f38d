export type * from './types.js';
export { loadSpec, type LoadSpecOptions, type SpecSource } from './load-spec.js';
export { SpecError, type SpecErrorCode, type SpecErrorInit } from './spec-error.js';
export * from './json-pointer.js';
export { LOADER_VERSION } from './loader-version.js';
export { redactUrl as redactSourceUrl } from './_internals/redact-url.js';

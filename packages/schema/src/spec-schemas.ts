import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { Direction, SchemaObject } from './types.ts';

/** One schema of a spec that gets a validator. */
export interface SpecSchema {
  /** `op|param|<in>|<name>`, `op|body|<type>` or `op|response|<status>|<type>`. */
  key: string;
  operationId: string;
  /** A readable name, e.g. `getPipelineById response 200 application/json`. */
  label: string;
  schema: SchemaObject;
  direction: Direction;
}

/** Key of a parameter's validator. */
export const parameterKey = (operationId: string, location: string, name: string): string =>
  `${operationId}|param|${location}|${name}`;
/** Key of a request body's validator. */
export const bodyKey = (operationId: string, contentType: string): string => `${operationId}|body|${contentType}`;
/** Key of a response's validator. */
export const responseKey = (operationId: string, status: string, contentType: string): string =>
  `${operationId}|response|${status}|${contentType}`;

/**
 * Every parameter, request body and response schema of the spec, in spec
 * order, each with its key, a readable label and its direction. These are
 * the schemas {@link createValidators} compiles.
 *
 * @example
 * ```ts
 * for (const entry of specSchemas(spec)) console.log(entry.label); // 'triggerPipeline request body application/json', …
 * ```
 */
export function specSchemas(spec: LoadedSpec): SpecSchema[] {
  const list: SpecSchema[] = [];
  for (const operation of spec.operations.values()) {
    const id = operation.operationId;
    for (const location of ['path', 'query', 'header', 'cookie'] as const) {
      for (const parameter of operation.parameters[location]) {
        list.push({
          key: parameterKey(id, location, parameter.name),
          operationId: id,
          label: `${id} ${location} parameter ${parameter.name}`,
          schema: parameter.schema,
          direction: 'request',
        });
      }
    }
    for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
      if (media.schema) {
        list.push({
          key: bodyKey(id, type),
          operationId: id,
          label: `${id} request body ${type}`,
          schema: media.schema,
          direction: 'request',
        });
      }
    }
    for (const [status, response] of Object.entries(operation.responses)) {
      for (const [type, media] of Object.entries(response.content)) {
        if (media.schema) {
          list.push({
            key: responseKey(id, status, type),
            operationId: id,
            label: `${id} response ${status} ${type}`,
            schema: media.schema,
            direction: 'response',
          });
        }
      }
    }
  }
  return list;
}

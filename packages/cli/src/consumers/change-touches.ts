import type { Change } from '@circleci-kit/breaking-changes';
import type { PactInteraction } from '@circleci-kit/pact/check-spec';
import { parsePointer, resolvePointer, toPointer, type LoadedSpec } from '@circleci-kit/spec-loader';
import { fieldOf, usesResponseField } from './body-field.ts';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The parameter object a pointer names, following one local `$ref`. */
function parameterAt(document: unknown, pointer: string): { name?: unknown; in?: unknown } | undefined {
  const node = resolvePointer(document, pointer) as { $ref?: unknown } | undefined;
  const ref = node?.$ref;
  const target = typeof ref === 'string' && ref.startsWith('#') ? resolvePointer(document, ref.slice(1)) : node;
  return target !== null && typeof target === 'object' ? target : undefined;
}

/** Whether the request sends a parameter (path parameters are always sent by a routed request). */
function sends(request: PactInteraction['request'], parameter: { name?: unknown; in?: unknown }): boolean {
  const name = String(parameter.name);
  if (parameter.in === 'query') return request.query?.[name] !== undefined;
  if (parameter.in === 'header')
    return Object.keys(request.headers ?? {}).some((header) => header.toLowerCase() === name.toLowerCase());
  return parameter.in === 'path';
}

/** Whether a response status of the spec (`200`, `2XX`, `default`) covers the one the interaction expects. */
function coversStatus(declared: string, status: number): boolean {
  const text = String(status);
  return declared === 'default' || declared === text || declared.toUpperCase() === `${text[0]}XX`;
}

/**
 * Whether a change reaches an interaction already known to call the
 * change's operation: by where the change's pointer lies. A parameter
 * counts when the request sends it, the request body when the request has
 * one, a response when the interaction expects its status, and a response
 * body field only when the interaction's example holds it or a matching
 * rule names it. Anything else on the operation (route, security,
 * lifecycle) reaches every interaction calling it. The change's pointer is
 * read once: the test returned is then asked of each interaction.
 *
 * @example
 * const touches = changeTouches(change, { oldSpec, newSpec });
 * touches(interaction); // false for a change to a 404 body when it expects 200
 */
export function changeTouches(
  change: Change,
  specs: { oldSpec: LoadedSpec; newSpec: LoadedSpec },
): (interaction: PactInteraction) => boolean {
  const pointer = change.new ?? change.old;
  const document = (change.new === null ? specs.oldSpec : specs.newSpec).document;
  const tokens = pointer === null ? undefined : parsePointer(pointer);
  const always = (): boolean => true;
  if (tokens?.[0] !== 'paths' || tokens.length < 3) return always;
  // Path-item parameters come before the method: /paths/{route}/parameters/0.
  const at = HTTP_METHODS.has(tokens[2]!) ? 3 : 2;
  const [part, key] = [tokens[at], tokens[at + 1]];
  const rest = tokens.slice(at + 2);
  if (part === 'parameters' && key !== undefined) {
    const parameter = parameterAt(document, toPointer(tokens.slice(0, at + 2)));
    return parameter === undefined ? always : (interaction) => sends(interaction.request, parameter);
  }
  if (part === 'requestBody') return (interaction) => interaction.request.body !== undefined;
  if (part === 'responses' && key !== undefined) {
    if (rest[0] !== 'content' || rest[2] !== 'schema')
      return (interaction) => coversStatus(key, interaction.response.status);
    const field = fieldOf(rest.slice(3));
    return (interaction) => coversStatus(key, interaction.response.status) && usesResponseField(interaction, field);
  }
  return always;
}

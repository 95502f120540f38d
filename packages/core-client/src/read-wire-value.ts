import type { ParameterSpec, ParameterType } from './operation-spec.ts';

const NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;

function readOne(text: string, type: ParameterType | undefined): unknown {
  if ((type === 'integer' || type === 'number') && NUMBER.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if (type === 'object' && text.startsWith('{')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * A parameter's value as a server reads it from the texts the request
 * carried (decoded; one per repeated query parameter): integers, numbers and
 * booleans from their spelling, arrays from repeated values (`explode`) or
 * comma-separated text, a one-or-many parameter's lone value as the item. A
 * text that does not read as the declared type stays text, for a validator
 * to reject. The one reading of wire text in the toolkit: the router, the
 * mock, the conformance checks and the pact checker all use it.
 *
 * @example
 * readWireValue({ type: 'integer', … }, ['42']); // 42
 * readWireValue({ type: 'array', itemType: 'string', explode: true, … }, ['a', 'b']); // ['a', 'b']
 * readWireValue({ type: 'array', itemType: 'string', oneOrMany: true, … }, ['main']); // 'main'
 */
export function readWireValue(parameter: ParameterSpec, texts: readonly string[]): unknown {
  if (parameter.type === 'array') {
    if (parameter.oneOrMany === true && texts.length === 1) return readOne(texts[0]!, parameter.itemType);
    const parts = parameter.explode ? texts : texts.flatMap((text) => (text === '' ? [] : text.split(',')));
    return parts.map((part) => readOne(part, parameter.itemType));
  }
  return readOne(texts[texts.length - 1] ?? '', parameter.type);
}

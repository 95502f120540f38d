import { InvalidArgumentError } from 'commander';

/** The bounds of an integer option, both inclusive. */
export interface IntegerBounds {
  /** @default no lower bound */
  min?: number;
  /** @default no upper bound */
  max?: number;
}

function range({ min, max }: IntegerBounds): string {
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  return max === undefined ? '' : ` of at most ${max}`;
}

/**
 * The parser of an integer option, for commander's `.option(flags,
 * description, parser, default)` (or `Option#argParser`). Every integer
 * option of every command is read with it, and an enum option with
 * commander's `choices`: a bad value ends the command with commander's
 * usage error (code `commander.invalidArgument`, exit 2) naming the option
 * and the value, e.g. `error: option '--port <n>' argument 'eighty' is
 * invalid. Expected an integer between 0 and 65535.`
 *
 * @example
 * command.option('--port <n>', 'the port to listen on', integerOption({ min: 0, max: 65535 }), 0);
 */
export function integerOption(bounds: IntegerBounds = {}): (text: string) => number {
  return (text) => {
    const value = Number(text);
    const { min = -Infinity, max = Infinity } = bounds;
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(`Expected an integer${range(bounds)}.`);
    }
    return value;
  };
}

/**
 * The parser of a comma-separated list option whose items come from a fixed
 * set (`--checks response-schema,stateful`), with the same usage error as
 * {@link integerOption} naming the unknown items and the known ones.
 * Spaces around items and empty items are dropped. The set may be given as
 * a function, called only when the option is parsed: a set that lives in a
 * package the other commands never load.
 *
 * @example
 * command.option('--checks <x,y>', 'only these checks', choiceListOption(CHECK_IDS));
 */
export function choiceListOption<T extends string>(
  choiceSet: readonly T[] | (() => readonly T[]),
): (text: string) => T[] {
  return (text) => {
    const choices = typeof choiceSet === 'function' ? choiceSet() : choiceSet;
    const items = text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const unknown = items.filter((item) => !(choices as readonly string[]).includes(item));
    if (unknown.length > 0) {
      throw new InvalidArgumentError(`Unknown: ${unknown.join(', ')}. Allowed choices are ${choices.join(', ')}.`);
    }
    return items as T[];
  };
}

/**
 * The parser of a `--target` option: `mock` (the embedded mock server) or
 * an http(s) base URL; anything else is commander's usage error (exit 2)
 * naming the value, as for every option (see `integerOption`).
 *
 * @example
 * command.option('--target <mock|url>', 'mock, or the API base of a provider', targetOption);
 * targetOption('https://circleci.com/api/v2'); // 'https://circleci.com/api/v2'
 * targetOption('circleci.com'); // throws InvalidArgumentError
 */
export function targetOption(text: string): string {
  if (text !== 'mock' && !/^https?:\/\/[^/]/i.test(text)) {
    throw new InvalidArgumentError('Expected mock or an http(s) URL.');
  }
  return text;
}

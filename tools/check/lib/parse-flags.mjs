import { parseArgs } from 'node:util';

/**
 * Parses command-line flags with `node:util` `parseArgs`. Options whose
 * default is a number must be positive integers. `--help` prints `usage` and
 * exits 0; a bad flag prints the problem and `usage` and exits 2 (the
 * repository's exit code for usage errors).
 *
 * @param {Record<string, { type: 'string' | 'boolean', default?: string | number | boolean }>} options
 * @param {string} usage the help text
 * @param {string[]} [argv] defaults to `process.argv.slice(2)`
 * @returns {Record<string, any>} the values, numbers parsed
 * @example
 * const flags = parseFlags({ runs: { type: 'string', default: 10 } }, 'usage: seeds.mjs [--runs N]');
 */
export function parseFlags(options, usage, argv = process.argv.slice(2)) {
  const fail = (message) => {
    process.stderr.write(`${message}\n\n${usage}\n`);
    process.exit(2);
  };
  let values;
  try {
    const config = Object.fromEntries(Object.entries(options).map(([name, { type }]) => [name, { type }]));
    const args = argv[0] === '--' ? argv.slice(1) : argv; // `pnpm run x -- --flag` passes the `--` on
    ({ values } = parseArgs({ args, options: { ...config, help: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    fail(error.message);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const result = {};
  for (const [name, option] of Object.entries(options)) {
    const value = values[name] ?? option.default;
    if (typeof option.default === 'number') {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) fail(`--${name} must be a positive integer, got ${value}`);
      result[name] = number;
    } else result[name] = value;
  }
  return result;
}

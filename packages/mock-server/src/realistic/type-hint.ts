/**
 * The JSON type a property name suggests, for untyped (`{}`) schemas and
 * for choosing among scalar union branches: `enabled` a boolean, `count` a
 * number, anything else a string.
 */

/** A scalar JSON type. */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

const BOOLEAN =
  /^(is|has|can|should|run|deploy|enable|disable|use|skip|allow)(_|$)|_(enabled|disabled|only|required)$|^(enabled|disabled|preferred|flaky|oss|verify_tls|ssh_rerun|active|success)$/;
const INTEGER =
  /(^|_)(count|number|total|index|size|num|per_hour|parallelism|attempts|runs|ms|secs|seconds|duration)$|^(count|number|total)_/;
const NUMBER = /(^|_)(rate|ratio|score|throughput|percent|percentage)$/;

/**
 * The type a normalized property name suggests.
 *
 * @example
 * typeHint('enabled'); // → 'boolean'
 * typeHint('build_count'); // → 'integer'
 * typeHint('org_id'); // → 'string'
 */
export function typeHint(name: string): ScalarType {
  if (BOOLEAN.test(name)) return 'boolean';
  if (NUMBER.test(name)) return 'number';
  if (INTEGER.test(name)) return 'integer';
  return 'string';
}

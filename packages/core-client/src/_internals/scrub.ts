import { MASK } from '../redact.ts';

/**
 * Replaces every occurrence of the secret in a value (strings deep inside
 * arrays and objects too) with `***`, so an echo of the token in a response
 * body cannot reach an error. Returns the value itself when there is nothing to scrub.
 */
export function scrub<T>(value: T, secret: string | undefined): T {
  if (!secret) return value;
  if (typeof value === 'string') return (value.includes(secret) ? value.split(secret).join(MASK) : value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => scrub(item, secret)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secret)])) as T;
  }
  return value;
}

/**
 * Identifier-like strings for a place: uuids, hex digests, commit shas, SSH
 * fingerprints and keys, opaque tokens. Each depends only on the seed and
 * the place.
 */
import { createRng, uuidFrom } from '../_internals/hash.ts';
import { hashAt, type Place } from './place.ts';

/** A version-4 uuid for this place. */
export function uuidAt(place: Place, salt = 'uuid'): string {
  return uuidFrom(createRng(hashAt(place, salt)));
}

/** `length` lower-case hex digits for this place. */
export function hexAt(place: Place, length: number, salt = 'hex'): string {
  const next = createRng(hashAt(place, salt));
  let out = '';
  while (out.length < length) out += next().toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A git commit sha (40 hex digits). */
export function shaAt(place: Place): string {
  return hexAt(place, 40, 'sha');
}

/** An SSH key fingerprint, e.g. `c5:3e:…` (16 colon-separated bytes). */
export function fingerprintAt(place: Place): string {
  return hexAt(place, 32, 'fingerprint').replace(/(..)(?!$)/g, '$1:');
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` letters and digits for this place. */
export function alphanumericAt(place: Place, length: number, salt = 'token'): string {
  const next = createRng(hashAt(place, salt));
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC.charAt(next() % ALPHANUMERIC.length);
  return out;
}

/** An SSH public key, shortened: `ssh-rsa AAAAB3NzaC1yc2E…`. */
export function publicKeyAt(place: Place): string {
  return `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${alphanumericAt(place, 40, 'public-key')}`;
}

/**
 * CircleCI's short ids: 20 to 22 ASCII letters and digits. They are the
 * base58-style encoding of a 128-bit id (22 characters, fewer when the value is
 * small); the alphabet is all 62 letters and digits because CircleCI's own
 * example (`43G3lM5RtfFE7v5sa4nWAU`) uses `l`, which strict base58 leaves out.
 * Case matters.
 *
 * @example
 * SHORT_ID_PATTERN.test('43G3lM5RtfFE7v5sa4nWAU'); // true
 */
export const SHORT_ID_PATTERN: RegExp = /^[0-9A-Za-z]{20,22}$/;

/**
 * A UUID: 8-4-4-4-12 hexadecimal digits, either case (slugs carry it in lower case).
 *
 * @example
 * UUID_PATTERN.test('5034460f-c7c4-4c43-9457-de07e2029e7b'); // true
 */
export const UUID_PATTERN: RegExp = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value is a CircleCI organization or project id as used in
 * `circleci/<orgId>/<projectId>` slugs: a short id (see {@link SHORT_ID_PATTERN})
 * or a UUID.
 *
 * @example
 * isCircleciId('44n9wujWcTnVZ2b5S8Fnat'); // true
 * isCircleciId('5034460F-C7C4-4C43-9457-DE07E2029E7B'); // true
 * isCircleciId('my-org'); // false
 */
export function isCircleciId(value: unknown): value is string {
  return typeof value === 'string' && (SHORT_ID_PATTERN.test(value) || UUID_PATTERN.test(value));
}

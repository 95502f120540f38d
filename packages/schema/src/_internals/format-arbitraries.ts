/**
 * Valid and near-miss invalid strings for the string formats, at any length
 * the format can have (see `format-lengths.ts`), so that `minLength` and
 * `maxLength` are met by construction rather than by filtering.
 */
import fc from 'fast-check';
import { lengthsWithin, type LengthRange, type StringFormat } from './format-lengths.ts';

const dates = fc.date({
  min: new Date('1970-01-01T00:00:00.000Z'),
  max: new Date('2099-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

/** Lengths offered above the shortest fitting one, when the bounds leave more. */
const LENGTH_SPAN = 32;

const LOWERCASE: string = 'abcdefghijklmnopqrstuvwxyz';
const lowercase = fc.constantFrom(...LOWERCASE);
/** Exactly `length` lowercase letters. */
const letters = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: lowercase, minLength: length, maxLength: length });

/**
 * Valid strings per format, as drawn when no length bound is in the way.
 * Built on first use, like {@link invalidFormatArbitraries}: fast-check does
 * real work to build a `stringMatching` or `webUrl` arbitrary, a cost that
 * a program loading this package only to validate should not pay.
 */
let validArbitraries: Record<StringFormat, fc.Arbitrary<string>> | undefined;
const validFormatArbitraries = (): Record<StringFormat, fc.Arbitrary<string>> =>
  (validArbitraries ??= {
    uuid: fc.uuid(),
    'date-time': dates.map((date) => date.toISOString()),
    date: dates.map((date) => date.toISOString().slice(0, 10)),
    uri: fc.webUrl(),
    email: fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z]{1,10}\.(com|org|io)$/))
      .filter(([local]) => !local.includes('..'))
      .map(([local, domain]) => `${local}@${domain}`),
  });

/** The lengths {@link validFormatArbitraries} draw. */
const usualValidLengths: Record<StringFormat, LengthRange> = {
  uuid: [36, 36],
  'date-time': [24, 24],
  date: [10, 10],
  uri: [11, Infinity],
  email: [7, 27],
};

/** Valid strings of exactly `length` code points, for a length the format can have. */
const validOfLength: Record<StringFormat, (length: number) => fc.Arbitrary<string>> = {
  uuid: (length) => (length === 36 ? fc.uuid() : fc.uuid().map((uuid) => `urn:uuid:${uuid}`)),
  date: () => validFormatArbitraries().date,
  // `YYYY-MM-DDThh:mm:ss`, then `Z` (20), or `.`, length − 21 fraction digits and `Z`.
  'date-time': (length) =>
    dates.map((date) => {
      const iso = date.toISOString();
      const digits = length - 21;
      const fraction = digits < 1 ? '' : `.${iso.slice(20, 23).padEnd(digits, '0').slice(0, digits)}`;
      return `${iso.slice(0, 19)}${fraction}Z`;
    }),
  // `https://<host>.io[/<path>]` from 12 characters; `urn:<letters>` or `a:<letters>` below.
  uri: (length) => {
    if (length < 5) return letters(length - 2).map((rest) => `a:${rest}`);
    if (length < 12) return letters(length - 4).map((rest) => `urn:${rest}`);
    const host = Math.min(length - 11, 16);
    const path = length - 11 - host;
    return fc
      .tuple(letters(host), letters(Math.max(0, path - 1)))
      .map(([name, rest]) => `https://${name}.io${path > 0 ? `/${rest}` : ''}`);
  },
  // `<local>@<host>.<tld>`, the tld `c`, `io` or `com` as the length allows.
  email: (length) => {
    const tld = length >= 7 ? 'com' : length === 6 ? 'io' : 'c';
    const rest = length - 2 - tld.length;
    const local = Math.ceil(rest / 2);
    return fc.tuple(letters(local), letters(rest - local)).map(([name, host]) => `${name}@${host}.${tld}`);
  },
};

/** Up to {@link LENGTH_SPAN} + 1 lengths of the ranges, from the shortest. */
function someLengths(ranges: readonly LengthRange[]): number[] {
  const lengths: number[] = [];
  const first = ranges[0]?.[0] ?? 0;
  for (const [low, high] of ranges) {
    for (let length = low; length <= Math.min(high, first + LENGTH_SPAN); length++) lengths.push(length);
  }
  return lengths;
}

/**
 * Valid strings of `format` with a length in `[minLength, maxLength]`:
 * {@link validFormatArbitraries} when all their lengths fit, else strings
 * built to a fitting length (one of the usual lengths when some fit).
 * `undefined` when no length of the format fits.
 */
export function validFormatArbitrary(
  format: StringFormat,
  minLength: number = 0,
  maxLength: number = Infinity,
): fc.Arbitrary<string> | undefined {
  const [usualLow, usualHigh] = usualValidLengths[format];
  if (usualLow >= minLength && usualHigh <= maxLength) return validFormatArbitraries()[format];
  const usual = lengthsWithin(format, Math.max(minLength, usualLow), Math.min(maxLength, usualHigh));
  const lengths = someLengths(usual.length > 0 ? usual : lengthsWithin(format, minLength, maxLength));
  const ofLength = validOfLength[format];
  const [only] = lengths;
  if (only === undefined) return undefined;
  return lengths.length === 1 ? ofLength(only) : fc.constantFrom(...lengths).chain(ofLength);
}

/** Strings that look close to the format but break it; built on first use. */
let invalidArbitraries: Record<StringFormat, fc.Arbitrary<string>> | undefined;
const invalidFormatArbitraries = (): Record<StringFormat, fc.Arbitrary<string>> =>
  (invalidArbitraries ??= {
    uuid: fc.uuid().map((uuid) => `${uuid.slice(0, -1)}g`),
    'date-time': dates.map((date) => date.toISOString().replace(/^(\d{4})-\d\d-/, '$1-13-')),
    date: dates.map((date) =>
      date
        .toISOString()
        .slice(0, 10)
        .replace(/-\d\d$/, '-32'),
    ),
    uri: fc.stringMatching(/^[a-z]{2,8} [a-z]{2,8}$/),
    email: fc.stringMatching(/^[a-z]{1,8}\.example\.com$/),
  });

/** The lengths {@link invalidFormatArbitraries} draw. */
const usualInvalidLengths: Record<StringFormat, LengthRange> = {
  uuid: [36, 36],
  'date-time': [24, 24],
  date: [10, 10],
  uri: [5, 17],
  email: [13, 20],
};

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);

/**
 * Near misses of `format` with a length in `[minLength, maxLength]`:
 * {@link invalidFormatArbitraries} when all their lengths fit, else those cut
 * or padded with `x` to the fitting lengths nearest theirs. Either way they
 * stay invalid: the length is wrong, or what makes them wrong (a month 13, a
 * day 32, a uuid's `g`, no `:` or `/` in a uri, no `@` in an email) is kept.
 * `undefined` when `minLength > maxLength`.
 */
export function invalidFormatArbitrary(
  format: StringFormat,
  minLength: number = 0,
  maxLength: number = Infinity,
): fc.Arbitrary<string> | undefined {
  const [low, high] = usualInvalidLengths[format];
  const usual = invalidFormatArbitraries()[format];
  if (low >= minLength && high <= maxLength) return usual;
  if (minLength > maxLength) return undefined;
  const lengths = fc.integer({ min: clamp(low, minLength, maxLength), max: clamp(high, minLength, maxLength) });
  return fc
    .tuple(usual, lengths)
    .map(([value, length]) => (value.length >= length ? value.slice(0, length) : value.padEnd(length, 'x')));
}

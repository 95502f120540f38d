/**
 * Valid and near-miss invalid strings for the string formats.
 */
import fc from 'fast-check';

const dates = fc.date({
  min: new Date('1970-01-01T00:00:00.000Z'),
  max: new Date('2099-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

/** Valid strings per format. */
export const validFormatArbitraries: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid(),
  'date-time': dates.map((date) => date.toISOString()),
  date: dates.map((date) => date.toISOString().slice(0, 10)),
  uri: fc.webUrl(),
  email: fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z]{1,10}\.(com|org|io)$/))
    .filter(([local]) => !local.includes('..'))
    .map(([local, domain]) => `${local}@${domain}`),
};

/** Strings that look close to the format but break it. */
export const invalidFormatArbitraries: Record<string, fc.Arbitrary<string>> = {
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
};

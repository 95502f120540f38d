/**
 * The string and number formats the validators check. String formats come
 * from ajv-formats (full mode); the number formats check real ranges.
 */
import type { Ajv2020, Format } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INT64_LIMIT = 2 ** 63;
/** Largest finite IEEE-754 single-precision value. */
export const FLOAT_MAX = 3.4028234663852886e38;

/** `int32`: an integer in [-2^31, 2^31 - 1]. */
export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}

/** `int64`: an integer in [-2^63, 2^63) (as far as a double can tell). */
export function isInt64(value: number): boolean {
  return Number.isInteger(value) && value >= -INT64_LIMIT && value < INT64_LIMIT;
}

/** `float`: a finite number a 32-bit float can hold. */
export function isFloat(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= FLOAT_MAX;
}

/** `double`: a finite number. */
export function isDouble(value: number): boolean {
  return Number.isFinite(value);
}

/** Number formats with their range checks. */
export const numberFormats: Record<'int32' | 'int64' | 'float' | 'double', Format> = {
  int32: { type: 'number', validate: isInt32 },
  int64: { type: 'number', validate: isInt64 },
  float: { type: 'number', validate: isFloat },
  double: { type: 'number', validate: isDouble },
};

/** String formats, as ajv-formats checks them. */
export const stringFormats: Record<'uuid' | 'date-time' | 'date' | 'uri' | 'email', Format> = {
  uuid: fullFormats.uuid,
  'date-time': fullFormats['date-time'],
  date: fullFormats.date,
  uri: fullFormats.uri,
  email: fullFormats.email,
};

/** Every format the validators check, by name. */
export const formats: Record<string, Format> = { ...stringFormats, ...numberFormats };

/** The names of the formats kept by `toJsonSchema`; any other format is an annotation and dropped. */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set(Object.keys(formats));

/** Registers every known format on an Ajv instance. */
export function addFormats(ajv: Ajv2020): Ajv2020 {
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}

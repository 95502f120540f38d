/**
 * Dates near the mock's virtual clock, in a plausible order inside each
 * object: created ≤ queued ≤ started ≤ updated ≤ stopped.
 */
import { CLOCK_START } from '../state/mock-state.ts';
import { hash32 } from '../_internals/hash.ts';
import { hashAt, normalizeName, type Place } from './place.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The gap between two ranks; the jitter within a rank stays below it, so ranks keep their order. */
const RANK_GAP = 10 * MINUTE;

/** The rank of a date by the word before `_at` (or the whole name): lower ranks come first. */
const RANKS: Readonly<Record<string, number>> = {
  created: 0,
  received: 0,
  timestamp: 0,
  queued: 1,
  started: 2,
  start: 2,
  updated: 3,
  deployed: 3,
  stopped: 4,
  finished: 4,
  completed: 4,
  ended: 4,
  end: 4,
};

/** The rank of a date named `key` when nothing more is known (`*_at` names). */
const DEFAULT_RANK = 3;

/**
 * Where a date property comes in the lifecycle of its object, or
 * `undefined` when its name does not say.
 *
 * @example
 * dateRank('created-at'); // → 0
 * dateRank('stopped_at'); // → 4
 * dateRank('window_end'); // → 4
 * dateRank('name'); // → undefined
 */
export function dateRank(key: string): number | undefined {
  const name = normalizeName(key);
  const stem = name.endsWith('_at') ? name.slice(0, -3) : name;
  const word = stem.slice(stem.lastIndexOf('_') + 1);
  return RANKS[word] ?? (name.endsWith('_at') ? DEFAULT_RANK : undefined);
}

/** The path of the list item (or the whole body) a value is in: its dates share one base time. */
function anchorOf(path: string): string {
  const match = /^(.*\/\d+)(?:\/|$)/.exec(path);
  return match?.[1] ?? '';
}

/**
 * The time of a date at this place, in ms: a base time in the two weeks
 * before the clock starts, shared by every date of the same list item (or
 * body), later items a little earlier (lists give the newest first); then
 * the property's rank in ten-minute steps, with jitter inside the step.
 */
export function timeAt(place: Place): number {
  const anchor = anchorOf(place.path);
  const shape = anchor.replace(/\/\d+(?=\/|$)/g, '/*');
  const day = 1 + (hash32(`day|${shape}`, place.seed) % 14);
  const minuteOfDay = hash32(`minute|${anchor}`, place.seed) % (8 * 60);
  const item = Number(/\d+$/.exec(anchor)?.[0] ?? 0);
  const base = CLOCK_START - day * DAY - item * 3 * HOUR + minuteOfDay * MINUTE;
  const rank = dateRank(place.name) ?? DEFAULT_RANK;
  const jitter = (hashAt(place, 'jitter') % (RANK_GAP / 1000 - 60)) * 1000;
  return base + rank * RANK_GAP + jitter + (hashAt(place, 'ms') % 1000);
}

/** An ISO date-time at this place, e.g. `2024-12-28T14:03:12.345Z`. */
export function dateTimeAt(place: Place): string {
  return new Date(timeAt(place)).toISOString();
}

/** An ISO date (`YYYY-MM-DD`) at this place. */
export function dateAt(place: Place): string {
  return dateTimeAt(place).slice(0, 10);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Puts the date-time values of an object in rank order, in place: the
 * values are sorted and dealt back to the ranked keys. Only matters when a
 * value came from a spec example; generated dates are in order already.
 */
export function orderDates(object: Record<string, unknown>): void {
  const keys = Object.keys(object)
    .map((key, at) => ({ key, at, rank: dateRank(key) }))
    .filter(({ key, rank }) => {
      const value = object[key];
      return rank !== undefined && typeof value === 'string' && ISO_DATE_TIME.test(value);
    })
    .sort((a, b) => a.rank! - b.rank! || a.at - b.at);
  if (keys.length < 2) return;
  const values = keys.map(({ key }) => object[key] as string).sort((a, b) => Date.parse(a) - Date.parse(b));
  keys.forEach(({ key }, i) => {
    object[key] = values[i];
  });
}

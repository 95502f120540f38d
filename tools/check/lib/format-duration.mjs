/**
 * A wall time for people: `42.3 s` under a minute, else `4 min 12 s`.
 *
 * @param {number} seconds
 * @returns {string}
 * @example
 * formatDuration(252.4); // '4 min 12 s'
 */
export function formatDuration(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/**
 * The exit codes of the `breaking` commands, for their `--help`. Exit 1
 * means only a change at `--fail-on` or above: a spec that cannot be loaded
 * is 2 or 3, whatever `--fail-on` says.
 *
 * @example
 * command.addHelpText('after', breakingExitCodes('a step has a change at --fail-on or above'));
 */
export function breakingExitCodes(failed = 'a change at --fail-on or above (never with --fail-on never)'): string {
  return [
    'Exit codes:',
    '  0  no change at --fail-on or above',
    `  1  ${failed}; nothing else exits 1`,
    '  2  usage or input error: a bad flag, an unreadable --log, a spec that cannot be loaded',
    "     (unreadable file, invalid document, a $ref to a missing file or outside the spec's folder)",
    '  3  a spec URL could not be reached (network error, timeout, HTTP 404)',
  ].join('\n');
}

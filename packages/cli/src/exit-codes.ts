/**
 * The exit codes of every `circleci-kit` command.
 *
 * - `0` everything held;
 * - `1` a check failed (invalid spec, failed conformance check, breaking change over the threshold);
 * - `2` usage or input error (bad flag, unreadable file, malformed slug);
 * - `3` network or target error (the spec URL or the target could not be reached).
 */
export const ExitCode = {
  ok: 0,
  checkFailed: 1,
  usage: 2,
  target: 3,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

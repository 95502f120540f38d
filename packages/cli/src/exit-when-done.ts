/**
 * Command groups whose commands leave nothing running once `main` returns:
 * everything they start (reads, loads, the diff, cache writes) is awaited.
 * The program itself (`--help`, no command, global options first) is one too.
 */
const ONE_SHOT: ReadonlySet<string> = new Set(['breaking', 'client', 'slug', 'spec']);

/** Whether `argv` runs a one-shot group, or no group at all (its first argument is an option, or missing). */
function isOneShot(argv: readonly string[]): boolean {
  const first = argv[0] ?? '';
  return ONE_SHOT.has(first) || first === '' || first.startsWith('-');
}

/** Resolves once everything written to `stream` so far has been handed to the operating system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => void stream.write('', () => resolve()));
}

/**
 * Ends the process as soon as a one-shot command (see {@link isOneShot}) is
 * done and its output flushed, with the exit code `main` set; any other
 * command (a server, a run against a target) ends the usual way, when
 * nothing is left to run. With global options first, `main` has awaited
 * whatever command followed them.
 *
 * Why: once such a command has returned, all that is left is Node tearing
 * down its environment and freeing a heap that holds two loaded specs, which
 * the operating system reclaims at exit anyway. That took 40 ms or so of a
 * `breaking diff` of two CircleCI specs (about a tenth of the run).
 * `process.exit` still emits `exit`; standard output and error are flushed
 * first, so nothing written is lost, on a pipe as on a file or a terminal.
 *
 * @example
 * process.exitCode = await main(argv);
 * await exitWhenDone(argv);
 */
export async function exitWhenDone(argv: readonly string[]): Promise<void> {
  if (!isOneShot(argv)) return;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}

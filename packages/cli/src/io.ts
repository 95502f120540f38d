/** Where a command reads its environment and writes its output; tests pass their own. */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** The environment variables the command may read. */
  env: Readonly<Record<string, string | undefined>>;
  /** The working directory, for config discovery and relative paths. */
  cwd: string;
  /** Whether standard output is a terminal (progress bars, colour). */
  isTty: boolean;
}

/**
 * Ends the process quietly when the reader of our output goes away (as with
 * `circleci-kit spec ops | head`): EPIPE is not an error of the command.
 */
function exitOnBrokenPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The process's own standard streams, environment and working directory. */
export function processIo(): CliIo {
  exitOnBrokenPipe(process.stdout);
  exitOnBrokenPipe(process.stderr);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    // Node's types say boolean, but a stream that is not a terminal has no isTTY at all.
    isTty: (process.stdout as { isTTY?: boolean }).isTTY === true,
  };
}

/** Prints a value as indented JSON followed by a newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A `--severity` or `--ignore` file that cannot be used: the message names
 * the file and the 1-based line (0 when the whole file is at fault).
 *
 * @example
 * throw new ControlError('severity.txt', 3, 'unknown rule "no-such-rule"');
 * // message: severity.txt:3: unknown rule "no-such-rule"
 */
export class ControlError extends Error {
  /** The file as the caller named it. */
  readonly file: string;
  /** 1-based line, or 0 for the file as a whole. */
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(line > 0 ? `${file}:${line}: ${problem}` : `${file}: ${problem}`);
    this.name = 'ControlError';
    this.file = file;
    this.line = line;
  }
}

/** One meaningful line of a controls file. */
export interface ControlLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line without its `#` comment and surrounding blanks. */
  text: string;
}

/**
 * The lines of a `--severity` or `--ignore` file that say something: a `#`
 * starts a comment (at the start of a line or after a blank), and blank lines
 * are skipped. Line numbers are those of the file.
 *
 * @example
 * controlLines('# levels\noperation-removed: warn\n'); // [{ line: 2, text: 'operation-removed: warn' }]
 */
export function controlLines(text: string): ControlLine[] {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    return content === '' ? [] : [{ line: index + 1, text: content }];
  });
}

/** ANSI styles that are no-ops when colour is off. */
export interface Paint {
  green: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  bold: (text: string) => string;
  dim: (text: string) => string;
}

const style =
  (enabled: boolean, open: number, close: number) =>
  (text: string): string =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/**
 * The styles to colour output with; plain text when `enabled` is false (see `useColor`).
 *
 * @example
 * const { green } = paint(globals.color);
 * io.stdout(`${green('✓')} spec\n`);
 */
export function paint(enabled: boolean): Paint {
  return {
    green: style(enabled, 32, 39),
    red: style(enabled, 31, 39),
    yellow: style(enabled, 33, 39),
    bold: style(enabled, 1, 22),
    dim: style(enabled, 2, 22),
  };
}

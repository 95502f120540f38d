import { LogError } from './log-error.ts';

/**
 * How deeply a log may nest lists and quotes. CircleCI's log nests two
 * levels. The Markdown parser's time grows much faster than the text once
 * lists nest by indentation hundreds deep (250 levels, 60 kB: 0.4 s; 500
 * levels: 3 s; 1,000 levels, 1 MB: 24 s), so a log past the limit is refused
 * before it is parsed.
 */
export const MAX_LOG_NESTING = 64;

/** The list markers (each followed by a space or the end of the line) and quote marks that open the line's containers. */
const CONTAINERS = /^(?:[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)|>))+/;

/** Columns of leading whitespace, a tab to the next multiple of 4 (CommonMark's tab stop). */
function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * Refuses, with `TOO_DEEP` and the line, a log that nests lists or quotes
 * more than {@link MAX_LOG_NESTING} levels. The depth of a line is
 * estimated from its text alone: the containers it opens (`- - > 1.`) plus
 * one level for every two columns of indentation, the least a nested list
 * item needs, so the estimate never falls short of the real depth.
 */
export function checkLogNesting(markdown: string, limit: number = MAX_LOG_NESTING): void {
  const lines = markdown.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    // No character adds more than two levels (a tab: four columns), so a short line cannot nest past the limit.
    if (line.length * 2 <= limit) continue;
    const markers = CONTAINERS.exec(line)?.[0].match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0;
    const depth = markers + Math.floor(indentWidth(line) / 2);
    if (depth > limit) {
      throw new LogError(
        'TOO_DEEP',
        `line ${index + 1} nests lists or quotes about ${depth} levels deep; a breaking-changes log needs a few, and the limit is ${limit}`,
        index + 1,
      );
    }
  }
}

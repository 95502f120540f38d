import { SpecError } from '../spec-error.ts';

/** The format `parseText` chose, by content: JSON when the text starts with `{` or `[`. */
export type TextFormat = 'json' | 'yaml';

/** Tells JSON from YAML by content: JSON text starts (after blanks and a BOM) with `{` or `[`. */
export function detectFormat(text: string): TextFormat {
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function jsonErrorOffset(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/end of JSON input/i.test(message)) return text.length;
  // V8 does not always say where: find the shortest prefix that fails for a
  // reason other than ending early (binary search, about log2(n) parses).
  const endsEarly = (prefix: string): boolean => {
    try {
      JSON.parse(prefix);
      return true;
    } catch (error) {
      const text = (error as Error).message;
      const position = /at position (\d+)/.exec(text);
      return /end of JSON input/i.test(text) || (position !== null && Number(position[1]) >= prefix.length);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (endsEarly(text.slice(0, middle + 1))) low = middle + 1;
    else high = middle;
  }
  return low;
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const { line, column } = lineColumn(text, jsonErrorOffset(text.slice(bom), message) + bom);
    throw new SpecError({ code: 'PARSE_JSON', message: `not valid JSON: ${message}`, source, line, column });
  }
}

/** What {@link parseText} gives: the value, the format it was read as, and a way to read it again. */
export interface ParsedText {
  value: unknown;
  format: TextFormat;
  /**
   * Parses the same text again, synchronously (the YAML parser is loaded by
   * then), to a value equal to `value`: a fresh copy of the document as the
   * text has it, however `value` has been changed since.
   */
  again: () => unknown;
}

/**
 * Parses spec text as JSON or YAML (told apart by content, see
 * {@link detectFormat}). Parse errors become `SpecError`s with line and column;
 * YAML alias bombs are refused. The YAML parser is loaded only for YAML text.
 */
export async function parseText(text: string, source: string): Promise<ParsedText> {
  if (detectFormat(text) === 'json') {
    return { value: parseJson(text, source), format: 'json', again: () => parseJson(text, source) };
  }
  const { parseYaml } = await import('./parse-yaml.ts');
  return { value: parseYaml(text, source), format: 'yaml', again: () => parseYaml(text, source) };
}

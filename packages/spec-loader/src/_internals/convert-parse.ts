import { LineCounter, parseDocument, type Document } from 'yaml';
import { SpecError } from '../spec-error.ts';
import { checkDepth } from './check-depth.ts';
import { detectFormat, parseText, type TextFormat } from './parse-text.ts';

/** The parser's messages that speak of its own API, said in terms of the text. */
const READABLE: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'a key is repeated in one object',
  MULTIPLE_DOCS: 'the text holds more than one YAML document',
};

/** A spec's text read as a syntax tree, and the format it was written in. */
export interface SyntaxTree {
  document: Document.Parsed;
  format: TextFormat;
}

/**
 * Reads spec text into the `yaml` package's syntax tree, which keeps every
 * member's order (`"404"` before `"200"`, which a JavaScript object would
 * not), comments and styles. JSON text (told apart by content, as the
 * loader does) is read by the same parser, JSON being YAML 1.2's flow
 * style, once the loader's own JSON reading has accepted it (YAML would
 * take some text that is not JSON, `{ "a": }` as `a: null`) and found it
 * nested no deeper than the loader allows (`TOO_DEEP`). A key repeated
 * in one object is refused, as is YAML text holding more than one document;
 * errors are `PARSE_JSON` or `PARSE_YAML` with line and column.
 */
export async function parseSyntaxTree(text: string, source: string): Promise<SyntaxTree> {
  const format = detectFormat(text);
  // Refused before the YAML parser sees it: nested too deep, its recursion overflows the stack.
  if (format === 'json') checkDepth((await parseText(text, source)).value, source);
  const code = format === 'json' ? 'PARSE_JSON' : 'PARSE_YAML';
  const kind = format === 'json' ? 'JSON' : 'YAML';
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    // `compat`: strings a YAML 1.1 reader would take for something else (`yes`, `2020-08-21T13:26:29Z`)
    // are quoted when written, so the YAML output reads the same everywhere; the input is read as 1.2.
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, compat: 'yaml-1.1' });
  } catch (error) {
    // The parser reports what is wrong with the text as errors (below); anything it throws is refused too.
    throw new SpecError({ code, message: `not valid ${kind}: ${String(error)}`, source, cause: error });
  }
  const [first] = document.errors;
  if (first !== undefined) {
    const position = lineCounter.linePos(first.pos[0]);
    throw new SpecError({
      code,
      message: `not valid ${kind}: ${READABLE[first.code] ?? first.message.split('\n')[0] ?? ''}`,
      source,
      line: position.line,
      column: position.col,
    });
  }
  return { document, format };
}

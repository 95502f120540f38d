import { LineCounter, parseDocument } from 'yaml';
import { SpecError } from '../spec-error.ts';

/** How many YAML alias expansions a document may make before it is refused as an alias bomb. */
export const MAX_YAML_ALIASES = 1000;

/**
 * Parses YAML text (YAML 1.2, duplicate keys refused). Parse errors become
 * `SpecError`s with line and column; alias bombs are refused. Its own module,
 * loaded only for text that is not JSON, so that JSON never loads `yaml`.
 */
export function parseYaml(text: string, source: string): unknown {
  const lineCounter = new LineCounter();
  let document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    throw new SpecError({ code: 'PARSE_YAML', message: `not valid YAML: ${String(error)}`, source, cause: error });
  }
  const [first] = document.errors;
  if (first) {
    const position = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    throw new SpecError({
      code: 'PARSE_YAML',
      message: `not valid YAML: ${first.message.split('\n')[0]}`,
      source,
      line: position.line,
      column: position.col,
    });
  }
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const message = (error as Error).message;
    if (/excessive alias/i.test(message)) {
      throw new SpecError({
        code: 'PARSE_YAML',
        message: `refused: YAML aliases would expand beyond ${MAX_YAML_ALIASES} nodes (an alias bomb?); ${message}`,
        source,
      });
    }
    throw new SpecError({ code: 'PARSE_YAML', message: `not valid YAML: ${message}`, source, cause: error });
  }
}

/** One `key = value` of a git config, with its section and subsection. */
export interface GitConfigEntry {
  /** Section name, lower case (`remote`). */
  readonly section: string;
  /** Subsection, case kept (`origin` in `[remote "origin"]`), or `undefined`. */
  readonly subsection: string | undefined;
  /** Key, lower case (`url`). */
  readonly key: string;
  /** Value with quotes, escapes and comments resolved; `true` for a bare key. */
  readonly value: string;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', b: '\b', '"': '"', '\\': '\\' };

/**
 * Reads the text of a git config file as git does: `[section]`,
 * `[section "subsection"]` (escapes `\"` and `\\`), the deprecated
 * `[section.subsection]`, `key = value` with `#` and `;` comments, double
 * quotes, backslash escapes and line continuations, keys and section names
 * case-insensitive. Malformed lines are skipped rather than refused: callers
 * look for one value and report its absence.
 */
export function parseGitConfig(text: string): GitConfigEntry[] {
  const entries: GitConfigEntry[] = [];
  let section = '';
  let subsection: string | undefined;
  let pos = 0;
  const source = text.replace(/^\uFEFF/, '');
  while (pos < source.length) {
    const newline = source.indexOf('\n', pos);
    const lineEnd = newline === -1 ? source.length : newline;
    const header = /^[ \t]*\[[ \t]*([A-Za-z0-9.-]+)(?:[ \t]+"((?:[^"\\\n]|\\.)*)")?[ \t]*\]/.exec(
      source.slice(pos, lineEnd),
    );
    if (header !== null) {
      const name = header[1] ?? '';
      const dot = name.indexOf('.');
      section = (dot === -1 ? name : name.slice(0, dot)).toLowerCase();
      subsection =
        header[2] !== undefined
          ? header[2].replace(/\\(.)/g, '$1')
          : dot === -1
            ? undefined
            : name.slice(dot + 1).toLowerCase();
      pos += header[0].length;
      continue;
    }
    const key = /^[ \t]*([A-Za-z][A-Za-z0-9-]*)[ \t]*(=?)/.exec(source.slice(pos, lineEnd));
    if (key === null || section === '') {
      pos = lineEnd + 1;
      continue;
    }
    pos += key[0].length;
    if (key[2] === '') {
      entries.push({ section, subsection, key: (key[1] ?? '').toLowerCase(), value: 'true' });
      pos = lineEnd + 1;
      continue;
    }
    const [value, next] = readValue(source, pos);
    entries.push({ section, subsection, key: (key[1] ?? '').toLowerCase(), value });
    pos = next;
  }
  return entries;
}

/** Reads a value from `pos` to its end of line; returns it and the position after the line. */
function readValue(source: string, start: number): [string, number] {
  let value = '';
  let pendingSpace = '';
  let quoted = false;
  let pos = start;
  while (pos < source.length) {
    const char = source[pos] ?? '';
    if (char === '\n' || (!quoted && (char === '#' || char === ';'))) break;
    pos += 1;
    if (char === '\r' && source[pos] === '\n') continue;
    if (char === '\\') {
      const escaped = source[pos] ?? '';
      pos += 1;
      if (escaped === '\n' || (escaped === '\r' && source[pos] === '\n')) {
        if (escaped === '\r') pos += 1;
        continue;
      }
      value += pendingSpace + (ESCAPES[escaped] ?? escaped);
      pendingSpace = '';
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === ' ' || char === '\t')) {
      if (value !== '') pendingSpace += char;
    } else {
      value += pendingSpace + char;
      pendingSpace = '';
    }
  }
  const lineEnd = source.indexOf('\n', pos);
  return [value, lineEnd === -1 ? source.length : lineEnd + 1];
}

import { SpecError } from '../spec-error.ts';
import { isObject } from './json-pointer.ts';
import { redactUrl } from './redact-url.ts';

/** A source once read: its bytes (file), its text (URL, string) or its value (object), and a printable label. */
export interface ReadSource {
  label: string;
  /** A file's content as read: UTF-8, decoded only when the cache misses. */
  bytes?: Uint8Array;
  text?: string;
  value?: unknown;
  /** The file's folder, for `$ref`s to other files. */
  baseDir?: string;
  /** The path or URL that was read. */
  location?: string;
}

/** What `readSource` needs from the options. */
export interface ReadOptions {
  sourceType?: 'auto' | 'path' | 'url' | 'text';
  cacheDir?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

function kindOf(source: string, sourceType: ReadOptions['sourceType']): 'path' | 'url' | 'text' {
  if (sourceType !== undefined && sourceType !== 'auto') return sourceType;
  if (/^https?:\/\//i.test(source)) return 'url';
  if (/[\r\n]/.test(source) || /^\uFEFF?\s*([{[]|(openapi|swagger)\s*:)/.test(source)) return 'text';
  return 'path';
}

async function readPath(path: string): Promise<ReadSource> {
  const [{ readSpecFile }, nodePath] = await Promise.all([import('./read-file.ts'), import('node:path')]);
  const absolute = nodePath.resolve(path);
  return { label: path, bytes: readSpecFile(absolute), baseDir: nodePath.dirname(absolute), location: absolute };
}

async function readUrl(url: string, options: ReadOptions): Promise<ReadSource> {
  const { fetchSpecText } = await import('./fetch-spec-text.ts');
  return { label: redactUrl(url), text: await fetchSpecText(url, options), location: url };
}

/**
 * Reads a source for `loadSpec`: a `file:` or `http(s):` URL object, a string
 * (a URL, a path or the document's text, see `sourceType`), or a parsed
 * document. Files and URLs are read through modules loaded only when needed.
 */
export async function readSource(source: unknown, options: ReadOptions): Promise<ReadSource> {
  if (source instanceof URL) {
    if (source.protocol === 'file:') {
      const { fileURLToPath } = await import('node:url');
      return readPath(fileURLToPath(source));
    }
    if (source.protocol === 'http:' || source.protocol === 'https:') return readUrl(source.href, options);
    throw new SpecError({
      code: 'FETCH_FAILED',
      message: `unsupported URL protocol ${source.protocol} (use file:, http: or https:)`,
      source: redactUrl(source.href),
    });
  }
  if (typeof source === 'string') {
    const kind = kindOf(source, options.sourceType);
    if (kind === 'text') return { label: '<string>', text: source };
    if (kind === 'url') return readUrl(source, options);
    return readPath(source);
  }
  if (isObject(source)) return { label: '<object>', value: source };
  throw new SpecError({
    code: 'NOT_OPENAPI',
    message: `expected a path, a URL, text or a document object, got ${Array.isArray(source) ? 'an array' : source === null ? 'null' : `a ${typeof source}`}`,
    source: '<value>',
  });
}

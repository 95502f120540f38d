import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options as SwaggerParserOptions } from '@apidevtools/swagger-parser';
import { SpecError } from '../spec-error.ts';
import type { ReadSource } from './read-source.ts';

/** What `bundleExternalRefs` needs from the options. */
export interface BundleOptions {
  allowRemoteRefs?: boolean;
  timeoutMs?: number;
}

function insideFolder(folder: string, url: string): boolean {
  try {
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    return path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
  } catch {
    return false;
  }
}

/**
 * Pulls the files that a spec file's `$ref`s name into the document, through
 * swagger-parser's `bundle` (so only local refs remain). Only files inside the
 * spec file's own folder are read (no path traversal); http(s) refs only with
 * `allowRemoteRefs`, and never to private or local addresses (swagger-parser's
 * `safeUrlResolver`, against SSRF).
 */
export async function bundleExternalRefs(
  document: Record<string, unknown>,
  input: ReadSource,
  options: BundleOptions,
): Promise<Record<string, unknown>> {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  const folder = input.baseDir ?? '';
  const parserOptions: SwaggerParserOptions = {
    resolve: {
      external: true,
      file: { canRead: (file: { url: string }) => insideFolder(folder, file.url) },
      http: options.allowRemoteRefs === true ? { safeUrlResolver: true, timeout: options.timeoutMs ?? 30_000 } : false,
    },
  };
  try {
    // The document is the parsed spec, not yet known to be an OpenAPI document, hence the cast.
    const bundled = await new SwaggerParser().bundle(input.location ?? '', document as never, parserOptions);
    return bundled as unknown as Record<string, unknown>;
  } catch (error) {
    throw new SpecError({
      code: 'EXTERNAL_REF',
      message: `cannot follow an external $ref: ${(error as Error).message} (only files inside ${folder}${options.allowRemoteRefs === true ? ' and public http(s) URLs' : ''} are allowed)`,
      source: input.label,
      cause: error,
    });
  }
}

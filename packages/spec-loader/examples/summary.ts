import { loadSpec, SpecError } from '@circleci-kit/spec-loader';

/** Loads a spec and returns a one-line summary of it (or of why it could not be loaded). */
export async function summary(source: string): Promise<string> {
  try {
    const spec = await loadSpec(source, { mode: 'lenient' });
    const me = spec.operationByRoute('get', '/me');
    return `${spec.info.title} ${spec.info.version}: ${spec.operations.size} operations, GET /me is ${me?.operationId}, fingerprint ${spec.fingerprint.slice(0, 12)}`;
  } catch (error) {
    if (error instanceof SpecError) return `${error.code} at ${error.pointer || '/'}: ${error.message}`;
    throw error;
  }
}

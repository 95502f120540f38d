import type { CheckResult } from '../conformance-report.ts';

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function shorten(text: string, max = 2000): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/**
 * How one failure is printed: the check and operation, the message, the
 * seed, the shrunk input, the response, a curl command with the token
 * replaced by `$CIRCLECI_TOKEN`, and the command that replays it.
 *
 * @example
 * for (const result of report.results) if (result.failure) io.stderr(failureText(result));
 */
export function failureText(result: CheckResult): string {
  const failure = result.failure;
  const lines = [`✗ ${result.operationId} › ${result.check}: ${failure?.message ?? result.reason ?? result.status}`];
  if (failure !== undefined) {
    lines.push(
      `  seed: ${failure.seed} (property seed ${failure.propertySeed}${failure.path ? `, path ${failure.path}` : ''})`,
    );
    if (failure.input !== undefined) lines.push('  input:', indent(shorten(JSON.stringify(failure.input, null, 2))));
    if (failure.response !== undefined) {
      const { status, headers, body } = failure.response;
      lines.push(`  response: ${status} ${headers['content-type'] ?? '(no content type)'}`);
      if (body !== '') lines.push(indent(shorten(body)));
    }
    if (failure.curl !== undefined) lines.push('  curl:', indent(failure.curl));
    lines.push('  replay:', indent(failure.replayCommand));
  }
  return `${lines.join('\n')}\n`;
}

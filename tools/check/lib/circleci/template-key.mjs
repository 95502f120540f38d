import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unsupported } from './config-error.mjs';

const ACTION = /\{\{\s*(.*?)\s*\}\}/g;

/**
 * What a cache key's template reads: how to hash a file, and the values of the
 * job that runs it.
 *
 * @typedef {object} KeyContext
 * @property {(file: string) => Buffer} readFile reads a file named by `checksum` (relative to the working directory)
 * @property {string} arch `{{ arch }}`, see {@link machineArch}
 * @property {string} [branch] `{{ .Branch }}`
 * @property {string} [revision] `{{ .Revision }}`
 * @property {string | number} [buildNum] `{{ .BuildNum }}`
 * @property {Record<string, string>} environment `{{ .Environment.NAME }}`
 * @property {() => number} [now] milliseconds since the epoch, for `{{ epoch }}`
 */

/**
 * Checks that every `{{ … }}` of a cache key is one CircleCI has and the local
 * runner expands: `checksum "FILE"`, `arch`, `epoch`, `.Branch`, `.Revision`,
 * `.BuildNum`, `.Environment.NAME`.
 *
 * @param {string} template
 * @param {string} where for the error
 * @throws {import('./config-error.mjs').ConfigError} naming the action otherwise
 * @example
 * checkKeyTemplate('deps-{{ .CheckoutKey }}', 'jobs.build'); // throws: unsupported: cache key template {{ .CheckoutKey }}
 */
export function checkKeyTemplate(template, where) {
  for (const [text, action] of template.matchAll(ACTION)) {
    if (!recognised(action)) throw unsupported(`cache key template ${text}`, where);
  }
}

/**
 * Expands a cache key as CircleCI does: `{{ checksum "pnpm-lock.yaml" }}` is
 * the base64 of the file's SHA-256; a variable missing from
 * `{{ .Environment.X }}` reads `<no value>`, as Go templates print it.
 *
 * @param {string} template
 * @param {KeyContext} context
 * @returns {string}
 * @example
 * expandKeyTemplate('pnpm-{{ arch }}-{{ checksum "pnpm-lock.yaml" }}', context);
 * // 'pnpm-arch1-linux-amd64-6_85-hYp0…='
 */
export function expandKeyTemplate(template, context) {
  return template.replace(ACTION, (text, action) => {
    const checksum = /^checksum\s+"([^"]+)"$/.exec(action);
    if (checksum) return createHash('sha256').update(context.readFile(checksum[1])).digest('base64');
    const variable = /^\.Environment\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(action);
    if (variable) return context.environment[variable[1]] ?? '<no value>';
    switch (action) {
      case 'arch':
        return context.arch;
      case 'epoch':
        return String(Math.floor((context.now ?? Date.now)() / 1000));
      case '.Branch':
        return context.branch ?? '';
      case '.Revision':
        return context.revision ?? '';
      case '.BuildNum':
        return String(context.buildNum ?? '');
      default:
        throw unsupported(`cache key template ${text}`, template);
    }
  });
}

/**
 * `{{ arch }}` of this machine in CircleCI's form: `arch1-<os>-<goarch>`, then
 * `-<cpu family>_<model>` from /proc/cpuinfo when it has them, e.g.
 * `arch1-linux-amd64-6_85`.
 *
 * @param {{ platform?: string, arch?: string, cpuinfo?: string }} [machine] defaults to this process's
 * @returns {string}
 */
export function machineArch({ platform = process.platform, arch = process.arch, cpuinfo = readCpuinfo() } = {}) {
  const goArch = { x64: 'amd64', ia32: '386' }[arch] ?? arch;
  const family = /^cpu family\s*:\s*(\d+)/m.exec(cpuinfo)?.[1];
  const model = /^model\s*:\s*(\d+)/m.exec(cpuinfo)?.[1];
  return `arch1-${platform}-${goArch}${family && model ? `-${family}_${model}` : ''}`;
}

function recognised(action) {
  return (
    /^checksum\s+"[^"]+"$/.test(action) ||
    /^\.Environment\.[A-Za-z_][A-Za-z0-9_]*$/.test(action) ||
    ['arch', 'epoch', '.Branch', '.Revision', '.BuildNum'].includes(action)
  );
}

function readCpuinfo() {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return '';
  }
}

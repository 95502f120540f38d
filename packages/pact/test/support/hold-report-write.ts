/**
 * `tsx hold-report-write.ts <report.json> <version>`: writes
 * `versionedReport(version)` as JSON to `<report.json>` with
 * `writeVerificationReports`, and holds that write open halfway. The first
 * write into a file named after the report (its temporary file, or the
 * report itself) puts down half the bytes; then the process prints
 * `writing <file> <bytes written> <bytes in all>` and waits, never to go on,
 * until it is killed.
 */
import fs from 'node:fs';
import { basename } from 'node:path';
import { writeVerificationReports } from '../../src/write-verification-reports.ts';
import { versionedReport } from './versioned-report.ts';

const [path, version] = process.argv.slice(2) as [string, string];
const name = basename(path);
const { openSync, writeSync } = fs;
const held = new Map<number, string>();

// `write-file-atomic` calls these through the `fs` module object, so replacing them there reaches it.
Object.assign(fs, {
  openSync: (file: fs.PathLike, ...rest: unknown[]): number => {
    const fd = (openSync as (...args: unknown[]) => number)(file, ...rest);
    const base = basename(String(file));
    if (base === name || base.startsWith(`${name}.`)) held.set(fd, String(file));
    return fd;
  },
  writeSync: (fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]): number => {
    const file = held.get(fd);
    if (file === undefined) return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    const encoding = rest.find((arg): arg is BufferEncoding => typeof arg === 'string') ?? 'utf8';
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, encoding)
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    writeSync(fd, half);
    writeSync(1, `writing ${file} ${half.length} ${bytes.length}\n`);
    // Blocks this thread for good: the write stays under way until the process is killed.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    throw new Error('unreachable');
  },
});

writeVerificationReports(versionedReport(Number(version)), [{ format: 'json', path }]);

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyPath } from './file-tree.mjs';

/**
 * A local stand-in for CircleCI's cache: one folder per key, kept across runs.
 * A key is written once (a later `save_cache` of the same key is skipped), and
 * `restore_cache` takes each of its keys as a prefix, restoring the newest
 * cache whose key starts with the first that matches any.
 */
export class Cache {
  /** @param {string} dir */
  constructor(dir) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /**
   * Saves `paths` under `key` unless a cache has that key already.
   *
   * @param {string} key the expanded key
   * @param {Array<{ path: string, onHost: string }>} paths each path as the job names it, and where it is here
   * @returns {Promise<'saved' | 'exists' | 'nothing to save'>}
   */
  async save(key, paths) {
    const dir = join(this.dir, createHash('sha256').update(key).digest('hex').slice(0, 32));
    if (existsSync(join(dir, 'meta.json'))) return 'exists';
    const present = paths.filter(({ onHost }) => existsSync(onHost));
    if (present.length === 0) return 'nothing to save';
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    for (const [index, { onHost }] of present.entries()) await copyPath(onHost, join(partial, 'data', String(index)));
    const meta = { key, created: Date.now(), paths: present.map(({ path }) => path) };
    writeFileSync(join(partial, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    renameSync(partial, dir);
    return 'saved';
  }

  /**
   * Restores the newest cache whose key starts with the first of `keys` that any key starts with.
   *
   * @param {string[]} keys expanded keys, in order
   * @param {(path: string) => string} onHost where a saved path is for the restoring job
   * @returns {Promise<{ key: string, paths: string[] } | undefined>} the cache restored, if any
   */
  async restore(keys, onHost) {
    const caches = this.list();
    for (const prefix of keys) {
      const [newest] = caches.filter((cache) => cache.key.startsWith(prefix)).sort((a, b) => b.created - a.created);
      if (!newest) continue;
      for (const [index, path] of newest.paths.entries())
        await copyPath(join(newest.dir, 'data', String(index)), onHost(path));
      return { key: newest.key, paths: newest.paths };
    }
    return undefined;
  }

  /** @returns {Array<{ key: string, created: number, paths: string[], dir: string }>} */
  list() {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(this.dir, entry.name, 'meta.json')))
      .map((entry) => {
        const dir = join(this.dir, entry.name);
        return { ...JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')), dir };
      });
  }
}

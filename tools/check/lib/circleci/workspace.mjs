import { existsSync, mkdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { copyPath } from './file-tree.mjs';

/**
 * A workflow's workspace on disk: each `persist_to_workspace` adds a layer
 * (its paths, relative to its root), and `attach_workspace` lays the layers of
 * the attaching job's upstream jobs into a folder in the order they were
 * persisted, a later file over an earlier one, as CircleCI does.
 */
export class Workspace {
  /** @param {string} dir an empty folder for the layers */
  constructor(dir) {
    this.dir = dir;
    /** @type {Array<{ job: string, dir: string }>} */
    this.layers = [];
    mkdirSync(dir, { recursive: true });
  }

  /**
   * Adds a layer: each of `paths` (relative to `root`; `.` for all of it).
   *
   * @param {{ job: string, node: number, root: string, paths: string[] }} layer `root` on this machine
   * @returns {Promise<void>} rejects when a path does not exist, as CircleCI fails the step
   */
  async persist({ job, node, root, paths }) {
    const dir = join(this.dir, `${String(this.layers.length + 1).padStart(3, '0')}-${job}-${node}-${Date.now()}`);
    for (const path of paths) {
      const relative = posix.normalize(path);
      if (relative.startsWith('..') || posix.isAbsolute(relative))
        throw new Error(`${path} is not under the root ${root}`);
      const source = join(root, relative);
      if (!existsSync(source)) throw new Error(`the path ${path} does not exist under ${root}`);
      await copyPath(source, relative === '.' ? dir : join(dir, relative));
    }
    this.layers.push({ job, dir });
  }

  /**
   * Lays the layers persisted by `jobs` into `at`, in the order they were persisted.
   *
   * @param {string} at a folder on this machine
   * @param {Set<string>} jobs the attaching job's upstream jobs
   * @returns {Promise<number>} how many layers
   */
  async attach(at, jobs) {
    const layers = this.layers.filter((layer) => jobs.has(layer.job));
    mkdirSync(at, { recursive: true });
    for (const layer of layers) await copyPath(layer.dir, at);
    return layers.length;
  }
}

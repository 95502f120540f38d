import { spawnSync } from 'node:child_process';
import { isAbsolute, join, posix } from 'node:path';

/** The home of CircleCI's `cimg/*` images, where a job's `~` is. */
export const CIRCLECI_HOME = '/home/circleci';

// In a mount namespace of its own: a private /home with the job's folder at
// /home/circleci, then the job's working directory, then the command.
const ENTER =
  'mount -t tmpfs -o mode=0755 tmpfs /home && mkdir /home/circleci && mount --bind "$1" /home/circleci && cd "$2" && shift 2 && exec "$@"';

/**
 * Whether this machine can give each job its own `/home/circleci` (a mount
 * namespace through `unshare --mount`, which needs root).
 *
 * @returns {boolean}
 */
export function canMountHome() {
  const probe = spawnSync(
    'unshare',
    ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', 'mount -t tmpfs tmpfs /home'],
    {
      stdio: 'ignore',
    },
  );
  return probe.status === 0;
}

/**
 * How a job sees the file system. With `mountHome`, its processes see its
 * folder `hostHome` at `/home/circleci`, as in a `cimg` container: every job
 * has the same absolute paths (pnpm's store, the project), as on CircleCI,
 * though two run at once here. Without it (the unit tests), the job's home is
 * `hostHome` itself.
 *
 * @param {string} hostHome the job's home folder on this machine
 * @param {{ mountHome: boolean }} options
 */
export function jobFileSystem(hostHome, { mountHome }) {
  const home = mountHome ? CIRCLECI_HOME : hostHome;
  return {
    /** `~` of the job, as its processes see it. */
    home,
    /**
     * A path of the config as the job sees it: `~` is its home, a relative path is under `base`.
     * @param {string} path @param {string} base a job path
     */
    resolve(path, base) {
      if (path === '~' || path.startsWith('~/')) return posix.join(home, path.slice(1));
      return isAbsolute(path) ? posix.normalize(path) : posix.join(base, path);
    },
    /** Where a job path is on this machine. @param {string} path */
    onHost(path) {
      if (mountHome && (path === CIRCLECI_HOME || path.startsWith(`${CIRCLECI_HOME}/`))) {
        return join(hostHome, path.slice(CIRCLECI_HOME.length));
      }
      return path;
    },
    /**
     * The command line that runs `argv` in the job's view, in `cwd` (a job path).
     * @param {string[]} argv @param {string} cwd
     * @returns {{ file: string, args: string[], cwd: string }}
     */
    command(argv, cwd) {
      if (!mountHome) return { file: argv[0], args: argv.slice(1), cwd };
      const args = ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', ENTER, 'job', hostHome, cwd, ...argv];
      return { file: 'unshare', args, cwd: '/' };
    },
  };
}

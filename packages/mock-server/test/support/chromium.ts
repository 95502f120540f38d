import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Chromium, where CI installs it. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether a missing Chromium fails the browser tests instead of skipping them (CI sets it). */
export const CHROMIUM_REQUIRED: boolean = process.env['CIRCLECI_KIT_REQUIRE_CHROMIUM'] === '1';

/** Whether Chromium is installed. */
export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** A headless Chromium showing one page. */
export interface ChromiumPage {
  /** What Chromium wrote to stderr so far (its last 8 kB), for a failure's message. */
  readonly log: () => string;
  /** Stops Chromium and every process it started, and removes its profile. */
  readonly close: () => Promise<void>;
}

const exited = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(true);
      return;
    }
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/**
 * Opens `url` in headless Chromium (a fresh profile, no sandbox, no GPU, no
 * background traffic) and leaves it running until `close()`. Chromium runs
 * in its own process group, so `close()` stops its renderers and helpers too.
 *
 * @example
 * const page = openInChromium('http://127.0.0.1:41234/');
 * try { await result; } finally { await page.close(); }
 */
export function openInChromium(url: string): ChromiumPage {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      url,
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    log = (log + chunk).slice(-8192);
  });
  child.on('error', (error) => {
    log += `\n${error.message}`;
  });
  const signal = (name: NodeJS.Signals): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  return {
    log: () => log,
    close: async () => {
      signal('SIGTERM');
      if (!(await exited(child, 5_000))) {
        signal('SIGKILL');
        await exited(child, 5_000);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../src/index.ts';
import { HISTORY_DIR } from './support/shared-specs.ts';

const versions = readdirSync(HISTORY_DIR).filter((file) => file.endsWith('.json'));

describe('the 109 published versions', () => {
  it('are all there', () => {
    expect(versions).toHaveLength(109);
  });

  it('all load in lenient mode, each with operations and a fingerprint', async () => {
    const failures: string[] = [];
    for (const file of versions) {
      try {
        const spec = await loadSpec(`${HISTORY_DIR}${file}`, { mode: 'lenient' });
        if (spec.operations.size === 0 || !/^[0-9a-f]{64}$/.test(spec.fingerprint)) failures.push(`${file}: empty`);
      } catch (error) {
        failures.push(`${file}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

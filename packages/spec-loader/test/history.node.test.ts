import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../src/index.js';

const historyDir = fileURLToPath(new URL('../../../../shared/specs/history/', import.meta.url));
const versions = readdirSync(historyDir).filter((file) => file.endsWith('.json'));

describe('the 109 published versions', () => {
  it('are all there', () => {
    expect(versions).toHaveLength(109);
  });

  it('all load in lenient mode, each with operations and a fingerprint', async () => {
    const failures: string[] = [];
    for (const file of versions) {
      try {
        const spec = await loadSpec(`${historyDir}${file}`, { mode: 'lenient' });
        if (spec.operations.size === 0 || !/^[0-9a-f]{64}$/.test(spec.fingerprint)) failures.push(`${file}: empty`);
      } catch (error) {
        failures.push(`${file}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/_internals/lazy-module.ts';

describe('lazyModule', () => {
  it('loads nothing until first asked, then once, and hands every caller the same module', async () => {
    let loads = 0;
    const load = lazyModule(() => Promise.resolve({ id: ++loads }));
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(first);
    expect(second).toBe(first);
    expect(loads).toBe(1);
  });
});

import { expect } from 'vitest';

/** A check's verdict against a table row: `undefined` wants a pass, a pattern the failure message. */
export function expectMessage(message: string | undefined, want: RegExp | undefined): void {
  if (want === undefined) expect(message).toBeUndefined();
  else expect(message).toMatch(want);
}

import { expect, it } from 'vitest';
import { bundleForBrowser, kilobytes } from '../support/browser-bundle.ts';

const BUDGET = 15 * 1024;

const plain = await bundleForBrowser({ minify: false });
const minified = await bundleForBrowser({ minify: true });
const figures = `${kilobytes(plain.bytes)} raw, ${kilobytes(minified.bytes)} minified, ${kilobytes(minified.gzipBytes)} gzip`;

it(`the browser bundle of slug + core-client is ${figures}: at most ${kilobytes(BUDGET)} gzip`, () => {
  console.log(`browser bundle (slug + core-client): ${figures} (${minified.gzipBytes} bytes gzip)`);
  expect(minified.gzipBytes).toBeLessThanOrEqual(BUDGET);
});

it('imports nothing, node: built-ins least of all', () => {
  expect(minified.imports).toEqual([]);
  expect(minified.code).not.toMatch(/["'`]node:/);
});

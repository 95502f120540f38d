// `pnpm docs:generate`: writes the reference pages under docs/reference/ from the code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderReferencePages, repoRoot } from './reference-pages.ts';

for (const { path, content } of await renderReferencePages()) {
  const file = join(repoRoot, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${path}`);
}

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The Markdown files under a folder, recursively, as paths relative to `root`. */
export function markdownFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.md')) found.push(relative(root, path));
    }
  };
  visit(join(root, folder));
  return found.sort();
}

/** A fenced code block of a Markdown text. */
export interface CodeBlock {
  /** The language after the opening fence (`yaml`, `ts`), or `''`. */
  lang: string;
  /** The code, without the fence's indentation. */
  code: string;
  /** The line of the Markdown text (1-based) the code starts at, the one after the opening fence. */
  line: number;
}

/** The fenced code blocks of a Markdown text, with their language and where they start. */
export function codeBlocks(markdown: string): CodeBlock[] {
  return [...markdown.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((match) => ({
    lang: match[2]!,
    code: match[3]!.replace(new RegExp(`^${match[1]}`, 'gm'), ''),
    line: markdown.slice(0, match.index).split('\n').length + 1,
  }));
}

/** The relative link targets of a Markdown text (no URLs, no bare anchors), without their anchor. */
export function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/^( *)```[\s\S]*?^\1```$/gm, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]!);
}

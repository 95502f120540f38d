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

/** The fenced code blocks of a Markdown text, with their language. */
export function codeBlocks(markdown: string): Array<{ lang: string; code: string }> {
  return [...markdown.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((match) => ({
    lang: match[2]!,
    code: match[3]!.replace(new RegExp(`^${match[1]}`, 'gm'), ''),
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

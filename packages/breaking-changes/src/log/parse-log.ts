import type { fromMarkdown } from 'mdast-util-from-markdown';
import { checkLogNesting } from './check-nesting.ts';
import { extractMentions } from './extract-mentions.ts';
import type { BreakingLog, LogEntry } from './log-types.ts';
import { parseLogDate } from './parse-date.ts';

type Root = ReturnType<typeof fromMarkdown>;
type Node = Root['children'][number];

function plain(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Node[]).map(plain).join('');
  return '';
}

/**
 * Parses a breaking-changes log in the style of CircleCI's `breaking.md`:
 * `#` parts ("Breaking Changes", "Proposed Breaking Changes"), dated
 * headings (`## Dec 9, 2019`, `### Nov 13, 2019`), and under them bullets
 * or paragraphs, each an entry. Undated proposed entries take the date of
 * the first entry of the proposals' own dated log (when the list was
 * published). Struck-out text (`~~…~~`) is a withdrawn proposal and is left out.
 * Asynchronous because the Markdown parser is loaded on first use: a diff
 * without a log never pays for it. A log nested more than
 * `MAX_LOG_NESTING` levels is refused with a `LogError` (`TOO_DEEP`).
 *
 * @example
 * const log = await parseLog(readFileSync('breaking.md', 'utf8'));
 * log.entries[0]; // { date: '2019-12-09', section: 'released', routes: [{ method: 'GET', path: '/pipeline/{}', … }], fields: ['workflow'], … }
 */
export async function parseLog(markdown: string): Promise<BreakingLog> {
  checkLogNesting(markdown);
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  const tree = fromMarkdown(markdown);
  const entries: LogEntry[] = [];
  let section: LogEntry['section'] = 'released';
  let heading = '';
  let date: string | null = null;
  const undated: LogEntry[] = [];
  const proposalDates: string[] = [];
  const add = (node: Node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const text = markdown
      .slice(start, end)
      .replace(/~~[\s\S]*?~~/g, '')
      .trim();
    if (text === '') return;
    const entry: LogEntry = {
      date,
      section,
      heading,
      text,
      line: node.position?.start.line ?? 0,
      ...extractMentions(text),
    };
    entries.push(entry);
    if (date === null && section === 'proposed') undated.push(entry);
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = plain(node).trim();
      if (node.depth === 1) {
        section = /proposed/i.test(title) ? 'proposed' : 'released';
        date = null;
      } else {
        date = parseLogDate(title);
        if (date && section === 'proposed') proposalDates.push(date);
      }
      heading = title;
    } else if (node.type === 'list') {
      for (const item of node.children) add(item);
    } else if (node.type === 'paragraph') {
      add(node);
    }
  }
  const published = proposalDates.sort()[0] ?? null;
  for (const entry of undated) entry.date = published;
  return { entries };
}

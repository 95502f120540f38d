/**
 * The commands of the first fenced code block of a README: its lines that
 * are neither blank nor `#` comments, each with the comment lines just above
 * it (their `# ` left out).
 *
 * @param {string} markdown
 * @returns {Array<{ command: string, comment: string }>}
 * @example
 * readmeCommands('```sh\n# the tests\npnpm test\n```\n'); // [{ command: 'pnpm test', comment: 'the tests' }]
 */
export function readmeCommands(markdown) {
  const block = /^```[\w-]*\n([\s\S]*?)^```/m.exec(markdown)?.[1] ?? '';
  const commands = [];
  let comments = [];
  for (const line of block.split('\n').map((text) => text.trim())) {
    if (line === '') comments = [];
    else if (line.startsWith('#')) comments.push(line.replace(/^#\s?/, ''));
    else {
      commands.push({ command: line, comment: comments.join(' ') });
      comments = [];
    }
  }
  return commands;
}

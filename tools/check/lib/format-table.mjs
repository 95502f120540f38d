/**
 * Formats rows as a plain-text table: columns padded to their widest cell,
 * numbers right-aligned, a rule under the header and, when given, above the
 * footer row. A column is right-aligned when every body cell is a number,
 * a numeric string such as `12.5`, or `-`.
 *
 * @param {string[]} header column titles
 * @param {Array<Array<string | number>>} rows body rows
 * @param {Array<string | number>} [footer] a totals row
 * @returns {string} the table, lines joined with `\n`, no trailing newline
 * @example
 * formatTable(['seed', 'passed'], [[1, 1160]], ['total', 1160]);
 */
export function formatTable(header, rows, footer) {
  const all = footer ? [header, ...rows, footer] : [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i] ?? '').length)));
  const isNumber = (cell) => typeof cell === 'number' || /^(-|\d+(\.\d+)?)$/.test(String(cell));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => isNumber(row[i])));
  const line = (row) =>
    row
      .map((cell, i) => (numeric[i] ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  const lines = [line(header), rule, ...rows.map(line)];
  if (footer) lines.push(rule, line(footer));
  return lines.join('\n');
}

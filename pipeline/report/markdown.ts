// Markdown helpers for every Markdown report. Text that comes from articles or data (sentences, source
// names, speakers, terms) is escaped, so no raw HTML, links, images or block syntax come from it.

export function md(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^([-=])/, '\\$1');
}

/** A Markdown table; cells must already be escaped. `numeric` right-aligns the columns it marks. */
export function table(header: string[], rows: (string | number)[][], numeric: boolean[] = []): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (numeric[i] ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

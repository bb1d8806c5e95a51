// Markdown helpers for every Markdown report. Text that comes from articles or data (sentences, source
// names, speakers, terms) is escaped, so no raw HTML, links, images or block syntax come from it.

/** any character md changes, or a line that opens like a heading's underline or a list item */
const NEEDS_ESCAPE = /[\r\n\t&\\`*_{}[\]()#+!|<>~]|^[-=]/;

export function md(text: string): string {
  // most sentences need nothing: one scan instead of four replacements (this runs three times per marker)
  if (!NEEDS_ESCAPE.test(text)) return text;
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

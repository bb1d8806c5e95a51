// Markdown helpers: article text is escaped so no raw HTML, links or images come from an article.

export function md(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^([-=])/gm, '\\$1')
    .replace(/\r\n?|\n/g, ' ');
}

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

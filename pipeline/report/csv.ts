// CSV, with spreadsheet formula injection neutralised in every cell (OWASP): a text cell that begins with
// = + - @ tab or carriage return is prefixed with a single quote (a plain negative number such as -0.25 is
// data, not a formula, and stays a number). The encoding is csv-stringify's with { eof: true,
// record_delimiter: '\n' } (a test holds them equal), written out here: the per-document reports are
// most of a run's output, and the general library spent more time than the rest of the rendering.

export type Cell = string | number;

export function safeCell(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !/^-\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v) ? `'${v}` : v;
}

/** One cell: quoted when it holds a quote mark, a comma or a line feed (csv-stringify leaves a lone \r). */
function encodeCell(v: Cell): string {
  const s = typeof v === 'number' ? `${v}` : v;
  if (!NEEDS_QUOTES.test(s)) return s;
  return `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;
}
const NEEDS_QUOTES = /[",\n]/;

export function csvRows(rows: Cell[][]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) out += (i === 0 ? '' : ',') + encodeCell(safeCell(row[i]!));
    out += '\n';
  }
  return out;
}

/** Records (objects) under a header of `columns`, for reports built as objects; cells neutralised. */
export function csvRecords(columns: readonly string[], records: Record<string, Cell | undefined>[]): string {
  return csvRows([[...columns], ...records.map((r) => columns.map((c) => r[c] ?? ''))]);
}

export function csv(header: string[], rows: Cell[][]): string {
  return csvRows([header, ...rows]);
}

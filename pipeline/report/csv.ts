// CSV through csv-stringify, with spreadsheet formula injection neutralised in every cell (OWASP):
// a text cell that begins with = + - @ tab or carriage return is prefixed with a single quote (a plain
// negative number such as -0.25 is data, not a formula, and stays a number).
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number;

export function safeCell(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !/^-\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v) ? `'${v}` : v;
}

const OPTIONS = { eof: true, record_delimiter: '\n' } as const;

export function csvRows(rows: Cell[][]): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((r) => r.map(safeCell)), OPTIONS);
}

/** Records (objects) under a header of `columns`, for reports built as objects; cells neutralised. */
export function csvRecords(columns: readonly string[], records: Record<string, Cell | undefined>[]): string {
  return csvRows([[...columns], ...records.map((r) => columns.map((c) => r[c] ?? ''))]);
}

export function csv(header: string[], rows: Cell[][]): string {
  return csvRows([header, ...rows]);
}

// CSV through csv-stringify, with spreadsheet formula injection neutralised in every cell (OWASP):
// a text cell that begins with = + - @ tab or carriage return is prefixed with a single quote.
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number;

export function safeCell(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function csvRows(rows: Cell[][]): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((r) => r.map(safeCell)), { eof: true, record_delimiter: '\n' });
}

export function csv(header: string[], rows: Cell[][]): string {
  return csvRows([header, ...rows]);
}

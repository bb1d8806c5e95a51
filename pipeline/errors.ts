// Data errors (a lexicon fault at file:line:col, a bad input) apart from program errors, with text and
// JSON renderings.
import { relative } from 'node:path';

export interface LexiconFault {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
  /** the offending lines, numbered, with a caret under the column */
  excerpt: string;
}

export class LexiconError extends Error {
  constructor(readonly faults: LexiconFault[]) {
    super(`${faults.length} lexicon fault${faults.length === 1 ? '' : 's'}`);
  }
}

/** A run that cannot start: bad options, a missing input, a locked output. Exit code 2. */
export class UsageError extends Error {}

/** The reports could not be written (a full disk, a folder that is read-only or not a folder): the run stops,
 * and the reports of the last complete run stay as they were (every report is renamed into place whole). */
export class OutputError extends Error {}

/** The system errors writing meets, by their code in the message (a worker thread's errors cross as text). */
export const OUTPUT_FAILURE = /\b(?:ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EIO|ENOTDIR|EISDIR|EMFILE|ENFILE)\b/;

/** An error of writing the output in `out` as an OutputError; any other error as it is. */
export function asOutputError(e: unknown, out: string): unknown {
  if (!(e instanceof Error) || e instanceof OutputError || !OUTPUT_FAILURE.test(e.message)) return e;
  return new OutputError(`cannot write the reports in ${displayPath(out)}: ${e.message}`);
}

/** A file as errors and reports name it: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Faults in file, line, column and code order. */
export function byPlace(a: LexiconFault, b: LexiconFault): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function formatFault(f: LexiconFault): string {
  return `${f.file}:${f.line}:${f.col}: error ${f.code} ${f.message}${f.excerpt ? `\n${f.excerpt}` : ''}`;
}

export function formatFaults(faults: LexiconFault[], format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(faults.map(({ excerpt: _e, ...f }) => f), null, 2);
  const summary = `${faults.length} fault${faults.length === 1 ? '' : 's'} in the lexicons`;
  return [...faults.map(formatFault), summary].join('\n');
}

/** Lines around `line` (1-based) of `source`, numbered, with a caret under `col`. */
export function excerpt(source: string, line: number, col: number, context = 1): string {
  const lines = source.split('\n');
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    out.push(`  ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1))}^`);
  }
  return out.join('\n');
}

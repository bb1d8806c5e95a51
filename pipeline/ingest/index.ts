// ingest: files and folders -> a lazy stream of Articles (or per-document failures). One reader per
// format; folders are read recursively in sorted order, so the stream is deterministic.
import { createReadStream, readFileSync, statSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import type { Article, Failure } from '../types.ts';
import { recordToArticle, type FieldMap } from './record.ts';
import { textArticle } from './text.ts';

export type IngestItem = { article: Article } | { failure: Failure };

export interface IngestOptions {
  map: FieldMap;
}

export const FORMATS = ['.txt', '.md', '.jsonl', '.ndjson', '.json', '.csv'];

/** Every supported file under the inputs, sorted; a missing input throws before any work. */
export function listInputs(inputs: string[]): { file: string; root: string }[] {
  const out: { file: string; root: string }[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new Error(`input not found: ${input}`);
    }
    if (st.isFile()) {
      out.push({ file: abs, root: dirname(abs) });
      continue;
    }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        if (name.startsWith('.')) continue;
        const p = join(dir, name);
        const s = statSync(p);
        if (s.isDirectory()) walk(p);
        else if (FORMATS.includes(formatOf(p))) out.push({ file: p, root: abs });
      }
    };
    walk(abs);
  }
  return out;
}

export function formatOf(file: string): string {
  return extname(file).toLowerCase();
}

const display = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

/** The id of a file-based document: its path under the input root, without extension. */
function fileId(file: string, root: string): string {
  const rel = relative(root, file);
  return rel.slice(0, rel.length - extname(rel).length).split(/[\\/]/).join('/');
}

export async function* ingest(inputs: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  for (const { file, root } of listInputs(inputs)) {
    yield* readFile(file, root, options);
  }
}

async function* readFile(file: string, root: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const path = display(file);
  const source = basename(dirname(file));
  const stem = fileId(file, root);
  const fail = (reason: string, where = path, docId = stem): IngestItem => ({ failure: { path: where, docId, stage: 'ingest', reason } });
  const record = (r: unknown, where: string, n: number): IngestItem => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return fail('record is not an object', where, `${stem}-${n}`);
    try {
      return { article: recordToArticle(r as Record<string, unknown>, options.map, { path: where, fallbackId: `${stem}-${n}`, fallbackSource: source }) };
    } catch (e) {
      return fail((e as Error).message, where, `${stem}-${n}`);
    }
  };
  const format = formatOf(file);
  try {
    if (format === '.txt' || format === '.md') {
      yield { article: textArticle(readFileSync(file, 'utf8'), { path, id: stem, source }) };
    } else if (format === '.jsonl' || format === '.ndjson') {
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
      let n = 0;
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        let r: unknown;
        try {
          r = JSON.parse(line);
        } catch (e) {
          yield fail(`line ${n}: invalid JSON: ${(e as Error).message}`, `${path}#${n}`, `${stem}-${n}`);
          continue;
        }
        yield record(r, `${path}#${n}`, n);
      }
    } else if (format === '.json') {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      const records = Array.isArray(data) ? data : [data];
      for (let i = 0; i < records.length; i++) yield record(records[i], Array.isArray(data) ? `${path}#${i + 1}` : path, i + 1);
    } else if (format === '.csv') {
      const parser = createReadStream(file).pipe(parseCsv({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }));
      let n = 1; // the header is line 1
      for await (const r of parser) {
        n++;
        yield record(r, `${path}#${n}`, n);
      }
    }
  } catch (e) {
    yield fail((e as Error).message);
  }
}

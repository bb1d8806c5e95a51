// load: lexicon folders -> validated, layered, compiled lexicon, or every fault at file:line:col.
// Order: parse (yaml, with line numbers) -> shape (zod) -> cross-checks -> layering -> compile -> examples.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { excerpt, LexiconError, type LexiconFault } from '../errors.ts';
import { compileLexicon, termShape, type CompiledLexicon, type LoadedEntry, type Origin } from './compile.ts';
import { runExamples } from './examples.ts';
import { LexiconFileSchema, type LexiconFile } from './schema.ts';

export const DEFAULT_LEXICONS = fileURLToPath(new URL('../../lexicons/', import.meta.url));

export interface LoadOptions {
  /** user lexicon folders, layered over the defaults in order */
  dirs?: string[];
  /** include the default lexicons (default true) */
  defaults?: boolean;
  /** run every entry's match/nomatch examples (default true) */
  examples?: boolean;
}

export interface LoadResult {
  lexicon: CompiledLexicon;
  faults: LexiconFault[];
  /** entries that were checked by examples */
  entries: LoadedEntry[];
}

type Path = (string | number)[];

class FileContext {
  readonly lines: LineCounter = new LineCounter();
  readonly doc: Document;
  constructor(
    readonly file: string,
    readonly source: string,
  ) {
    this.doc = parseDocument(source, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
  }
  /** Position of the node at `path` (its key's position when `key` is set), else of the nearest parent. */
  at(path: Path, key?: string): Origin {
    for (let p = path; ; p = p.slice(0, -1)) {
      const node = p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        let offset = (node.range as [number, number, number])[0];
        if (key !== undefined && isMap(node)) {
          const pair = node.items.find((it) => isScalar(it.key) && it.key.value === key);
          if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
        }
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, col };
      }
      if (p.length === 0) return { file: this.file, line: 1, col: 1 };
    }
  }
  fault(origin: Origin, code: string, message: string): LexiconFault {
    return { ...origin, code, message, excerpt: excerpt(this.source, origin.line, origin.col) };
  }
}

const displayPath = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

function lexiconFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** zod issue -> fault code and message */
function describeIssue(issue: z.core.$ZodIssue): { code: string; message: string; key?: string } {
  const where = issue.path.length ? issue.path.join('.') : 'file';
  switch (issue.code) {
    case 'unrecognized_keys':
      return { code: 'LEX002', message: `unknown key '${issue.keys[0]}' in ${where}; allowed keys are listed in lexicons/schema.json`, key: issue.keys[0] };
    case 'invalid_type':
      if (issue.input === undefined)
        return { code: 'LEX003', message: `missing key '${String(issue.path.at(-1))}': expected ${issue.expected}` };
      return { code: 'LEX004', message: `${where} must be ${issue.expected}, found ${describe(issue.input)}` };
    case 'invalid_value':
      return {
        code: 'LEX004',
        message: `${where} must be one of ${issue.values.map(String).join('|')}, found ${describe(issue.input)}`,
      };
    default:
      return { code: 'LEX004', message: `${where}: ${issue.message}${issue.input !== undefined ? `, found ${describe(issue.input)}` : ''}` };
  }
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'nothing';
  return typeof v === 'object' ? 'a mapping' : String(v);
}

interface Layer {
  files: { ctx: FileContext; data: LexiconFile }[];
}

function readLayer(dir: string, faults: LexiconFault[]): Layer {
  const layer: Layer = { files: [] };
  for (const path of lexiconFiles(dir)) {
    const ctx = new FileContext(displayPath(path), readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    if (ctx.doc.errors.length > 0) {
      for (const e of ctx.doc.errors) {
        const { line, col } = ctx.lines.linePos(e.pos[0]);
        faults.push(ctx.fault({ file: ctx.file, line, col }, 'LEX001', `YAML syntax: ${e.message.split('\n')[0]}`));
      }
      continue;
    }
    const parsed = LexiconFileSchema.safeParse(ctx.doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { code, message, key } = describeIssue(issue);
        faults.push(ctx.fault(ctx.at(issue.path as Path, key), code, message));
      }
      continue;
    }
    layer.files.push({ ctx, data: parsed.data });
  }
  return layer;
}

/** Checks that need more than the shape: kind vs fields, regexes, example markers. */
function checkEntries(ctx: FileContext, data: LexiconFile, faults: LexiconFault[]): LoadedEntry[] {
  const out: LoadedEntry[] = [];
  data.entries.forEach((e, i) => {
    const base: Path = ['entries', i];
    const at: Record<string, Origin> = { id: ctx.at([...base, 'id']) };
    let ok = true;
    const bad = (path: Path, code: string, message: string, key?: string) => {
      faults.push(ctx.fault(ctx.at([...base, ...path], key), code, `entry '${e.id}': ${message}`));
      ok = false;
    };
    if (e.kind === 'phrase' && !e.terms) bad([], 'LEX003', "missing key 'terms': a phrase entry lists its terms");
    if (e.kind === 'phrase' && e.pattern !== undefined) bad([], 'LEX010', "a phrase entry takes 'terms', not 'pattern'", 'pattern');
    if (e.kind === 'pattern' && e.pattern === undefined) bad([], 'LEX003', "missing key 'pattern': a pattern entry has one regular expression");
    if (e.kind === 'pattern' && e.terms !== undefined) bad([], 'LEX010', "a pattern entry takes 'pattern', not 'terms'", 'terms');
    if (e.pattern !== undefined) {
      at.pattern = ctx.at([...base, 'pattern']);
      try {
        new RegExp(e.pattern, 'dgiu');
      } catch (err) {
        bad(['pattern'], 'LEX005', `pattern does not compile: ${(err as Error).message}`);
      }
    }
    e.terms?.forEach((term, k) => {
      at[`terms.${k}`] = ctx.at([...base, 'terms', k]);
      if (termShape(term).words.length === 0) bad(['terms', k], 'LEX004', `term '${term}' has no letters or digits`);
    });
    e.match.forEach((m, k) => {
      at[`match.${k}`] = ctx.at([...base, 'match', k]);
      if (!/\[\[.+?\]\]/.test(m)) bad(['match', k], 'LEX011', `match example must mark the expected span with [[...]], found none`);
    });
    e.nomatch.forEach((_m, k) => (at[`nomatch.${k}`] = ctx.at([...base, 'nomatch', k])));
    if (ok) out.push({ ...e, category: data.category, origin: ctx.at(base), at });
  });
  return out;
}

/** Loads, validates and compiles the lexicons; throws LexiconError with every fault. */
export async function loadLexicons(options: LoadOptions = {}): Promise<LoadResult> {
  const result = await checkLexicons(options);
  if (result.faults.length > 0) throw new LexiconError(result.faults);
  return result;
}

/** Like loadLexicons, but returns the faults instead of throwing. */
export async function checkLexicons(options: LoadOptions = {}): Promise<LoadResult> {
  const dirs = [...(options.defaults === false ? [] : [DEFAULT_LEXICONS]), ...(options.dirs ?? []).map((d) => resolve(d))];
  const faults: LexiconFault[] = [];
  const merged = new Map<string, LoadedEntry>();
  const contexts = new Map<string, FileContext>();
  const files: string[] = [];
  for (const dir of dirs) {
    const layer = readLayer(dir, faults);
    const layerIds = new Map<string, Origin>();
    for (const { ctx, data } of layer.files) {
      contexts.set(ctx.file, ctx);
      files.push(ctx.file);
      for (const [k, id] of (data.disable ?? []).entries()) {
        if (!merged.delete(id)) faults.push(ctx.fault(ctx.at(['disable', k]), 'LEX012', `disable names '${id}', which no lower layer defines`));
      }
      for (const e of checkEntries(ctx, data, faults)) {
        const first = layerIds.get(e.id);
        if (first) {
          faults.push(ctx.fault(e.at.id!, 'LEX006', `duplicate id '${e.id}', first defined at ${first.file}:${first.line}:${first.col}`));
          continue;
        }
        layerIds.set(e.id, e.at.id!);
        merged.set(e.id, e); // a higher layer's entry with the same id replaces the default
      }
    }
  }
  const entries = [...merged.values()];
  faults.push(...duplicateTerms(entries, contexts));
  const lexicon = compileLexicon(entries, files);
  if (options.examples !== false && faults.length === 0) {
    for (const f of runExamples(entries, lexicon)) {
      const ctx = contexts.get(f.origin.file);
      faults.push(ctx ? ctx.fault(f.origin, f.code, f.message) : { ...f.origin, code: f.code, message: f.message, excerpt: '' });
    }
  }
  faults.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
  return { lexicon, faults, entries };
}

function duplicateTerms(entries: LoadedEntry[], contexts: Map<string, FileContext>): LexiconFault[] {
  const seen = new Map<string, { entry: LoadedEntry; origin: Origin }>();
  const faults: LexiconFault[] = [];
  for (const e of entries) {
    (e.terms ?? []).forEach((term, k) => {
      const shape = termShape(term);
      const key = shape.words.map((w, i) => (i ? shape.gaps[i - 1] : '') + w).join('');
      const origin = e.at[`terms.${k}`] ?? e.origin;
      const first = seen.get(key);
      if (first && first.entry.id !== e.id) {
        const ctx = contexts.get(origin.file);
        const message = `term '${term}' is already in entry '${first.entry.id}' (${first.origin.file}:${first.origin.line}:${first.origin.col}); a term belongs to one entry`;
        faults.push(ctx ? ctx.fault(origin, 'LEX007', message) : { ...origin, code: 'LEX007', message, excerpt: '' });
      } else if (!first) seen.set(key, { entry: e, origin });
    });
  }
  return faults;
}

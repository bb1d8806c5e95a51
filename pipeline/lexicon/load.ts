// load: lexicon folders -> validated, layered, compiled lexicon, or every fault at file:line:col.
// Order: parse (yaml, with line numbers) -> shape (zod) -> cross-checks -> layering -> compile -> examples.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { byPlace, displayPath, excerpt, LexiconError, UsageError, type LexiconFault } from '../errors.ts';
import { compileLexicon, formKey, termForms, termShape, type CompiledLexicon, type LoadedEntry, type Origin } from './compile.ts';
import { checkExample, exampleCases, type ExampleFault } from './examples.ts';
import { EntrySchema, LexiconFileSchema, UnlessSchema, RequiresSchema, type LexiconEntry, type LexiconFile } from './schema.ts';

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
  /** the entries in force, in layer and file order */
  entries: LoadedEntry[];
  /** category -> description (from the first file that names the category) */
  descriptions: Map<string, string>;
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
        return this.pos(offset);
      }
      if (p.length === 0) return { file: this.file, line: 1, col: 1 };
    }
  }
  pos(offset: number): Origin {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }
  fault(origin: Origin, code: string, message: string): LexiconFault {
    return { ...origin, code, message, excerpt: excerpt(this.source, origin.line, origin.col) };
  }
}

function lexiconFiles(dir: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`lexicon folder not found: ${displayPath(dir)}`);
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

// ---- YAML syntax ----

/**
 * The first YAML error of a file (later ones are mostly echoes of it), plus every duplicate key, which
 * never echoes.
 */
function syntaxFaults(ctx: FileContext): LexiconFault[] {
  const [first, ...rest] = [...ctx.doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  return [first!, ...rest.filter((e) => e.code === 'DUPLICATE_KEY')].map((e) => {
    const { origin, message } = describeSyntaxError(ctx, e);
    return ctx.fault(origin, 'LEX001', `YAML syntax: ${message}`);
  });
}

function describeSyntaxError(ctx: FileContext, e: YAMLError): { origin: Origin; message: string } {
  const src = ctx.source;
  let offset = e.pos[0];
  let message = e.message.split('\n')[0]!;
  if (e.code === 'BAD_INDENT' && /end with a [\]}]/.test(message)) {
    // an unclosed [ or {: the missing bracket belongs at the end of the last non-blank line before
    const before = src.slice(0, src.lastIndexOf('\n', offset - 1)).replace(/\s+$/, '');
    offset = before.length;
    message = `unclosed ${message.includes(']') ? '[' : '{'}: close it with ${message.at(-1)} at the end of the line`;
  } else if (e.code === 'MISSING_CHAR' && /Missing closing ["']quote/.test(message)) {
    // the error sits at the end of the file; the opening quote is the last one before it
    const q = message.includes('"quote') ? '"' : "'";
    const open = src.lastIndexOf(q, offset - 1);
    if (open >= 0) offset = open;
    message = `quoted text is never closed: add the closing ${q}`;
  } else if (e.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(src.slice(offset))![0].trim();
    message = `key '${key}' appears twice in the same mapping`;
  }
  const origin = ctx.pos(offset);
  const line = src.split('\n')[origin.line - 1] ?? '';
  if (/^\s*-\s+(\[|\{|"[^"]*"\s*\S|'[^']*'\s*\S)/.test(line)) {
    message += '; a list item that starts with [[, { or a quoted part must be quoted as a whole';
  }
  return { origin, message };
}

// ---- shape ----

const ALLOWED_KEYS = {
  file: Object.keys(LexiconFileSchema.shape),
  entry: Object.keys(EntrySchema.shape),
  unless: Object.keys(UnlessSchema.shape),
  requires: Object.keys(RequiresSchema.shape),
};

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** How a zod issue path reads in a message: "entry 'x': unless.before[0]". */
function subject(path: Path, data: unknown): { prefix: string; field: string; rest: Path } {
  let prefix = '';
  let rest = path;
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const id = valueAt(data, ['entries', path[1], 'id']);
    prefix = typeof id === 'string' && id ? `entry '${id}': ` : `entry ${path[1] + 1}: `;
    rest = path.slice(2);
  }
  const field = rest.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${p}`)).join('');
  return { prefix, field: field || (prefix ? 'the entry' : 'the file'), rest };
}

interface IssueFault {
  code: string;
  message: string;
  path: Path;
  /** point at this key of the map at `path` */
  key?: string;
}

/** zod issue -> faults (one per unknown key) */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): IssueFault[] {
  const path = issue.path as Path;
  const { prefix, field, rest } = subject(path, data);
  const value = valueAt(data, path);
  const last = String(path.at(-1));
  if (issue.code === 'unrecognized_keys') {
    const allowed = rest.length === 0 ? (prefix ? ALLOWED_KEYS.entry : ALLOWED_KEYS.file) : rest[0] === 'requires' ? ALLOWED_KEYS.requires : ALLOWED_KEYS.unless;
    const where = rest.length ? ` in ${field}` : '';
    return issue.keys.map((key) => ({
      code: 'LEX002',
      message: `${prefix}unknown key '${key}'${where}; ${suggest(key, allowed) ?? `allowed keys are ${allowed.join(', ')}`}`,
      path,
      key,
    }));
  }
  if (value === undefined && path.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const expected = issue.code === 'invalid_value' ? `one of ${issue.values.map(String).join('|')}` : typeName(issue.expected);
    return [{ code: 'LEX003', message: `${prefix}missing key '${last}': expected ${expected}`, path }];
  }
  let message: string;
  switch (issue.code) {
    case 'invalid_type':
      message = `${field} must be ${typeName(issue.expected)}, found ${describe(value)}${quoteHint(issue.expected, value)}`;
      break;
    case 'invalid_value': {
      const hint = typeof value === 'string' ? suggest(value, issue.values.map(String)) : undefined;
      message = `${field} must be one of ${issue.values.map(String).join('|')}, found ${describe(value)}${hint ? `; ${hint}` : ''}`;
      break;
    }
    case 'too_small':
      message = issue.origin === 'array' ? `${field} must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}, found none` : `${field} must not be empty`;
      break;
    case 'invalid_format':
      message = `${field} must be ${issue.message}, found ${describe(value)}`;
      break;
    default:
      message = `${field}: ${issue.message}`;
  }
  return [{ code: 'LEX004', message: prefix + message, path }];
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping', boolean: 'true or false', number: 'a number' };
  return names[expected] ?? expected;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `'${v.length > 60 ? `${v.slice(0, 57)}...` : v}'`;
  if (Array.isArray(v)) return 'a list';
  if (v === null || v === undefined) return 'nothing';
  return typeof v === 'object' ? 'a mapping' : String(v);
}

/** Unquoted YAML text turns into a list or a mapping in two common ways; say which. */
function quoteHint(expected: string, v: unknown): string {
  if (expected !== 'string' || v === null || typeof v !== 'object') return '';
  return Array.isArray(v)
    ? ' (text that starts with [[ or [ reads as a list: quote it)'
    : " (unquoted text with ': ' in it reads as a mapping: quote it)";
}

/** "did you mean 'x'?" for a near miss (edit distance at most 2, or a shared stem). */
function suggest(found: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const a of allowed) {
    const d = editDistance(found.toLowerCase(), a);
    if (d < bestDistance) [best, bestDistance] = [a, d];
  }
  return best !== undefined && (bestDistance <= 2 || best.startsWith(found) || found.startsWith(best)) ? `did you mean '${best}'?` : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

// ---- files and layers ----

interface ParsedFile {
  ctx: FileContext;
  data: Omit<LexiconFile, 'entries'>;
  /** entries by their index in the file; undefined where the entry has a shape fault */
  entries: (LexiconEntry | undefined)[];
}

/** A lexicon file's text, as its positions count: no byte-order mark, LF line ends. */
function readSource(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

/** Parses one file; a shape fault in an entry drops that entry only, a fault above the entries the file. */
function readFile(path: string, faults: LexiconFault[]): ParsedFile | undefined {
  const ctx = new FileContext(displayPath(path), readSource(path));
  if (ctx.doc.errors.length > 0) {
    faults.push(...syntaxFaults(ctx));
    return undefined;
  }
  const js: unknown = ctx.doc.toJS();
  const parsed = LexiconFileSchema.safeParse(js);
  if (parsed.success) {
    const { entries, ...data } = parsed.data;
    return { ctx, data, entries };
  }
  const badEntries = new Set<number>();
  let fileFault = false;
  for (const issue of parsed.error.issues) {
    const [head, index] = issue.path;
    if (head === 'entries' && typeof index === 'number') badEntries.add(index);
    else fileFault = true;
    for (const f of describeIssue(issue, js)) faults.push(ctx.fault(ctx.at(f.path, f.key), f.code, f.message));
  }
  if (fileFault) return undefined;
  const { entries, ...data } = js as LexiconFile;
  return { ctx, data, entries: entries.map((e, i) => (badEntries.has(i) ? undefined : EntrySchema.parse(e))) };
}

/** Checks that need more than the shape: kind vs fields, regexes, example markers. */
function checkEntries(file: ParsedFile, faults: LexiconFault[]): LoadedEntry[] {
  const { ctx, data } = file;
  const out: LoadedEntry[] = [];
  file.entries.forEach((e, i) => {
    if (!e) return;
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
    if (e.kind === 'pattern' && e.inflect !== undefined)
      bad([], 'LEX010', "a pattern entry takes no 'inflect': write the inflections into the pattern", 'inflect');
    if (e.pattern !== undefined) {
      at.pattern = ctx.at([...base, 'pattern']);
      try {
        new RegExp(e.pattern, 'dgiu');
      } catch (err) {
        const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
        const hint = /escape/i.test(reason) ? " (with the u flag a backslash goes only before a regex syntax character: write ' \" and the like without it)" : '';
        bad(['pattern'], 'LEX005', `pattern does not compile: ${reason}${hint}`);
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
    e.nomatch.forEach((m, k) => {
      at[`nomatch.${k}`] = ctx.at([...base, 'nomatch', k]);
      if (/\[\[.+?\]\]/.test(m)) bad(['nomatch', k], 'LEX011', 'nomatch example must not mark a span, found [[...]]');
    });
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

/**
 * Like loadLexicons, but returns the faults instead of throwing. Every fault is collected: an entry with a
 * fault is left out and the rest are still checked, examples included.
 */
export async function checkLexicons(options: LoadOptions = {}): Promise<LoadResult> {
  const dirs = [...(options.defaults === false ? [] : [DEFAULT_LEXICONS]), ...(options.dirs ?? []).map((d) => resolve(d))];
  const faults: LexiconFault[] = [];
  const merged = new Map<string, LoadedEntry>();
  const contexts = new Map<string, FileContext>();
  const descriptions = new Map<string, string>();
  const files: string[] = [];
  for (const dir of dirs) {
    const layer = lexiconFiles(dir).flatMap((path) => readFile(path, faults) ?? []);
    const layerIds = new Map<string, Origin>();
    for (const file of layer) {
      const { ctx, data } = file;
      contexts.set(ctx.file, ctx);
      files.push(ctx.file);
      if (!descriptions.has(data.category)) descriptions.set(data.category, data.description);
      for (const [k, id] of (data.disable ?? []).entries()) {
        if (!merged.delete(id)) faults.push(ctx.fault(ctx.at(['disable', k]), 'LEX012', `disable names '${id}', which no lower layer defines`));
      }
      for (const e of checkEntries(file, faults)) {
        const first = layerIds.get(e.id);
        if (first) {
          faults.push(ctx.fault(e.at.id!, 'LEX006', `duplicate id '${e.id}', first defined at ${first.file}:${first.line}:${first.col}`));
          continue;
        }
        layerIds.set(e.id, e.at.id!);
        merged.set(e.id, e); // a higher layer's entry with the same id replaces the default, in its place
      }
    }
  }
  const entries = [...merged.values()];
  faults.push(...duplicateTerms(entries, contexts));
  const lexicon = compileLexicon(entries, files);
  if (options.examples !== false) {
    for (const f of exampleFaults(entries, lexicon)) {
      const ctx = contexts.get(f.origin.file);
      faults.push(ctx ? ctx.fault(f.origin, f.code, f.message) : { ...f.origin, code: f.code, message: f.message, excerpt: '' });
    }
  }
  faults.sort(byPlace);
  return { lexicon, faults, entries, descriptions };
}

/**
 * A share of the examples (every `count`-th from `index`) of entries that another thread loaded and
 * validated: worker threads split the examples this way without each reading the YAML again. The entries
 * are compiled here; a fault's excerpt is read from its file.
 */
export function checkExampleShard(entries: LoadedEntry[], files: string[], shard: { index: number; count: number }): { lexicon: CompiledLexicon; faults: LexiconFault[] } {
  const lexicon = compileLexicon(entries, files);
  const sources = new Map<string, string>();
  const faults = exampleFaults(entries, lexicon, shard).map(({ origin, code, message }) => {
    let source = sources.get(origin.file);
    if (source === undefined) sources.set(origin.file, (source = readSource(origin.file)));
    return { ...origin, code, message, excerpt: excerpt(source, origin.line, origin.col) };
  });
  return { lexicon, faults };
}

/** Every example, each on its own: a pipeline crash on one sentence is reported there and the rest still run. */
function exampleFaults(entries: LoadedEntry[], lexicon: CompiledLexicon, shard = { index: 0, count: 1 }): ExampleFault[] {
  return exampleCases(entries).flatMap((c, i) => {
    if (i % shard.count !== shard.index) return [];
    try {
      return checkExample(c, lexicon) ?? [];
    } catch (err) {
      const origin = c.entry.at[`${c.kind}.${c.index}`] ?? c.entry.origin;
      const message = `entry '${c.entry.id}': the pipeline failed on this ${c.kind} example (a program error): ${(err as Error).message}`;
      return { origin, code: c.kind === 'match' ? 'LEX008' : 'LEX009', message } satisfies ExampleFault;
    }
  });
}

function duplicateTerms(entries: LoadedEntry[], contexts: Map<string, FileContext>): LexiconFault[] {
  const seen = new Map<string, { entry: LoadedEntry; origin: Origin }>();
  const faults: LexiconFault[] = [];
  for (const e of entries) {
    (e.terms ?? []).forEach((term, k) => {
      const origin = e.at[`terms.${k}`] ?? e.origin;
      const written = formKey(termShape(term));
      for (const form of termForms(term, e.inflect)) {
        const key = formKey(form);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { entry: e, origin });
          continue;
        }
        if (first.entry.id === e.id) continue;
        const ctx = contexts.get(origin.file);
        const what = key === written ? `term '${term}'` : `term '${term}' (inflected as '${key}')`;
        const message = `${what} is already in entry '${first.entry.id}' (${first.origin.file}:${first.origin.line}:${first.origin.col}); a term belongs to one entry`;
        faults.push(ctx ? ctx.fault(origin, 'LEX007', message) : { ...origin, code: 'LEX007', message, excerpt: '' });
        break;
      }
    });
  }
  return faults;
}

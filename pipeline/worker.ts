// A worker thread's side of the pool: it compiles the lexicon entries the main thread loaded and
// validated, runs its share of the lexicon examples, then analyses articles and writes each one's reports
// and cache entry.
import { workerData } from 'node:worker_threads';
import type { CompiledLexicon, LoadedEntry } from './lexicon/compile.ts';
import type { LexiconFault } from './errors.ts';
import { checkExampleShard, loadLexicons } from './lexicon/load.ts';
import type { EntryLocation } from './cache.ts';
import { analyseToDisk } from './run.ts';
import { engine } from './tokenize.ts';
import type { Article } from './types.ts';

// the thread exists to tokenize: the model loads while the main thread loads the lexicons it will send
engine();

export interface WorkerSetup {
  dirs: string[];
  defaults: boolean;
}

export interface AnalyseTask {
  article: Article;
  out: string;
  /** the document's cache key, and the run's journal (see cache.ts) */
  entry: { key: string; journal: string };
  /** the hash of the lexicons the main thread loaded: a thread must analyse with the same */
  hash: string;
}

/** Run a share of the lexicon examples (the main thread then holds no NLP model of its own), on the
 * entries the main thread loaded and validated (a thread then never reads the YAML itself). */
export interface ExamplesTask {
  examples: { index: number; count: number };
  entries: LoadedEntry[];
  files: string[];
}

/** The examples' faults, and the hash of the lexicons they ran on (the main thread checks it is its own). */
export interface ExamplesResult {
  faults: LexiconFault[];
  hash: string;
}

let lexicon: Promise<CompiledLexicon> | undefined;

/** The lexicons, for a thread that ran no share of the examples (the pool gave both to another). */
async function lexiconFor(setup: WorkerSetup, hash: string): Promise<CompiledLexicon> {
  const lex = (await loadLexicons({ dirs: setup.dirs, defaults: setup.defaults, examples: false })).lexicon;
  if (lex.hash !== hash) throw new Error(`lexicons changed while the run started (hash ${lex.hash}, expected ${hash})`);
  return lex;
}

/** Analyses one article, writing its per-document reports and cache entry, and returns where the entry lies;
 * or runs the lexicon examples and returns their faults. */
export default async function analyse(task: AnalyseTask | ExamplesTask): Promise<EntryLocation | ExamplesResult> {
  const setup = workerData as WorkerSetup;
  if ('examples' in task) {
    const checked = checkExampleShard(task.entries, task.files, task.examples);
    // the lexicon just checked is the one to analyse with; the main thread compares hashes
    lexicon ??= Promise.resolve(checked.lexicon);
    return { faults: checked.faults, hash: checked.lexicon.hash };
  }
  lexicon ??= lexiconFor(setup, task.hash);
  return analyseToDisk(task.article, await lexicon, task.out, task.entry);
}

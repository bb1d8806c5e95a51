// A worker thread's side of the pool: it loads the lexicons once (their shape already validated by the
// main thread), runs the lexicon examples when asked, then analyses articles and writes each one's
// reports and cache entry.
import { workerData } from 'node:worker_threads';
import type { CompiledLexicon } from './lexicon/compile.ts';
import type { LexiconFault } from './errors.ts';
import { checkLexicons, loadLexicons } from './lexicon/load.ts';
import type { EntryLocation } from './cache.ts';
import { analyseToDisk } from './run.ts';
import type { Article } from './types.ts';

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

/** Run a share of the lexicon examples (the main thread then holds no NLP model of its own). */
export interface ExamplesTask {
  examples: { index: number; count: number };
}

/** The examples' faults, and the hash of the lexicons they ran on (the main thread checks it is its own). */
export interface ExamplesResult {
  faults: LexiconFault[];
  hash: string;
}

let lexicon: Promise<CompiledLexicon> | undefined;

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
    const checked = await checkLexicons({ dirs: setup.dirs, defaults: setup.defaults, exampleShard: task.examples });
    // the lexicon just checked is the one to analyse with (no second load); the main thread compares hashes
    lexicon ??= Promise.resolve(checked.lexicon);
    return { faults: checked.faults, hash: checked.lexicon.hash };
  }
  lexicon ??= lexiconFor(setup, task.hash);
  return analyseToDisk(task.article, await lexicon, task.out, task.entry);
}

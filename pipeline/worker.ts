// A worker thread's side of the pool: it loads the lexicons once (already validated by the main
// thread), then analyses articles and writes each result straight into the per-document cache.
import { workerData } from 'node:worker_threads';
import type { CompiledLexicon } from './lexicon/compile.ts';
import { loadLexicons } from './lexicon/load.ts';
import { analyseToDisk } from './run.ts';
import type { Article } from './types.ts';

export interface WorkerSetup {
  dirs: string[];
  defaults: boolean;
  hash: string;
}

export interface AnalyseTask {
  article: Article;
  out: string;
  cacheFile: string;
}

let lexicon: Promise<CompiledLexicon> | undefined;

async function lexiconFor(setup: WorkerSetup): Promise<CompiledLexicon> {
  const lex = (await loadLexicons({ dirs: setup.dirs, defaults: setup.defaults, examples: false })).lexicon;
  if (lex.hash !== setup.hash) throw new Error(`lexicons changed while the run started (hash ${lex.hash}, expected ${setup.hash})`);
  return lex;
}

/** Analyses one article, writing its per-document reports and cache entry; returns the marker count. */
export default async function analyse(task: AnalyseTask): Promise<number> {
  lexicon ??= lexiconFor(workerData as WorkerSetup);
  return analyseToDisk(task.article, await lexicon, task.out, task.cacheFile);
}

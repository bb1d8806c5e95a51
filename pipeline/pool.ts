// Worker threads (piscina) for the CPU stages: normalize -> tokenize -> detect -> score -> per-document
// reports. With --workers n >= 1 the threads do all the analysis (and the lexicon examples) while the main
// thread reads input and writes the run-level reports; it never loads the NLP model. Each analysis writes
// its document's reports and cache entry and returns where the entry lies; the main thread aggregates in
// doc-id order, so outputs are identical for any worker count. A thread's heap is bounded: a document
// too large for it fails alone (a failure row), and the pool replaces the thread.
import { Piscina } from 'piscina';
import { byPlace, UsageError, type LexiconFault } from './errors.ts';
import type { EntryLocation } from './cache.ts';
import type { LoadedEntry } from './lexicon/compile.ts';
import type { AnalyseTask, ExamplesResult, WorkerSetup } from './worker.ts';

export interface Pool {
  run(task: AnalyseTask): Promise<EntryLocation>;
  /** every lexicon example of these entries, split over the threads: their faults, and the lexicon hash
   * each thread compiled */
  examples(entries: LoadedEntry[], files: string[]): Promise<{ faults: LexiconFault[]; hashes: string[] }>;
  destroy(): Promise<void>;
}

/**
 * `tasks` documents share a thread at a time: while one waits for the file system to create its reports, the
 * thread analyses the next. A document too large for a thread's heap then takes its neighbour down with it;
 * the run analyses such documents again, one at a time, in a pool of its own (see run.ts).
 */
export function createPool(threads: number, setup: WorkerSetup, tasks = 2): Pool {
  // a thread loads the pipeline through require(), which takes ES modules (p-limit) from Node 20.19 on
  if (!(process.features as { require_module?: boolean }).require_module) {
    throw new UsageError(`worker threads need require() of ES modules, on by default from Node 20.19 (this Node, ${process.version}, has it off): upgrade Node, or run with --workers 0`);
  }
  const piscina = new Piscina({
    filename: new URL('./worker-entry.cjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: tasks,
    workerData: setup,
    // tsx's loader is registered inside the worker; don't inherit a parent's --import/--require flags twice
    execArgv: [],
    // V8 grows a heap lazily when memory is plentiful; a bound keeps the resident size flat on long runs.
    // A 24 MB young generation (V8 would size it from the machine's memory) measured as fast here and
    // holds the 2-thread peak about 40 MB lower
    resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 24 },
  });
  return {
    run: (task) => piscina.run(task) as Promise<EntryLocation>,
    examples: async (entries, files) => {
      const shares = Array.from({ length: threads }, (_, index) => piscina.run({ examples: { index, count: threads }, entries, files }) as Promise<ExamplesResult>);
      const results = await Promise.all(shares);
      return { faults: results.flatMap((r) => r.faults).sort(byPlace), hashes: results.map((r) => r.hash) };
    },
    destroy: () => piscina.destroy(),
  };
}

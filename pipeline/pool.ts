// Worker threads (piscina) for the CPU stages: normalize -> tokenize -> detect -> score -> per-document
// reports. The main thread is one of the workers: with --workers n it starts n - 1 threads and analyses
// whenever the threads have work queued, so no core idles and one copy of the NLP model is saved. Each
// analysis writes its document's cache entry; the main thread aggregates in doc-id order, so outputs are
// identical for any worker count.
import { Piscina } from 'piscina';
import type { AnalyseTask, WorkerSetup } from './worker.ts';

export interface Pool {
  run(task: AnalyseTask): Promise<number>;
  /** true when every thread is busy and enough tasks are waiting to keep it so while the main thread works */
  saturated(): boolean;
  destroy(): Promise<void>;
}

export function createPool(threads: number, setup: WorkerSetup): Pool {
  const piscina = new Piscina({
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: setup,
    // tsx's loader is registered inside the worker; don't inherit a parent's --import/--require flags twice
    execArgv: [],
  });
  return {
    run: (task) => piscina.run(task) as Promise<number>,
    saturated: () => piscina.queueSize >= 2 * threads,
    destroy: () => piscina.destroy(),
  };
}

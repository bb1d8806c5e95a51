// Worker threads (piscina) for the CPU stages: normalize -> tokenize -> detect -> score -> per-document
// reports. Each worker writes its document's cache file; the main thread aggregates in doc-id order, so
// outputs are identical for any worker count.
import { Piscina } from 'piscina';
import type { AnalyseTask, WorkerSetup } from './worker.ts';

export interface Pool {
  run(task: AnalyseTask): Promise<number>;
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
    destroy: () => piscina.destroy(),
  };
}

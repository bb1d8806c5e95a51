// npm run bench [-- --docs <n> --input <path> --map ...]: bare wink-nlp vs the full run on 1 and 2
// workers, each figure the median of --repeat runs, each run in its own process so peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ingest } from './ingest/index.ts';
import { parseFieldMap } from './ingest/record.ts';
import { runPipeline } from './run.ts';
import { syntheticCorpus } from './synthetic.ts';

interface Measure {
  seconds: number;
  bytes: number;
  docs: number;
  tokens: number;
  maxRssMb: number;
  /** CPU time of the whole process over the run (every thread: workers, V8's compiler and GC threads, the
   * file system's calls), in seconds */
  cpuSeconds: number;
  /** a full run's phases, in seconds: from its start to its first document done (the lexicons loaded and checked,
   * the threads started), and its final pass (the run-level reports, after the last document) */
  startup?: number;
  reports?: number;
  /** CPU time of the whole process between those two (the documents' analysis), in seconds: two workers that
   * take more of it than one for the same documents spend it on something the second thread adds (each thread
   * compiles the pipeline's code and regexes for itself) */
  analysisCpu?: number;
}

/** Every text of the corpus, or (keep = false) only their count and size: a full run must not be measured
 * with the whole corpus held in memory beside it. */
async function texts(input: string, map: string[], keep: boolean): Promise<{ docs: string[]; count: number; bytes: number }> {
  const docs: string[] = [];
  let count = 0;
  let bytes = 0;
  for await (const item of ingest([input], { map: parseFieldMap(map) })) {
    if (!('article' in item)) continue;
    count++;
    bytes += Buffer.byteLength(item.article.text);
    if (keep) docs.push(item.article.text);
  }
  return { docs, count, bytes };
}

/** One measured run, in this process (the parent runs each in a child). */
async function child(mode: string, input: string, map: string[], out: string): Promise<Measure> {
  const { docs, count, bytes } = await texts(input, map, mode === 'wink');
  let tokens = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // a full run's first document done, and the start of its final pass
  let firstDone: number | undefined;
  let reportsFrom: number | undefined;
  let cpuFirstDone: NodeJS.CpuUsage | undefined;
  let cpuReportsFrom: NodeJS.CpuUsage | undefined;
  if (mode === 'wink') {
    // the same annotations the pipeline enables, reading out what tokenize reads (lemmas only on request:
    // no detector asks for them)
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const { its } = nlp;
    for (const text of docs) {
      const d = nlp.readDoc(text);
      const v = d.tokens().out(its.value) as string[];
      d.tokens().out(its.normal);
      d.tokens().out(its.pos);
      d.sentences().each(() => undefined);
      tokens += v.length;
    }
  } else {
    const workers = Number(mode.replace('run', ''));
    const outcome = await runPipeline({
      inputs: [input], out, map: parseFieldMap(map), lexiconDirs: [], defaultLexicons: true, full: true,
      concurrency: 4, workers,
      onProgress: (done) => {
        if (done > 0 && firstDone === undefined) {
          firstDone = performance.now();
          cpuFirstDone = process.cpuUsage();
        }
      },
      onReports: () => {
        if (reportsFrom === undefined) {
          reportsFrom = performance.now();
          cpuReportsFrom = process.cpuUsage();
        }
      },
    });
    tokens = outcome.tokens;
  }
  const end = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const seconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
  const analysisCpu = cpuFirstDone && cpuReportsFrom ? seconds(cpuReportsFrom) - seconds(cpuFirstDone) : 0;
  const phases = mode === 'wink' ? {} : { startup: ((firstDone ?? end) - t0) / 1000, reports: (end - (reportsFrom ?? end)) / 1000, analysisCpu };
  return { seconds: (end - t0) / 1000, bytes, docs: count, tokens, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...phases };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function line(label: string, runs: Measure[]): { mbps: number; analysis: number; text: string } {
  const s = median(runs.map((r) => r.seconds));
  const r = runs[0]!;
  const mbps = r.bytes / 1e6 / s;
  const rss = Math.max(...runs.map((x) => x.maxRssMb));
  // how many cores the run kept busy on average: a 1-worker run that shows 1.3 already uses part of the second
  // core (V8 compiles and collects garbage on threads of its own), which a second worker cannot then have
  const cores = median(runs.map((x) => x.cpuSeconds / x.seconds));
  // a full run's fixed costs, which no worker count shortens: its start-up and its final pass
  const phases =
    r.startup === undefined
      ? ''
      : `  start-up ${median(runs.map((x) => x.startup!)).toFixed(1)} s, final reports ${median(runs.map((x) => x.reports!)).toFixed(1)} s, CPU between them ${median(runs.map((x) => x.analysisCpu!)).toFixed(1)} s`;
  return {
    mbps,
    analysis: r.startup === undefined ? 0 : median(runs.map((x) => x.seconds - x.startup! - x.reports!)),
    text: `${label.padEnd(28)} ${mbps.toFixed(2).padStart(6)} MB/s  ${(r.docs / s).toFixed(0).padStart(6)} docs/s  ${(r.tokens / s / 1000).toFixed(0).padStart(5)}k tokens/s  peak RSS ${rss.toFixed(0)} MB  ${cores.toFixed(2)} cores busy  (median of ${runs.length}: ${s.toFixed(2)} s)${phases}`,
  };
}

async function main(): Promise<void> {
  const cli = new Command('bench')
    .description('benchmark framewatch against bare wink-nlp on a synthetic or real corpus')
    .option('--docs <n>', 'synthetic documents to generate', '5000')
    .option('--input <path>', 'a real corpus instead of the synthetic one')
    .option('--map <field=column>', 'field mapping for --input (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .option('--repeat <n>', 'runs per figure (median)', '3')
    .option('--child <mode>', 'internal: one measured run')
    .option('--out <dir>', 'internal: where a measured run writes its reports')
    .parse();
  const o = cli.opts();
  if (o.child) {
    process.stdout.write(JSON.stringify(await child(o.child, o.input, o.map, o.out)));
    return;
  }
  let input = o.input as string | undefined;
  // a run's reports stay until the end while the disk has room for the rest: deleting thousands of files
  // makes file creation on some file systems (this machine's ext4 among them) several times slower for a
  // minute or more, which would slow the next run for a reason that is not its own (and the deletion is
  // never part of a run's time)
  const tmp = mkdtempSync(join(tmpdir(), 'fw-bench-'));
  const free = () => {
    const s = statfsSync(tmp);
    return s.bavail * s.bsize;
  };
  if (!input) {
    input = join(tmp, 'synthetic.jsonl');
    writeFileSync(input, syntheticCorpus(Number(o.docs)).map((r) => JSON.stringify(r)).join('\n'));
  }
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const self = fileURLToPath(import.meta.url);
  let runsLeft = 2 * Number(o.repeat);
  const once = (mode: string): Measure => {
    // bare wink writes nothing
    const out = mode === 'wink' ? undefined : mkdtempSync(join(tmp, 'run-'));
    const before = free();
    const measured = JSON.parse(
      execFileSync(process.execPath, [tsx, self, '--child', mode, '--input', input!, ...(out ? ['--out', out] : []), ...o.map.flatMap((m: string) => ['--map', m])], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    ) as Measure;
    if (out) {
      runsLeft--;
      const after = free();
      // room for the runs still to come, like this one, and a margin of 5 GB
      if (after - runsLeft * Math.max(0, before - after) < 5e9) rmSync(out, { recursive: true, force: true });
    }
    return measured;
  };
  const cores = availableParallelism();
  try {
    process.stdout.write(`corpus: ${o.input ?? `synthetic, ${o.docs} documents`}; ${cores} cores\n`);
    // the three in turn, round after round: a slow spell of the machine (its file system has them) then
    // falls on every line, not on one
    const modes = ['wink', 'run1', 'run2'] as const;
    const runs: Record<(typeof modes)[number], Measure[]> = { wink: [], run1: [], run2: [] };
    const rounds = Number(o.repeat);
    for (let r = 0; r < rounds; r++) {
      for (const mode of modes) {
        process.stderr.write(`round ${r + 1}/${rounds}: ${mode}\n`);
        runs[mode].push(once(mode));
      }
    }
    const wink = line('(1) bare wink-nlp', runs.wink);
    const one = line('(2) framewatch, 1 worker', runs.run1);
    const two = line('(3) framewatch, 2 workers', runs.run2);
    process.stdout.write(`${wink.text}\n${one.text}\n${two.text}\n`);
    process.stdout.write(`(2)/(1) = ${(one.mbps / wink.mbps).toFixed(2)}  (target >= 0.9)\n`);
    process.stdout.write(`(3)/(2) = ${(two.mbps / one.mbps).toFixed(2)}  (target >= 1.7)\n`);
    process.stdout.write(`        between the first document and the final reports: ${(one.analysis / two.analysis).toFixed(2)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

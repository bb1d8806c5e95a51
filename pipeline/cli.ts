#!/usr/bin/env -S npx tsx
// argv -> run() or a sub-command; maps the outcome to exit codes: 0 all done, 1 done with failures,
// 2 could not start (bad lexicons, a missing input, a locked output, bad options), 3 stopped: the reports
// could not be written (a full disk).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { formatFaults, LexiconError, OutputError, UsageError } from './errors.ts';
import { DEFAULT_MAX_BYTES } from './ingest/index.ts';
import { parseFieldMap } from './ingest/record.ts';
import { checkLexicons } from './lexicon/load.ts';
import { writeGenerated } from './lexicon/generate.ts';
import { jsonLine, LOG_FORMATS, logFormatOf, RunReporter } from './progress.ts';
import { compareRuns } from './compare/trends.ts';
import { evaluateBasil } from './evaluate/basil.ts';
import { writeAtomic } from './report/write.ts';
import { evaluatePolnear } from './evaluate/polnear.ts';
import { runPipeline } from './run.ts';
import { VERSION } from './version.ts';

const collect = (v: string, prev: string[]) => [...prev, v];

function program(): Command {
  const cli = new Command('framewatch')
    .description('Flags framing markers in news articles and compares how sources use them.')
    .version(VERSION)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();

  cli
    .command('run')
    .description('analyse articles and write per-document and run-level reports')
    .argument('<input...>', 'files or folders (.txt .md .html .htm .jsonl .ndjson .json .csv, and .gz of each), read recursively')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--map <field=column>', 'read a field from another column, e.g. --map text=body (repeatable)', collect, [])
    .option('--lexicons <dir>', 'a lexicon folder layered over the defaults (repeatable)', collect, [])
    .option('--no-default-lexicons', 'start from no lexicons (only --lexicons folders)')
    .option('--full', 'ignore the per-document cache and analyse every document again')
    .addOption(new Option('--workers <n>', 'worker threads for the analysis (0: the main thread)').default(availableParallelism()).argParser(wholeNumber(0)))
    .addOption(new Option('--concurrency <n>', 'documents in flight (raised to three times the workers when lower)').default(4, '4, or three times the workers when more').argParser(positiveInt))
    .addOption(
      new Option('--max-bytes <n>', 'the largest file read whole (after gunzip), and the longest JSONL line or CSV record')
        .default(DEFAULT_MAX_BYTES)
        .argParser(positiveInt),
    )
    .option('-q, --quiet', 'print nothing but errors')
    .addOption(new Option('--log-format <format>', 'log lines on stderr: text, or one JSON object per line').choices(LOG_FORMATS).default('text'))
    .action(async (inputs: string[], opts) => {
      const map = parseOrUsage(() => parseFieldMap(opts.map));
      const reporter = new RunReporter({ format: opts.logFormat, quiet: Boolean(opts.quiet) });
      const outcome = await runPipeline({
        inputs,
        out: opts.out,
        map,
        lexiconDirs: opts.lexicons,
        defaultLexicons: opts.defaultLexicons,
        full: Boolean(opts.full),
        concurrency: opts.concurrency,
        workers: opts.workers,
        maxBytes: opts.maxBytes,
        onStart: (i) => reporter.start(i),
        onProgress: (done, failed) => reporter.progress(done, failed),
        onReports: (written, total) => reporter.writingReports(written, total),
        onWarning: (m) => reporter.warn(m),
      }).finally(() => reporter.stop());
      reporter.finish({ ...outcome, out: opts.out });
      process.exitCode = outcome.exitCode;
    });

  const lexicon = cli.command('lexicon').description('work with lexicon files');
  lexicon
    .command('check')
    .description('validate the lexicons and run every entry\'s examples; exit 0 when all hold')
    .option('--lexicons <dir>', 'a lexicon folder layered over the defaults (repeatable)', collect, [])
    .option('--no-default-lexicons', 'start from no lexicons (only --lexicons folders)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { faults, lexicon: lex } = await checkLexicons({ dirs: opts.lexicons, defaults: opts.defaultLexicons });
      if (faults.length > 0) {
        process.stdout.write(`${formatFaults(faults, opts.format)}\n`);
        process.exitCode = 2;
        return;
      }
      if (opts.format === 'json') process.stdout.write('[]\n');
      else process.stdout.write(`ok: ${lex.entries.length} entries in ${lex.files.length} file${lex.files.length === 1 ? '' : 's'}, lexicon hash ${lex.hash}\n`);
    });
  lexicon
    .command('build')
    .description('regenerate lexicons/schema.json and the catalogue lexicons/README.md from the schema and the default lexicons')
    .action(async () => {
      const { written, faults } = await writeGenerated();
      for (const f of written) process.stdout.write(`wrote ${f}\n`);
      if (faults) {
        process.stdout.write(`${faults}\n`);
        process.exitCode = 2;
      }
    });
  cli
    .command('compare')
    .description('compare several runs: rates and counterpart shares per source per run date, and switches between forms')
    .argument('<run-dir...>', 'output folders of earlier runs (each with run.json and sources.csv)')
    .requiredOption('-o, --out <dir>', 'where trends.csv and trends.md go')
    .action(async (runDirs: string[], opts) => {
      await compareRuns(runDirs, opts.out);
      process.stderr.write(`compared ${runDirs.length} runs -> ${join(opts.out, 'trends.md')}\n`);
    });

  const evaluate = cli.command('evaluate').description('measure detection against gold annotations');
  evaluate
    .command('polnear')
    .description('attribution cues and their sources against the PolNeAR corpus (dev and test splits)')
    .argument('<dir>', 'the PolNeAR folder (with dev/ and test/)')
    .action(async (dir: string) => {
      process.stdout.write(`${await evaluatePolnear(dir)}\n`);
    });
  evaluate
    .command('basil')
    .description('quotations, their speakers and voice against the BASIL bias spans (quote yes/no and speaker)')
    .argument('<dir>', 'the BASIL folder (with articles/ and annotations/)')
    .option('--mismatches <file>', 'write every disagreement there, one tab-separated line each')
    .action(async (dir: string, opts) => {
      const { report, mismatches } = await evaluateBasil(dir);
      if (opts.mismatches) writeAtomic(opts.mismatches, mismatches);
      process.stdout.write(`${report}\n`);
    });
  return cli;
}

/** An option's parser for whole numbers from `min` (0 or 1) up. */
function wholeNumber(min: 0 | 1): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`expected a ${min === 1 ? 'positive ' : ''}whole number, found '${v}'`);
    return n;
  };
}

const positiveInt = wholeNumber(1);

function parseOrUsage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every usage error is 2
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    const json = logFormatOf(argv) === 'json';
    if (e instanceof LexiconError) {
      process.stderr.write(json ? jsonLine('error', 'lexicon-faults', { faults: JSON.parse(formatFaults(e.faults, 'json')) }) : `${formatFaults(e.faults, 'text')}\n`);
      return 2;
    }
    const message = e instanceof UsageError || e instanceof OutputError ? e.message : ((e as Error).stack ?? String(e));
    process.stderr.write(json ? jsonLine('error', 'error', { message }) : `error: ${message}\n`);
    return e instanceof OutputError ? 3 : 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('pipeline/cli.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

#!/usr/bin/env -S npx tsx
// argv -> run() or a sub-command; maps the outcome to exit codes: 0 all done, 1 done with failures,
// 2 could not start (bad lexicons, a missing input, a locked output, bad options).
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { formatFaults, LexiconError, UsageError } from './errors.ts';
import { parseFieldMap } from './ingest/record.ts';
import { checkLexicons } from './lexicon/load.ts';
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
    .argument('<input...>', 'files or folders (.txt .md .jsonl .ndjson .json .csv), read recursively')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--map <field=column>', 'read a field from another column, e.g. --map text=body (repeatable)', collect, [])
    .option('--lexicons <dir>', 'a lexicon folder layered over the defaults (repeatable)', collect, [])
    .option('--no-default-lexicons', 'start from no lexicons (only --lexicons folders)')
    .option('--full', 'ignore the per-document cache and analyse every document again')
    .addOption(new Option('--workers <n>', 'worker threads for the analysis (1: the main thread)').default(availableParallelism()).argParser(positiveInt))
    .addOption(new Option('--concurrency <n>', 'documents in flight (at least twice the workers)').default(4).argParser(positiveInt))
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (inputs: string[], opts) => {
      const map = parseOrUsage(() => parseFieldMap(opts.map));
      const outcome = await runPipeline({
        inputs,
        out: opts.out,
        map,
        lexiconDirs: opts.lexicons,
        defaultLexicons: opts.defaultLexicons,
        full: Boolean(opts.full),
        concurrency: opts.concurrency,
        workers: opts.workers,
        onWarning: (m) => process.stderr.write(`warning: ${m}\n`),
      });
      if (!opts.quiet) {
        process.stderr.write(
          `${outcome.documents} documents (${outcome.analysed} analysed, ${outcome.reused} reused), ` +
            `${outcome.markers} markers, ${outcome.failures} failures -> ${opts.out}\n`,
        );
      }
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
      else process.stdout.write(`ok: ${lex.entries.length} entries in ${lex.files.length} files, lexicon hash ${lex.hash}\n`);
    });
  return cli;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`expected a positive whole number, found '${v}'`);
  return n;
}

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
    if (e instanceof LexiconError) {
      process.stderr.write(`${formatFaults(e.faults, 'text')}\n`);
      return 2;
    }
    if (e instanceof UsageError || (e instanceof Error && /^input not found/.test(e.message))) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('pipeline/cli.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

// Progress and logs of a run, on stderr. On a terminal: a cli-progress bar with documents per second and
// ETA. Otherwise (cron, CI): a line every few seconds and a summary at the end. `--quiet` keeps errors
// only; `--log-format json` writes one JSON object per line ({level, event, ...}) for log collectors.
import { MultiBar, type SingleBar } from 'cli-progress';

export const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
type Level = 'info' | 'warn' | 'error';

export interface ReporterOptions {
  format: LogFormat;
  quiet: boolean;
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** draw a bar (default: when the stream is a terminal and the format is text) */
  tty?: boolean;
  /** how often a progress line is written when there is no bar */
  intervalMs?: number;
  now?: () => number;
}

export interface RunSummary {
  documents: number;
  analysed: number;
  reused: number;
  markers: number;
  failures: number;
  exitCode: number;
  out: string;
}

/** One JSON log line. */
export function jsonLine(level: Level, event: string, fields: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ level, event, time: new Date().toISOString(), ...fields })}\n`;
}

/** The --log-format named on a command line, read before the command line is parsed (for its errors). */
export function logFormatOf(argv: string[]): LogFormat {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--log-format' ? argv[i + 1] : argv[i]!.startsWith('--log-format=') ? argv[i]!.slice(13) : undefined;
    if (v === 'json') return 'json';
  }
  return 'text';
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

function formatEta(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class RunReporter {
  private readonly stream: NodeJS.WritableStream;
  private readonly now: () => number;
  private readonly startedAt: number;
  private total: number | undefined;
  private done = 0;
  private failed = 0;
  private timer: NodeJS.Timeout | undefined;
  private multibar: MultiBar | undefined;
  private bar: SingleBar | undefined;
  /** the final pass: documents written to the run-level reports, of `total` (undefined while analysing) */
  private writing: { done: number; total: number; bar?: SingleBar } | undefined;

  constructor(private readonly o: ReporterOptions) {
    this.stream = o.stream ?? process.stderr;
    this.now = o.now ?? Date.now;
    this.startedAt = this.now();
  }

  private write(level: Level, event: string, text: string, fields: Record<string, unknown> = {}): void {
    if (this.o.quiet && level !== 'error') return;
    const line = this.o.format === 'json' ? jsonLine(level, event, fields) : `${text}\n`;
    if (this.multibar) this.multibar.log(line);
    else this.stream.write(line);
  }

  /** The inputs are listed: `documents` is known when every file holds one document. */
  start(inputs: { files: number; documents?: number }): void {
    // quiet shows neither the count nor a bar: the count (a pass over every JSONL file) is not even read
    if (this.o.quiet) return;
    const documents = inputs.documents;
    this.total = documents;
    this.write('info', 'start', `reading ${inputs.files} input file${inputs.files === 1 ? '' : 's'}${documents !== undefined ? ` (${documents} documents)` : ''}`, { files: inputs.files, documents: documents ?? null });
    const tty = this.o.tty ?? (this.o.format === 'text' && Boolean((this.stream as { isTTY?: boolean }).isTTY));
    if (tty) {
      const known = this.total !== undefined;
      this.multibar = new MultiBar({
        stream: this.stream,
        format: known
          ? '{bar} {percentage}% | {value}/{total} documents | {rate} docs/s | ETA {eta_formatted} | {failed} failed'
          : '{value} documents | {rate} docs/s | {failed} failed',
        barsize: 30,
        etaBuffer: 50,
        clearOnComplete: false,
        hideCursor: false,
      });
      this.bar = this.multibar.create(this.total ?? 0, 0, { rate: '0.0', failed: 0 });
    } else {
      this.timer = setInterval(() => this.line(), this.o.intervalMs ?? 5000);
      this.timer.unref();
    }
  }

  private rate(): number {
    const s = (this.now() - this.startedAt) / 1000;
    return s > 0 ? (this.done + this.failed) / s : 0;
  }

  /** Documents done and failed so far. */
  progress(done: number, failed: number): void {
    this.done = done;
    this.failed = failed;
    this.bar?.update(done + failed, { rate: this.rate().toFixed(1), failed });
  }

  /**
   * The final pass, after the last document: its rows go to markers.csv, quotes.csv and documents.csv and
   * its score to the source reports (on 50,000 documents it takes about half a minute, which a bar left at
   * 100% would not explain). A second bar on a terminal; elsewhere the periodic line counts it (a short run
   * is done before it is due).
   */
  writingReports(done: number, total: number): void {
    if (this.o.quiet) return;
    if (!this.writing) {
      this.writing = { done, total };
      this.writing.bar = this.multibar?.create(total, done, {}, { format: '{bar} {percentage}% | {value}/{total} documents in the run-level reports' });
    }
    this.writing.done = done;
    this.writing.bar?.update(done);
  }

  private line(): void {
    if (this.writing) {
      const { done, total } = this.writing;
      this.write('info', 'reports', `reports: ${done}/${total} documents written`, { written: done, total });
      return;
    }
    const n = this.done + this.failed;
    const rate = this.rate();
    const fields: Record<string, unknown> = { done: this.done, failed: this.failed, rate: Number(rate.toFixed(2)) };
    let text = `progress: ${n} documents`;
    if (this.total !== undefined && this.total > 0) {
      const eta = rate > 0 ? (this.total - n) / rate : Number.NaN;
      text = `progress: ${n}/${this.total} documents (${Math.floor((100 * n) / this.total)}%)`;
      Object.assign(fields, { total: this.total, eta_s: Number.isFinite(eta) ? Math.round(eta) : null });
      text += `, ${this.failed} failed, ${rate.toFixed(1)} docs/s, ETA ${formatEta(eta)}`;
    } else text += `, ${this.failed} failed, ${rate.toFixed(1)} docs/s`;
    this.write('info', 'progress', text, fields);
  }

  warn(message: string): void {
    this.write('warn', 'warning', `warning: ${message}`, { message });
  }

  error(message: string, fields: Record<string, unknown> = {}): void {
    this.stop();
    this.write('error', 'error', `error: ${message}`, { message, ...fields });
  }

  /** Stops the bar or the timer (also when the run throws). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.multibar?.stop();
    this.multibar = undefined;
    this.bar = undefined;
    this.writing = undefined;
  }

  finish(s: RunSummary): void {
    this.stop();
    const ms = this.now() - this.startedAt;
    const rate = ms > 0 ? ((s.documents + s.failures) * 1000) / ms : 0;
    const { documents, analysed, reused, markers, failures, exitCode, out } = s;
    const fields = { documents, analysed, reused, markers, failures, exit_code: exitCode, out, seconds: Number(seconds(ms)), rate: Number(rate.toFixed(2)) };
    this.write(
      'info',
      'summary',
      `${s.documents} documents (${s.analysed} analysed, ${s.reused} reused), ${s.markers} markers, ` +
        `${s.failures} failures -> ${s.out} in ${seconds(ms)} s (${rate.toFixed(1)} docs/s)`,
      fields,
    );
    if (s.failures > 0) {
      const where = `${s.out.replace(/\/+$/, '')}/failures.csv`;
      // even --quiet says so: it is what a scheduler's mail should show
      this.write('error', 'failures', `${s.failures} document${s.failures === 1 ? '' : 's'} failed: see ${where}`, { failures: s.failures, file: where });
    }
  }
}

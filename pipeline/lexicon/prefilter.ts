// prefilter: pure. Most pattern entries never match a given document, yet running a regex over a whole
// document costs about as much whether it matches or not (most patterns open with a lookbehind, which
// defeats the regex engine's own literal scan). So each pattern gets the literals every match must
// contain, read off its source, and one pass over the document (Aho-Corasick) tells which lines hold
// which literals: a pattern runs only on the lines that hold what it needs, and not at all on most
// documents. The test is conservative: anything that is not a plain character (classes, sets,
// back-references) adds no requirement.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Literals (lower-case ASCII) any match contains: every clause holds, a clause holds when one of its
 * literals occurs in the text. An empty list requires nothing. */
export type Requirement = string[][];

interface Info {
  /** every string the node can match, when few and known */
  exact: string[] | null;
  /** clauses every match satisfies */
  clauses: string[][];
}

const MAX_EXACT = 64;
/** shorter literals occur in nearly every document: they filter nothing and cost a lookup */
const MIN_LITERAL = 3;
const MAX_CLAUSES = 2;

const EMPTY: Info = { exact: [''], clauses: [] };
const UNKNOWN: Info = { exact: null, clauses: [] };

/**
 * The literals every match of `source` (compiled with the `i` and `u` flags) must contain. Literals are
 * ASCII only: under `iu` an ASCII letter also matches only U+212A (k) and U+017F (s), which the scanner
 * folds. A source the parser cannot read requires nothing.
 */
export function requiredLiterals(source: string): Requirement {
  let info: Info;
  try {
    info = infoOf(new RegExpParser().parsePattern(source, 0, source.length, { unicode: true }));
  } catch {
    return []; // not a pattern regexpp reads: the lexicon loader reports it
  }
  const candidates = [...info.clauses];
  const own = clauseOf(info.exact);
  if (own) candidates.push(own);
  const usable = candidates
    .map(minimal)
    .filter((c) => c.every((s) => s.length >= MIN_LITERAL))
    .sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
  return usable.slice(0, MAX_CLAUSES);
}

function shortest(clause: string[]): number {
  return Math.min(...clause.map((s) => s.length));
}

/** A clause without literals that contain another of its literals (those add nothing to an "or"). */
function minimal(clause: string[]): string[] {
  const unique = [...new Set(clause)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return unique.filter((s, i) => !unique.slice(0, i).some((t) => s.includes(t)));
}

function clauseOf(exact: string[] | null): string[] | null {
  return exact && exact.length > 0 && exact.every((s) => s.length > 0) ? exact : null;
}

/** The most selective clause an Info offers (its longest shortest literal), or null. */
function bestClause(info: Info): string[] | null {
  const all = [...info.clauses];
  const own = clauseOf(info.exact);
  if (own) all.push(own);
  let best: string[] | null = null;
  for (const c of all) if (!best || shortest(c) > shortest(best)) best = c;
  return best;
}

function alternation(options: Info[]): Info {
  if (options.length === 1) return options[0]!;
  if (options.every((o) => o.exact) && options.reduce((n, o) => n + o.exact!.length, 0) <= MAX_EXACT) {
    return { exact: options.flatMap((o) => o.exact!), clauses: [] };
  }
  const union: string[] = [];
  for (const o of options) {
    const c = bestClause(o);
    if (!c) return UNKNOWN;
    union.push(...c);
  }
  return { exact: null, clauses: [union] };
}

function repeat(a: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return a;
  if (min === 0) return max === 1 && a.exact ? { exact: [...a.exact, ''], clauses: [] } : UNKNOWN;
  // one copy at least: whatever one copy requires
  const c = bestClause(a);
  return { exact: null, clauses: c ? [c] : [] };
}

/** What a node of the pattern's syntax tree (from regexpp, ESLint's regex parser) can match. */
function infoOf(node: AST.Node): Info {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return alternation(node.alternatives.map(infoOf));
    case 'Alternative':
      return sequence(node.elements.map(infoOf));
    case 'Quantifier':
      return repeat(infoOf(node.element), node.min, node.max);
    case 'Character':
      return literal(String.fromCodePoint(node.value));
    case 'Assertion': {
      if (node.kind !== 'lookahead' && node.kind !== 'lookbehind') return EMPTY; // ^ $ \b \B
      if (node.negate) return EMPTY;
      // a positive lookaround matches no characters, but what it looks at is in the document all the same
      const c = bestClause(alternation(node.alternatives.map(infoOf)));
      return { exact: [''], clauses: c ? [c] : [] };
    }
    default:
      // character classes and sets, back-references: some character(s), no literal
      return UNKNOWN;
  }
}

/** Terms in a row: adjacent known strings join into longer literals (the run), so "\\s+killed" gives
 * "killed" and not six one-letter clauses. */
function sequence(terms: Info[]): Info {
  const clauses: string[][] = [];
  let run: string[] = [''];
  let whole = true;
  const flush = () => {
    const c = clauseOf(run);
    if (c) clauses.push(c);
  };
  for (const t of terms) {
    clauses.push(...t.clauses);
    if (t.exact && run.length * t.exact.length <= MAX_EXACT) {
      run = run.flatMap((x) => t.exact!.map((y) => x + y));
      continue;
    }
    whole = false;
    flush();
    run = t.exact ?? [''];
  }
  if (whole) return { exact: run, clauses };
  flush();
  return { exact: null, clauses };
}

/** One character of the pattern: ASCII is a literal (case folded), anything else an unknown. */
function literal(c: string): Info {
  return c.charCodeAt(0) < 128 ? { exact: [c.toLowerCase()], clauses: [] } : UNKNOWN;
}

/**
 * Which of a fixed set of literals occur in a text: an Aho-Corasick automaton over lower-case ASCII, as
 * a dense transition table. Characters outside ASCII restart the scan (no literal holds one), except
 * U+212A and U+017F, which case-insensitive matching takes for k and s.
 */
export class LiteralScanner {
  readonly ids = new Map<string, number>();
  private readonly delta: Int32Array;
  private readonly outputs: (number[] | undefined)[];

  constructor(literals: Iterable<string>) {
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    for (const lit of literals) {
      if (this.ids.has(lit)) continue;
      const id = this.ids.size;
      this.ids.set(lit, id);
      let s = 0;
      for (let k = 0; k < lit.length; k++) {
        const code = lit.charCodeAt(k);
        let next = goto[s]!.get(code);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s]!.set(code, next);
        }
        s = next;
      }
      out[s]!.push(id);
    }
    // breadth first: each state's failure state is done before its children need it
    const delta = new Int32Array(goto.length * 128);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let code = 0; code < 128; code++) {
      const next = goto[0]!.get(code) ?? 0;
      delta[code] = next;
      if (next !== 0) queue.push(next);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let code = 0; code < 128; code++) {
        const next = goto[s]!.get(code);
        if (next === undefined) delta[s * 128 + code] = delta[fail[s]! * 128 + code]!;
        else {
          delta[s * 128 + code] = next;
          fail[next] = delta[fail[s]! * 128 + code]!;
          queue.push(next);
        }
      }
    }
    this.delta = delta;
    this.outputs = out.map((o) => (o.length > 0 ? [...new Set(o)] : undefined));
  }

  /** The text's lines, and for each literal the lines it occurs on. */
  lines(text: string): LiteralLines {
    const at: (number[] | undefined)[] = new Array(this.ids.size).fill(undefined);
    const starts = [0];
    const { delta, outputs } = this;
    let line = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
        line++;
      } else if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) {
        if (c === 0x212a) c = 107;
        else if (c === 0x17f) c = 115;
        else {
          s = 0;
          continue;
        }
      }
      s = delta[s * 128 + c]!;
      const o = outputs[s];
      if (o === undefined) continue;
      for (let k = 0; k < o.length; k++) {
        const seen = at[o[k]!];
        if (seen === undefined) at[o[k]!] = [line];
        else if (seen[seen.length - 1] !== line) seen.push(line);
      }
    }
    return { starts, at };
  }
}

/** Where a scanner's literals occur: `starts[n]` is where line n begins (lines end at a newline), and
 * `at[id]` lists the lines that hold literal `id`, in order, or is undefined when it does not occur. */
export interface LiteralLines {
  starts: number[];
  at: (number[] | undefined)[];
}

/** The lines on which every clause has a literal, in order. */
export function candidateLines(clauses: number[][], where: LiteralLines): number[] {
  // count[n] is how many clauses, taken in order, line n has satisfied so far
  const count = new Uint8Array(where.starts.length);
  const out: number[] = [];
  clauses.forEach((clause, k) => {
    for (const id of clause) {
      for (const n of where.at[id] ?? []) {
        if (count[n] !== k) continue;
        count[n] = k + 1;
        if (k === clauses.length - 1) out.push(n);
      }
    }
  });
  return out.sort((a, b) => a - b);
}

/** The requirement as literal ids of a scanner, for `candidateLines`. */
export function requirementIds(req: Requirement, scanner: LiteralScanner): number[][] {
  return req.map((clause) => clause.map((lit) => scanner.ids.get(lit)!));
}

// Every entry proves itself: its match examples must hit exactly the marked spans, its nomatch
// examples nothing, through the real normalize -> tokenize -> detect path.
import { textArticle } from '../analyze.ts';
import { analyzeArticle } from '../run.ts';
import type { CompiledLexicon, LoadedEntry, Origin } from './compile.ts';

export interface ExampleFault {
  origin: Origin;
  code: 'LEX008' | 'LEX009';
  message: string;
}

export interface ExampleCase {
  entry: LoadedEntry;
  kind: 'match' | 'nomatch';
  index: number;
  /** the sentence with [[ ]] removed */
  text: string;
  expected: [number, number][];
}

/** Strip [[...]] markers, returning the plain sentence and the marked spans. */
export function parseExample(marked: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[\[(.+?)\]\]/g)) {
    text += marked.slice(last, m.index);
    spans.push([text.length, text.length + m[1]!.length]);
    text += m[1];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), spans };
}

export function exampleCases(entries: LoadedEntry[]): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const entry of entries) {
    entry.match.forEach((m, index) => {
      const { text, spans } = parseExample(m);
      cases.push({ entry, kind: 'match', index, text, expected: spans });
    });
    entry.nomatch.forEach((text, index) => cases.push({ entry, kind: 'nomatch', index, text, expected: [] }));
  }
  return cases;
}

/** Runs one example; returns the fault message, or undefined when it holds. */
export function checkExample(c: ExampleCase, lexicon: CompiledLexicon): ExampleFault | undefined {
  const hits = analyzeArticle(textArticle(c.text), lexicon)
    .result.detection.markers.filter((m) => m.entry === c.entry.id && m.category === c.entry.category)
    .map((m) => [m.start, m.end] as [number, number]);
  const show = (spans: [number, number][]) =>
    spans.length ? spans.map(([a, b]) => `'${c.text.slice(a, b)}' at ${a + 1}`).join(', ') : 'no hit';
  const origin = c.entry.at[`${c.kind}.${c.index}`] ?? c.entry.origin;
  const key = (s: [number, number][]) => JSON.stringify([...s].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
  if (c.kind === 'match' && key(hits) !== key(c.expected)) {
    return { origin, code: 'LEX008', message: `entry '${c.entry.id}': match example expected ${show(c.expected)}, found ${show(hits)}` };
  }
  if (c.kind === 'nomatch' && hits.length > 0) {
    return { origin, code: 'LEX009', message: `entry '${c.entry.id}': nomatch example expected no hit, found ${show(hits)}` };
  }
  return undefined;
}

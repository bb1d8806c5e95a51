import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../pipeline/lexicon/compile.ts';
import { parseExample } from '../pipeline/lexicon/examples.ts';
import { loadLexicons } from '../pipeline/lexicon/load.ts';
import { candidateLines, LiteralScanner, requiredLiterals, requirementIds } from '../pipeline/lexicon/prefilter.ts';
import { foldText } from '../pipeline/normalize.ts';

/** The lines of `text` the prefilter lets `source` run on. */
function lines(source: string, text: string): number[] {
  const req = requiredLiterals(source);
  const scanner = new LiteralScanner(req.flat());
  return candidateLines(requirementIds(req, scanner), scanner.lines(text));
}
const passes = (source: string, text: string) => lines(source, text).length > 0;

describe('required literals of a pattern', () => {
  it('joins literal runs and folds case', () => {
    expect(requiredLiterals('\\b(?<mark>Officials\\s+(?:said|say|says|told))\\b')).toEqual([['officials'], ['say', 'said', 'told']]);
  });

  it('expands small alternations inside a word', () => {
    expect(requiredLiterals('\\bdescrib(?:e|es|ed|ing)\\b')).toEqual([['describe', 'describing']]);
  });

  it('takes what a positive lookaround needs, and nothing from a negative one', () => {
    expect(requiredLiterals('(?<=,\\s{0,3})(?<mark>citing)\\b')).toEqual([['citing']]);
    expect(requiredLiterals('(?<!water\\s)(?=\\s+rocket)')).toEqual([['rocket']]);
  });

  it('requires nothing of optional parts, short literals or an alternative without literals', () => {
    expect(requiredLiterals('(?:strike)?\\s+\\p{L}+')).toEqual([]);
    expect(requiredLiterals('\\b(?:by|of)\\b')).toEqual([]);
    expect(requiredLiterals('(?:rocket|\\d+)')).toEqual([]);
  });

  it('reads escapes as the characters they stand for, and requires nothing of a source it cannot parse', () => {
    expect(requiredLiterals('\\x41rocket')).toEqual([['arocket']]);
    expect(requiredLiterals('(?<=unclosed')).toEqual([]);
  });

  it('never takes a non-ASCII character for a literal', () => {
    expect(requiredLiterals('Çaxyz')).toEqual([['axyz']]);
  });
});

describe('literal scanner', () => {
  it('finds overlapping and nested literals', () => {
    const scanner = new LiteralScanner(['he', 'she', 'his', 'hers']);
    expect(scanner.lines('USHERS').at).toEqual([[0], [0], undefined, [0]]);
  });

  it('tells the lines on which every clause of a requirement holds', () => {
    const source = '\\b(?<mark>officials\\s+(?:said|told))\\b';
    expect(lines(source, 'Officials met.\nThey said so.\nOfficials said it; officials told us.\nOfficials told them.')).toEqual([2, 3]);
    expect(lines(source, 'Officials met.\nThey said so.')).toEqual([]);
  });

  it('folds the two non-ASCII letters case-insensitive matching takes for k and s', () => {
    expect(passes('killed', '\u212Ailled')).toBe(true);
    expect(passes('says', 'say\u017F')).toBe(true);
    expect(/says/iu.test('say\u017F')).toBe(true);
  });

  it('agrees with a case-insensitive substring search on each line', () => {
    const literal = fc.stringMatching(/^[a-c' -]{1,4}$/);
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'c', "'", ' ', '-', 'é', '\n'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 6 }), text, (literals, t) => {
        const scanner = new LiteralScanner(literals);
        const { at, starts } = scanner.lines(t);
        const holding = (l: string) => t.toLowerCase().split('\n').flatMap((line, n) => (line.includes(l) ? [n] : []));
        expect(starts).toEqual(t.split('\n').map((_, n) => (n === 0 ? 0 : t.split('\n').slice(0, n).join('\n').length + 1)));
        for (const l of literals) expect(at[scanner.ids.get(l)!] ?? []).toEqual(holding(l));
      }),
    );
  });
});

describe('every default pattern', () => {
  let lexicon: CompiledLexicon;
  beforeAll(async () => {
    lexicon = (await loadLexicons({ examples: false })).lexicon;
  });

  it('passes the prefilter on every example it matches', () => {
    let checked = 0;
    for (const c of lexicon.entries) {
      if (!c.pattern) continue;
      for (const marked of [...(c.source.match ?? []), ...(c.source.nomatch ?? [])]) {
        const text = foldText(parseExample(marked).text);
        c.pattern.lastIndex = 0;
        if (!c.pattern.test(text)) continue;
        checked++;
        expect(c.needs ? candidateLines(c.needs, lexicon.literals.lines(text)) : [0], `${c.id}: ${text}`).toEqual([0]);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('skips patterns on a text without their literals', () => {
    const where = lexicon.literals.lines('The weather was mild on Tuesday.');
    const skipped = lexicon.entries.filter((c) => c.needs && candidateLines(c.needs, where).length === 0);
    expect(skipped.length).toBeGreaterThan(20);
  });
});

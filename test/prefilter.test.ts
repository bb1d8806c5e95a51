import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../pipeline/lexicon/compile.ts';
import { parseExample } from '../pipeline/lexicon/examples.ts';
import { loadLexicons } from '../pipeline/lexicon/load.ts';
import { LiteralScanner, requiredLiterals, requirementIds, satisfied } from '../pipeline/lexicon/prefilter.ts';
import { foldText } from '../pipeline/normalize.ts';

/** Whether the prefilter lets `source` run on `text`. */
function passes(source: string, text: string): boolean {
  const req = requiredLiterals(source);
  const scanner = new LiteralScanner(req.flat());
  return satisfied(requirementIds(req, scanner), scanner.scan(text));
}

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
    expect([...scanner.scan('USHERS')]).toEqual([1, 1, 0, 1]);
  });

  it('folds the two non-ASCII letters case-insensitive matching takes for k and s', () => {
    expect(passes('killed', '\u212Ailled')).toBe(true);
    expect(passes('says', 'say\u017F')).toBe(true);
    expect(/says/iu.test('say\u017F')).toBe(true);
  });

  it('agrees with a case-insensitive substring search', () => {
    const literal = fc.stringMatching(/^[a-c' -]{1,4}$/);
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'c', "'", ' ', '-', 'é', '\n'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 6 }), text, (literals, t) => {
        const scanner = new LiteralScanner(literals);
        const found = scanner.scan(t);
        for (const l of literals) expect(found[scanner.ids.get(l)!] === 1).toBe(t.toLowerCase().includes(l));
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
        expect(c.needs ? satisfied(c.needs, lexicon.literals.scan(text)) : true, `${c.id}: ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('skips patterns on a text without their literals', () => {
    const found = lexicon.literals.scan('The weather was mild on Tuesday.');
    const skipped = lexicon.entries.filter((c) => c.needs && !satisfied(c.needs, found));
    expect(skipped.length).toBeGreaterThan(20);
  });
});

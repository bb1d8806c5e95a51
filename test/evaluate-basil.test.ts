// The BASIL evaluator on a three-article fixture written for this test (same layout: articles/<year>/<id>.json,
// annotations/<year>/<id>_ann.json; sentences and annotations of our own).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textArticle } from '../pipeline/analyze.ts';
import {
  basilSpeakerMatches, evaluateBasil, isNamedSpeaker, quotedShare, rebuildText, renderBasil, scoreBasil, spanOffsets,
  type BasilArticle, type BasilSpan,
} from '../pipeline/evaluate/basil.ts';
import type { Quote } from '../pipeline/types.ts';

const DIR = 'test/fixtures/basil';
const read = (path: string) => JSON.parse(readFileSync(`${DIR}/${path}`, 'utf8'));
const spansOf = (path: string): BasilSpan[] => read(path)['phrase-level-annotations'];

describe('evaluate basil: the text and the offset map', () => {
  it('joins title, paragraphs and sentences as framewatch reads them', () => {
    const doc = rebuildText(read('articles/2020/budget_1.json') as BasilArticle);
    expect(doc.text).toBe(
      'Mayor Faces Budget Revolt\n\nMayor Ana Ruiz defended her reckless budget on Monday, calling the militants a threat.\n\n' +
        '"This plan keeps the city afloat and stops the terrorists," Ruiz said. Critics were unmoved.\n\n' +
        'Council member Tom Berg called the plan "a fantasy" and vowed to block it.',
    );
    // the text the pipeline analyses is the same
    expect(textArticle(doc.body, doc.title).text).toBe(doc.text);
    expect(doc.sentenceStarts).toHaveLength(4);
  });

  it('maps every span, title ones too, to its words in the text', () => {
    for (const [article, ann] of [
      ['articles/2020/budget_1.json', 'annotations/2020/budget_1_ann.json'],
      ['articles/2020/port_2.json', 'annotations/2020/port_2_ann.json'],
      ['articles/2021/vote_3.json', 'annotations/2021/vote_3_ann.json'],
    ] as const) {
      const doc = rebuildText(read(article) as BasilArticle);
      for (const span of spansOf(ann)) {
        const at = spanOffsets(doc, span)!;
        expect(doc.text.slice(at.start, at.end)).toBe(span.txt);
      }
    }
  });

  it('adds no space after a sentence that ends in one, and starts the body at 0 with no title', () => {
    const doc = rebuildText({ source: 'x', title: '', 'body-paragraphs': [['One ends here. ', 'Two follows.', 'Three too.'], ['Four.']] });
    expect(doc.text).toBe('One ends here. Two follows. Three too.\n\nFour.');
    expect(doc.sentenceStarts).toEqual([0, 15, 28, 40]);
    expect(spanOffsets(doc, { id: 'title', start: 0, end: 3, txt: '', quote: 'no', speaker: '' })).toBeUndefined();
    expect(spanOffsets(doc, { id: 'p9', start: 0, end: 3, txt: '', quote: 'no', speaker: '' })).toBeUndefined();
  });
});

describe('evaluate basil: speakers', () => {
  it('checks named persons and bodies, not groups nor plural descriptions of people', () => {
    for (const id of ['Ana_Ruiz', 'Harbour_Council', 'NAACP', 'Port_campaign', 'Jo_Sanders']) expect(isNamedSpeaker(id), id).toBe(true);
    for (const id of ['other_anti', 'other_pro', 'other_neutral', 'protestors', 'dock_workers', 'Harbour_lawmakers', 'City_Democrats', '']) {
      expect(isNamedSpeaker(id), id).toBe(false);
    }
  });

  it('matches a speaker sharing a name word with the id, case-folded; not another name nor anonymous', () => {
    expect(basilSpeakerMatches('Ruiz', 'Ana_Ruiz', '')).toBe(true);
    expect(basilSpeakerMatches('ANA RUIZ', 'Ana_Ruiz', '')).toBe(true);
    expect(basilSpeakerMatches('Tom Berg', 'Ana_Ruiz', '')).toBe(false);
    expect(basilSpeakerMatches('anonymous', 'Ana_Ruiz', '')).toBe(false);
    expect(basilSpeakerMatches('', 'Ana_Ruiz', '')).toBe(false);
  });

  it('takes a span as quoted when at least half of it lies in quotations', () => {
    const q = (start: number, end: number) => ({ start, end }) as Quote;
    expect(quotedShare({ start: 10, end: 20 }, [q(0, 15)])).toBe(0.5);
    expect(quotedShare({ start: 10, end: 20 }, [q(12, 14), q(16, 18)])).toBeCloseTo(0.4);
    // overlapping quotations count once
    expect(quotedShare({ start: 10, end: 20 }, [q(10, 16), q(12, 20)])).toBe(1);
    expect(quotedShare({ start: 10, end: 20 }, [])).toBe(0);
  });
});

describe('evaluate basil: the scores', () => {
  it('counts quoted and unquoted spans, speakers and voice, overall and per outlet', async () => {
    const s = await scoreBasil(DIR);
    // quoted: Ruiz's and Berg's quotations (matched), "collapsed" (in no quotation), the union leader's (other_anti:
    // not checked), the pier quotation (ours: the port authority; gold: Lena_Park), Cole's (House_Democrats: a group)
    expect(s.all).toMatchObject({ documents: 3, quoted: 6, inQuotation: 5, speakerChecked: 3, speakerMatched: 2 });
    // unquoted: all outside but the span that is exactly the quotation "dead on arrival"; the longer span around
    // it is mostly the author's words
    expect(s.all).toMatchObject({ unquoted: 7, outside: 6 });
    // "terrorists" in Ruiz's quotation; "militants" and "massacre" in spans of the author's sentences that report speech
    expect(s.all.voice).toEqual({ yes: { quoted: 1, attributed: 0, author: 0 }, no: { quoted: 0, attributed: 2, author: 0 } });
    expect([...s.bySource.keys()].sort()).toEqual(['fox', 'hpo', 'nyt']);
    expect(s.bySource.get('fox')).toMatchObject({ documents: 1, quoted: 2, inQuotation: 2, speakerChecked: 2, speakerMatched: 2, unquoted: 3, outside: 3 });
    expect(s.bySource.get('nyt')).toMatchObject({ documents: 1, quoted: 3, inQuotation: 2, speakerChecked: 1, speakerMatched: 0, unquoted: 3, outside: 2 });
    expect(s.bySource.get('hpo')).toMatchObject({ documents: 1, quoted: 1, inQuotation: 1, speakerChecked: 0, unquoted: 1, outside: 1 });
    const report = renderBasil(s);
    expect(report).toContain('| all | 3 | 6 | 5 | 0.833 | 3 | 2 | 0.667 | 7 | 6 | 0.857 |');
    expect(report).toContain('| hpo | 1 | 1 | 1 | 1.000 | 0 | 0 | n/a | 1 | 1 | 1.000 |');
    expect(report).toContain('| all | no | 2 | 0 | 2 | 0 |');
  });

  it('lists every disagreement with its document, span, ours, gold and sentence', async () => {
    const { mismatches } = await evaluateBasil(DIR);
    const rows = mismatches.trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ['2020/port_2', 'p0:14-23', 'quote-missed', 'ours=none', 'gold=yes/Lena_Park'],
      ['2020/port_2', 'p2:37-54', 'quote-extra', 'ours=partial/Lena Park', 'gold=no/-'],
      ['2020/port_2', 'p3:0-27', 'speaker', 'ours=direct/port authority', 'gold=yes/Lena_Park'],
    ]);
    expect(rows[2]![7]).toBe('"We will rebuild the pier," the port authority said.');
  });
});

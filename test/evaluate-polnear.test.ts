// The PolNeAR evaluator on a two-split fixture written for this test (same brat standoff layout).
import { describe, expect, it } from 'vitest';
import { annotatorAgreement, evaluatePolnear, parseAnn, renderScores, scoreSplit } from '../pipeline/evaluate/polnear.ts';

const DIR = 'test/fixtures/polnear';

describe('evaluate polnear', () => {
  it('reads cue and source spans from brat standoff', () => {
    const gold = parseAnn('T1\tSource 0 3\tAna\nT2\tCue 4 8\tsaid\nT3\tContent 9 12\tyes\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n');
    expect(gold).toEqual([
      { cue: { start: 4, end: 8, text: 'said' }, source: { start: 0, end: 3, text: 'Ana' }, content: { start: 9, end: 12, text: 'yes' } },
    ]);
  });

  it('keeps the pieces of a discontinuous span, and its extent', () => {
    const gold = parseAnn('T1\tCue 6 10\tsaid\nT2\tContent 0 5;12 20\tYes, it is\nE1\tAttribution:T1 Content:T2 Cue:T1\n');
    expect(gold[0]!.content).toEqual({ start: 0, end: 20, text: 'Yes, it is', parts: [[0, 5], [12, 20]] });
  });

  it('scores cues outside quotations by overlap, and the sources they name', async () => {
    const s = await scoreSplit(DIR, 'dev');
    expect(s.gold).toBe(4);
    // "said" inside the quotation is a cue in quoted voice: counted only among every cue
    expect(s.predicted).toBe(4);
    expect(s.truePositives).toBe(4);
    expect(s.predictedAll).toBe(5);
    expect(s.truePositivesAll).toBe(4);
    // "Ana Ruiz" for "Mayor Ana Ruiz"; "she" resolved to Ana Ruiz; "engineers" is anonymous; "the mayor", whom the
    // text names Mayor Ana Ruiz
    expect([s.sourceMatched, s.sourceChecked]).toEqual([4, 4]);
    const report = renderScores([s]);
    expect(report).toContain('| dev | 1 | 4 | 4 | 4 | 1.000 | 1.000 | 1.000 | 1.000 (4/4) |');
    expect(report).toContain('| dev | 5 | 4 | 0.800 | 1.000 | 0.889 |');
    // one quotation, in the content of "she added", spoken by Ana Ruiz
    expect(s.quotes).toEqual({ gold: 1, found: 1, predicted: 1, matched: 1, speakerChecked: 1, speakerMatched: 1 });
    // "Hamas fighters" (two markers) inside the content of the mayor's aside, reported; the last "Hamas" the author's
    expect(s.voice).toEqual({ inside: 2, reported: 2, outside: 1, author: 1 });
    expect(report).toContain('| dev | 2 | 2 | 1.000 | 1 | 1 | 1.000 |');
  });

  it('measures how far the annotators agree where several labelled a document, and the pipeline there', async () => {
    // dev holds a second annotator (b2) who marked "said" and "added" but not "according to" nor the mayor's "said"
    const a = await annotatorAgreement(DIR);
    expect(a).toEqual({ documents: 1, annotators: { matched: 2, predicted: 2, gold: 4 }, pipeline: { matched: 4, predicted: 4, gold: 4 } });
    const report = await evaluatePolnear(DIR);
    expect(report).toContain('| other annotators | 2 | 4 | 2 | 1.000 | 0.500 | 0.667 |');
  });

  it('reports the dev and the test split', async () => {
    const report = await evaluatePolnear(DIR);
    expect(report).toMatch(/\| dev \| 1 \|/);
    expect(report).toMatch(/\| test \| 1 \|/);
  });
});

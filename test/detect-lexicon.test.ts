import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/analyze.ts';
import type { CompiledLexicon } from '../pipeline/lexicon/compile.ts';
import { inflections, termShape } from '../pipeline/lexicon/compile.ts';
import { loadLexicons } from '../pipeline/lexicon/load.ts';

let lexicon: CompiledLexicon;
beforeAll(async () => {
  lexicon = (await loadLexicons({ defaults: false, dirs: ['test/fixtures/lexicons-matcher'] })).lexicon;
});

const hits = async (text: string, entry?: string) =>
  (await analyzeText(text, { lexicon })).markers
    .filter((m) => entry === undefined || m.entry === entry)
    .map((m) => m.text);

describe('lexicon matcher', () => {
  it('matches case-insensitively on word bounds', async () => {
    expect(await hits('REGIME change; the regimes; a regimen.', 't.regime')).toEqual(['REGIME']);
  });

  it('treats curly and straight apostrophes and dashes alike', async () => {
    expect(await hits('The Israel–Hamas war and the Israel-Hamas war.', 't.war')).toEqual(['Israel–Hamas war', 'Israel-Hamas war']);
  });

  it('prefers the longest term of an entry and never overlaps itself', async () => {
    expect(await hits('The Israel-Hamas war began; the war went on.', 't.war')).toEqual(['Israel-Hamas war', 'war']);
  });

  it('covers inflections when asked', async () => {
    expect(await hits('She claims it; they claimed it; claiming it is easy; the claim stands.', 't.claim')).toEqual([
      'claims', 'claimed', 'claiming', 'claim',
    ]);
    expect(inflections('admit')).toContain('admitted');
    expect(inflections('deny')).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']));
    expect(inflections('describe')).toContain('describing');
    expect(inflections('quip')).toEqual(expect.arrayContaining(['quipped', 'quipping']));
  });

  it('applies unless before, after and within', async () => {
    expect(await hits('The sanctions regime and the tax regime hurt the regime.', 't.regime')).toEqual(['regime']);
    expect(await hits('The occupation forces left; the occupation stayed.', 't.occupation')).toEqual(['the occupation']);
    expect(await hits('The Times of Israel and the Bank of Israel wrote about Israel.', 't.times')).toEqual(['Israel']);
  });

  it('applies requires before, after and quote', async () => {
    expect(await hits('It proved costly; it proved that the plan worked.', 't.prove')).toEqual(['proved']);
    expect(await hits('The border and the southern border.', 't.border')).toEqual(['border']);
    expect(await hits('He sighed. "Not again," she sighed. She sighed: "Fine." They sighed, "later".', 't.sigh')).toEqual([
      'sighed', 'sighed', 'sighed',
    ]);
  });

  it('reads no term in a web address (its path is a slug), with or without its scheme', async () => {
    expect(await hits('The regime fell. Read more: https://news.example.com/2024/01/regime-change-war/?id=7.', 't.regime')).toEqual(['regime']);
    expect(await hits('LIVE updates: ex.io/ab12:=:https://www.example.org/live/the-regime-falls', 't.regime')).toEqual([]);
    expect(await hits('See www.example.co.uk/regime, then the regime.', 't.regime')).toEqual(['regime']);
    // a slash between words is no address
    expect(await hits('The regime and/or its regime', 't.regime')).toEqual(['regime', 'regime']);
  });

  it("reads no term in a post's list of tags, but does in a hashtag the sentence uses", async () => {
    expect(await hits('The regime fell. #Harbor #regime #Ferries', 't.regime')).toEqual(['regime']);
    expect(await hits('Talks with the #regime resumed.', 't.regime')).toEqual(['regime']);
    // the first tag of a run a sentence runs into is the sentence's word
    expect(await hits('Talks with the #regime #Harbor #News', 't.regime')).toEqual(['regime']);
    // a list in a sentence, with commas, is prose
    expect(await hits('Ferries, #regime, #Harbor sail on', 't.regime')).toEqual(['regime']);
  });

  it('narrows a pattern hit to its mark group', async () => {
    expect(await hits('Leaders met: Report', 't.report-tag')).toEqual(['Report']);
  });

  it('never matches across a line break; a pattern runs on each line, so ^ and $ are its ends', async () => {
    expect(await hits('the\noccupation', 't.occupation')).toEqual([]);
    expect(await hits('Leaders met:\nReport', 't.report-tag')).toEqual([]);
    expect(await hits('Leaders met: Report\nThe talks went on.\nAides met: Report', 't.report-tag')).toEqual(['Report', 'Report']);
  });

  it('fills referent, form, stance, section and context', async () => {
    const m = (await analyzeText('Negotiations stalled. The ministry claimed victory.', { lexicon })).markers.find((x) => x.entry === 't.claim')!;
    expect(m).toMatchObject({ category: 'matcher-test', form: 'reporting-verb', stance: 'distancing', section: 'body', sentence: 1 });
    expect(m.context).toBe('The ministry claimed victory.');
  });

  it('passes over quote marks around words inside a phrase, when the quotation lies within it', async () => {
    expect(await hits("They reject the 'occupation' label.", 't.occupation')).toEqual(["the 'occupation"]);
    expect(await hits('They reject "the occupation" label.', 't.occupation')).toEqual(['the occupation']);
    expect(await hits("It was an Israel-Hamas 'war' of words.", 't.war')).toEqual(["Israel-Hamas 'war"]);
    // a quotation that runs on past the phrase
    expect(await hits("They reject the 'occupation-era rules' now.", 't.occupation')).toEqual([]);
  });

  it('splits terms into words and gaps', () => {
    expect(termShape('Israel’s  army')).toEqual({ words: ['israel', 's', 'army'], gaps: ["'", ' '] });
  });
});

describe('a label inside the statement that attributes it (default lexicons)', () => {
  const labels = async (text: string) =>
    (await analyzeText(text)).markers.filter((m) => m.referent === 'armed-group-members').map((m) => `${m.form}:${m.text}`);

  it('counts the statement once, never the label inside it as the writer\'s as well', async () => {
    expect(await labels('Until 2015 the council considered the militia a terrorist group.')).toEqual(['designation-attributed:considered the militia a terrorist group']);
    expect(await labels('Its allies were labeled by the U.S. as terrorist organizations years ago.')).toEqual(['designation-attributed:labeled by the U.S. as terrorist organizations']);
    // the writer's own label stays one
    expect(await labels('The terrorist group claimed the bombing.')).toEqual(['designation-label:terrorist group']);
    // a plan to join is no designation
    expect(await labels('He once considered joining a terrorist group.')).toEqual(['designation-label:terrorist group']);
  });

  it('treats either side\'s designation alike (mirrored sentences)', async () => {
    for (const [holder, group] of [['Israel', 'Hamas'], ['Iran', 'Mujahedin-e Khalq']]) {
      expect(await labels(`${holder} considers ${group} a terrorist organization.`), holder).toEqual([`designation-attributed:considers ${group} a terrorist organization`]);
    }
  });
});

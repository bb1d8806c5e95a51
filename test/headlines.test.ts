// Headlines as a file of headlines gives them (Google News, Media Cloud story lists): kickers before a colon and
// cues whose subject speaks for no one. All headlines are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, defaultLexicon } from '../pipeline/analyze.ts';
import { analyzeArticle } from '../pipeline/run.ts';
import type { Marker } from '../pipeline/types.ts';

/** The attribution cues of a headline alone (text=title), as [entry, speaker]. */
async function cuesAlone(title: string): Promise<string[][]> {
  const lexicon = await defaultLexicon();
  const article = { id: 'h', source: 's', title, date: '', url: '', path: '', byline: '', text: title, layout: 'record' as const, hasTitle: true };
  return analyzeArticle(article, lexicon)
    .result.detection.markers.filter((m: Marker) => m.category === 'attribution')
    .map((m: Marker) => [m.entry.replace('attribution.', ''), m.speaker]);
}

describe('a kicker before a headline\'s colon is no speaker', () => {
  it.each([
    ['Khan Younis: Agency says 12 killed at a school shelter', [['say', 'Agency']]],
    ['Israel Gaza: Reporters hurt in strike on a clinic', []],
    ['Israel and Gaza: What we know so far', []],
    ['GAZA: Children wait for water at the crossing', []],
    ['The Gaza Strip: A week without power', []],
    ['Gaza update: the strikes go on through the night', []],
    ['Israel-Palestine live: Thousands flee the north', []],
    ['Israel-Hamas War Latest: Convoy reaches the crossing', []],
    ['Explainer: What is inside the aid convoy', []],
    ['Scoop: Envoy tells council to leave the north', [['tell', 'Envoy']]],
    ['News Release: County board calls for a truce', [['call-for', 'County board']]],
    ['In Focus: A day at the camp', []],
    ['On Harbour Town: Where is our humanity going?', []],
    ['Inside Gaza: Staying alive is a matter of luck', []],
    ['Why Gaza Matters: A port through the centuries', []],
    ['Rebuilding Gaza: The cost of the ruins', []],
    ['Covering Syria: The duty to stay', []],
    ['Intercepted Podcast: The harbour cauldron', []],
    ['AP PHOTOS: Grief grips the harbour town', []],
    ['Guest Opinion: On the port and the camps', []],
    ['WATCH LIVE: The vote after the war', []],
  ])('%s', async (title, expected) => {
    expect(await cuesAlone(title)).toEqual(expected);
  });

  it('a name, a group or a role before the colon still speaks', async () => {
    expect(await cuesAlone('Minister: We will not leave the north')).toEqual([['speaker-colon', 'Minister']]);
    expect(await cuesAlone('Hamas: We accept the proposal')).toEqual([['speaker-colon', 'Hamas']]);
    expect(await cuesAlone('Dana Levi: The harbour must reopen')).toEqual([['speaker-colon', 'Dana Levi']]);
    expect(await cuesAlone('Oman: We will mediate')).toEqual([['speaker-colon', 'Oman']]);
    // a title or a role with no name after it keeps what qualifies it
    expect(await cuesAlone('Ruritanian PM: We will not run the port')).toEqual([['speaker-colon', 'Ruritanian PM']]);
    expect(await cuesAlone('French foreign minister: The harbour must reopen')).toEqual([['speaker-colon', 'French foreign minister']]);
  });

  it('the same kicker over a body: no speaker for the body either', async () => {
    const d = await analyzeText('The agency said the shelter was hit twice.', { title: 'Khan Younis: A shelter is hit twice' });
    expect(d.markers.filter((m) => m.entry === 'attribution.speaker-colon')).toEqual([]);
  });
});

describe('an event that promises or threatens foretells; it reports no one', () => {
  it.each([
    ["The army's push into the south after the pause promises more death", []],
    ['The conflict threatens to spread across the region', []],
  ])('%s', async (title, expected) => {
    expect(await cuesAlone(title)).toEqual(expected);
  });

  it('a speaker who vows or threatens keeps the cue, and a long title-case subject too', async () => {
    expect(await cuesAlone('Militia vows revenge for the raid')).toEqual([['vow', 'Militia']]);
    expect(await cuesAlone('The army threatened to expand the offensive')).toEqual([['threaten', 'army']]);
    const d = await analyzeText('Since the raid, sporadic fighting has erupted, threatening to plunge the city into chaos. The conflict has threatened to ignite a wider war, and the ministry threatened to close the crossing.');
    expect(d.markers.filter((m) => m.category === 'attribution').map((m) => [m.entry, m.speaker])).toEqual([['attribution.threaten', 'ministry']]);
  });
});

describe('a participle right before its preposition is a passive: the one charged, urged or told speaks for no one', () => {
  it.each([
    ["Ruritania accused of 'facilitating genocide'", [['accuse', 'anonymous']]],
    ['Residents told to leave the north within a day', [['tell', 'anonymous']]],
    ['Harbour council urged to end the blockade', [['urge', 'anonymous']]],
    ['Mayor criticised over remarks on the port', [['condemn', 'anonymous']]],
    // active, the subject speaks; with an agent after "by", the agent
    ['Ruritania accuses its neighbour of collective punishment', [['accuse', 'Ruritania']]],
    ['Mayor urges residents to leave the north', [['urge', 'Mayor']]],
  ])('%s', async (title, expected) => {
    expect(await cuesAlone(title)).toEqual(expected);
  });

  it('in a body too: an appositive participle, not a verb with its be-form', async () => {
    const d = await analyzeText('The agency, accused of hiding the figures, said it would publish them. The mayor was urged to resign by the council.');
    const cues = d.markers.filter((m) => m.category === 'attribution').map((m) => [m.entry, m.speaker]);
    expect(cues).toContainEqual(['attribution.accuse', 'anonymous']);
    expect(cues).toContainEqual(['attribution.say', 'agency']);
  });
});

/** The headline tags ("Report:", "Sources:", ": officials") of a document, as [text, speaker]. */
const tags = async (title: string, body: string) =>
  (await analyzeText(body, { title })).markers.filter((m) => m.entry.startsWith('attribution.headline-report')).map((m) => [m.text, m.speaker]);

describe('a headline tag that names unnamed people cites no one', () => {
  it('"Sources:" and ": officials" are anonymous, whoever the body names', async () => {
    expect(await tags('Sources: Militants plan an attack on the embassy', 'Ann Lee, the envoy, said the staff would leave.')).toEqual([['Sources:', 'anonymous']]);
    expect(await tags('Truce talks stall: officials', 'Dana Levi said the talks would resume.')).toEqual([[': officials', 'anonymous']]);
  });

  it('"Report:" still cites the outlet the body relays', async () => {
    expect(await tags('Report: Ministers met secretly in Geneva', 'The Harbour Times reported that the ministers met.')).toEqual([['Report:', 'The Harbour Times']]);
  });
});

describe('a credit line under a chart or a table cites what it names', () => {
  it('"Source: X." in the body cites X, the first of several', async () => {
    expect(await tags('Harbour arrivals by year', 'Arrivals rose in 2015.\nSource: Harbour Statistics Office.\nThe office said the figures were final.')).toEqual([['Source:', 'Harbour Statistics Office']]);
    expect(await tags('Groups active', 'The map shows the groups.\nSources: Ruritanian Institute, Harbour Group and BBC Research\nDana Levi said more would come.')).toEqual([['Sources:', 'Ruritanian Institute']]);
  });

  it('a claim after "Sources:", or a title-case headline, stays anonymous', async () => {
    expect(await tags('Sources: Envoy Tried To Leave The Port', 'Ann Lee said the staff would leave.')).toEqual([['Sources:', 'anonymous']]);
    expect(await tags('Port talks', 'The talks went on.\nSources: the envoy was told to leave\nAnn Lee said so.')).toEqual([['Sources:', 'anonymous']]);
  });
});

// A deterministic synthetic corpus of news-like articles for the benchmark: quotes of every kind,
// attribution, and lexicon terms of every side, from a seeded generator (no real news text).

import { mulberry32 } from './compare/stats.ts';

const ACTORS = [
  'the Israeli military', 'the IDF', 'Israeli occupation forces', 'Hamas', 'Hamas militants', 'the Houthis',
  'Ansar Allah', 'Hezbollah', 'the Palestinian Authority', 'Iranian proxies', 'the Axis of Resistance',
  'the regime in Damascus', 'Israeli forces', 'resistance fighters', 'the Israeli government', 'terrorists',
];
const PLACES = [
  'the occupied West Bank', 'Judea and Samaria', 'the Gaza Strip', 'East Jerusalem', 'the Golan Heights',
  'the Israeli-occupied West Bank', 'southern Lebanon', 'Rafah', 'Khan Younis', 'the disputed territories',
];
const SPEAKERS = [
  'a military spokesperson', 'the health ministry', 'Foreign Minister Dana Roth', 'Ambassador Samir Haddad',
  'an official who spoke on condition of anonymity', 'the United Nations', 'aid workers', 'residents',
];
const VERBS = ['said', 'told reporters', 'claimed', 'alleged', 'confirmed', 'revealed', 'acknowledged', 'insisted', 'announced', 'noted'];
const EVENTS = ['the war on Gaza', 'the Israel-Hamas war', 'the October 7 attack', 'the conflict', 'the Gaza war'];
const FILLER = [
  'The talks were expected to continue later in the week, with mediators shuttling between the delegations.',
  'Prices in local markets rose sharply as supplies dwindled and crossings stayed closed for a third day.',
  'Schools in the area remained shut, and families sheltered in public buildings while the strikes continued.',
  'Analysts said the next round of negotiations would depend on guarantees from regional powers.',
  'Hospitals reported shortages of fuel and medicine, and several clinics suspended surgery.',
  'The sanctions regime imposed last year has made imports slower, traders said.',
  'Officials in Cairo and Doha were in contact with both sides throughout the night.',
  'The central bank kept interest rates unchanged, citing uncertainty over fuel prices and tourism revenue.',
  'Volunteers distributed bread and water at a school that now shelters more than two thousand people.',
  'Engineers worked through the weekend to restore power to the northern districts after the cables were cut.',
  'A convoy of forty trucks carrying flour and medical supplies crossed into the territory on Tuesday morning.',
  'The committee is due to publish its findings next month, after hearing from witnesses in three countries.',
  'Farmers said the olive harvest was the smallest in a decade because access to the groves was restricted.',
  'The foreign ministers met for two hours and agreed to keep a working group in place until the summer.',
  'Teachers have improvised classrooms in tents, using donated notebooks and a single generator for lights.',
  'Shipping companies rerouted vessels around the Cape of Good Hope, adding days to the journey and raising costs.',
  'The university postponed examinations for a second time and moved some lectures online.',
  'Long queues formed outside bakeries before dawn as families tried to buy bread before supplies ran out.',
  'Doctors described operating by the light of mobile phones when the generators failed during the night.',
  "Gaza's fishermen have not gone to sea for weeks, and the port's warehouses stand empty.",
];

export interface SyntheticRecord {
  id: string;
  source: string;
  title: string;
  date: string;
  text: string;
}

export function syntheticCorpus(n: number, seed = 42): SyntheticRecord[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (): string => {
    // about half the sentences carry markers, as in real coverage
    switch (Math.floor(rand() * 16)) {
      case 0:
        return `"We will not accept any outcome that leaves ${pick(PLACES)} without protection," ${pick(SPEAKERS)} ${pick(VERBS)}.`;
      case 1:
        return `${cap(pick(SPEAKERS))} ${pick(VERBS)} that ${pick(ACTORS)} had moved into ${pick(PLACES)} overnight.`;
      case 2:
        return `According to ${pick(SPEAKERS)}, ${pick(ACTORS)} launched strikes near ${pick(PLACES)}, and the claims could not be independently verified.`;
      case 3:
        return `The statement described what it called a "fruitful and constructive" meeting on ${pick(EVENTS)}.`;
      case 4:
        return `The so-called security zone around ${pick(PLACES)} was expanded, as 'Israel' weighed its options.`;
      case 5:
        return `${cap(pick(ACTORS))} reportedly met officials from ${pick(ACTORS)} to discuss ${pick(EVENTS)}.`;
      case 6:
        return `At least ${1 + Math.floor(rand() * 90)} people were killed in ${pick(PLACES)}, ${pick(SPEAKERS)} said, in what residents described as a massacre.`;
      case 7:
        return `The minister vowed "total victory" while ${pick(ACTORS)} accused ${pick(ACTORS)} of escalation in response to the attack.`;
      default:
        return pick(FILLER);
    }
  };
  const out: SyntheticRecord[] = [];
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = [];
    const count = 10 + Math.floor(rand() * 8);
    for (let p = 0; p < count; p++) paragraphs.push([sentence(), sentence(), sentence()].join(' '));
    out.push({
      id: `syn-${String(i).padStart(6, '0')}`,
      source: `outlet-${i % 5}`,
      title: `${cap(pick(ACTORS))} and ${pick(ACTORS)} trade accusations over ${pick(PLACES)}`,
      date: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      text: paragraphs.join('\n'),
    });
  }
  return out;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

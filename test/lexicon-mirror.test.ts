// Mirror tests (taxonomy §0 principle 6): the same sentence with the sides swapped must yield the same
// (category, entry) hits in the categories measured in both directions. A rule that fires for one side
// and not the other is a bug unless the asymmetry sits in the lexicon itself.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/analyze.ts';

const MIRRORED = ['emotive', 'hedges-boosters', 'causal-framing'] as const;
type MirroredCategory = (typeof MIRRORED)[number];

/** Placeholders filled from one side pair; the mirror swaps the two sides. */
interface Sides {
  name: string;
  A: string; // adjective of side A
  B: string; // adjective of side B
  ARMY_A: string;
  ARMY_B: string;
  CITY_A: string;
  CITY_B: string;
}

const SIDE_PAIRS: Sides[] = [
  { name: 'Israeli/Palestinian', A: 'Israeli', B: 'Palestinian', ARMY_A: 'IDF', ARMY_B: 'Hamas', CITY_A: 'Tel Aviv', CITY_B: 'Gaza City' },
  { name: 'Israeli/Lebanese', A: 'Israeli', B: 'Lebanese', ARMY_A: 'the IDF', ARMY_B: 'Hezbollah', CITY_A: 'Haifa', CITY_B: 'Beirut' },
];

function swapped(s: Sides): Sides {
  return { name: s.name, A: s.B, B: s.A, ARMY_A: s.ARMY_B, ARMY_B: s.ARMY_A, CITY_A: s.CITY_B, CITY_B: s.CITY_A };
}

function fill(template: string, s: Sides): string {
  const out = template.replace(/\{(A|B|ARMY_A|ARMY_B|CITY_A|CITY_B)\}/g, (_, key: keyof Sides) => s[key]);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** label -> [entry expected to fire, sentence template] */
const TEMPLATES: Record<MirroredCategory, Record<string, [string, string]>> = {
  emotive: {
    'massacre': ['emotive.massacre', '{A} officials said {B} gunmen carried out a massacre in {CITY_A}.'],
    'slaughter': ['emotive.slaughter', '{ARMY_A} accused {ARMY_B} of the slaughter of civilians in {CITY_A}.'],
    'human animals': ['emotive.human-animals', 'A {A} minister described the {B} fighters as human animals.'],
    'horrific scenes': ['emotive.horrific', 'Residents of {CITY_A} described horrific scenes after the {B} strike.'],
    'barbaric attack': ['emotive.barbaric', 'The {A} foreign ministry condemned the barbaric attack by {ARMY_B}.'],
    'in cold blood': ['emotive.cold-blooded', '{A} media said the teenager in {CITY_A} was shot in cold blood by {B} forces.'],
    'genocide': ['emotive.genocide', 'Protesters in {CITY_A} accused the {B} government of genocide.'],
    'human shields': ['emotive.human-shields', 'The {A} ambassador said {ARMY_B} uses civilians in {CITY_B} as human shields.'],
    'martyrs': ['emotive.martyr', 'Funerals in {CITY_A} honoured the martyrs killed by {B} fire.'],
    'innocent civilians': ['emotive.innocent-victims', 'A {A} spokesman said innocent civilians were killed in {CITY_A}.'],
    'wipe off the map': ['emotive.wipe-off-the-map', '{A} leaders vowed to wipe {CITY_B} off the map.'],
    'terror': ['emotive.terror-noun', 'The {A} statement called the {B} raids a campaign of terror against {CITY_A}.'],
    'butchered': ['emotive.butchered', 'Survivors in {CITY_A} said {B} attackers had butchered entire families.'],
    'apartheid': ['emotive.apartheid', 'A {A} rights group accused the {B} authorities of apartheid.'],
    'bloodbath': ['emotive.bloodbath', '{A} commentators described the {B} operation in {CITY_B} as a bloodbath.'],
  },
  'hedges-boosters': {
    'apparently': ['hedge.apparently', 'The {A} army said the {B} rocket apparently fell short near {CITY_A}.'],
    'may have': ['hedge.may-have', 'The blast in {CITY_A} may have been caused by a {B} drone.'],
    'likely': ['hedge.likely', 'Figures from the {A} authorities in {CITY_A} are likely to rise.'],
    'believed to': ['hedge.believed-to', 'The {B} commander is believed to be hiding in {CITY_B}.'],
    'clearly': ['booster.clearly', 'The {A} account of the raid in {CITY_B} is clearly false.'],
    'no doubt': ['booster.no-doubt', '{ARMY_A} said there was no doubt that {ARMY_B} fired the missile.'],
    'not immediately clear': ['hedge.unclear', 'It was not immediately clear whether {ARMY_B} or {ARMY_A} fired first in {CITY_A}.'],
    'appears to': ['hedge.appears-to', 'The footage from {CITY_A} appears to show {B} soldiers beating a man.'],
    'in fact': ['booster.in-fact', 'The {A} account is, in fact, contradicted by satellite images of {CITY_B}.'],
    'an estimated': ['hedge.an-estimated', 'An estimated 300 {A} families were displaced from {CITY_A}.'],
    'undoubtedly': ['booster.undoubtedly', 'The {A} statement was undoubtedly meant to pressure {B} negotiators.'],
    'of course': ['booster.of-course', '{A} officials said, of course, that the {B} figures from {CITY_B} were inflated.'],
    'unverified': ['hedge.unconfirmed', 'The {B} report relied on unverified videos from {CITY_A}.'],
    'it is clear': ['booster.it-is-clear', 'It is clear that the {B} strike hit a residential block in {CITY_A}.'],
  },
  'causal-framing': {
    'in response to': ['causal.in-response-to', '{ARMY_A} said it struck {CITY_B} in response to rocket fire from {B} fighters.'],
    'in retaliation for': ['causal.in-retaliation', 'The {B} group fired rockets at {CITY_A} in retaliation for the killing of its commander.'],
    'responded with': ['causal.respond', 'The {A} army responded with a barrage of artillery fire on {CITY_B}.'],
    'cycle of violence': ['causal.cycle-of-violence', 'Diplomats warned of a new cycle of violence between {A} and {B} forces.'],
    'clashes': ['causal.clash', 'Two {A} men were killed in clashes with {B} gunmen near {CITY_A}.'],
    'provocation': ['causal.provocation', 'The {A} government called the {B} march through {CITY_A} a provocation.'],
    'unprovoked': ['causal.unprovoked', '{A} officials condemned the unprovoked attack on {CITY_A}.'],
    'self-defence': ['causal.self-defence', 'The {A} cabinet said the operation in {CITY_B} was an act of self-defence.'],
    'violence erupted': ['causal.violence-erupted', 'Violence erupted in {CITY_A} after {B} police raided a prayer hall.'],
    'tit-for-tat': ['causal.tit-for-tat', '{ARMY_A} and {ARMY_B} traded tit-for-tat strikes for a week.'],
    'escalation': ['causal.escalation', 'Officials in {CITY_A} feared a further escalation after the {B} strike.'],
    'since October 7': ['causal.since-october-7', 'More than 200 {A} civilians have been killed since October 7, {A} officials said.'],
    'violated the ceasefire': ['causal.ceasefire-violation', 'The {A} envoy said {ARMY_B} had violated the ceasefire twice near {CITY_A}.'],
    'aggression': ['causal.aggression', 'The {A} statement denounced the continued {B} aggression against {CITY_A}.'],
    'relative calm': ['causal.relative-calm', 'The border near {CITY_A} returned to relative calm after the {B} withdrawal.'],
  },
};

/** Sorted distinct `category:entry` keys of the mirrored categories in one text. */
async function mirroredHits(text: string): Promise<string[]> {
  const { markers } = await analyzeText(text);
  const keys = markers
    .filter((m) => (MIRRORED as readonly string[]).includes(m.category))
    .map((m) => `${m.category}:${m.entry}`);
  return [...new Set(keys)].sort();
}

for (const category of MIRRORED) {
  const cases = SIDE_PAIRS.flatMap((sides) =>
    Object.entries(TEMPLATES[category]).map(([label, [entry, template]]) => ({
      name: `${label} (${sides.name})`,
      key: `${category}:${entry}`,
      a: fill(template, sides),
      b: fill(template, swapped(sides)),
    })),
  );

  describe(`mirror: ${category}`, () => {
    it.each(cases)('$name', async ({ a, b, key }) => {
      const hitsA = await mirroredHits(a);
      const hitsB = await mirroredHits(b);
      expect(hitsA, `expected ${key} in: ${a}`).toContain(key);
      expect({ text: b, hits: hitsB }).toEqual({ text: b, hits: hitsA });
    });
  });
}

// Casualty encodings (taxonomy C6) are measured in both directions: the same clause with the sides
// swapped gets the same encoding. All sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/analyze.ts';

async function encodings(text: string): Promise<string[]> {
  return (await analyzeText(text)).markers.filter((m) => m.category === 'casualty-agency').map((m) => m.form);
}

const PAIRS: [string, string, string[]][] = [
  ['Israeli forces killed three Palestinians near Jenin.', 'Hamas gunmen killed three Israelis near Sderot.', ['active-agent']],
  ['Two Palestinians were killed on Tuesday, officials said.', 'Two Israelis were killed on Tuesday, officials said.', ['passive-agentless']],
  ['A Palestinian teenager was shot dead by Israeli police.', 'An Israeli teenager was shot dead by Palestinian gunmen.', ['passive-agent']],
  ['Five Gazans were killed in an Israeli airstrike.', 'Five Israelis were killed in a Hamas rocket attack.', ['passive-cause']],
  ['Dozens of Palestinians have died since the weekend.', 'Dozens of Israelis have died since the weekend.', ['intransitive']],
  ['An Israeli airstrike kills 20 in Rafah.', 'A Hamas rocket kills two in Ashkelon.', ['inanimate-agent']],
  ['The Palestinian death toll rose on Friday.', 'The Israeli death toll rose on Friday.', ['event-nominal']],
  ['Israeli jets struck the camp overnight, killing 12 Palestinians.', 'Hamas fighters stormed the kibbutz at dawn, killing 12 Israelis.', ['participle-clause']],
  ['Settlers raided the village and murdered two farmers.', 'Militants raided the village and murdered two farmers.', ['active-agent']],
  // a by-phrase naming a weapon or an event is a cause, one naming people an agent
  ['A Palestinian boy was killed by an Israeli missile.', 'An Israeli boy was killed by a Hamas rocket.', ['passive-cause']],
  ['Three Palestinians were killed by Israeli fire near the fence.', 'Three Israelis were killed by Hamas fire near the fence.', ['passive-cause']],
  ['A Palestinian boy was killed by Israeli soldiers firing from a jeep.', 'An Israeli boy was killed by Hamas gunmen firing from a car.', ['passive-agent']],
  // an aspectual verb keeps the agent; the second side of 'between X and Y' is no agent
  ['Israeli soldiers began killing Palestinian protesters.', 'Hamas gunmen began killing Israeli festival-goers.', ['active-agent']],
  ['Fighting between Hamas and Israeli troops has killed thousands.', 'Fighting between Israel and Hamas militants has killed thousands.', ['inanimate-agent']],
  ['It recalled the raid on Jenin in which Israeli troops killed nine Palestinians.', 'It recalled the raid on Sderot in which Hamas gunmen killed nine Israelis.', ['active-agent']],
  ['Israel vowed to fight on against Hamas, which killed 1,200 Israelis.', 'Hamas vowed to fight on against Israel, which killed 1,200 Palestinians.', ['active-agent']],
  ['Israeli settlers raided the village on Nov. 2 and killed a farmer.', 'Hamas gunmen raided the kibbutz on Oct. 7 and killed a farmer.', ['active-agent']],
  // the agent after a time, place or manner phrase is still the agent
  ['Four Palestinians were killed on Friday in an Israeli airstrike.', 'Four Israelis were killed on Friday in a Hamas rocket attack.', ['passive-cause']],
  ['Over 900 Palestinians have been killed in the West Bank, mainly in Israeli raids.', 'Over 900 Israelis have been killed in the south, mainly in Hamas raids.', ['passive-cause']],
  ['A Palestinian teenager was killed on Tuesday by Israeli soldiers.', 'An Israeli teenager was killed on Tuesday by Hamas gunmen.', ['passive-agent']],
  ['Palestinians killed or taken prisoner by Israeli troops were named.', 'Israelis killed or taken hostage by Hamas gunmen were named.', ['passive-agent']],
  // 'in which' after an event is its cause; a time clause after a place is not one
  ['It followed the Israeli raid on Jenin, in which 12 Palestinians were killed.', 'It followed the Hamas raid on Sderot, in which 12 Israelis were killed.', ['passive-cause']],
  ['More Palestinians have been killed in Gaza since the Israeli offensive began.', 'More Israelis have been killed in Israel since the Hamas offensive began.', ['passive-agentless']],
];

describe('casualty encodings, mirrored', () => {
  it.each(PAIRS)('%s  <->  %s', async (a, b, expected) => {
    expect(await encodings(a)).toEqual(expected);
    expect(await encodings(b)).toEqual(expected);
  });

  it('leaves labour strikes, the wounded and illness alone', async () => {
    for (const text of [
      'A general strike shut shops across the West Bank.',
      'The wounded were taken to hospitals in Khan Younis.',
      'The former minister died of cancer at 81.',
    ]) expect(await encodings(text)).toEqual([]);
  });
});

// Voice on every marker: quoted inside a quotation, attributed inside a clause reported from a named
// source, author otherwise. All sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/analyze.ts';
import type { Marker } from '../pipeline/types.ts';

async function markersOf(text: string, title = ''): Promise<Marker[]> {
  return (await analyzeText(text, { title })).markers;
}

/** Each [sentence, term, voice] or [sentence, term, voice, speaker]: the term's marker (not a cue) has that voice,
 * and that speaker when one is given. */
async function expectVoices(cases: readonly (readonly [string, string, string] | readonly [string, string, string, string])[]): Promise<void> {
  for (const [text, term, voice, speaker] of cases) {
    const m = (await markersOf(text)).find((x) => x.text === term && x.category !== 'attribution');
    expect(m, text).toBeDefined();
    if (speaker === undefined) expect(m!.voice, `${text} (${term})`).toBe(voice);
    else expect([m!.voice, m!.speaker], `${text} (${term})`).toEqual([voice, speaker]);
  }
}

function find(markers: Marker[], text: string, category?: string): Marker {
  const m = markers.find((x) => x.text === text && (!category || x.category === category));
  expect(m, `marker '${text}'`).toBeDefined();
  return m!;
}

describe('voice', () => {
  it('quoted: a marker inside a direct quotation takes the quote speaker', async () => {
    const markers = await markersOf('“The Zionist entity will pay for this,” commander Idris Nasser said.');
    const m = find(markers, 'Zionist entity');
    expect([m.voice, m.speaker]).toEqual(['quoted', 'Idris Nasser']);
  });

  it('quoted: inside a partial quotation', async () => {
    const markers = await markersOf('Minister Eli Sharon vowed to fight "the terrorists of Hamas" until the end.');
    const m = markers.find((x) => x.text === 'Hamas' && x.category !== 'attribution');
    expect(m).toBeDefined();
    expect([m!.voice, m!.speaker]).toEqual(['quoted', 'Eli Sharon']);
  });

  it('attributed: inside a clause reported from a named source', async () => {
    const markers = await markersOf('The Harbor Tribune revealed that Hamas had moved its fighters south.');
    const m = markers.find((x) => x.text === 'Hamas');
    expect(m).toBeDefined();
    expect([m!.voice, m!.speaker]).toEqual(['attributed', 'The Harbor Tribune']);
  });

  it('author: what follows a cue after a quotation, and the speaker described after it', async () => {
    for (const text of [
      '"We will rebuild the harbour," the mayor Dana Levin said after Hamas fighters shelled the coast.',
      '"We will rebuild the harbour," said Dana Levin, a former adviser to the Israeli military.',
      '"We will rebuild the harbour," said Dana Levin, a former adviser to the Palestinian Authority.',
    ]) {
      const markers = await markersOf(text);
      const others = markers.filter((m) => m.category !== 'attribution' && m.start > text.indexOf('said'));
      expect(others.length, text).toBeGreaterThan(0);
      for (const m of others) expect([m.text, m.voice], text).toEqual([m.text, 'author']);
    }
  });

  it('attributed: the words before a quotation that a source closes are that source\'s report too', async () => {
    for (const [text, term, speaker] of [
      ['The Hamas leadership is "out of options now," Dana Levi said.', 'Hamas', 'Dana Levi'],
      ['Talks with Iran are "going nowhere fast," said Omar Saleh, a former envoy.', 'Iran', 'Omar Saleh'],
      ['The strike was over, but Israel must "answer for the dead," the ministry said on Monday.', 'Israel', 'ministry'],
    ]) {
      const m = (await markersOf(text)).find((x) => x.text === term && x.category !== 'attribution');
      expect(m, text).toBeDefined();
      expect([m!.voice, m!.speaker], text).toEqual(['attributed', speaker]);
    }
    // not a term in quote marks; not a writer's clause before a cue that reports a clause of its own
    for (const [text, term] of [
      ['Leaders met on "the day after" Israel declares victory, Channel 9 reported.', 'Israel'],
      ['As Iran threatened "harsh retaliation," Omar Saleh told reporters that the fleet would stay.', 'Iran'],
    ]) {
      const m = (await markersOf(text)).find((x) => x.text === term && x.category !== 'attribution');
      expect(m, text).toBeDefined();
      expect(m!.speaker === 'Omar Saleh' || m!.speaker === 'Israel', text).toBe(false);
    }
  });

  it('attributed: content before ", X said"', async () => {
    const markers = await markersOf('Hamas fighters entered the town at dawn, the Harbor Tribune said on Monday.');
    const m = markers.find((x) => x.text === 'Hamas');
    expect(m?.voice).toBe('attributed');
  });

  it('author: the narration', async () => {
    const markers = await markersOf('Hamas fighters entered the town at dawn.');
    const m = markers.find((x) => x.text === 'Hamas');
    expect([m?.voice, m?.speaker]).toEqual(['author', '']);
  });

  it('author: a scare quote in the narration is the outlet\'s own', async () => {
    const markers = await markersOf("The talks with 'Israel' stalled again on Sunday.");
    const m = find(markers, "'Israel'", 'scare-quote');
    expect(m.voice).toBe('author');
  });

  it('cues keep their cited source as speaker', async () => {
    const markers = await markersOf('“We are ready,” Mayor Lina Farah said.');
    const cue = find(markers, 'said', 'attribution');
    expect([cue.voice, cue.speaker]).toEqual(['author', 'Lina Farah']);
  });

  it('quoted: the words of an embedded post are the poster\'s, with no quote marks around them', async () => {
    const text = [
      'The governor posted about the war several times that week.',
      'Those ‘rebels’ are radical jihadists. Not our friends! — Dana Levi (@danalevi) September 4, 2013',
      'The Israeli army said the strike hit a depot.',
    ].join('\n');
    const markers = await markersOf(text);
    const scare = find(markers, '‘rebels’', 'scare-quote');
    expect([scare.voice, scare.speaker]).toEqual(['quoted', 'Dana Levi']);
    // the next paragraph is the outlet's again
    expect(find(markers, 'Israeli army', 'actor-labels').voice).toBe('author');
  });

  it('a post in a paragraph of its own, paragraphs set apart by spaces', async () => {
    const text = 'The minister replied online.      Our ‘partners’ failed us again -- Omar Haddad (@omarhaddad) Jan. 5, 2020      The talks went on.';
    const scare = find(await markersOf(text), '‘partners’', 'scare-quote');
    expect([scare.voice, scare.speaker]).toEqual(['quoted', 'Omar Haddad']);
  });

  it('mirrored sentences get the same voice', async () => {
    const a = await markersOf('The Harbor Tribune revealed that Hamas had attacked the Israeli army.');
    const b = await markersOf('The Harbor Tribune revealed that the Israeli army had attacked Hamas.');
    const voices = (ms: Marker[]): string[] =>
      ms.filter((m) => m.category !== 'attribution').map((m) => m.voice).sort();
    expect(voices(a)).toEqual(voices(b));
  });
  it('attributed: both sides of a cue set off by commas inside the clause it reports', async () => {
    for (const [text, term, speaker] of [
      ['The strike, the health ministry said on Tuesday, killed 12 people in the camp.', 'killed', 'health ministry'],
      ['The real threat to the region, Professor Lina Haddad argued, is Hezbollah.', 'Hezbollah', 'Lina Haddad'],
      ['Many of the new accounts, the company said, appear to have been run from Iran.', 'Iran', 'company'],
      ['Farmers want the fence moved, while the settlers, Omar Saleh said, will fight any change.', 'settlers', 'Omar Saleh'],
    ]) {
      const m = find(await markersOf(text), term);
      expect([m.voice, m.speaker], text).toEqual(['attributed', speaker]);
    }
  });
  it('attributed: an opening, the source set off by commas, then the main clause with a subject of its own', async () => {
    for (const [text, term, speaker] of [
      ['If the talks fail, Omar Saleh said, the occupation forces will stay in the valley.', 'occupation forces', 'Omar Saleh'],
      ['If the regime falls, Omar Saleh said, the army will stay in the valley.', 'regime', 'Omar Saleh'],
      ['In the end, the health ministry said, both sides agreed to a truce with Hamas.', 'Hamas', 'health ministry'],
      ['Regardless of the vote in the Knesset, Dana Levi said, Iran has no choice.', 'Iran', 'Dana Levi'],
    ]) {
      const m = (await markersOf(text)).find((x) => x.text.toLowerCase().includes(term.toLowerCase()) && x.category !== 'attribution');
      expect(m, text).toBeDefined();
      expect([m!.voice, m!.speaker], text).toEqual(['attributed', speaker]);
    }
    // a single word before the source: the clause's subject, or an adverb of the whole report
    for (const [text, term] of [
      ['Hamas, Omar Saleh said, will not disarm before the vote.', 'Hamas'],
      ['Perhaps, Omar Saleh said, the town has gotten too big.', 'Perhaps'],
    ]) {
      const m = find(await markersOf(text), term);
      expect([m.voice, m.speaker], text).toEqual(['attributed', 'Omar Saleh']);
    }
    // a direct quotation after the source: the opening is the writer's scene
    const scene = 'In a message to Iran, Omar Saleh said, "We are ready to talk."';
    expect(find(await markersOf(scene), 'Iran').voice, scene).toBe('author');
    // not the writer's description of what was said after the source (a relative clause without "that")
    const text = 'Tanks will withdraw, Omar Saleh said, the first time Hamas heard it.';
    const m = (await markersOf(text)).find((x) => x.text === 'Hamas' && x.category !== 'attribution');
    expect(m?.voice, text).toBe('author');
  });

  it('author: the writer’s words before an aside that interrupts a later clause, and no aside after a relative clause or a modal', async () => {
    for (const [text, term] of [
      ['Farmers in the West Bank want the fence moved, while the settlers, Omar Saleh said, will fight any change.', 'West Bank'],
      ['Troops found Hamas uniforms, some of which, the colonel said, had been hidden in a clinic.', 'Hamas'],
      ['Senator Ruth Adler of Israel, who has warned of a long war, vowed to stay on.', 'Israel'],
      ['The agency posted a notice on its site, formerly run by Hamas, that said the crossing is closed.', 'Hamas'],
    ]) {
      const m = (await markersOf(text)).find((x) => x.text === term && x.category !== 'attribution');
      expect(m, text).toBeDefined();
      expect(m!.voice, text).toBe('author');
    }
    // a cue with a modal is no aside: the words before it are not its subject's
    const m = find(await markersOf('Given the war with Hamas, Israel should not respond, said Tomas Berg, an analyst at the institute in Oslo.'), 'Hamas', 'actor-labels');
    expect(m.speaker).not.toBe('Israel');
  });
  it('the reported clause ends where the writer adds a contrast with a subject of its own', async () => {
    const cases: [string, string, 'author' | 'attributed'][] = [
      ['The health ministry said 40 people were killed in the strike, although it was not clear how many were fighters of Hamas.', 'Hamas', 'author'],
      ['The mayor said the crossing had reopened, but Israel denied it.', 'Israel', 'author'],
      ['The strike, the health ministry said, killed 12 people, although it was not clear how many were Hamas fighters.', 'Hamas', 'author'],
      ['The envoy claimed the army had shelled the school; in fact the blast came from a Hamas rocket.', 'Hamas', 'author'],
      // the reported clause goes on: its own second verb, "but rather", "but that", an adverb "though"
      ['Senator Mara Quinn told reporters that the talks had stalled, but did not rule out a deal with Hamas.', 'Hamas', 'attributed'],
      ['The minister insisted that it was not a war, but rather a narrow operation against Hamas.', 'Hamas', 'attributed'],
      ['Labour critics argue, though, that Hezbollah will rearm within a year.', 'Hezbollah', 'attributed'],
      ['Minister Dov Arad insisted the talks were not about the border, but about disarming Hezbollah.', 'Hezbollah', 'attributed'],
      ['Minister Dov Arad said the truce had failed, but he might meet Hamas again.', 'Hamas', 'attributed'],
      ['Minister Dov Arad said the truce had not failed, but the talks with Hamas stalled on Friday.', 'Hamas', 'author'],
      // the writer's account of what came before, as a clause of its own after ", after" (mirrored)
      ['Israel vowed to keep fighting in the valley, after Hamas attacked the border towns in May.', 'Hamas', 'author'],
      ['Hamas vowed to keep fighting in the valley, after Israel attacked the border towns in May.', 'Israel', 'author'],
      // not a phrase or a relative after the comma
      ['The envoy said Wednesday, after a first inquiry, that the blast killed Hamas fighters.', 'Hamas fighters', 'attributed'],
      ['The commentators cited the war of 2006, after which Hezbollah claimed a victory.', 'Hezbollah', 'attributed'],
      // the writer's gloss on what was said
      ['Mr. Levi said the navy had ignored warnings from its best friends, an apparent reference to Hamas.', 'Hamas', 'author'],
      ['Mr. Levi said the navy had ignored warnings from its best friends, an apparent reference to Hamas.', 'apparent', 'author'],
    ];
    await expectVoices(cases);
  });

  it('a report ends at ", even as" with a clause of its own, the writer\'s concurrent events', async () => {
    await expectVoices([
      ['The mayor said the port would reopen, even as the militants fought on in the north.', 'militants', 'author'],
      ['The mayor said the port would reopen even as the militants fought on in the north.', 'militants', 'attributed'],
    ]);
  });

  it('a report ends at a semicolon that opens a report of its own (mirrored)', async () => {
    const one = await markersOf('Israel says the convoys reached the hospital; the agency says Israel turned them back.');
    expect(one.filter((m) => m.text === 'Israel' && m.category !== 'attribution').map((m) => [m.voice, m.speaker])).toEqual([['author', ''], ['attributed', 'agency']]);
    const other = await markersOf('Hamas says the convoys reached the hospital; the agency says Hamas turned them back.');
    expect(other.filter((m) => m.text === 'Hamas' && m.category !== 'attribution').map((m) => [m.voice, m.speaker])).toEqual([['author', ''], ['attributed', 'agency']]);
    // with no cue after it, the semicolon goes on with the report
    await expectVoices([['The mayor said the port would reopen; the ferries to Hamas-held towns would follow.', 'Hamas', 'attributed']]);
  });

  it('the writer\'s comment in apposition after a report is the writer\'s: ", a move that ...", ", a claim that ...", ", evoking ..."', async () => {
    await expectVoices([
      ['The minister said the port would close on Monday, a move that could anger the occupation authorities.', 'occupation authorities', 'author'],
      ['The ministry said the strike killed nine militants, a claim that could not be independently verified.', 'militants', 'attributed'],
      ['The ministry said the strike killed nine militants, a claim that could not be independently verified.', 'could not be independently verified', 'author'],
      ['The envoy said the blockade must end, evoking the so-called siege of the old port.', 'so-called', 'author'],
      // a report inside the comment is a cue of its own
      ['The ministry said the port would close, a decision the harbour union says amounts to a massacre of jobs.', 'massacre', 'attributed'],
      // a relative clause of the report's own, with no comma and no noun for the act, goes on reporting
      ['The ministry said the strike hit a depot that the militants used.', 'militants', 'attributed'],
      // the writer's apposition ", itself a ..." on the report's last noun
      ['Minister Dov Arad said the army need not hit back after the shelling, itself an act of retaliation for the Hamas raid.', 'Hamas', 'author'],
      ['Minister Dov Arad said the army need not hit back after the shelling, itself an act of retaliation for the Hamas raid.', 'retaliation', 'author'],
      // not the reflexive of the report's own subject ("the army itself")
      ['Minister Dov Arad said the army itself had planned the retaliation for the Hamas raid.', 'Hamas', 'attributed'],
    ]);
  });

  it('the writer\'s noun phrase after a dash at the end of a report is the writer\'s; a pair of dashes or a clause goes on', async () => {
    await expectVoices([
      ['The mayor said the sirens sounded three times -- a measure of the militants\' reach.', 'militants', 'author'],
      ['The council said the toll was rising — the latest escalation of a crisis that the militants started.', 'escalation', 'author'],
      ['The envoy said the shelling was disgraceful – a harsh condemnation considering the militants\' record.', 'militants', 'author'],
      ['The mayor said the plan was simple — the militants would leave first.', 'militants', 'attributed'],
      ['The mayor warned that an invasion of the port — the area where the militants hide — was near.', 'militants', 'attributed'],
      ['The ministry said the strike was aimed at -- and possibly directed toward -- the port, which houses the militants\' unit.', 'militants', 'attributed'],
    ]);
  });

  it('"I", "we" and "you" outside a quotation are the writer: what they say, think or report stays the author\'s', async () => {
    await expectVoices([
      ['I have argued for months that the occupation cannot last.', 'occupation', 'author'],
      ['As we have reported, the militants withdrew from the port.', 'militants', 'author'],
      ['You may have read that the militants withdrew from the port.', 'militants', 'author'],
      // the speaker's "we" inside a quotation stays the speaker's
      ['"We told the militants to leave the port," the mayor said.', 'militants', 'quoted'],
      // a named source still reports
      ['The mayor has argued for months that the occupation cannot last.', 'occupation', 'attributed'],
    ]);
  });

  it('a cue whose subject is "I" inside a quotation cites the quotation\'s speaker; outside one it stays "I", the writer', async () => {
    const cueIn = async (text: string, cue: string): Promise<string> => find(await markersOf(text), cue, 'attribution').speaker;
    expect(await cueIn('"I have said for years that the dam will fail," Dana Ruiz told the council.', 'said')).toBe('Dana Ruiz');
    // mirrored: the other side's speaker, the same reading
    expect(await cueIn('"I have said for years that the dam will fail," Omar Haddad told the council.', 'said')).toBe('Omar Haddad');
    expect(await cueIn('Omar Haddad told the council: "I warned the board twice, and nobody listened."', 'warned')).toBe('Omar Haddad');
    // not outside a quotation: the writer's own "I"
    expect(await cueIn('I have said for years that the dam will fail.', 'said')).toBe('I');
    // not a quotation whose speaker the text never names
    expect(await cueIn('"I have said for years that the dam will fail."', 'said')).toBe('I');
    // nor another pronoun inside the quotation: the person the speaker talks about
    expect(await cueIn('"He has said for years that the dam will fail," Dana Ruiz told the council.', 'said')).not.toBe('Dana Ruiz');
  });

  it('a cue inside a quotation reports no further than the quotation: the tag after it is the writer\'s', async () => {
    const markers = await markersOf('"As the envoy said, the talks are over," the minister told reporters in the occupied territories.');
    expect(find(markers, 'occupied territories').voice).toBe('author');
    const first = await markersOf('"The talks are over, as I have said before," Dana Levi, the ambassador to Israel, told the radio.');
    expect(find(first, 'Israel').voice).toBe('author');
  });

  it('a long tail after ", X said" that opens on a time or a place is the tag\'s occasion, not what X said', async () => {
    await expectVoices([
      ['The militants have staged a series of bold attacks, the Harbour Gazette reported last month after a suicide attack in the northern port.', 'militants', 'attributed'],
      ['The militants have staged a series of bold attacks, the Harbour Gazette reported last month after a suicide attack in the northern port.', 'suicide attack', 'author'],
      ['Two soldiers were killed in the assault on the port, Colonel Eli Dor said in a text message from his office late on Tuesday night.', 'killed', 'attributed'],
      // not after a fronted phrase with no clause of its own, nor a complement ("warned of")
      ['In a televised address a few days after the militia massacre, the president said on Tuesday that the risk was high.', 'massacre', 'author'],
      ['In a televised address a few days after the militia massacre, the president warned on Tuesday of the risk to civil peace in the port.', 'massacre', 'author'],
    ]);
  });

  it('a source after its verb is followed by its own description, not by what it said', async () => {
    const markers = await markersOf('More than 100 people were killed in the village, said Noa Peretz, a spokesperson for a rescue group that works across Israel.');
    expect(find(markers, 'killed').voice).toBe('attributed');
    expect(find(markers, 'Israel').voice).toBe('author');
  });
  it('the addressee of "told", "urged", "warned" is named by the writer; what follows "that" or "to" is reported', async () => {
    const markers = await markersOf('The Egyptian envoy Omar Fadel told Hamas that Israel would attack the city.');
    expect(find(markers, 'Hamas').voice).toBe('author');
    expect([find(markers, 'Israel').voice, find(markers, 'Israel').speaker]).toEqual(['attributed', 'Omar Fadel']);
    const urged = await markersOf('Senator Mara Quinn urged Israel to let more aid into Gaza.');
    expect(find(urged, 'Israel').voice).toBe('author');
  });
  it('a cue in an adverbial clause before the main one reports up to the main clause\'s comma', async () => {
    const cases: [string, string, string][] = [
      ['After Minister Dov Arad said the occupation forces would withdraw, Hamas militants fired rockets.', 'Hamas', 'author'],
      ['After Minister Dov Arad said the occupation forces would withdraw, Hamas militants fired rockets.', 'occupation forces', 'attributed'],
      ['Just weeks before Senator Mara Quinn announced a new beginning, rebels overran the Hezbollah positions.', 'Hezbollah', 'author'],
      ['Although the army says it destroyed the tunnels, Hamas fighters still use them.', 'Hamas', 'author'],
      // not "as": "As X said, ..." reports the main clause
      ['As Minister Dov Arad said, Hamas militants fired the rockets.', 'Hamas', 'attributed'],
      // a comma inside the reported clause does not end it
      ['After Minister Dov Arad said the talks, which began in May, had failed with Hamas, the markets fell.', 'Hamas', 'attributed'],
    ];
    await expectVoices(cases);
  });
  it('a clause after ", X said" is what X said; the words before the comma are the writer\'s', async () => {
    const cases: [string, string, string][] = [
      ['Two days after the strikes on the Hezbollah depots, Senator Mara Quinn said the Assad regime was finished.', 'Assad regime', 'attributed'],
      ['Two days after the strikes on the Hezbollah depots, Senator Mara Quinn said the Assad regime was finished.', 'Hezbollah', 'author'],
      ['Reacting to the vote, Minister Dov Arad said that Hamas had lost.', 'Hamas', 'attributed'],
      // a tag closing the sentence reports what came before it
      ['The strike killed 12 Hamas fighters, Minister Dov Arad said on Tuesday.', 'Hamas', 'attributed'],
      // and so does a tag with a participle after it
      ['The strike killed 12 Hamas fighters, Minister Dov Arad told reporters, adding that the raids would go on.', 'Hamas', 'attributed'],
    ];
    await expectVoices(cases);
  });
  it('a quoted label closed with a comma ends what the labelling cue reports; ", while" with a subject ends a report', async () => {
    const cases: [string, string, string][] = [
      ['Minister Dov Arad calls the rebels "terrorists," the same word the Hamas leaders use for his troops.', 'Hamas', 'author'],
      ['Official media have always cast the West as the "Great Satan," while Washington has cast the Islamic Republic as a threat.', 'Islamic Republic', 'attributed'],
      ['Minister Dov Arad said that six soldiers had been killed, while Hezbollah has announced the deaths of 61 fighters.', 'Hezbollah', 'author'],
      // (not a participle after "while": the report goes on)
      ['Minister Dov Arad said the talks had stalled, while visiting the Hamas leaders in Doha.', 'Hamas', 'attributed'],
    ];
    await expectVoices(cases);
    const cast = (await markersOf(cases[1]![0])).find((x) => x.text === 'Islamic Republic');
    expect(cast?.speaker).toBe('Washington');
  });
  it('a passive cue with its agent after "by" describes the noun before it: what follows the agent is the writer\'s', async () => {
    const cases: [string, string, string][] = [
      // the main clause after the participle's phrase
      ['The truce agreed by the two factions on Monday has collapsed, and Hamas fighters fired rockets.', 'Hamas', 'author'],
      ['The plan, announced by Senator Mara Quinn in May, was shelved after Hamas fighters fired rockets.', 'Hamas', 'author'],
      ['The strikes, condemned by Minister Dov Arad, hit the Hamas depots.', 'Hamas', 'author'],
      // a relative clause on the agent
      ['The raid was praised by Minister Dov Arad, who visited the Hamas tunnels last year.', 'Hamas', 'author'],
      // but a label, a question, a that-clause, an order or a charge after the agent is reported
      ['The raid was dismissed by Minister Dov Arad as a Hamas provocation.', 'Hamas', 'attributed'],
      ['Asked by reporters whether Hamas fighters had fired the rockets, Minister Dov Arad declined to answer.', 'Hamas', 'attributed'],
      ['The convoy was told by Minister Dov Arad that Hamas fighters had mined the road.', 'Hamas', 'attributed'],
      ['Lee was accused by a reporter, who worked for the mayor, of arming the Hamas fighters.', 'Hamas', 'attributed'],
      ['A return to the old lines has long been acknowledged by the army to be a Hamas trap.', 'Hamas', 'attributed'],
      ['Lee is a commander believed by the police to have armed the Hamas cells.', 'Hamas', 'attributed'],
      // the label ends at the comma that closes the participle's phrase
      ['Under Lee, regarded by Israel as a strong ally, any deal with Hamas was unthinkable.', 'Hamas', 'author'],
      // the asked question ends where the main clause's verb begins
      ['Lee, asked by reporters about the Hamas envoy, declined to comment.', 'declined to comment', 'author'],
      // a document's purpose is no report: "written by X, to ..."
      ['The House passed a bill, written by two senators, to arm the Hamas enemies.', 'Hamas', 'author'],
      // "as reported by X" after a comma reports the clause before it; opening the sentence, the clause after it
      ['The ceasefire collapsed on Monday, as reported by the Harbour Gazette, and Hamas fighters fired rockets.', 'ceasefire', 'attributed'],
      ['The ceasefire collapsed on Monday, as reported by the Harbour Gazette, and Hamas fighters fired rockets.', 'Hamas', 'author'],
      ['As noted by Minister Dov Arad, Hamas fighters fired the rockets.', 'Hamas', 'attributed'],
    ];
    await expectVoices(cases);
    // the agent is the cue's source, also set off by a comma after its noun
    const plan = await markersOf('The plan, announced by Senator Mara Quinn in May, was shelved.');
    expect(plan.find((x) => x.category === 'attribution')?.speaker).toBe('Mara Quinn');
    // mirrored: the sides' names swapped give the same voices
    for (const [a, b] of [['Hamas', 'Israel'], ['Israel', 'Hamas']]) {
      const text = `The truce rejected by ${a} on Monday has collapsed after ${b} fired rockets.`;
      const markers = await markersOf(text);
      expect(markers.find((x) => x.text === b && x.category !== 'attribution')?.voice, text).toBe('author');
      const dismissed = await markersOf(`The raid was dismissed by ${a} as an ${b} provocation.`);
      expect(dismissed.find((x) => x.text === b && x.category !== 'attribution')?.voice, a).toBe('attributed');
    }
  });
  it('a cue in a relative clause reports up to the end of that clause, not the main clause around it', async () => {
    const cases: [string, string, string][] = [
      // a relative set off by commas ends at the comma its main verb follows
      ['Senator Mara Quinn, who last year urged the council to sanction Hamas, visited the border on Monday.', 'Hamas', 'attributed'],
      ['Senator Mara Quinn, who last year urged the council to act, visited the Hamas tunnels on Monday.', 'Hamas', 'author'],
      ['Avigdor Lee, who once suggested bombing the dam, went out of his way to meet the Hamas envoy.', 'Hamas', 'author'],
      ['The truce, which calls for an end to the rocket fire, came after the bloodiest week between Israel and Hamas.', 'Hamas', 'author'],
      // a restrictive relative in a phrase that opens the sentence ends at the main clause's comma
      ['In a raid that the army said targeted a depot, Israeli soldiers killed two Hamas men.', 'Hamas', 'author'],
      // the relative pronoun as source is no tag on the clause before it
      ['The offer was rejected by Ruritania, which has vowed to crush the militants.', 'militants', 'attributed'],
      ['Officials have accused Hamas fighters of hiding in the hospital, which the staff deny.', 'Hamas', 'author'],
      // negative: a pair of commas inside the relative, or an inversion, does not end it
      ['The plan was opposed by Senator Mara Quinn, who said the strikes, rather than calming things, would lead to an escalation.', 'escalation', 'attributed'],
      ['The same came from Senator Mara Quinn, who told reporters that as long as Israel keeps the truce, so will the Hamas fighters.', 'Hamas', 'attributed'],
      // negative: a main clause's own cue is untouched
      ['Senator Mara Quinn said the Hamas envoy, who had arrived on Monday, was leaving.', 'Hamas', 'attributed'],
      // a phrase that opens on a preposition and has no verb is no clause for the tag after it
      ['In a televised address on Monday, Senator Mara Quinn, who has warned of a long war, vowed to crush Hamas.', 'Hamas', 'attributed'],
      ['In a long war, no one defeats Hamas, Senator Mara Quinn said.', 'Hamas', 'attributed'],
    ];
    await expectVoices(cases);
    // mirrored: the sides' names swapped give the same voices
    for (const [a, b] of [['Hamas', 'Israel'], ['Israel', 'Hamas']]) {
      const text = `The envoy of ${a}, who last year urged the council to act, said ${b} had withdrawn.`;
      const markers = await markersOf(text);
      const m = markers.find((x) => x.text === b && x.category !== 'attribution');
      expect(m?.voice, text).toBe('attributed');
      const raid = await markersOf(`In a raid that ${a} said targeted a depot, soldiers killed two ${b} men.`);
      expect(raid.find((x) => x.text === b && x.category !== 'attribution')?.voice, a).toBe('author');
    }
  });
  it('a topic discussed is the writer\'s naming of it; a tag after it still reports the whole', async () => {
    await expectVoices([
      ['Minister Dov Arad discussed the Hamas attack with the envoy.', 'Hamas', 'author'],
      ['Minister Dov Arad discussed the occupation forces with the envoy.', 'occupation forces', 'author'],
      ['Minister Dov Arad discussed the occupation forces with the envoy, the ministry said.', 'occupation forces', 'attributed'],
    ]);
  });

  it('a speech act said not to have happened reports nothing: its object or clause is the writer\'s; a negated view stays the holder\'s', async () => {
    const cases: [string, string, string][] = [
      ['Minister Dov Arad did not mention that the occupation forces had left.', 'occupation forces', 'author'],
      ['The army has not confirmed whether Hamas fighters were in the tunnel.', 'Hamas', 'author'],
      ['Senator Mara Quinn never acknowledged the Hamas attacks.', 'Hamas', 'author'],
      // negative: the cue in the affirmative, "not only", and a view (its negation is a view of the clause) report
      ['Minister Dov Arad mentioned that the occupation forces had left.', 'occupation forces', 'attributed'],
      ['Minister Dov Arad not only said the occupation forces had left but praised them.', 'occupation forces', 'attributed'],
      ['Minister Dov Arad does not believe the occupation forces will leave.', 'occupation forces', 'attributed'],
      ['Minister Dov Arad said the occupation forces would not leave.', 'occupation forces', 'attributed'],
    ];
    await expectVoices(cases);
    // the cue stays a cue, with its source
    const cue = (await markersOf(cases[0]![0])).find((x) => x.category === 'attribution');
    expect([cue?.text, cue?.speaker]).toEqual(['mention', 'Dov Arad']);
    // mirrored: the sides' names swapped give the same voices
    for (const [a, b] of [['Hamas', 'Israel'], ['Israel', 'Hamas']]) {
      const text = `${a} did not confirm that ${b} had withdrawn.`;
      const m = (await markersOf(text)).find((x) => x.text === b && x.category !== 'attribution');
      expect(m?.voice, text).toBe('author');
    }
  });
  it('"what X sees as" gives X the phrase after "as", up to the verb of the clause it stands in', async () => {
    const cases: [string, string, string][] = [
      ['Students marched against what Senator Mara Quinn sees as the occupation of the West Bank.', 'occupation', 'attributed'],
      ['Officials condemned what the mayor perceived as a Zionist entity plot, the paper reported.', 'Zionist entity', 'attributed'],
      // the clause's own verb and what follows it are the writer's
      ['Control over what Minister Dov Arad regards as the occupied territories will likely shift, experts said.', 'occupied territories', 'attributed'],
      ['Control over what Minister Dov Arad regards as the occupied territories will likely shift soon.', 'likely', 'author'],
      // an "as" clause is no view ("what they saw as they landed")
      ['What the crew saw as they landed in the West Bank was a flooded runway.', 'West Bank', 'author'],
      // "which X considers / deems" a noun phrase, and "whom X regards as"
      ['Settlers built homes on land which the farmers consider an occupied territory.', 'occupied territory', 'attributed'],
      ['The strikes hit the militia, which Senator Mara Quinn deems a terrorist group, near the border.', 'terrorist group', 'attributed'],
      ['The envoy met the leader, whom Minister Dov Arad regards as the Zionist entity\'s ally.', 'Zionist entity', 'attributed'],
      // the passive names no holder
      ['Settlers built homes on land which is widely considered an occupied territory.', 'occupied territory', 'author'],
    ];
    await expectVoices(cases);
    // the same sentence with the sides' names swapped gives the holder the view alike
    for (const [holder, term] of [['Hamas', 'Israel'], ['Israel', 'Hamas']]) {
      const markers = await markersOf(`Diplomats rejected what ${holder} sees as ${term} aggression in the south.`);
      const m = markers.find((x) => x.text === term && x.category !== 'attribution');
      expect([m?.voice, m?.speaker], holder).toEqual(['attributed', holder]);
      expect(markers.find((x) => x.entry === 'attribution.what-x-sees-as')?.stance).toBe('neutral');
    }
  });
});

describe('a cue in a clause that opens the sentence and takes its subject from the main clause', () => {
  it('reports that clause, not the main clause', async () => {
    await expectVoices([
      ['After signaling that it hoped for a quick vote, the mayor appeared to back away from the plan.', 'appeared to', 'author'],
      ['While insisting that the strikes were limited, Hamas fired rockets at Israel.', 'Israel', 'author'],
      // (the sides swapped: the same)
      ['While insisting that the strikes were limited, Israel fired rockets at Hamas.', 'Hamas', 'author'],
      // (what the fronted clause itself reports stays the source's)
      ['After initially questioning the death toll, the ministry now concedes the count may be low.', 'death toll', 'attributed'],
      // (a cue after its subject is not fronted: the main clause is its report)
      ['After the talks, the minister said Israel would respond.', 'Israel', 'attributed'],
    ]);
  });
});

describe('a cue in a fronted clause after a conjunction or a sentence adverb', () => {
  it('reports that clause, not the main clause after its comma', async () => {
    await expectVoices([
      ['But while Minister Dov Arad said the talks would resume, Hamas fired rockets at Israel.', 'Israel', 'author'],
      // (the sides swapped: the same)
      ['But while Minister Dov Arad said the talks would resume, Israel fired rockets at Hamas.', 'Hamas', 'author'],
      ['Indeed, while Senator Mara Quinn insists the blockade is legal, the militants kept shelling the port.', 'militants', 'author'],
      ['The plan is costly, and while Mara Quinn said she would back it, the militants rejected it.', 'militants', 'author'],
      // ("even as" is a time or a concession; what the fronted clause reports stays the source's)
      ['Even as Dana Lee said the regime would fall, the militants kept shelling the town.', 'militants', 'author'],
      ['Even as Dana Lee said the regime would fall, the militants kept shelling the town.', 'the regime', 'attributed'],
      // not "as" alone, which reports the main clause; nor a clause inside the report; nor a cue after a
      // spaced dash that closes the fronted clause
      ['As Dana Lee said, the militants kept shelling the town.', 'militants', 'attributed'],
      ['But Minister Dov Arad said that while the talks would resume, the militants would not disarm.', 'militants', 'attributed'],
      ['Also, when it comes to the siege - a frequent complaint of aid groups - the ministry is quick to point out that none of the convoys reached the militants.', 'militants', 'attributed'],
    ]);
  });
});

describe('a noun with a reduced relative after a comma: no tag of the words before it', () => {
  it('leaves the words before the comma to the writer', async () => {
    await expectVoices([
      ['The council signed a deal with Israel, a move Hamas condemned in July.', 'Israel', 'author'],
      // (the sides swapped: the same)
      ['The council signed a deal with Hamas, a move Israel condemned in July.', 'Hamas', 'author'],
      // (a descriptor before the name is a tag's subject: the words before the comma are reported)
      ['The strikes hit Israel overnight, the news agency Harbour Wire reported.', 'Israel', 'attributed'],
    ]);
  });
});

describe("a cue in an act noun's infinitive", () => {
  it('speaks for whose act it is, and reports no further than the main verb', async () => {
    await expectVoices([
      // (the act's agent after "by"; the predicate the writer says of the act is the writer's)
      ['The decision by Hamas to announce a truce surprised Israel.', 'Israel', 'author'],
      ['The decision by Hamas to announce a truce surprised Israel.', 'truce', 'attributed'],
      // (the sides swapped: the same)
      ['The decision by Israel to announce a truce surprised Hamas.', 'Hamas', 'author'],
      // (an act with no owner opening the sentence is no one's words)
      ['The decision to announce a truce surprised Israel.', 'truce', 'author'],
    ]);
    const cue = (await markersOf('Dana Levi met the envoy. Critics said her move to call for a truce in Gaza was late.')).find((m) => m.text === 'call for')!;
    expect(cue.speaker).toBe('Dana Levi');
  });
});

describe('inside a title, a name, a slogan or a word mentioned', () => {
  it('is quoted: the words are mentioned or someone else\'s, not the writer\'s own use', async () => {
    await expectVoices([
      ['The minister avoided the word "occupation" in his speech.', 'occupation', 'quoted'],
      ['She wrote the memoir "Leaving the West Bank" in 2019.', 'West Bank', 'quoted'],
      // the same word outside the marks is the writer's
      ['Talks on the occupation stalled again on Monday.', 'occupation', 'author'],
    ]);
    // a clause reported around the title keeps its source
    const reported = (await markersOf('Senator Mara Quinn said the word "occupation" had no place in the talks.')).find((m) => m.text === 'occupation');
    expect([reported?.voice, reported?.speaker]).toEqual(['attributed', 'Mara Quinn']);
    // either side's slogan alike (mirrored sentences): the sign's words, never the writer's
    for (const side of ['Israel', 'Palestine']) {
      const m = (await markersOf(`Outside the hall hung a banner, "Stand With ${side}," for a week.`)).find((x) => x.text === side);
      expect(m?.voice, side).toBe('quoted');
    }
  });
});

describe('an excerpt under a line that hands it to another writer (scare23)', () => {
  it('quoted: the paragraph after "Here is X:", "From X:", "X, writing at Y:", "I\'ll let X explain why:"', async () => {
    const text = 'Students may be confused. Here\'s a recent comment about the conflict from a student in Ohio:\n\nWalking into class today, I knew almost nothing about the "war" going on over there.\n\nThe council was wrong. I\'ll let Dana explain why:\n\nThe port deal was a legacy "achievement," and nothing would stop them.\n\nAnn Ruiz, writing at Harbour Weekly:\n\nThe mayor took the "hoax" apart.';
    const markers = await markersOf(text);
    expect([find(markers, '"war"').voice, find(markers, '"war"').speaker]).toEqual(['quoted', 'a student in Ohio']);
    expect([find(markers, '"achievement,"').voice, find(markers, '"achievement,"').speaker]).toEqual(['quoted', 'Dana']);
    expect([find(markers, '"hoax"').voice, find(markers, '"hoax"').speaker]).toEqual(['quoted', 'Ann Ruiz']);
  });
  it("author: the outlet's own links and roundups, a list, and the paragraph after the excerpt", async () => {
    const text = 'More from The Harbour Post:\n\nThe mayor\'s "plan" is a mess.\n\nHere\'s a recap of the week from The Harbour Post:\n\nThe "reform" failed again.\n\nThe options included:\n\nA "surgical" strike on the depot.\n\nFrom the Harbour Times:\n\nThe council met on Monday.\n\nThe "deal" is dead.';
    const markers = await markersOf(text);
    for (const w of ['"plan"', '"reform"', '"surgical"', '"deal"']) expect(find(markers, w).voice).toBe('author');
  });
});

describe("'From X:' before an excerpt (scare23)", () => {
  it('hands the paragraph to a publication, not to a place that labels a dispatch', async () => {
    const quoted = await markersOf('The raid went on for hours. From the Harbour Times:\n\nThe "surgical" operation lasted hours.');
    expect([find(quoted, '"surgical"').voice, find(quoted, '"surgical"').speaker]).toEqual(['quoted', 'the Harbour Times']);
    const own = await markersOf('The raid went on for hours.\n\nFrom Gaza:\n\nThe "surgical" operation lasted hours.');
    expect(find(own, '"surgical"').voice).not.toBe('quoted');
  });
});

describe('"according to X" set off by commas inside the clause it reports (voice31)', () => {
  it('reports the clause on both sides of the aside', async () => {
    await expectVoices([
      ['The shelling, according to the Harbour Ministry, hit Hamas positions in the occupied West Bank.', 'occupied West Bank', 'attributed'],
      ['Since May, according to Dana Lee, a former envoy, the militants have shelled the occupied West Bank.', 'militants', 'attributed'],
      ['The port authorities have, according to Dana Lee, closed two docks to the militants.', 'militants', 'attributed'],
      ['The raid freed hostages who, according to the Harbour Ministry, were held by militants.', 'militants', 'attributed'],
      ['In fact, according to Dana Lee, the militants left the occupied West Bank.', 'militants', 'attributed'],
    ]);
  });

  it('leaves the writer what follows a source set off at the end of a clause', async () => {
    await expectVoices([
      // a participle after the aside: the writer's sequel
      ['The port closed in May, according to Dana Lee, leaving the militants stranded.', 'militants', 'author'],
      // a relative of the source
      ['The port closed in May, according to Dana Lee, whose ship the militants seized.', 'militants', 'author'],
      // a verb after the aside that is the main clause's, not the relative's the aside closes
      ['The toll in the raid, which stands at 40, according to the Harbour Ministry, made it the worst day for the militants.', 'militants', 'author'],
    ]);
  });

  it('gives the same voice with the sides swapped', async () => {
    for (const [a, b] of [['Ruritania', 'Borduria'], ['Borduria', 'Ruritania']]) {
      const text = `The shelling of ${b}, according to ${a}'s army, hit the militants.`;
      const m = find(await markersOf(text), 'militants');
      expect([m.voice, m.speaker], text).toEqual(['attributed', `${a}'s army`]);
    }
  });
});

describe('a cue that ends its line on a colon reports the paragraph set out after it (voice31)', () => {
  it('gives the next paragraph to the source, and the paragraph after it back to the writer', async () => {
    for (const intro of ['In a speech in May, Dana Lee said:', 'The Harbour Gazette reports:', 'Dana Lee argued that:', 'Dana Lee told reporters on Monday:']) {
      const text = `The vote was close.\n\n${intro}\n\nThe militants must leave the occupied West Bank.\n\nThe army then shelled the town of the terrorists.`;
      const markers = await markersOf(text);
      expect(find(markers, 'occupied West Bank').voice, text).toBe('attributed');
      expect(find(markers, 'terrorists').voice, text).toBe('author');
    }
  });

  it('reports the clause a tag on such a line follows, but not the tag', async () => {
    const text = 'The militants will leave the occupied West Bank, the Harbour Gazette reports:\n\nThe terrorists have no right to stay.';
    const markers = await markersOf(text);
    expect([find(markers, 'occupied West Bank').voice, find(markers, 'terrorists').voice]).toEqual(['attributed', 'attributed']);
  });

  it('leaves the writer the paragraph after an object, a modal, a stance or a label', async () => {
    for (const intro of ['Dana Lee expressed her anger on Facebook:', 'Students might discuss the following:', 'Not all scholars agree on this point:', 'Dana Lee said:\n\nAdvertisement:']) {
      const text = `${intro}\n\nThe militants must leave the occupied West Bank.`;
      expect(find(await markersOf(text), 'occupied West Bank').voice, text).toBe('author');
    }
  });

  it('yields to a source named inside the paragraph', async () => {
    const text = 'The Harbour Gazette reports:\n\nDana Lee said the militants left the occupied West Bank. The terrorists have no right to stay.';
    const markers = await markersOf(text);
    expect(find(markers, 'occupied West Bank').speaker).toBe('Dana Lee');
    expect(find(markers, 'terrorists').speaker).toBe('The Harbour Gazette');
  });

  it('gives the same voice with the sides swapped', async () => {
    for (const [a, b] of [['Ruritanian', 'Bordurian'], ['Bordurian', 'Ruritanian']]) {
      const text = `The ${a} army said:\n\nThe ${b} militants shelled the town.`;
      const m = find(await markersOf(text), 'militants');
      expect([m.voice, m.speaker], text).toEqual(['attributed', `${a} army`]);
    }
  });
});

describe("a cue that reports a noun phrase, then its subject's second verb", () => {
  it('stops at the second verb: what the subject goes on to do is the writer\'s account', async () => {
    await expectVoices([
      ['Dana Lee praised the truce and visited the occupied territories on Friday.', 'occupied territories', 'author'],
      ['Dana Lee praised the truce and visited the occupied territories on Friday.', 'truce', 'attributed'],
      ['Senator Mara Quinn mentioned Hamas twice and met Israel\'s envoy on Friday.', 'Israel', 'author'],
      ['Senator Mara Quinn mentioned Hamas twice and met Israel\'s envoy on Friday.', 'Hamas', 'attributed'],
      // (the sides swapped: the same)
      ['Senator Mara Quinn mentioned Israel twice and met Hamas\'s envoy on Friday.', 'Hamas', 'author'],
      ['Senator Mara Quinn mentioned Israel twice and met Hamas\'s envoy on Friday.', 'Israel', 'attributed'],
      // not after a clause, nor before a second verb of saying or of demand, nor a base form (an infinitive's second
      // verb), nor right after the cue
      ['Dana Lee said the militants had fired rockets and killed two soldiers.', 'killed', 'attributed'],
      ['Dana Lee condemned the attack and called the militants terrorists.', 'terrorists', 'attributed'],
      ['Dana Lee vowed to crush Hamas and destroy the militants.', 'militants', 'attributed'],
      ['The council called for a truce and demanded access to the besieged Gaza Strip.', 'besieged Gaza Strip', 'attributed'],
      ['Dana Lee announced - and then withdrew - plans to strike the militants.', 'militants', 'attributed'],
    ]);
  });
});

describe('a tag in an "as" clause that ends the sentence', () => {
  it('reports the clause before the comma', async () => {
    await expectVoices([
      ['The militants fired on the town, as the minister said on Monday.', 'militants', 'attributed'],
      ['The militants fired on the town, as the minister told reporters.', 'militants', 'attributed'],
      ['The blockade is a classic right-wing tactic, as Dana Lee noted in the Harbour Gazette.', 'right-wing', 'attributed'],
      ['Hamas shelled the port first, as Israel reported on Monday.', 'Hamas', 'attributed'],
      // (the sides swapped: the same)
      ['Israel shelled the port first, as Hamas reported on Monday.', 'Israel', 'attributed'],
      // not a time clause with an object of its own, nor a guess ("would agree"), nor an "as" clause in the middle
      // of the sentence, whose clause may come after it
      ['The militants fired on the town, as the minister announced a curfew.', 'militants', 'author'],
      ['The militants fired first, as the minister would agree.', 'militants', 'author'],
      ['The rockets came from Iran, and, as Dana Lee learned, still have accuracy problems.', 'Iran', 'author'],
    ]);
  });
});

describe('a cue in a fronted "as" clause with an object of its own', () => {
  it('reports that clause (a time), not the main clause', async () => {
    await expectVoices([
      ['As Dana Lee denounced the missile tests, the militants kept shelling the town.', 'militants', 'author'],
      ['As Israel denounced the raid, Hamas fired rockets at the port.', 'Hamas', 'author'],
      // (the sides swapped: the same)
      ['As Hamas denounced the raid, Israel fired rockets at the port.', 'Israel', 'author'],
      ['As Dana Lee told reporters that the talks had failed, the militants kept shelling the town.', 'militants', 'author'],
      // not an "as" clause with no object, a comment on the main clause, which it reports
      ['As Dana Lee said, the militants kept shelling the town.', 'militants', 'attributed'],
      ['As Reuters reported last week, the militants kept shelling the town.', 'militants', 'attributed'],
      ['As Dana Lee told reporters, the militants kept shelling the town.', 'militants', 'attributed'],
      ['As Dana Lee explained in an interview, the militants kept shelling the town.', 'militants', 'attributed'],
    ]);
  });
});

describe('a fronted clause whose comma a quotation closes', () => {
  it('ends at that comma, the main clause after the closing mark', async () => {
    await expectVoices([
      ['While Israel insisted the truce was "holding," Hamas fired rockets at the port.', 'Hamas', 'author'],
      // (the sides swapped: the same)
      ['While Hamas insisted the truce was "holding," Israel fired rockets at the port.', 'Israel', 'author'],
      // (what the fronted clause reports stays the source's; a sentence with no fronted clause goes on as before)
      ['While Israel insisted the truce was "holding," Hamas fired rockets at the port.', 'truce', 'attributed'],
      ['Dana Lee said the truce was "holding," and the militants agreed.', 'militants', 'attributed'],
    ]);
  });
});

describe('the main clause after a fronted clause, with a subject of two phrases or a phrase after its noun', () => {
  it('is found, so the fronted report ends before it', async () => {
    await expectVoices([
      ['After Dana Lee testified, Omar Diab and his team seemed to blame the militants.', 'seemed to', 'author'],
      ['While Israel insisted the truce would hold, a trio of Hamas commanders fled the port.', 'Hamas', 'author'],
      // (the sides swapped: the same)
      ['While Hamas insisted the truce would hold, a trio of Israel\'s commanders fled the port.', 'Israel', 'author'],
      // (a source set off inside its clause still reports the main clause after it; "and" opening the words after
      // the comma is no subject)
      ['If the talks fail, Dana Lee said, the army and the militants will clash.', 'militants', 'attributed'],
      ['After Dana Lee said the talks had failed, and the militants left, the army moved in.', 'militants', 'attributed'],
    ]);
  });
});

describe('a cue in a free relative', () => {
  it('a cue in a free relative ("what X said were ...") reports the phrase it names, not the writer\'s clause after it', async () => {
    // the phrase is the source's; after a comma, a clause conjunction or the sentence's own verb, the writer's
    await expectVoices([
      ['The navy hit what it said were smuggling boats, killing four fishermen.', 'killing', 'author', ''],
      ['Two tankers were hit in what the Harbour Authority said were sabotage attacks while Houthi rebels shelled the port.', 'Houthi rebels', 'author', ''],
      ['Two tankers were hit in what the Harbour Authority (HA) said were sabotage attacks while Houthi rebels shelled the port.', 'Houthi rebels', 'author', ''],
      ['The strike hit what the Harbour army has long called a terrorist depot, and Hamas fled.', 'terrorist', 'attributed', 'Harbour army'],
      ['The strike hit what the Harbour army has long called a terrorist depot, and Hamas fled.', 'Hamas', 'author', ''],
      // a list, a clause on the noun and a participle with its preposition go on with the phrase
      ['The clinic was raided in what the army said was a search for Hamas members, weapons and the bodies of Israeli hostages.', 'Israeli hostages', 'attributed', 'army'],
      ['Dana Lee showed what Israel claimed was evidence that the clinic was built over Hamas tunnels.', 'Hamas', 'attributed', 'Israel'],
      ['Soldiers found what the army said were tunnels dug by Hamas under the school.', 'Hamas', 'attributed', 'army'],
      // not a free relative, nor a cleft that opens the sentence: as before
      ['The navy said it hit smuggling boats, killing four fishermen.', 'killing', 'attributed', 'navy'],
      ['What Dana Lee said was the occupation will end soon.', 'occupation', 'attributed', 'Dana Lee'],
    ] as const);
    // the same with the sides swapped: the killing after the comma is the writer's either way
    for (const text of ['Israel struck what it said were Hamas positions, killing 12 civilians.', 'Hamas struck what it said were Israel’s positions, killing 12 civilians.']) {
      const markers = await markersOf(text);
      expect([find(markers, 'killing').voice, find(markers, 'killing').speaker], text).toEqual(['author', '']);
      const named = markers.find((x) => x.category !== 'attribution' && x.start > text.indexOf('were'))!;
      expect([named.voice, named.speaker], text).toEqual(['attributed', text.startsWith('Israel') ? 'Israel' : 'Hamas']);
    }
  });
});

describe('a tag followed by a participle of saying', () => {
  it('the clause before ", X said, adding that ..." is X\'s, however long the participle runs', async () => {
    await expectVoices([
      ['Until Hamas is destroyed, there can be no other government in the valley, Dana Levi said, adding that the army would stay for a long time.', 'Hamas', 'attributed', 'Dana Levi'],
      ['Five of its crew were killed in the raid, the Harbour Port Authority said, adding that the ferry had been marked as a civilian vessel for years.', 'killed', 'attributed', 'Harbour Port Authority'],
      // the same with a participle that is no saying, and with the source in a reduced relative: as before
      ['Five of its crew were killed in the raid, the Harbour Port Authority said, killing hopes that the ferry had been marked as a civilian vessel for years.', 'killed', 'author', ''],
      ['Few diplomats predict a quick end to the alleged uranium work by Iran, an effort Tehran has long denied, insisting its programme serves only peaceful civilian purposes.', 'Iran', 'author', ''],
    ] as const);
    // the sides swapped: each source's clause is its own
    for (const [text, speaker] of [
      ['Hamas fighters shelled the border town of Dover for a third night running, Israel said, adding that the army had fired back at their positions.', 'Israel'],
      ['Israeli troops shelled the border town of Dover for a third night running, Hamas said, adding that its fighters had fired back at their positions.', 'Hamas'],
    ]) {
      const markers = await markersOf(text);
      const before = markers.filter((x) => x.category !== 'attribution' && x.end <= text.indexOf(`, ${speaker} said`));
      expect(before.length, text).toBeGreaterThan(0);
      for (const m of before) expect([m.text, m.voice, m.speaker], text).toEqual([m.text, 'attributed', speaker]);
    }
  });
});

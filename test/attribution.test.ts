// Attribution cues: stance, speaker, idiom traps, and mirrored sentences (sides swapped -> same stance).
// All sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/analyze.ts';
import type { Marker } from '../pipeline/types.ts';

async function cues(text: string, title = ''): Promise<Marker[]> {
  return (await analyzeText(text, { title })).markers.filter((m) => m.category === 'attribution');
}

/** The speaker of the cue whose text is `word` (lower case), or undefined when there is no such cue. */
async function speakerOf(text: string, word: string): Promise<string | undefined> {
  return (await cues(text)).find((m) => m.text.toLowerCase() === word)?.speaker;
}

async function cue(text: string): Promise<Pick<Marker, 'text' | 'stance' | 'speaker'>> {
  const found = await cues(text);
  expect(found, text).toHaveLength(1);
  const { text: t, stance, speaker } = found[0]!;
  return { text: t, stance, speaker };
}

describe('stance', () => {
  it.each([
    ['The ministry said the border would reopen.', 'said', 'neutral'],
    ['The ministry claimed the border would reopen.', 'claimed', 'distancing'],
    ['The ministry revealed that the border would reopen.', 'revealed', 'endorsing'],
    ['The ministry alleged that the guards were bribed.', 'alleged', 'distancing'],
    ['The ministry insisted the border would reopen.', 'insisted', 'distancing'],
    ['The ministry admitted that the border had been closed.', 'admitted', 'endorsing'],
    ['The ministry confirmed that the border would reopen.', 'confirmed', 'endorsing'],
    ['The ministry acknowledged that the border had been closed.', 'acknowledged', 'endorsing'],
    ['The ministry announced that the border would reopen.', 'announced', 'neutral'],
    ['The ministry told reporters the border would reopen.', 'told', 'neutral'],
    ['The ministry highlighted the risks of a closure.', 'highlighted', 'endorsing'],
    ['The ministry pointed to the risks of a closure.', 'pointed to', 'endorsing'],
    ['The ministry described the closure as temporary.', 'described', 'neutral'],
    ['The ministry reminded reporters that the border had been closed.', 'reminded', 'endorsing'],
    ['The ministry wondered whether the border would reopen.', 'wondered', 'neutral'],
    ['The border will reopen, according to the ministry.', 'according to', 'neutral'],
    ['The two envoys reportedly met in secret.', 'reportedly', 'distancing'],
  ])('%s', async (text, word, stance) => {
    const c = await cue(text);
    expect(c.text.toLowerCase()).toBe(word);
    expect(c.stance).toBe(stance);
  });
});

describe('an answer by force, or of which nothing is reported, is no cue; an answer in words is', () => {
  it.each([
    'Israel responded with artillery on the ridge.',
    'Hamas responded with airstrikes on the border towns.',
    'Iran will respond in kind.',
    'It is unclear how the government would respond.',
    'The army responded forcefully.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.respond')).toEqual([]);
  });
  it.each([
    '"Not yet," she responded.',
    'The ministry responded with a statement.',
    'The company responded that it had followed the rules.',
    'The mayor responded: the pier is safe.',
    'Sen. Rubio responded first, ripping into the president.',
    'Hezbollah responded with a statement on its website.',
  ])('%s', async (text) => {
    expect((await cues(text)).map((m) => m.entry)).toContain('attribution.respond');
  });
  // the mirrored pair: the sides swapped, the same reading
  it('reads both sides alike', async () => {
    expect((await cues('Israel responded with strikes after the rockets.')).length).toBe((await cues('Hamas responded with strikes after the raid.')).length);
  });
});

describe('answering a question with nothing of the answer reported is no cue; an answer given is', () => {
  it.each([
    'The ministry did not answer repeated questions about the pier.',
    'That is a question only the harbor board can answer.',
    'Key questions are still to answer, the engineers say.',
    'The pilot answered a grand total of seven questions on Monday.',
    'The militia will have to answer for the raid on the port.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.reply')).toEqual([]);
  });
  it.each([
    'Asked the question, the mayor answered: "No."',
    'The mayor answered the charge that the pier was unsafe.',
    'Asked about the pier, the mayor answered that it would reopen.',
    '"Not before May," the mayor answered when asked the question.',
  ])('%s', async (text) => {
    expect((await cues(text)).map((m) => m.entry)).toContain('attribution.reply');
  });
  // the mirrored pair: the sides swapped, the same reading
  it('reads both sides alike', async () => {
    const a = await cues('Ruritania did not answer questions about the raid, and Borduria answered that it was over.');
    const b = await cues('Borduria did not answer questions about the raid, and Ruritania answered that it was over.');
    expect(a.map((m) => [m.text, m.speaker])).toEqual([['answered', 'Borduria']]);
    expect(b.map((m) => [m.text, m.speaker])).toEqual([['answered', 'Ruritania']]);
  });
});

describe('a death toll is no claim, a claim about lives is', () => {
  it.each([
    ['Officials claimed over the weekend that the port was safe.', 'claimed'],
    ['The envoy accused the ministry of claiming settlers living quiet, ordinary lives were to blame.', 'claiming'],
    ['The rebels claimed 200 fighters had joined them.', 'claimed'],
  ])('%s', async (text, word) => {
    const found = (await cues(text)).find((m) => m.text === word);
    expect(found?.stance).toBe('distancing');
  });
});

describe('"according to" that means "in keeping with" cites no one', () => {
  it.each([
    'The crew will act according to the manual in any storm.',
    'The monks still live according to old customs.',
    'The board ruled according to its own rules.',
    'It was all done according to their whims.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.according-to')).toEqual([]);
  });
  it('keeps a source, a source after a norm, and the source after a deed done in keeping, for either side', async () => {
    expect((await cue('The harbour closed at noon, according to the port authority.')).speaker).toBe('port authority');
    expect((await cue('The delay broke the rules, according to the ethics committee.')).speaker).toBe('ethics committee');
    expect((await cue('Ruritania acted according to the treaty, according to Borduria.')).speaker).toBe('Borduria');
    expect((await cue('Borduria acted according to the treaty, according to Ruritania.')).speaker).toBe('Ruritania');
  });
});

describe('"call" that dials or summons reports no words', () => {
  it.each([
    'She called 911 at once.',
    'The speaker may call lawmakers back from their recess.',
    'An officer called me into a small room.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.call')).toEqual([]);
  });
  it('keeps a call that names, a caller on air, a call into question, and one side\'s naming next to the other\'s summons', async () => {
    expect((await cue('The minister called the strike an outrage.')).speaker).toBe('minister');
    expect(await speakerOf('Lee called into the morning show on Monday.', 'called')).toBe('Lee');
    expect(await speakerOf('The data calls into serious question those claims.', 'calls')).toBe('data');
    expect((await cue('Ruritania called its envoy back after Borduria called the vote a fraud.')).speaker).toBe('Borduria');
    expect((await cue('Borduria called its envoy back after Ruritania called the vote a fraud.')).speaker).toBe('Ruritania');
  });
});

describe('a bare "Note", "Recall", "Ask", "Remember" that opens its sentence bids the reader and cites no one', () => {
  it.each([
    'Note that the figure is a net one.',
    'Recall the hearings of 1954.',
    'Ask yourself why the port is shut.',
    '(Note: the port reopened on Monday.)',
    // (a paper's contact line)
    'Write to Dana Levi at dana.levi@example.com and Omar Haddad at omar.haddad@example.com',
    'Write to us at desk@example.com.',
  ])('%s', async (text) => {
    expect(await cues(text)).toEqual([]);
  });
  it('leaves the cue of the one who speaks, a verb after its subject, and a quotation after a bidding without a speaker', async () => {
    expect(await cue('"Remember, the deal lapsed in May," Lee said.')).toEqual({ text: 'said', stance: 'neutral', speaker: 'Lee' });
    expect((await cue('Harbour officials note that the port is shut.')).text).toBe('note');
    expect(await cue('Dana Levi wrote to the council that the port is shut.')).toEqual({ text: 'wrote', stance: 'neutral', speaker: 'Dana Levi' });
    const { quotes } = await analyzeText('Note the words used here: "We will not yield to anyone."');
    expect(quotes.map((q) => q.speaker)).toEqual(['']);
  });
  it('a report inside a bidding keeps its speaker, for either side', async () => {
    expect(await speakerOf('Note that Ruritania said the port was shut.', 'said')).toBe('Ruritania');
    expect(await speakerOf('Note that Borduria said the port was shut.', 'said')).toBe('Borduria');
  });
});

describe('"recalled" in the passive is summoned back, not remembered aloud', () => {
  // mirrored: either side's envoy
  for (const side of ['Ruritanian', 'Bordurian']) {
    it(`"the ${side} envoy was recalled to the capital" is no cue`, async () => {
      expect(await cues(`The ${side} envoy was recalled to the capital on Friday.`)).toHaveLength(0);
    });
  }
  it('"Lee recalled that ..." keeps its cue', async () => {
    expect(await speakerOf('Lee recalled that the port had closed.', 'recalled')).toBe('Lee');
  });
});

describe('"observed" in the passive is seen or kept, not remarked', () => {
  it.each([
    'No such storm has been observed before.',
    'The flashes were observed from the pier.',
    'The truce was not observed by either side.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.observe')).toEqual([]);
  });
  it('keeps a remark in the active and an impersonal remark with its clause, for either side', async () => {
    expect(await speakerOf('It has been observed that the port is shut.', 'observed')).toBe('anonymous');
    expect(await speakerOf('Ruritania observed that Borduria had shut the port.', 'observed')).toBe('Ruritania');
    expect(await speakerOf('Borduria observed that Ruritania had shut the port.', 'observed')).toBe('Borduria');
  });
  it('a quoted name next to a passive "observed" takes no speaker from it', async () => {
    const { quotes } = await analyzeText('The targets include the \u2018Silver Lantern\u2019 cluster, which has never been observed from so far away.');
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([['title-or-name', '']]);
  });
});

describe('a vote that confirms a nominee is no cue; a confirmation in words is', () => {
  it.each([
    'Will Lee Park be confirmed to the Supreme Court?',
    'No, he will not be confirmed.',
    'She was confirmed as ambassador to Ruritania last year.',
    'If Park is not confirmed by the Senate, the seat stays empty.',
    'The Senate confirmed three judges on Tuesday.',
    'Two senators are voting to confirm Park when the nomination comes up.',
    'No other Senate-confirmed official arrived before May.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.confirm')).toEqual([]);
  });
  it.each([
    ['The ministry confirmed to the Times that the school had been hit.', 'ministry'],
    ['The deaths were confirmed by the hospital.', 'hospital'],
    ['The senator confirmed the talks had stalled.', 'senator'],
    ['Park was confirmed as the gunman by police.', 'police'],
  ])('keeps: %s', async (text, speaker) => {
    const found = (await cues(text)).filter((m) => m.entry === 'attribution.confirm');
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe(speaker);
    expect(found[0]!.stance).toBe('endorsing');
  });
  it('keeps a confirmation that names a nominee, for either side', async () => {
    expect(await cue('Lee confirmed that Park would stand.')).toEqual({ text: 'confirmed', stance: 'endorsing', speaker: 'Lee' });
    expect(await cue('Park confirmed that Lee would stand.')).toEqual({ text: 'confirmed', stance: 'endorsing', speaker: 'Park' });
  });
});

describe('a count in words before the lives keeps a toll, not a claim', () => {
  it('keeps a claim of a count with a clause after it, for either side', async () => {
    expect(await cue('Ruritania claimed that more than a quarter of a million people had fled.')).toEqual({ text: 'claimed', stance: 'distancing', speaker: 'Ruritania' });
    expect(await cue('Borduria claimed that more than a quarter of a million people had fled.')).toEqual({ text: 'claimed', stance: 'distancing', speaker: 'Borduria' });
  });
});

describe('a state of affairs that "threatens to" is a danger, no threat in words', () => {
  it.each([
    "Ruritania's instability always threatened to derail the talks.",
    "Borduria's instability always threatened to derail the talks.",
    'The tension between Ruritania and Borduria over the deal threatens to unwind the goodwill.',
    'The tension between Borduria and Ruritania over the deal threatens to unwind the goodwill.',
    'More recently the wave of settler violence on the hills threatens to provoke an uprising.',
    'The deaths of the aid workers threatened to set back efforts to open a sea route.',
    'Their tactics threaten to radicalize a generation.',
    'A looming trial that threatened to undermine the talks was delayed.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.threaten')).toEqual([]);
  });
  it.each([
    ['Officials in the capital threatened to close the crossing.', 'anonymous'],
    ['The bill threatens new sanctions if the port stays shut.', 'bill'],
    ["The militia's commander threatened to attack the convoy.", "militia's commander"],
    ['Ruritania threatened to close the crossing.', 'Ruritania'],
    ['Borduria threatened to close the crossing.', 'Borduria'],
  ])('keeps: %s', async (text, speaker) => {
    const found = (await cues(text)).filter((m) => m.entry === 'attribution.threaten');
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe(speaker);
  });
});

describe('ground taken or held is no claim; a claim about ground is', () => {
  it.each([
    'The militia claimed large areas of territory in the north.',
    'The rebels fought to claim the territory from the army.',
    'The movement now claims its own province in the south.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((m) => m.entry === 'attribution.claim')).toEqual([]);
  });
  it('keeps a claim whose clause is about the ground, for either side', async () => {
    expect((await cue('Ruritania claims the territory was seized illegally.')).speaker).toBe('Ruritania');
    expect((await cue('Borduria claims the territory was seized illegally.')).speaker).toBe('Borduria');
    expect((await cue('Borduria claims the land belongs to it.')).stance).toBe('distancing');
  });
});

describe("the writer's impersonal judgement on saying is no cue; a speaker's own is", () => {
  it.each([
    'It is too simple to say, as many critics do, that the council has moved left.',
    'It would be wrong to claim that the harbour is safe.',
    "It's too early to tell whether the ferry will run.",
    'It is important to point out that the dock was closed.',
  ])('%s', async (text) => {
    expect(await cues(text)).toEqual([]);
  });
  it('keeps the cue of the one who judges', async () => {
    expect((await cues('The mayor said it is too early to tell whether the ferry will run.')).map((c) => c.text)).toEqual(['said']);
    expect(await speakerOf('Dana Levi found it hard to accept that the dock was closed, and said so.', 'said')).toBe('Dana Levi');
  });
});

describe('"blamed on" after a noun is a passive with no one named; a relative clause names who blames', () => {
  it('the passive', async () => {
    expect(await speakerOf('After a gas attack blamed on the militia, the mayor fled.', 'blamed')).toBe('anonymous');
    expect(await speakerOf('The economic troubles, often blamed on the blockade, have driven families away.', 'blamed')).toBe('anonymous');
  });
  it('the active relative clause (mirrored)', async () => {
    const one = await speakerOf('The tankers were hit in mine attacks the Harbour Authority blamed on Ruritania.', 'blamed');
    const other = await speakerOf('The tankers were hit in mine attacks the Harbour Authority blamed on Borduria.', 'blamed');
    expect([one, other]).toEqual(['Harbour Authority', 'Harbour Authority']);
    expect(await speakerOf('The port shut after an outage the council blamed on a storm.', 'blamed')).not.toBe('anonymous');
    expect(await speakerOf('The ships sank in waters which the navy blamed on the militia.', 'blamed')).toBe('navy');
  });
});

describe("a photograph's credit run into the phrase before a verb is no part of who speaks", () => {
  it.each([
    ['Image copyright Harbour Press Image caption The harbour council said the pier would close', 'said', 'harbour council'],
    ['Media playback is unsupported on your device Media caption Dana Levi says the pier will close', 'says', 'Dana Levi'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  it('keeps photographs that are the subject', async () => {
    expect(await speakerOf('Photos show the pier on fire.', 'show')).toBe('photos');
  });
});

describe('a state or group the lexicon watches is no person "he" or "she" stands for', () => {
  // mirrored: the same sentence with either group's name leaves the pronoun unresolved
  for (const group of ['Hezbollah', 'Hamas']) {
    it(`"he" after "regards ${group} as" stays "he"`, async () => {
      const text = `The council is often hostile to the capital, which regards ${group} as a terrorist group. But the port police chief confirmed on Monday that the offer of help was accepted. He said that experts would arrive within two days.`;
      expect(await speakerOf(text, 'said')).toBe('he');
    });
  }
  it('a person named before still is', async () => {
    const text = 'Hezbollah fired rockets at the border town on Monday, Ann Rowe said. The army struck back. "I head out in the morning," she told the paper.';
    expect(await speakerOf(text, 'told')).toBe('Ann Rowe');
  });
});

describe('a body\'s head after the name\'s abbreviation in brackets is that name\'s', () => {
  // mirrored: either side's movement
  for (const [name, abbr] of [['Harbour Front', 'HF'], ['Rally for Unity', 'RFU']]) {
    it(`"The ${name} (${abbr}) group said" is ${name}`, async () => {
      expect(await speakerOf(`The ${name} (${abbr}) group said on Monday that it would hold a rally.`, 'said')).toBe(name);
    });
  }
  it('a party tag is no abbreviation', async () => {
    expect(await speakerOf('Sen. Ann Lee (R-Texas) said the vote was close.', 'said')).toBe('Ann Lee');
  });
});

describe('a compound modifier ending on a participle is part of the phrase, not of the speaker\'s name', () => {
  // mirrored: either side's enclave
  for (const side of ['Hamas', 'Fatah']) {
    it(`"the health ministry in the ${side}-run enclave said" is the health ministry`, async () => {
      expect(await speakerOf(`The health ministry in the ${side}-run enclave said 40 people were killed.`, 'said')).toBe('health ministry');
    });
    it(`"officials in ${side}-run Gaza said" are unnamed`, async () => {
      expect(await speakerOf(`Officials in ${side}-run Gaza said 40 people were killed.`, 'said')).toBe('anonymous');
    });
  }
  it('"the state-run news agency" speaks by its name', async () => {
    expect(await speakerOf("Ruritania's state-run Harbour News Agency said the port was closed.", 'said')).toBe('Harbour News Agency');
  });
  it('"the health ministry in Gaza" is read as before', async () => {
    expect(await speakerOf('The health ministry in Gaza said 40 people were killed.', 'said')).toBe('health ministry');
  });
});

describe('a body named in lower case by its field after "for" speaks whole, as after "of"', () => {
  it('"the UN office for humanitarian affairs said"', async () => {
    expect(await speakerOf('The UN office for humanitarian affairs said aid was blocked.', 'said')).toBe('UN office for humanitarian affairs');
  });
  it('"the ministry of health said" as before', async () => {
    expect(await speakerOf('The ministry of health said aid was blocked.', 'said')).toBe('ministry of health');
  });
});

describe('the one told is not whom the next "he added" means', () => {
  it('"he told Dana Levi. He added" does not give the one told', async () => {
    const text = 'The farmer drives to his fields every day. "I head out in the morning," he told Dana Levi. He added that there was no room for fear.';
    expect(await speakerOf(text, 'added')).toBe('he');
  });
  it('a speaker named before still is', async () => {
    const text = 'Tom Baker, a farmer, said he drives to his fields every day. "I head out in the morning," he told Harbour Weekly. He added that there was no room for fear.';
    expect(await speakerOf(text, 'added')).toBe('Tom Baker');
  });
});

describe('the body a spokesman speaks for stays the one "he" stands for, watched or not', () => {
  it('"A spokesman for the Houthis ... He said" is the Houthis', async () => {
    const text = 'The strikes hit radar sites in Sanaa, Saada and Hodeidah overnight. A spokesman for the Houthis claimed responsibility for the launch in a televised statement. He said the group would go on.';
    expect(await speakerOf(text, 'said')).toBe('Houthis');
  });
});

describe('one word after a lower-case "the" names no person "he" or "she" stands for', () => {
  // mirrored: either side of the compass leaves the pronoun unresolved
  for (const side of ['West', 'East']) {
    it(`"the ${side}" is no "she"`, async () => {
      const text = `Aid workers say access to the camps is getting worse, and that the ${side} has been slow to respond. "Access is already bad," she says.`;
      expect(await speakerOf(text, 'says')).toBe('she');
    });
  }
  it('a woman named before still is', async () => {
    expect(await speakerOf('Dana Levi runs a clinic near the camps. "Access is already bad," she says.', 'says')).toBe('Dana Levi');
  });
});

describe('an inverted verb\'s description and the name after its comma speak, not the sentence\'s subject', () => {
  it('"said its director, Dr. Tom Baker." after a subject with an appositive', async () => {
    const text = 'Harbour Hospital, the largest complex, was running low on supplies, said its director, Dr. Tom Baker.';
    expect(await speakerOf(text, 'said')).toBe('Tom Baker');
  });
  it('"said the board\'s spokeswoman, Ann Lee."', async () => {
    expect(await speakerOf('The port, a hub for grain, is closed, said the board\'s spokeswoman, Ann Lee.', 'said')).toBe('Ann Lee');
  });
  it('a subject with its appositive before the verb is read as before', async () => {
    expect(await speakerOf('Ann Lee, the board\'s spokeswoman, said the port, a hub for grain, is closed.', 'said')).toBe('Ann Lee');
  });
});

describe('a war named with its number is no person a pronoun stands for; a monarch with one is', () => {
  it('"during World War II" gives no "he"', async () => {
    const text = 'My grandfather came to the port town in 1950. He lived through the bombing of the docks during World War II and the strikes after it. "It was hard," he said.';
    expect(await speakerOf(text, 'said')).toBe('he');
  });
  it('"Queen Elizabeth II" stays a person', async () => {
    const text = 'My grandfather met Queen Elizabeth II on Friday. She toured the docks with him. "It is a fine harbour," she said.';
    expect(await speakerOf(text, 'said')).toBe('Elizabeth II');
  });
});

describe('"Said" is a name in running text, a verb in a title-case headline', () => {
  it('the name speaks with the verb after it', async () => {
    const found = await cues('Forty of the wounded died overnight, Said said.');
    expect(found.map((m) => [m.text, m.speaker])).toEqual([['said', 'Said']]);
  });
  it('a headline capitalises its verb', async () => {
    expect((await cues('Harbour Court Is Said to Order the Release of the Mayor')).map((m) => m.text)).toEqual(['Said']);
  });
});

describe('bare "reports" cite no one and bare "authorities" are a description, capitalised or not', () => {
  it.each([
    ['Reports say the harbour master will step down next month.', 'say', 'anonymous'],
    ['The harbour master will step down, reports say.', 'say', 'anonymous'],
    ['Reports on Monday suggested the ferry was late.', 'suggested', 'anonymous'],
    ['Authorities said the ferry had been late twice.', 'said', 'authorities'],
    ['The ferry had been late twice, authorities said.', 'said', 'authorities'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  // (not a name, a determiner or a possessive with them: those keep what they had)
  it.each([
    ['Coastal authorities said the ferry had been late twice.', 'said', 'Coastal authorities'],
    ['The Harbour Gazette reports that the ferry was late.', 'reports', 'The Harbour Gazette'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  // (mirrored: the names swapped give the same speaker)
  it.each([
    ['Reports say Ann Holt beat Tom Reyes in the vote.', 'say'],
    ['Reports say Tom Reyes beat Ann Holt in the vote.', 'say'],
  ])('%s', async (text, word) => {
    expect(await speakerOf(text, word)).toBe('anonymous');
  });
});

describe('a person named right before "of" speaks, not the body they are of', () => {
  it.each([
    ['Jane Roe of the Harbour Institute told the Riverton Ledger that the port would close.', 'told', 'Jane Roe'],
    ['Jane Roe of the Harbour Institute, who attended the dinner, said the port would close.', 'said', 'Jane Roe'],
    ['Tom Reyes, chairman of the Harbour Board, who had called for the ban, said the port would close.', 'called for', 'Tom Reyes'],
    ['Ann Lee, a nurse and member of the Harbour Council, who maintained that the port was unsafe, left early.', 'maintained', 'Ann Lee'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  // (mirrored: the two people swapped, each speaks for themself)
  it.each([
    ['Jane Roe of the Harbour Institute told Tom Reyes that the port would close.', 'told', 'Jane Roe'],
    ['Tom Reyes of the Harbour Institute told Jane Roe that the port would close.', 'told', 'Tom Reyes'],
    // (a title before the name too)
    ['Lt. Col. Dana Levi of the Harbour Guard told reporters that the port would close.', 'told', 'Dana Levi'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  // (what must not change: a body that is named with "of", a title before "of", a person named with a place)
  it.each([
    ['The report came from the Bank of Riverton, which said the port would close.', 'said', 'Bank of Riverton'],
    ['The head of the Harbour Institute said the port would close.', 'said', 'Harbour Institute'],
    ['Dana Levi of Riverton, who attended the dinner, said the port would close.', 'said', 'Dana Levi of Riverton'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a verb after "and" that goes on with an open relative clause takes the relative\'s head', () => {
  it.each([
    ['Among them was Ann Holt who was interviewed on Harbour Channel 9 and said her family was safe.', 'said', 'Ann Holt'],
    // (mirrored: the names swapped give the swapped speaker, never the agent inside the clause)
    ['Among the callers was Tom Reyes who was questioned by Ann Holt and said the pier was closed.', 'said', 'Tom Reyes'],
    ['Among the callers was Ann Holt who was questioned by Tom Reyes and said the pier was closed.', 'said', 'Ann Holt'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  // (what must not change: a relative closed by a comma, one of another tense, one on the object of "of")
  it.each([
    ['The mayor met Ann Holt, who thanked him, and said the pier was closed.', 'said', 'mayor'],
    ['Dana Levi wrote about sailors who are underpaid and accused the port board of greed.', 'accused', 'Dana Levi'],
    ['The board heard from every member of Harbour Watch who supports the plan and said it would vote.', 'said', 'board'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a capitalised common noun that opens its sentence is read as in lower case, not as a name', () => {
  it.each([
    ['Farmers said the mill road had been shut since March.', 'said', 'farmers'],
    ['The mill road had been shut since March, farmers said.', 'said', 'farmers'],
    ['Police said the ferry had left without its lights on.', 'said', 'police'],
    ['Lawmakers vowed to question the harbour master again.', 'vowed', 'lawmakers'],
    ['Generals have estimated that the drill will take a month.', 'estimated', 'generals'],
    ['Polls show the mayor trailing in the northern wards.', 'show', 'polls'],
    // (a headline's first word too)
    ['Teachers Say Ferry Cuts Leave Pupils Stranded\n\nThe ferry runs twice a day now.', 'say', 'teachers'],
    // (after a colon or a quote mark, as after a full stop)
    ['The notice was short: Prosecutors said the mayor had lied twice.', 'said', 'prosecutors'],
    // (people by whom they stand with keep that: "Critics of the plan")
    ['Advocates of the Harbour League argue the fee is too high.', 'argue', 'Advocates of the Harbour League'],
    // (a relative after the comma is no apposition)
    ['Prosecutors, who asked for ten years, said the mayor had lied twice.', 'said', 'prosecutors'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  // (what must not change: a name that is also a word, a party or people the code knows by name, a word the text
  // capitalises elsewhere as a name, the start of a longer name or of a count, an outlet's word)
  it.each([
    ['Hope said the mill road had been shut since March.', 'said', 'Hope'],
    ['Rich said the mill road had been shut since March.', 'said', 'Rich'],
    ['Democrats said the mill road had been shut since March.', 'said', 'Democrats'],
    ['Gates said the mill road had been shut. The road, Robert Gates added, was old.', 'said', 'Gates'],
    ['Customs and Border Protection said the van was stopped at noon.', 'said', 'Customs and Border Protection'],
    ['Hundreds of Rivertonians said the mill road had been shut since March.', 'said', 'Hundreds of Rivertonians'],
    ['Police Scotland said the ferry had left without its lights on.', 'said', 'Police Scotland'],
    ['Reuters said the ferry had left without its lights on.', 'said', 'Reuters'],
    // (a surname that is also a plural, with a description in apposition after it)
    ['Woods, the council clerk, agreed that the ferry had left late.', 'agreed', 'Woods'],
    ['Banks, a lawyer for the port, said the ferry had left late.', 'said', 'Banks'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  // (mirrored: the names swapped give the same speaker)
  it.each([
    ['Voters said Ann Holt beat Tom Reyes in the northern wards.', 'said'],
    ['Voters said Tom Reyes beat Ann Holt in the northern wards.', 'said'],
  ])('%s', async (text, word) => {
    expect(await speakerOf(text, word)).toBe('voters');
  });
});

describe('idioms are not cues', () => {
  it.each([
    'Four people were admitted to hospital after the crash.',
    'The group claimed responsibility for the blast.',
    'The flood claimed the lives of six villagers.',
    // a death toll after "claimed", however it is counted
    'The war has claimed over 70,000 lives.',
    'The clashes claimed at least 14 lives and injured dozens.',
    'The fighting has claimed tens of thousands of lives.',
    "The raid claimed three soldiers' lives.",
    'The civil war has already claimed more than a third of a million lives.',
    'Two fishermen were confirmed dead on Sunday.',
    'The detention was illegal according to international law.',
    'The navy revealed a new missile at the parade.',
    'All told, the storm destroyed forty homes.',
    'Farmers filed land claims with the court.',
    // nouns, adjectives and names that share a reporting verb's form
    'She studied at Lakeside State University before the war.',
    'The candidate won in five states that voted early.',
    'The ferries now sail to states across the region, and state officials welcomed them.',
    "The senator's comments drew a sharp reply from the union.",
    "The mayor's call for a recount came too late.",
    'The race in the harbor district was too close to call.',
    'A few districts have yet to be called.',
    'The party counted its pledged delegates on Sunday.',
    // a participle of declaring before its noun, and "Said" as a name in running text
    'The mayor will not cross her own stated red lines.',
    'None of the declared candidates attended the debate.',
    'The photograph was taken by Rami Said for the agency.',
    'Two brothers, Said and Omar Haddad, are still at large.',
    'In 1925 a cleric named Said led a revolt in the hills.',
    'In hindsight, the decision would prove costly.',
    'The talks continued late into the night.',
    'The Latest: ferries resume service after the storm',
    'Superdelegates: 121',
    'Nebraska: Ann Lee, Sam Reed, Tom Hale',
    'Wow: the ferry is late again.',
    // a headline's kicker or topic before its colon: a flag, a war or conflict, places joined, an adverb
    'JUST IN: The ferry company closed its harbor office.',
    'HAPPENING NOW: Families wait at the crossing.',
    'Read More: Ferries resume after the storm',
    'Harbor-Ridge War: Ferries stop at the border.',
    'Israel-Gaza: The crossing closed on Monday.',
    'Miraculously: The ferry reached the harbor.',
    // a rubric: a kind of story, no reporter ("Special Report", "Annual Report")
    "Special Report: 'Time to close the harbor' inside the ferry strike",
    'The Annual Report of the harbor board is due in May.',
    // a quotation standing as the headline is no speaker's name
    "'FERRIES FIRST': The mayor tours the harbor on Monday.",
    'She won the caucus states, and the mayor kept her seat.',
    'The party led big states: Ohio and Florida.',
    'He met the Secretary of State attacking the plan on Monday.',
    'State Rep. Ann Lee and state Sen. Omar Diab met the board.',
  ])('%s', async (text) => {
    expect(await cues(text)).toEqual([]);
  });
});

describe('speaker', () => {
  it('names the subject of "X said"', async () => {
    expect((await cue('Health Minister Dana Levi said the clinics were full.')).speaker).toBe('Dana Levi');
  });

  it('names a possessive\'s military, which the tagger reads as an adjective ("Ruritania\'s military said")', async () => {
    expect((await cue("Ruritania's military said it was preparing for new raids.")).speaker).toBe("Ruritania's military");
    // an adjective after a possessive is no subject otherwise: the noun after it is the cue's
    expect((await cues("The envoy's public promise came too late.")).map((m) => m.speaker)).not.toContain("envoy's public");
  });

  it('passes over a phrase of time or manner after its preposition ("for the first time", "on tape") to the subject', async () => {
    expect((await cue('The harbor council has for the first time called for a full inquiry.')).speaker).toBe('harbor council');
    expect((await cues('The mayor was caught on tape calling the plan a disgrace.')).map((m) => m.speaker)).toContain('mayor');
    // a name that ends in such a word is still a name
    expect((await cue('An inquiry by The Harbor Times found that the port was unsafe.')).speaker).not.toBe('');
  });

  it('a teaser "Name on <topic>: \"...\"" gives the quotation to the name that opens it, not a name in the topic', async () => {
    const d = await analyzeText('Dana Levi on the latest toll after the strike in Haifa: “The services now say 40 people are dead.”');
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Dana Levi']);
    const topic = await analyzeText('Dana Levi on the harbor talks with Omar Diab: “We are close to a deal.”');
    expect(topic.quotes.map((q) => q.speaker)).toEqual(['Dana Levi']);
  });

  it('he or she is never a body named with "of" after its head, nor an initialism in the plural', async () => {
    const d = await analyzeText('Faith, Dan Leisner said, is also a factor in life satisfaction. Exports rose by a third last year, the Central Bureau of Trade said. "This is solid," he said.');
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Dan Leisner']);
    const plural = await analyzeText('Many of the MEPs responded by declaring their support for the port. "Hard times need strong leaders," she said.');
    expect(plural.quotes.map((q) => q.speaker)).not.toContain('MEPs');
  });

  it('a title with its portfolio after "of" is the office holder, not the portfolio', async () => {
    expect(await speakerOf('The secretary of state said the talks would resume in June.', 'said')).toBe('secretary of state');
    expect(await speakerOf("Ruritania's minister of defence denied the report on Monday.", 'denied')).toBe("Ruritania's minister of defence");
    expect(await speakerOf('The chief of staff told reporters the vote would wait.', 'told')).toBe('chief of staff');
    // (named before, the office holder speaks by name)
    expect(await speakerOf('Secretary of State Ann Okafor flew to Port Alba. The secretary of state said the talks would resume.', 'said')).toBe('Ann Okafor');
    // (not a state of something)
    expect(await speakerOf('A state of emergency declared by the army was lifted.', 'declared')).toBe('army');
  });

  it('a title joined by hyphens is one phrase, though the tagger reads its last part as an adjective or a verb', async () => {
    expect(await speakerOf('The U.N. secretary-general said the convoy had been stopped.', 'said')).toBe('U.N. secretary-general');
    expect(await speakerOf('The president-elect said the talks would resume in June.', 'said')).toBe('president-elect');
    expect(await speakerOf('The commander-in-chief told the troops the port would be held.', 'told')).toBe('commander-in-chief');
    // (a compound that is no title keeps its usual reading)
    expect(await speakerOf('The general-purpose budget, the mayor said, would be cut.', 'said')).toBe('mayor');
  });

  it('"the group", "the organization" that speaks is the group named last before: a source cited there, else a subject', async () => {
    expect(await speakerOf('The Ruritanian militia Harbour Front fired rockets at a base on Saturday, in what the group said was a response to the killing of a commander.', 'said')).toBe('Harbour Front');
    expect(await speakerOf('Harbour Watch accused Ruritania of blocking aid to the islands. The rights group said the blockade amounted to collective punishment.', 'said')).toBe('Harbour Watch');
    expect((await cues('The Committee to Protect Sailors said that more sailors died this year than in any year since 1992. As of Friday, 36 sailors have died since the storm began, the group said.')).map((m) => m.speaker)).toEqual(['Committee to Protect Sailors', 'Committee to Protect Sailors']);
    // (no group named: a person, a place or a state's body is none)
    expect(await speakerOf('Dana Levi spoke to the crowd in Port Alba. The group said it would march again on Friday.', 'said')).toBe('group');
    expect(await speakerOf('The Pentagon struck a depot on Monday. A spokesman for the group says the strike killed 25 fighters.', 'says')).not.toBe('Pentagon');
  });

  it('a headline\'s speaker label with the topic or the one addressed after it names the speaker alone', async () => {
    const body = 'Dana Levi and Omar Diab met the Harbour Board officials in Port Alba on Monday.';
    const headline = async (title: string) => (await analyzeText(body, { title })).quotes.filter((q) => q.section === 'headline').map((q) => q.speaker);
    expect(await headline("Dana Levi on the ferry strike: 'We will not wait'")).toEqual(['Dana Levi']);
    expect(await headline("Omar Diab to the council: Port plan 'not dead yet'")).toEqual(['Omar Diab']);
    expect(await headline("Levi at the summit: 'We have time'")).toEqual(['Levi']);
    expect(await headline("Harbour Board officials: Ferry deal 'unlikely'")).toEqual(['Harbour Board officials']);
    // a quotation that opens the headline, alone or joined to another, then its speaker and a verb after the colon
    expect(await headline("'Odd' Or 'Unusual': Mayor Omar Diab Responds To Ferry Plan")).toEqual(['Mayor Omar Diab', 'Mayor Omar Diab']);
    expect(await headline("'The Port Is Open': Dana Levi Joins Dockers at the Gate")).toEqual(['Dana Levi']);
    // a topic's noun a title capitalises is no one, nor a label that opens on a preposition
    expect(await headline("Pressure on Levi: Port deal 'close'")).toEqual(['']);
    expect(await headline("Letter to the Board: 'Open the port'")).toEqual(['']);
    expect(await headline("From Port Alba to the Capital: 'A long road'")).toEqual(['']);
    // in the body, a label of more than three words is still no speaker
    expect((await cues('The mayor spoke.\nDana Levi on the ferries: We will not wait.')).map((m) => m.entry)).not.toContain('attribution.speaker-colon');
  });

  it('reads a speaker label after a kicker\'s bar, and one that ends in a role in lower case', async () => {
    expect((await cue('Urgent | Omar Diab: We will not accept the offer.')).speaker).toBe('Omar Diab');
    expect((await cues('#Urgent | Ruritanian army spokesman: We continue the work in the north.')).map((m) => m.entry)).toContain('attribution.speaker-colon');
    // a photo credit in capitals run into a headline after a bar is no speaker
    expect((await cues('The crowd waited. | WIRE Photos Exclusive: Ferries stop at the harbor')).map((m) => m.entry)).not.toContain('attribution.speaker-colon');
  });

  it("a newsletter's list of items under topic words names no speaker; an interview's or a transcript's labels do", async () => {
    const colons = async (text: string) => (await cues(text)).filter((m) => m.entry === 'attribution.speaker-colon').map((m) => m.speaker);
    expect(await colons('The harbor reopened today.\n\nMORE NEWS\nWeather: Two storms reached the coast overnight.\nRuritania: Voters elected a new mayor.\nBake: These rolls have a twist.')).toEqual([]);
    // (the same list with the places swapped)
    expect(await colons('The harbor reopened today.\n\nMORE NEWS\nWeather: Two storms reached the coast overnight.\nBorduria: Voters elected a new mayor.\nBake: These rolls have a twist.')).toEqual([]);
    // an interview: a person's name labels a line next to it
    expect(await colons('We spoke about the port.\n\nZeb Harlow: You were just at the pier.\n\nDana Levi: I was.')).toEqual(['Zeb Harlow', 'Dana Levi']);
    // a transcript in capitals, and a label that comes back in the text
    expect(await colons('The talks went on.\n\nHARLOW: Where were you?\nLEVI: At the pier.')).toEqual(['HARLOW', 'LEVI']);
    expect(await colons('Harlow spoke first.\n\nHarlow: Where were you?\nBoard: We were at the pier.')).toContain('Harlow');
  });

  it("a topic that opens on 'In' (in title case or in capitals) and a photo credit are no speaker labels", async () => {
    const colons = async (text: string) => (await cues(text)).filter((m) => m.entry === 'attribution.speaker-colon').map((m) => m.speaker);
    expect(await colons('The talks went on.\n\nIn Port Alba: The dockers marched to the town hall.')).toEqual([]);
    expect(await colons('The talks went on.\n\nIN PORT ALBA: Dockers march to the town hall')).toEqual([]);
    expect(await colons('The talks went on.\n\nPhoto Credit: Dana Levi')).toEqual([]);
    expect(await colons('The talks went on.\n\nDisclosure: Dana Levi owns a stake in the Harbor Tribune.')).toEqual([]);
    expect(await colons('The talks went on.\n\nDana Levi Photographer: Omar Diab/Harbor Wire')).toEqual([]);
    // (a name, or a name in capitals, that opens with the same letters is still a speaker)
    expect(await colons('The talks went on.\n\nIngrid Lund: The dockers will march.')).toEqual(['Ingrid Lund']);
    expect(await colons('The talks went on.\n\nINGRID LUND: The dockers will march.')).toEqual(['INGRID LUND']);
  });

  it("a label whose last word the text writes in lower case and never as a name is a kicker or a topic, not a speaker", async () => {
    const colons = async (text: string, title = '') => (await cues(text, title)).filter((m) => m.entry === 'attribution.speaker-colon').map((m) => m.speaker);
    const body = 'The ferry strike went on for a week. There was no truce and no deal, and the harbor stayed shut.';
    // a headline's kicker: "No Truce", "Ferry Fail"
    expect(await colons(body, 'No Truce: Dockers March on Port Alba')).toEqual([]);
    expect(await colons(`${body} The strike was a fail for the board.`, 'Ferry Fail: Board Loses Its Vote')).toEqual([]);
    // a body's topic line and a list's count
    expect(await colons(`${body}\n\nStrike: The dockers marched to the town hall on Monday.`)).toEqual([]);
    expect(await colons(`${body} The town lost one more week.\n\nOne: The port lost its ferries.`)).toEqual([]);
    // a person's name, a body the text capitalises, a role, initials: speakers
    expect(await colons(body, 'Dana Levi: Dockers Will March on Port Alba')).toEqual(['Dana Levi']);
    expect(await colons(`${body} The Harbour Board met on Friday.`, 'Harbour Board: Strike Must End')).toEqual(['Harbour Board']);
    // (a body that speaks, though the text writes it in lower case: "the army said")
    expect(await colons(`${body} The army said two soldiers were hurt.`, 'Army: Two Soldiers Hurt at Port Alba')).toEqual(['Army']);
    expect(await colons(`${body}\n\nReporter: Is the strike over? I asked the reporter.`)).toEqual(['Reporter']);
    expect(await colons(`${body} We do not know.\n\nDO: Is the strike over?`)).toEqual(['DO']);
    // a transcript's speaker that comes back, and words in the first person, are a speaker's even when a common word
    expect(await colons(`${body} The will of the town is clear.\n\nWILL: Is it over?\nLEVI: No.\nWILL: Why not?`)).toEqual(['WILL', 'LEVI', 'WILL']);
    expect(await colons(`${body} The clinic said it stayed open.\n\nClinic: We told everyone where we were.`)).toEqual(['Clinic']);
    // (the same headlines with the sides swapped)
    expect(await colons(body, 'No Deal: Board Walks Out on Dockers')).toEqual([]);
    expect(await colons(`${body} The Dockers Union met on Friday.`, 'Dockers Union: Strike Must Go On')).toEqual(['Dockers Union']);
  });

  it('a label of English words the document uses nowhere else is a kicker or a rubric, not a speaker', async () => {
    const colons = async (text: string, title = '') => (await cues(text, title)).filter((m) => m.entry === 'attribution.speaker-colon').map((m) => m.speaker);
    const body = 'The ferry strike went on for a week. Dana Levi led the dockers, and Omar Diab spoke for the board.';
    // a headline's kicker in title case or in capitals, and a subhead's rubric
    expect(await colons(body, 'Shock: Dockers March on Port Alba')).toEqual([]);
    expect(await colons(body, 'PROOF: Board Hid the Ferry Accounts')).toEqual([]);
    expect(await colons(`${body}\n\nTwist: The board must reopen the harbor.`)).toEqual([]);
    // (two or three words, each an English word used nowhere else)
    expect(await colons(body, 'EXCLUSIVE PICTURES: Dockers March on Port Alba')).toEqual([]);
    expect(await colons(body, 'Fresh Twist: Board Walks Out')).toEqual([]);
    // the one who speaks is named again in the story: a surname, a name in capitals, a body
    expect(await colons(body, 'Levi: Dockers Will March on Port Alba')).toEqual(['Levi']);
    expect(await colons(body, 'DIAB: Board Will Not Give In')).toEqual(['DIAB']);
    // (the same headlines with the sides swapped)
    expect(await colons(body, 'Diab: Dockers Will March on Port Alba')).toEqual(['Diab']);
    expect(await colons(body, 'LEVI: Board Will Not Give In')).toEqual(['LEVI']);
    expect(await colons(body, 'Pentagon: Navy Ships Will Stay at Port Alba')).toEqual(['Pentagon']);
    expect(await colons(body, 'PUNDIT: FERRY STRIKE A DISGRACE')).toEqual(['PUNDIT']);
    // a surname the story does not repeat (a columnist's, in a headline), which is no English word; people by what they
    // do, in the plural; a newspaper
    expect(await colons(body, 'Varga: The Dockers Deserve Better')).toEqual(['Varga']);
    expect(await colons(body, 'Kolar: The Dockers Deserve Better')).toEqual(['Kolar']);
    expect(await colons(body, 'Historians: The Strike Was Lawful')).toEqual(['Historians']);
    expect(await colons(body, 'Newspaper: Board Hid the Ferry Accounts')).toEqual(['Newspaper']);
    // a name of English words that the story uses again, and one with a word the model does not know
    expect(await colons(`${body} The Silver Lake crews joined them.`, 'Silver Lake: Crews Will March')).toEqual(['Silver Lake']);
    expect(await colons(`${body} The Golden Bay crews joined them.`, 'Golden Bay: Crews Will March')).toEqual(['Golden Bay']);
    expect(await colons(body, 'Ferry Varga: Crews Will March')).toEqual(['Ferry Varga']);
    // a speaker once in an exchange, and quoted or first-person words after the label, keep their label
    expect(await colons(`${body}\n\nHARLOW: Was the pier closed?\n\nLEVI: It was.`)).toEqual(['HARLOW', 'LEVI']);
    expect(await colons(`${body}\n\nLighthouse: We kept the lamp lit all week.`)).toEqual(['Lighthouse']);
    expect((await cues(`${body}\n\nHelmsman: "The pier you closed, we will open it."`)).map((m) => m.speaker)).toEqual(['Helmsman']);
  });

  it("a book's cut title before a shop's price is an advert's box, not a speaker's label", async () => {
    const colons = async (text: string) => (await cues(text)).filter((m) => m.entry === 'attribution.speaker-colon').map((m) => m.speaker);
    const body = 'The ferry strike went on for a week.';
    // the advert's title, cut by an ellipsis, with its author and its price after it (on the same line or the next)
    expect(await colons(`${body}\nHarbor Years: The Fe... Dana Levi Best Price: $4.10 Buy New $9.00 (as of 08:15 EDT - Details)`)).toEqual([]);
    expect(await colons(`${body}\nPort Alba Blues: A Cit...\nOmar Diab Check Amazon for Pricing.`)).toEqual([]);
    // (the same boxes with the authors swapped)
    expect(await colons(`${body}\nHarbor Years: The Fe... Omar Diab Best Price: $4.10 Buy New $9.00 (as of 08:15 EDT - Details)`)).toEqual([]);
    // a speaker's line on which a box follows later, and a speaker whose words trail off, are speakers
    expect(await colons(`${body}\nLEVI: We waited at the pier all night and nobody came. Harbor Years: The Fe... Omar Diab Best Price: $4.10`)).toEqual(['LEVI']);
    expect(await colons(`${body}\nDIAB: Well... we will see.`)).toEqual(['DIAB']);
  });

  it("a run of three or more labelled lines whose labels all differ and never come back is a list of items", async () => {
    const colons = async (text: string) => (await cues(text)).filter((m) => m.entry === 'attribution.speaker-colon').map((m) => m.speaker);
    // (each label's word is used again, and one item names a person: the topic-word rule alone keeps them)
    const list = 'The harbor reopened. Art lovers came, and the museum of art opened.\n\nMORE NEWS\nArt: The harbor museum returned a painting.\nRuritania: Voters elected Zeb Harlow mayor.\nN.B.L.: The Port Alba Pilots won the final.';
    expect(await colons(list)).toEqual([]);
    // (the same list with the places swapped)
    expect(await colons(list.replace('Ruritania', 'Borduria'))).toEqual([]);
    // a transcript whose speakers come back, and experts' views under their names, are speakers
    expect(await colons('The talks went on.\n\nHarlow: Where were you?\nLevi: At the pier.\nDiab: So was I.\nHarlow: Why?')).toEqual(['Harlow', 'Levi', 'Diab', 'Harlow']);
    expect(await colons('Video transcript:\n\nDANA LEVI: Why not?\n\nOMAR DIAB: We will see.\n\nLEVI: When?\n\nDIAB: Soon.')).toEqual(['DANA LEVI', 'OMAR DIAB', 'DANA LEVI', 'OMAR DIAB']);
    expect(await colons('We asked three experts.\n\nDana Levi: The port will close.\nOmar Diab: The port will stay open.\nZeb Harlow: Nobody knows.')).toEqual(['Dana Levi', 'Omar Diab', 'Zeb Harlow']);
  });

  it("a verb of the manner of speaking reports words in single quote marks that open with a capital", async () => {
    expect((await cue("Protesters chant 'We want the harbor back' at the rally.")).speaker).toBe('protesters');
    expect(await cues("The talks continued 'behind closed doors', a source said.")).not.toEqual(expect.arrayContaining([expect.objectContaining({ entry: 'attribution.manner-of-speaking' })]));
  });

  it("'Read' that opens its sentence is a link's imperative, no sign's words", async () => {
    expect((await cues("READ: 'The Harbor Years': Ferries and their crews")).map((m) => m.entry)).not.toContain('attribution.read');
    expect((await cues('Read “The Ferry Crews Who Stayed,” to learn more.')).map((m) => m.entry)).not.toContain('attribution.read');
    expect((await cue("One placard read: 'Bring them home now.'")).speaker).toBe('placard');
  });

  it('names the source of "according to X"', async () => {
    expect((await cue('According to the Red Crescent, the convoy was stopped.')).speaker).toBe('Red Crescent');
  });

  it('resolves "the paper" and "the report" to the outlet named earlier', async () => {
    const found = await cues(
      'The daily Harbor Tribune reported that the port would be sold. According to the report, the buyer is a consortium. The paper described the sale as final.',
    );
    expect(found.map((c) => [c.text, c.speaker])).toEqual([
      ['reported', 'Harbor Tribune'],
      ['According to', 'Harbor Tribune'],
      ['described', 'Harbor Tribune'],
    ]);
  });

  it('"the agency" is an outlet only as a news or press agency; a state outlet is not the one named before', async () => {
    const found = await cues(
      '"The port is shut," he told The Associated Press. The UN humanitarian agency said 20 trucks were not enough. ' +
        "Syria's state news agency said the convoy was stopped. Turkey's state-run news agency said the road had reopened. " +
        'The news agency said the talks had failed.',
    );
    expect(found.filter((c) => c.text === 'said').map((c) => c.speaker)).toEqual([
      'UN humanitarian agency',
      "Syria's state news agency",
      'news agency',
      'The Associated Press',
    ]);
  });

  it('one person left unnamed by what they are or do is anonymous; a group keeps its noun', async () => {
    expect(await speakerOf('The plan drew criticism, with one top lawmaker expressing concern that it went too far.', 'expressing')).toBe('anonymous');
    expect(await speakerOf('The meeting was tense, according to an invitee who spoke on condition of anonymity.', 'according to')).toBe('anonymous');
    expect(await speakerOf('"We were not warned," said one survivor.', 'said')).toBe('anonymous');
    expect(await speakerOf('Protesters said the port must stay open.', 'said')).toBe('protesters');
  });

  it('"alleged" before its noun names no one who alleges and reports nothing after it', async () => {
    const found = await cues('Lee appeared at his retrial over his alleged role in the killing of protesters.');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['alleged', '']]);
    const markers = (await analyzeText('Lee appeared at his retrial over his alleged role in the killing of protesters.')).markers;
    expect(markers.find((m) => m.text === 'killing of')?.voice).toBe('author');
    expect(await speakerOf('Hamas alleged that the army had shelled the school.', 'alleged')).toBe('Hamas');
  });

  it('"purported" as "alleged", and either after an adjective, a count or "and": no one who alleges', async () => {
    expect(await speakerOf('Police questioned a purported witness on Monday.', 'purported')).toBe('');
    expect(await speakerOf('The latest alleged attack took place in the east.', 'alleged')).toBe('');
    expect(await speakerOf('Three purported attacks were never examined.', 'purported')).toBe('');
    expect(await speakerOf('He was a deputy and alleged leader of the ring.', 'alleged')).toBe('');
    const { quotes } = await analyzeText('The court heard from a purported "expert in harbour law" on Monday.');
    expect(quotes.map((q) => q.speaker)).toEqual(['']);
    // (the adverb stays with an unnamed source, and the verb keeps its subject, for either side)
    expect(await speakerOf('The man was allegedly shot at the pier.', 'allegedly')).toBe('anonymous');
    expect(await speakerOf('Ruritania alleged Borduria had shelled the port.', 'alleged')).toBe('Ruritania');
    expect(await speakerOf('Borduria alleged Ruritania had shelled the port.', 'alleged')).toBe('Borduria');
  });

  it('unnamed people of two nationalities, and people in both parties of a legislature', async () => {
    expect(await speakerOf('The raid was planned for weeks, according to Egyptian and Western diplomats in the region.', 'according to')).toBe('anonymous');
    expect(await speakerOf('The raid was planned for weeks, according to both Israeli and Palestinian officials.', 'according to')).toBe('anonymous');
    expect(await speakerOf('More than a dozen lawmakers in both parties and chambers denied receiving the briefing.', 'denied')).not.toBe('chambers');
    expect(await speakerOf('Hill hawks in both parties called for a halt to the offensive.', 'called for')).toBe('Hill hawks');
    // (a body before "and" keeps its name)
    expect(await speakerOf('The raid was planned for weeks, according to the Harbour Police and several witnesses.', 'according to')).toBe('Harbour Police');
  });

  it('a place holds no title written after it', async () => {
    expect(await speakerOf('In Ramallah, the minister said the toll was rising.', 'said')).toBe('minister');
    expect(await speakerOf('President Ana Ruiz flew to the coast. At Port Haven, the president said the levy would stay.', 'said')).toBe('Ana Ruiz');
    // (a person's appositive after the name is a title all the same)
    expect(await speakerOf('Omar Diab, Egypt\'s ambassador to the union, met the press. The ambassador says the talks will go on.', 'says')).toBe('Omar Diab');
  });

  it('"the ministry", "the agency": a body named before with that head before its "of" or "for"', async () => {
    expect(await speakerOf('Officials at the Agency for Rural Development met on Monday. The agency said the aid was blocked.', 'said')).toBe('Agency for Rural Development');
    expect(await speakerOf('The Ministry of Water reported 30 wells dry. The ministry said more would fail.', 'said')).toBe('Ministry of Water');
  });

  it('names the subject of "as X put it", past an appositive too', async () => {
    expect((await cue('The plan, as the minister put it, was a last resort.')).speaker).toBe('minister');
    expect((await cue('Or, as Dana Levi, a former port director, put it: the harbor is full.')).speaker).toBe('Dana Levi');
  });

  it('anonymous for unnamed sources and "reportedly"', async () => {
    expect((await cue('Officials said the talks had stalled.')).speaker).toBe('anonymous');
    expect((await cue('The envoy reportedly left the capital.')).speaker).toBe('anonymous');
  });

  it('resolves he/she to the person named in the sentence', async () => {
    const found = await cues('Senator Maria Costa met the mayor and later said she was hopeful.');
    expect(found.map((c) => c.speaker)).toEqual(['Maria Costa']);
  });

  it('a headline tag cites the outlet the body relays', async () => {
    const found = await cues('The Coastal Herald reported the meeting on Friday.', 'Ministers met in secret: Report');
    expect(found.find((c) => c.text === ': Report')?.speaker).toBe('The Coastal Herald');
  });
});

describe('cue forms', () => {
  it('a present-tense verb wink reads as a noun, after a plural subject', async () => {
    expect((await cue('The port handled more ships than ever, shipping records show.')).text).toBe('show');
  });

  it('a manner-of-speaking verb next to a quotation', async () => {
    const found = await cues('"We will rebuild the school," the principal continued. "It will take a year."');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['continued', 'principal']]);
  });

  it('a hope or fear only with its that-clause', async () => {
    expect((await cue('Aid workers fear that the road will close again.')).text).toBe('fear');
    // "expected to" is no one's state of mind: only the evidential of an unattributed expectation
    expect((await cues('Prices are expected to rise next month.')).map((c) => c.entry)).toEqual(['attribution.be-expected']);
    // the speaker's own hope, inside the speech, is not a source cited
    const own = await cues('"We hope that the road reopens soon," the mayor said.');
    expect(own.map((c) => c.text)).toEqual(['said']);
  });

  it('a clause with a named subject and a colon before a quotation', async () => {
    const c = await cue('The vote was close. Mayor Ann Lee went even further: "The port will never close."');
    expect([c.text, c.speaker]).toEqual([':', 'Ann Lee']);
  });

  it('a name and a colon before a quotation, once with a verb', async () => {
    expect((await cue('Harbour master Lena Ortiz: "We have never seen so many ships."')).speaker).toBe('Lena Ortiz');
    expect((await cue('The mayor said: "The bridge will reopen."')).text).toBe('said');
  });

  it('a name after a preposition before a colon is the one addressed or talked of, not the speaker', async () => {
    const colon = async (text: string) => (await cues(text)).find((m) => m.entry === 'attribution.colon-quote')?.speaker;
    // the clause's subject speaks; the one addressed does not
    expect(await colon('Dana Levi went to the pier with a message for Omar Diab: "Go home now."')).toBe('Dana Levi');
    // (mirrored: the sides swapped)
    expect(await colon('Omar Diab went to the pier with a message for Dana Levi: "Go home now."')).toBe('Omar Diab');
    // a name before the outlet or body it writes for
    expect(await colon('The talks stalled. Zeb Harlow of the Harbor Tribune: "The port will not reopen."')).toBe('Zeb Harlow');
    // with no subject to name, no speaker rather than the one talked of
    expect(await colon('The talks stalled, and then came a message for Omar Diab: "Go home now."')).not.toBe('Omar Diab');
    // a title's preposition: the name after it speaks
    expect(await colon('The talks stalled. Former secretary of state Dana Levi: "The port will not reopen."')).toBe('Dana Levi');
    // not a source's preposition: the name after "from" speaks
    expect(await colon('The night ended with a toast from harbour master Lena Ortiz: "We have never seen so many ships."')).toBe('Lena Ortiz');
  });

  it('no colon cue in a sentence another cue introduces', async () => {
    const found = await cues('The mayor said of Judge Omar Diab: "He has been fair."');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['said', 'mayor']]);
  });

  it('a state of mind with no one holding it is no cue', async () => {
    expect(await cues('Fears that the bridge could close again grew on Monday.')).toEqual([]);
  });

  it('an evidence verb after a comma is not inverted', async () => {
    const found = await cues('Minutes of the meeting, meanwhile, showed growing worry among members.');
    expect(found.map((c) => c.speaker)).not.toContain('growing worry');
  });

  it('a line-start label is one cue with its verb, and names the speaker without it', async () => {
    const found = await cues('The debate went on for hours.\nOrtiz continued: "The port is open to everyone."');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['continued', 'Ortiz']]);
    const label = await cues('The debate went on for hours.\nOrtiz: "The port is open to everyone."');
    expect(label.map((c) => [c.text, c.speaker])).toEqual([[':', 'Ortiz']]);
  });

  it('an epigraph dash only after a finished quotation, before a name', async () => {
    expect((await cue('"We will not give up." — Maria Lopez')).speaker).toBe('Maria Lopez');
    // the name may be a short sentence of its own before the text goes on
    expect((await cues('"The port stays open." - Ortiz. Ortiz runs the harbour board.')).map((c) => [c.text, c.speaker])).toEqual([['-', 'Ortiz']]);
    expect(await cues('The "reform" - the term the council prefers - passed.')).toEqual([]);
  });
});

describe('first person, refusals and assurances', () => {
  it('the writer reporting their own words next to a quotation', async () => {
    expect(await cue('“Okay,” I said, and sat down.')).toEqual({ text: 'said', stance: 'neutral', speaker: 'I' });
    // "I think" is the speaker's hedge, not a source cited
    expect(await cues('I think the talks will resume.')).toEqual([]);
  });

  it('a refusal to speak is one cue, its verb not counted again', async () => {
    expect(await cue('A spokesman for the port authority declined to comment.')).toEqual({ text: 'declined to comment', stance: 'neutral', speaker: 'port authority' });
    expect(await cues('The company refused to sign the agreement.')).toEqual([]);
  });

  it('present-tense verbs wink reads as nouns: after a quantity, a name set off by commas, a relative clause', async () => {
    expect(await cue('Some say the talks have failed.')).toEqual({ text: 'say', stance: 'neutral', speaker: 'anonymous' });
    expect(await cue('“The port is open,” Ortiz notes.')).toEqual({ text: 'notes', stance: 'endorsing', speaker: 'Ortiz' });
    expect((await cue('It is a reform that many economists say is overdue.')).text).toBe('say');
    expect(await cues('Residents want some say in the plan.')).toEqual([]);
  });

  it('a past form right after a subject pronoun, which wink reads as an adjective', async () => {
    const found = await cues('Mayor Lina Woods spoke at the hall. “The way I see it,” she elaborated, “the bridge stays open.”');
    expect(found.map((m) => [m.text, m.speaker])).toEqual([['elaborated', 'Lina Woods']]);
  });

  it('one attribution for a belief inside what someone said; "called" naming a thing is no cue', async () => {
    expect((await cues('The envoy said she believes the talks can resume.')).map((c) => c.text)).toEqual(['said']);
    expect(await cues('The video was posted by an account called “Truth Now” on Monday.')).toEqual([]);
    expect((await cue('The minister called the plan a disaster.')).text).toBe('called');
  });

  it('a headline that opens with its attribution', async () => {
    const found = await cues('The story follows.', 'Poll: Most voters back the truce');
    expect(found.map((c) => [c.text, c.form])).toEqual([['Poll:', 'headline-tag']]);
  });

  it('a headline in title case: the source stops at its verb', async () => {
    expect((await cues('The story follows.', 'Harbour Board Says Repairs Will Take Weeks')).map((c) => c.speaker)).toEqual(['Harbour Board']);
    expect((await cues('The story follows.', 'Mayor Warns Port Will Close Early')).map((c) => c.speaker)).toEqual(['Mayor']);
  });

  it('a title the tagger reads as an adjective heads the source', async () => {
    expect((await cue('The regional defense chief says the drills will go ahead.')).speaker).toBe('regional defense chief');
  });

  it('admitted in the passive is an admission to a place, not a report', async () => {
    expect(await cues('The general was first admitted on 22 December for tests.')).toEqual([]);
    expect((await cue('The general admitted that the tests were late.')).text).toBe('admitted');
  });

  it('a spoken defence, not a defended place', async () => {
    expect((await cue('The minister defended the decision to close the crossing.')).text).toBe('defended');
    expect(await cues('The country has the right to defend itself.')).toEqual([]);
  });
});

describe('the source across auxiliaries, series and tallies', () => {
  it('skips a negated auxiliary with a curly apostrophe, and a floating quantifier', async () => {
    expect((await cue('Port spokesman Sam Reed wouldn’t say when the ship would dock.')).speaker).toBe('Sam Reed');
    expect((await cue('The unions have both argued that wages fell.')).speaker).toBe('unions');
  });

  it('a time after the verb is not an inverted source; only verbs of saying invert', async () => {
    expect((await cue('Rep. Ann Lee, an ally of the speaker, said Thursday her worry was the budget.')).speaker).toBe('Ann Lee');
    const found = await cues('The mayor praised the volunteers, mocked the council and left.');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['praised', 'mayor'], ['mocked', 'mayor']]);
  });

  it('right after a quotation the inverted subject speaks, whatever qualifies it', async () => {
    // (an adviser left unnamed is an unnamed source, as "a party member" is)
    expect((await cue('"The port is full," said a longtime adviser to both candidates.')).speaker).toBe('anonymous');
    expect((await cue('"The port is full," said a party member who backs the mayor.')).speaker).toBe('anonymous');
    expect((await cue('"The port is full," said Omar Diab, a harbor official.')).speaker).toBe('Omar Diab');
  });

  it('a relative clause between the subject and the verb: its head speaks', async () => {
    expect((await cue('Officials who spoke on condition of anonymity said the port was closed.')).speaker).toBe('anonymous');
    expect((await cue('Harbor pilots who have worked with Omar Diab say the port is full.')).speaker).toBe('Harbor pilots');
    const found = await cues('Unions that have endorsed him say the vote was fair.');
    expect(found.find((c) => c.text === 'say')?.speaker).toBe('unions');
    // an object relative, or a clause of its own inside one, keeps its subject
    const claim = await cues('The mayor rejected a report that Omar Diab said the port was closed.');
    expect(claim.find((c) => c.text === 'said')?.speaker).toBe('Omar Diab');
  });

  it('the full name of a body, a rival without the descriptor, people rather than their place', async () => {
    expect((await cue('The Commission on Maritime Safety says the port was closed.')).speaker).toBe('Commission on Maritime Safety');
    expect((await cue('Rival Ana Lopez mocked the plan on Monday.')).speaker).toBe('Ana Lopez');
    expect((await cue('Officials in Gaza said the crossing was closed.')).speaker).toBe('anonymous');
  });

  it('a purpose clause, a participle after a quotation and a leading time take the sentence subject', async () => {
    expect((await cue('Ortiz used her acceptance speech to call for a ceasefire.')).speaker).toBe('Ortiz');
    expect((await cue('Fans of the band took to social media to complain about the delay.')).speaker).toBe('fans');
    const found = await cues('Hours later, Lee praised the plan as “historic,” telling reporters it would pass.');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['praised', 'Lee'], ['telling', 'Lee']]);
    expect((await cue('Lee at the time said the port was closed.')).speaker).toBe('Lee');
  });

  it('"he" after a subject "the <title>" is the person the text gave that title, not the last one cited', async () => {
    const text = 'President Omar Diab met the envoy on Monday. Defense Minister Tom Baker said the troops would stay. The president withdrew the troops in May, a move he heralded as the end of the war.';
    expect((await cues(text)).map((c) => [c.text, c.speaker])).toEqual([['said', 'Tom Baker'], ['heralded', 'Omar Diab']]);
    // (a tag set off by a comma is someone else's: the one cited before)
    const tag = 'President Omar Diab met the envoy on Monday. The analyst Tom Baker said the talks were stuck. The president had lost control of the cabinet, he said.';
    expect((await cues(tag)).map((c) => [c.text, c.speaker])).toEqual([['said', 'Tom Baker'], ['said', 'Tom Baker']]);
    // (no one given the title: as before)
    const none = 'Omar Diab met the envoy on Monday. Defense Minister Tom Baker said the troops would stay. The president withdrew the troops in May, a move he heralded as the end of the war.';
    expect((await cues(none)).map((c) => c.speaker)).toEqual(['Tom Baker', 'Tom Baker']);
  });

  it('people "involved in" something speak for themselves, not what they are involved in', async () => {
    const found = await cues('A senior official involved in the talks, who asked not to be named, said the gap was narrow.');
    expect(found.find((c) => c.text === 'asked')?.speaker).toBe('anonymous');
    expect((await cue('Officials involved in the Borduvian negotiations said the gap was narrow.')).speaker).toBe('anonymous');
    expect((await cue('Officials involved in the Ruritanian negotiations said the gap was narrow.')).speaker).toBe('anonymous');
    // (past a "who" clause, and in a verb joined by "and": the same unnamed official)
    const joined = await cues('An Egyptian official involved in the talks, who asked not to be named, described the plan as fair and said both sides had agreed.');
    expect(joined.map((c) => [c.text, c.speaker])).toEqual([['asked', 'anonymous'], ['described', 'anonymous'], ['said', 'anonymous']]);
    // (countries and governments too)
    expect((await cue('Countries involved in the war said the talks would fail.')).speaker).toBe('countries');
    // (people placed in a body before "with knowledge of": not the body, nor what they know of)
    expect((await cue('A source inside the ministry with knowledge of the talks told reporters the gap was narrow.')).speaker).toBe('anonymous');
  });

  it('an adjective after its noun is no part of who speaks ("a person close", "the journalists present")', async () => {
    expect((await cue('"The port is full," said a person close to the mayor.')).speaker).toBe('anonymous');
    expect((await cue('"The port is full," said one senior diplomat involved in the discussions.')).speaker).toBe('anonymous');
    // (a title's "general" stays: "the secretary general said")
    expect((await cue('The UN secretary general said the port was full.')).speaker).toBe('UN secretary general');
  });

  it('people described by a participle phrase with prepositions in it speak, not the last noun of the phrase', async () => {
    expect((await cue('Aid workers returning from the camp near the border said food was scarce.')).speaker).toBe('Aid workers');
    expect((await cue('UN officials visiting the clinic the day after the storm said the wards were full.')).speaker).toBe('UN officials');
    expect((await cue('Ruritanian villagers living near the Borduvian border said the blast was loud.')).speaker).toBe('Ruritanian villagers');
    expect((await cue('Borduvian villagers living near the Ruritanian border said the blast was loud.')).speaker).toBe('Borduvian villagers');
    // (an unnamed official with a participle is still unnamed)
    expect((await cue('An official speaking on condition of anonymity said the strikes were not coordinated.')).speaker).toBe('anonymous');
  });

  it('people "on" a body, a side or a field speak, and so does a strike "on" its target; a thing "on" its target does not', async () => {
    expect((await cue('Republican leaders on the harbour board have voiced concern about the plan.')).speaker).toBe('Republican leaders');
    expect((await cue('Members on the Ruritanian side said the talks would resume.')).speaker).toBe('anonymous');
    expect((await cue('The planners of the raid on the port knew that the risk was high.')).speaker).toBe('planners');
    // (mirrored sides)
    expect((await cue('Lawmakers on the Ruritanian committee blamed the ministry for the delay.')).speaker).toBe('lawmakers');
    expect((await cue('Lawmakers on the Borduvian committee blamed the ministry for the delay.')).speaker).toBe('lawmakers');
    // (sanctions "on" a country are not people: the clause that describes them names who speaks)
    expect((await cue('The council imposed new sanctions on Ruritania that Mayor Ana Lopez described as harsh.')).speaker).toBe('Ana Lopez');
  });

  it('"as X likes to put it": the one after "as" speaks, not the sentence subject; a purpose clause keeps it', async () => {
    expect((await cue('The harbour board must, as Mayor Ana Lopez likes to put it, keep the lights on.')).speaker).toBe('Ana Lopez');
    expect((await cue('The plan, as the minister liked to put it, was a last resort.')).speaker).toBe('minister');
    expect((await cue('The port, as Omar Diab used to say, is full.')).speaker).toBe('Omar Diab');
    // (mirrored sides)
    expect((await cue('The truce, as the Ruritanian envoy likes to put it, is a pause.')).speaker).toBe('Ruritanian envoy');
    expect((await cue('The truce, as the Borduvian envoy likes to put it, is a pause.')).speaker).toBe('Borduvian envoy');
    // (a preposition's object stays no subject: "as a guest" before a purpose clause)
    expect((await cue('Lee came as a guest to call for a ceasefire.')).speaker).toBe('Lee');
  });

  it('a time phrase before the verb or the subject is not the speaker', async () => {
    const later = await cues('Police arrested the driver, and later in the day said they were searching for two others.');
    expect(later.find((c) => c.text === 'said')?.speaker).toBe('police');
    expect((await cue('The envoy on the same day said the offer was final.')).speaker).toBe('envoy');
    expect((await cue('The army earlier that week said the tunnel was sealed.')).speaker).toBe('army');
    // no comma after a time that opens the sentence
    expect((await cue('But Sunday night the White House released a statement saying the call had gone well.')).speaker).toBe('White House');
  });

  it('an aside between dashes is passed over, but a single name set off after a description speaks', async () => {
    expect((await cue('Mayor Reed — flanked by his aides — said the port would reopen.')).speaker).toBe('Reed');
    // a hyphen inside a word is no dash
    expect((await cue('Mayor Reed -- whose city is two-thirds rural and one-third urban -- said the port would reopen.')).speaker).toBe('Reed');
    expect((await cue('A union supporter -- Ali Nasser, a former mayor -- said the port would reopen.')).speaker).toBe('Ali Nasser');
    // a list names the members of the group described
    expect((await cue('Two countries - Chile and Peru - said they would go on.')).speaker).toBe('countries');
    expect((await cue('Three senators — some of whom attended the meeting — are warning that costs will rise.')).speaker).toBe('senators');
  });

  it('a legislator of a state is the legislator, not the state', async () => {
    expect((await cue('Sen. Ann Lee (D) of Ohio warned against delay.')).speaker).toBe('Ann Lee');
    expect((await cue('The Republican senator of Ohio said the plan was weak.')).speaker).toBe('Republican senator');
  });

  it('the subject of a participle keeps its modifiers and ends before the next phrase', async () => {
    // an adverb and a participle the tagger does not read as modifiers
    expect((await cue('A visibly angered Mayor Tom Reed gave a stern reply, saying the city would rebuild.')).speaker).toBe('Tom Reed');
    expect((await cue('The embattled premier gave a speech, saying the state would never bow.')).speaker).toBe('embattled premier');
    // mirrored: either side's forces, with a noun the tagger takes for the verb
    const forces = (side: string) => `On Friday, ${side} security forces shot the leader of the cell, and later said they were searching for others.`;
    expect((await cues(forces('Israeli'))).find((c) => c.text === 'said')?.speaker).toBe('Israeli security forces');
    expect((await cues(forces('Palestinian'))).find((c) => c.text === 'said')?.speaker).toBe('Palestinian security forces');
    // a participle after a noun is the verb, and a quantity after the subject floats
    const army = await cues('The military rejected the offer as weak and announced a new plan.');
    expect(army.find((c) => c.text === 'announced')?.speaker).toBe('military');
    const neither = await cues('Israel has neither confirmed nor denied that it struck the convoy.');
    expect(neither.find((c) => c.text === 'confirmed')?.speaker).toBe('Israel');
    // a passive with "either" before its participle still has its agent
    expect((await cues('It came amid strikes that were either claimed by Hamas or blamed on it.')).find((c) => c.text === 'claimed')?.speaker).toBe('Hamas');
  });

  it('he or she is a person: not a street, an acronym or a people', async () => {
    expect((await cue('Ana Ruiz grew up near Court Street in Scranton. She said her father had worked at the mill.')).speaker).toBe('Ana Ruiz');
    expect((await cue('Omar Haddad spoke after the Muslims in the town had prayed. He said the mosque would reopen.')).speaker).toBe('Omar Haddad');
    expect((await cue('Sam Reed easily won Nebraska. He said the fields needed rain.')).speaker).toBe('Sam Reed');
    expect((await cue('Sam Reed met the elders of the Harbor Church. He said the roof needed repair.')).speaker).toBe('Sam Reed');
  });

  it('he or she passes over a name the text gives the other sex, and a capitalised first word', async () => {
    // mirrored: the same sentences with the two people's names swapped
    expect((await cue('Maria Lopez met Daniel Ortiz in the capital. "The port will reopen," he said.')).speaker).toBe('Daniel Ortiz');
    expect((await cue('Daniel Ortiz met Maria Lopez in the capital. "The port will reopen," she said.')).speaker).toBe('Maria Lopez');
    expect((await cue('Ms. Reyes met Mr. Okafor at the port. "We will rebuild," she said.')).speaker).toBe('Reyes');
    expect((await cue('Mr. Okafor met Ms. Reyes at the port. "We will rebuild," she said.')).speaker).toBe('Reyes');
    // Arabic and Hebrew given names, both ways round
    expect((await cue('Omar Haddad met Yael Mizrahi at the crossing. "The road is open," he said.')).speaker).toBe('Omar Haddad');
    expect((await cue('Yael Mizrahi met Omar Haddad at the crossing. "The road is open," she said.')).speaker).toBe('Yael Mizrahi');
    expect((await cue('Yoav Levi met Fatima Nasser at the crossing. "The road is open," he said.')).speaker).toBe('Yoav Levi');
    // with no name of the right sex, the nearest name still stands
    expect((await cue('Daniel Ortiz spoke first. "We will rebuild," she said.')).speaker).toBe('Daniel Ortiz');
    expect((await cue('Ann Lee spoke at the dock. Fundraising was slow for a month, she said.')).speaker).toBe('Ann Lee');
  });

  it('a contracted auxiliary, a stressing reflexive, a share of those polled, a possessive before a noun cue', async () => {
    expect((await cue("Ann Lee, who's called for new ferries, spoke on Monday.")).speaker).toBe('Ann Lee');
    expect((await cue('The mayor herself said the port would reopen.')).speaker).toBe('mayor');
    const share = await cues('In the harbor survey, 42% say the ferries are late.');
    expect(share.find((c) => c.text === 'say')?.speaker).toBe('42%');
    const other = await cues('One fisher praised the plan. Another said the port was too small.');
    expect(other.find((c) => c.text === 'said')?.speaker).toBe('anonymous');
    const found = await cues('Ann Lee spoke at the dock. Her claim that the port was safe was questioned.');
    expect(found.find((c) => c.text === 'claim')?.speaker).toBe('Ann Lee');
  });

  it('a party-and-state tag, a dateline, an adverbial participle, a comma inside a closing quote, "the spokesman"', async () => {
    expect((await cue('The vote was close. Rep. Ann Lee, D-N.Y., noted that the port was busy.')).speaker).toBe('Ann Lee');
    const dated = await cues('HARBOR CITY, Calif. — Mayor Ann Lee toured the docks and promised to rebuild the pier.');
    expect(dated.find((c) => c.text === 'promised')?.speaker).toBe('Ann Lee');
    const by = await cues('Ann Lee kept her lead in the harbor district by touting her record on ferries.');
    expect(by.find((c) => c.text === 'touting')?.speaker).toBe('Ann Lee');
    const adding = await cues('"We will win," Lee told the hosts of "Harbor Talk," adding that the port would reopen.');
    expect(adding.find((c) => c.text === 'adding')?.speaker).toBe('Lee');
    expect((await cue('Thirty percent of those surveyed say the ferries are late.')).speaker).toBe('anonymous');
    expect((await cue('The harbor pilots overall said the channel was too shallow.')).speaker).toBe('harbor pilots');
    const as = await cues('As reported by the Harbor Tribune, the port closed early.');
    expect(as.find((c) => c.text === 'reported')?.speaker).toBe('Harbor Tribune');
    const recalling = await cues('Recalling "the lessons of the flood," the harbor council urged calm.');
    expect(recalling.find((c) => c.text === 'Recalling')?.speaker).toBe('harbor council');
    const place = await cues('At a rally in Harbor City, Neb., Ann Lee was blunt, claiming that the pier was unsafe.');
    expect(place.find((c) => c.text === 'claiming')?.speaker).toBe('Ann Lee');
    const spokesman = await cues('Port spokesman Sam Reed met reporters at the dock. The spokesman said the ship would arrive late.');
    expect(spokesman.find((c) => c.text === 'said')?.speaker).toBe('Sam Reed');
  });

  it('a name that closes a quotation has no title in its tag: "the president" is no appositive of it', async () => {
    const text = 'Speaker Dana Levi spoke after the vote. "Passage will need support from the Harbour Council," the speaker said.';
    expect(await speakerOf(text, 'said')).toBe('Dana Levi');
    // (the sides swapped: the same)
    expect(await speakerOf('President Ann Cole spoke in Gaza. "We will not yield to Israel," the president said.', 'said')).toBe('Ann Cole');
    expect(await speakerOf('President Ann Cole spoke in Jerusalem. "We will not yield to Hamas," the president said.', 'said')).toBe('Ann Cole');
    // (no holder named before: the description stays, not the name inside the quotation)
    expect(await speakerOf('"The plan needs the Harbour Council," the spokesman said.', 'said')).toBe('anonymous');
    // (a title after a name outside a quotation still names it)
    expect(await speakerOf('Sam Reed, the spokesman, met reporters. The spokesman said the ship would arrive late.', 'said')).toBe('Sam Reed');
  });

  it('a statement, a letter or a post the text has not mentioned is the words of the source the sentence before cites', async () => {
    const said = (text: string) => cues(text).then((cs) => cs.filter((c) => c.text === 'said').map((c) => c.speaker));
    expect(await said('The Ruritanian ministry said the crossing would reopen. "Trucks will pass at dawn," the statement said.')).toEqual(['Ruritanian ministry', 'Ruritanian ministry']);
    // (the sides swapped: the same)
    expect(await said('The Bordurian ministry said the crossing would reopen. "Trucks will pass at dawn," the statement said.')).toEqual(['Bordurian ministry', 'Bordurian ministry']);
    // (not a report, which the text names with its author when it has one; nor a source that only quoted another)
    expect(await said('The Ruritanian ministry said the crossing would reopen. The report said trucks would pass at dawn.')).toEqual(['Ruritanian ministry', 'report']);
    expect(await speakerOf('The Harbour Post quoted the Ruritanian ministry as saying the port was shut. The statement said ships would wait.', 'said')).not.toBe('Harbour Post');
    // (nor the release of documents, an act)
    expect(await speakerOf('Dana Levi announced the findings. The release of the emails showed that the port was warned.', 'showed')).not.toBe('Dana Levi');
  });

  it('"the group" is the name an appositive described so, not an item of a list nor a noun in a clause', async () => {
    expect(await speakerOf('That view was not shared by Harbour Watch, the port-based rights group. The group stated its opposition to the strike.', 'stated')).toBe('Harbour Watch');
    // (the sides swapped: the same)
    expect(await speakerOf('The raid was claimed by the Gaza Front, a Palestinian militant group. The group said more would follow.', 'said')).toBe('Gaza Front');
    expect(await speakerOf('The raid was claimed by the Negev Front, an Israeli settler group. The group said more would follow.', 'said')).toBe('Negev Front');
    expect(await speakerOf('The fund backs Harbour Watch, Tide Aid and Dockside, a policy group. The group says its aim is peace.', 'says')).not.toBe('Dockside');
    expect(await speakerOf('They blamed the mayor for favouring farmers, a decision that the group says was wrong.', 'says')).not.toBe('farmers');
  });

  it('"the administration" is the one the text names after a person, the one it names most', async () => {
    const text = 'The Lee administration faces pressure. The Cole administration had tried talks in 2009. The Lee administration met the envoy. Rebels denied it, but the administration said it could not verify the claim.';
    expect(await speakerOf(text, 'said')).toBe('Lee administration');
    expect(await speakerOf('Officials met on Monday. The administration said it could not verify the claim.', 'said')).toBe('administration');
    expect(await speakerOf('As administration officials met, the administration said it could not verify the claim.', 'said')).toBe('administration');
    expect(await speakerOf('The Diab regime faces new sanctions. Rebels reported shelling, but the regime said it had held its fire.', 'said')).toBe('Diab regime');
    // (not "the military": a story names the other side's army as often as the one it means)
    expect(await speakerOf('The Ruritanian military massed troops. The Bordurian army said the military had fired first.', 'said')).toBe('Bordurian army');
  });

  it('a document "by" or "from" its author speaks for the author', async () => {
    expect(await speakerOf('While insisting the plan is peaceful, the comments by Ann Lee of the Harbour Authority raised alarm.', 'insisting')).toBe('Ann Lee');
  });

  it('a tally or poll speaks for whoever made it', async () => {
    expect((await cue('Lee had 310 delegates, according to a tally by the Harbor Tribune.')).speaker).toBe('Harbor Tribune');
  });
});

describe('the source of a passive, a spokesperson, a dated clause', () => {
  it('the agent of a passive report', async () => {
    const found = await cues('The meeting was first reported by the Harbor Tribune on Monday.');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['reported', 'Harbor Tribune']]);
  });

  it('the organisation a spokesperson speaks for', async () => {
    expect((await cue('A spokesman for the Coastal Water Board said the pipes were safe.')).speaker).toBe('Coastal Water Board');
  });

  it('not a date or a place before a comma', async () => {
    expect((await cue('The talks ran into the early hours of Thursday, a senior diplomat said.')).speaker).toBe('anonymous');
    expect((await cue('The server was kept at a house in Millbrook, N.Y., investigators said.')).speaker).toBe('anonymous');
  });
});

describe('the source behind modifiers and appositives', () => {
  it('the phrase a participle modifies', async () => {
    expect((await cue('A poll conducted last week found that most residents backed the plan.')).speaker).toBe('poll');
  });

  it('a name before its parenthesis and appositive', async () => {
    expect((await cue('Rep. Ann Lee (D-Md.), chair of the transport committee, said the bridge was safe.')).speaker).toBe('Ann Lee');
  });

  it('the subject before an appositive and "in a statement"', async () => {
    expect((await cue('Senator Ann Lee, a Democrat from Ohio, in a statement called the ruling unfair.')).speaker).toBe('Ann Lee');
  });

  it('the name in apposition to a title after its owner\'s possessive (mirrored)', async () => {
    for (const [owner, name] of [['Israel', 'Dana Levi'], ['Iran', 'Omid Rahimi'], ['Hamas', 'Yusuf Nasser']]) {
      expect((await cue(`${owner}'s Foreign Minister, ${name}, said the talks had stalled.`)).speaker).toBe(name);
    }
  });

  it('the subject after a sentence-initial preposition and participle', async () => {
    const found = await cues('After suggesting that the count was flawed, Senator Ana Ruiz apologised.');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['suggesting', 'Ana Ruiz']]);
  });

  it('"the report" is an outlet\'s only when the outlet was named just before', async () => {
    const found = await cues(
      'The Harbor Tribune reported the sale in May. The port was busy. Ships waited. Crews worked. Prices rose. Trade grew. A parliamentary report later cited tax records. The report said the sale was legal.',
    );
    expect(found.map((c) => [c.text, c.speaker])).toEqual([
      ['reported', 'The Harbor Tribune'],
      ['cited', 'parliamentary report'],
      ['said', 'report'],
    ]);
  });
});

describe('descriptions and documents that stand for a source', () => {
  it('"a report" is a new document, not the outlet named before', async () => {
    const found = await cues('The Harbor Tribune covered the vote. The port lost money, according to a congressional report.');
    expect(found.find((c) => c.text === 'according to')?.speaker).toBe('congressional report');
  });

  it('"the president" is the person last named with that title', async () => {
    const found = await cues('President Amal Haddad met the envoy on Monday. Later the president said the talks were useful.');
    expect(found.map((c) => c.speaker)).toEqual(['Amal Haddad']);
    const apposed = await cues('Tomas Reyes, the country\'s prime minister, arrived. The prime minister told reporters he was ready.');
    expect(apposed.map((c) => c.speaker)).toEqual(['Tomas Reyes']);
  });

  it('a statement stands for whoever issued it', async () => {
    // one attribution, the verb's: "in a statement" names its channel
    expect((await cues('The Coastal Guard in a statement said the wreck was found.')).map((c) => [c.text, c.speaker])).toEqual([['said', 'Coastal Guard']]);
    expect((await cues('The Coastal Guard set out its terms in a statement on Monday.')).map((c) => c.text)).toEqual(['in a statement']);
    expect((await cue('Minister Dana Levi spoke on Monday. Her statement said the port was open.')).speaker).toBe('Dana Levi');
  });

  it('"the statement" stands for whoever issued the statement mentioned just before', async () => {
    const found = await cues('The Coastal Guard issued a statement on Monday. The statement said the wreck was found.');
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['issued a statement', 'Coastal Guard'], ['said', 'Coastal Guard']]);
  });

  it('a page label is no cue', async () => {
    expect(await cues('Story highlights Talks resume on Monday')).toEqual([]);
  });
});

describe('the source of an infinitive or a participle', () => {
  it('the object before "to" after a verb of prompting', async () => {
    const found = await cues('The ruling prompted Judge Amira Haddad to warn that appeals would follow.');
    expect(found.map((c) => c.speaker)).toEqual(['Amira Haddad']);
  });

  it('the subject of "went on to say"', async () => {
    const found = await cues('Governor Tomas Reyes went on to say that the budget was balanced.');
    expect(found.map((c) => c.speaker)).toEqual(['Tomas Reyes']);
  });

  it('the subject after a sentence-initial participle clause', async () => {
    const found = await cues('Conceding that the vote was close, Mayor Ines Duarte promised a recount.');
    expect(found.find((c) => c.text === 'Conceding')?.speaker).toBe('Ines Duarte');
  });

  it('the subject after a long leading adverbial, past the names in the first clause', async () => {
    const found = await cues(
      'In a long interview with the Harbor Tribune on Monday, Mayor Ana Ruiz defended her remarks about Judge Omar Diab and said the ruling was wrong.',
    );
    expect(found.find((c) => c.text === 'said')?.speaker).toBe('Ana Ruiz');
  });

  it('the subject after a conjunction and a clause', async () => {
    const found = await cues('The judge rubbed his chin, and then said the hearing was over.');
    expect(found.map((c) => c.speaker)).toEqual(['judge']);
  });

  it('a participle after a dash takes the clause\'s source, not the name before the dash', async () => {
    const text = 'Mayor Lena Ortiz says the council took money from Harbor Bank and "nothing is wrong with that" -- asserting that her rival is a hypocrite.';
    expect(await speakerOf(text, 'asserting')).toBe('Lena Ortiz');
  });

  it('a participle inside an aside between dashes describes the phrase before it', async () => {
    const text = 'Critics have argued that Levi\'s choice of words -- calling the tariff a "red line" -- hurt the talks.';
    expect(await speakerOf(text, 'calling')).not.toBe('anonymous');
  });

  it('a participle after "after" in a sentence that opens inside a quotation', async () => {
    const text = '"Nothing. Nothing is settled," Ruth Adler told the radio station after hinting that "big changes" were coming.';
    expect(await speakerOf(text, 'hinting')).toBe('Ruth Adler');
  });

  it('a dateline with an agency is no subject', async () => {
    const text = 'Lisbon (AFP) – Senator Maria Costa has criticised the budget, saying that "reckless cuts" would hurt schools.';
    expect(await speakerOf(text, 'saying')).toBe('Maria Costa');
    expect(await speakerOf('Lisbon, Portugal (AFP) -- Saying "the vote is final," Senator Maria Costa left the chamber.', 'saying')).toBe('Maria Costa');
  });

  it('a participle in a sentence that follows a quotation on the same line', async () => {
    const text = 'Her son wrote, "What a wonderful season." Nora Quinn posted a note of her own, saying, "We are thrilled."';
    expect(await speakerOf(text, 'saying')).toBe('Nora Quinn');
  });

  it('a text seen or obtained by an outlet speaks, not the outlet', async () => {
    expect(await speakerOf('An internal memo seen by the Harbor Tribune says the plan was dropped.', 'says')).not.toBe('Harbor Tribune');
    const text = 'A letter from the Veterans League obtained by the Daily Courier warns that "further use will go to our lawyers."';
    expect(await speakerOf(text, 'warns')).toMatch(/League/);
  });
});

describe('a belief inside another cue\'s that-clause', () => {
  it('is part of what the outer verb reports', async () => {
    const found = await cues('Mayor Ann Lee told reporters on Monday that she believes the port will reopen.');
    expect(found.map((c) => c.text)).toEqual(['told']);
  });

  it('"as it is called" still names', async () => {
    expect((await cue('The harbor pact, as the treaty is called, expires in May.')).text).toBe('called');
  });
});

describe('the plain form of "state" as a verb', () => {
  it('after its subject and before what it reports', async () => {
    expect((await cue('The harbor charter states that every ship may dock.')).text).toBe('states');
    expect((await cue('The new rule is short. It states: every ship may dock.')).text).toBe('states');
  });

  it('a plural subject takes the plain form, also through "of" and after an aside', async () => {
    expect((await cue('The harbor pilots state that the channel is too shallow.')).text).toBe('state');
    expect((await cue('The rules of the harbor pact state that no ship may dock at night.')).text).toBe('state');
    expect((await cue('The Harbor Tribune, a local weekly, states that the pier is closed.')).text).toBe('states');
    expect((await cue('Ann Lee — a pilot for ten years — states that the channel is too shallow.')).text).toBe('states');
  });

  it('the noun: a nation after its adjective, with a relative clause, after a glued hyphen, one of a list', async () => {
    // (the same with the sides swapped: neither country's state is anyone's words)
    expect(await cues('He said the Ruritanian state "has a right to its harbor."')).toHaveLength(1);
    expect(await cues('He said the Bordurian state "has a right to its harbor."')).toHaveLength(1);
    expect(await cues('The plan envisions a Bordurian state that keeps the harbor.')).toHaveLength(1);
    expect(await cues('The plan envisions a Ruritanian state that keeps the harbor.')).toHaveLength(1);
    expect(await cues('Harbor states that joined the pact have eased their tariffs.')).toEqual([]);
    expect(await cues('The board weighs a future "one-state" plan for the harbor.')).toEqual([]);
    expect(await cues('Ruritania, Baltic states, and Borduria signed the harbor pact.')).toEqual([]);
    expect(await cues('Ships from Oman, the Gulf states, Borduria and Ruritania dock there.')).toEqual([]);
  });
});

describe('verbs the tagger reads as nouns', () => {
  it('a present participle after "is", "by" or a comma, and a plain present before "to" after its subject', async () => {
    expect((await cue('Mayor Ann Lee is promising them a new ferry.')).text).toBe('promising');
    expect((await cue('Ann Lee won the harbor vote by promising to rebuild the pier.')).text).toBe('promising');
    expect((await cue('Several harbor pilots claim to have seen the ship.')).text).toBe('claim');
  });

  it('a present tense closing its clause after its subject, set off by punctuation', async () => {
    expect((await cue('The road was closed, the Harbor Tribune reports.')).speaker).toBe('Harbor Tribune');
    expect((await cue('The road was closed, Dana Levi-Ortiz reports.')).text).toBe('reports');
    expect((await cue('"The road is closed," the document states.')).text).toBe('states');
    // a group of states is no tag
    expect(await cues('He toured Oman, the Gulf states.')).toEqual([]);
  });
});

describe('a state of mind as an adjective', () => {
  it('is a cue before its that-clause, held by the subject across a linking verb', async () => {
    const c = await cue('Mayor Ann Lee remains confident that the ferry will run by May.');
    expect([c.text, c.speaker]).toEqual(['confident', 'Ann Lee']);
    expect(await cues('Ann Lee gave a confident speech on Monday.')).toEqual([]);
  });

  it('opening its sentence it belongs to the subject after its clause; after an empty "it" it is no one\'s', async () => {
    expect((await cue('Convinced that the port was safe, Mayor Ann Lee reopened it.')).speaker).toBe('Ann Lee');
    expect(await cues('It is far from certain that the ferry will run.')).toEqual([]);
  });

  it('inside a said-clause it is part of what was said; in the first person it is no attribution', async () => {
    const found = await cues('Mayor Ann Lee said she was confident that the ferry would run.');
    expect(found.map((c) => c.text)).toEqual(['said']);
    expect(await cues('I am confident that the ferry will run.')).toEqual([]);
  });
});

describe('verbs the tagger reads as adjectives', () => {
  it('a past form before its object is the verb', async () => {
    expect((await cue('The senator referenced the court ruling in her speech.')).text).toBe('referenced');
    expect((await cue('Mayor Ann Lee referenced Omar Diab in her speech.')).speaker).toBe('Ann Lee');
  });

  it('a past form before a noun without a determiner stays an adjective', async () => {
    expect(await cues('The party counted its pledged delegates on Sunday.')).toEqual([]);
  });
});

describe('expectations and refusals to take a position', () => {
  it('an expectation held by no one named is an evidential with an anonymous source', async () => {
    const c = await cue('The council is widely expected to approve the harbor budget on Friday.');
    expect([c.text, c.speaker, c.stance]).toEqual(['is widely expected', 'anonymous', 'neutral']);
    expect(await cues('Turnout at the harbor vote was higher than expected.')).toEqual([]);
    expect(await cues('The mayor’s expected victory never came.')).toEqual([]);
  });

  it('a poll opening its sentence is the source of what follows; "called out" is a rebuke', async () => {
    const c = await cue('In a new Harbor Tribune poll released Monday, 60 percent backed the plan.');
    expect(c.text).toBe('In');
    expect(c.speaker).toContain('Harbor Tribune');
    expect(await cues('The mayor leads in the polls, and her rival trails.')).toEqual([]);
    expect((await cue('Mayor Ann Lee called out her rival for skipping the debate.')).text).toBe('called out');
  });

  it('making a position clear is a cue of the one who makes it', async () => {
    const c = await cue('Mayor Ann Lee made it clear that the ferry would run.');
    expect([c.text, c.speaker]).toEqual(['made it clear', 'Ann Lee']);
  });

  it('an aim hoped for is the hoper\'s; the best hope of someone else is no cue', async () => {
    const c = await cue('Mayor Ann Lee hopes to reopen the market by spring.');
    expect([c.text, c.speaker]).toEqual(['hopes', 'Ann Lee']);
    expect(await cues('Their best hope to reopen the market is a dry spring.')).toEqual([]);
  });

  it('words only wanted, planned or hard to say report nothing said', async () => {
    expect(await cues('Mayor Ann Lee wants to endorse the harbor plan.')).toEqual([]);
    expect(await cues('The council plans to announce the budget next week.')).toEqual([]);
    expect(await cues('His decision to criticize the port authority surprised no one.')).toEqual([]);
    expect(await cues('It is difficult to predict how the vote will go.')).toEqual([]);
    expect(await cues('The mayor is one vote shy of being able to declare victory.')).toEqual([]);
    expect(await cues('The ministry was unable to say when the port would reopen.')).toEqual([]);
    expect(await cues('The agency has not been able to confirm the figures.')).toEqual([]);
    // an act denied with "without": no words reported; an act held back from is a stance taken, and a cue
    expect((await cues('The army said the talks would resume, without elaborating.')).map((m) => m.text)).toEqual(['said']);
    expect((await cues('The mayor praised the crews without mentioning the council.')).map((m) => m.text)).toEqual(['praised']);
    expect((await cue('The council stopped short of calling for a ceasefire.')).text).toBe('calling for');
    // the same verbs said, or going on being said, stay cues
    expect((await cue('Mayor Ann Lee endorsed the harbor plan.')).text).toBe('endorsed');
    expect((await cue('Mayor Ann Lee continued to criticize the port authority.')).text).toBe('criticize');
    expect((await cue('The coroner was able to confirm that the boat had capsized.')).text).toBe('confirm');
  });

  it('a refusal to take a position in words is one cue; a refusal to act is none', async () => {
    const c = await cue('Mayor Ann Lee declined to rule out a second term.');
    expect([c.text, c.speaker]).toEqual(['declined to rule out', 'Ann Lee']);
    expect(await cues('The union refused to sign the harbor contract.')).toEqual([]);
  });
});

describe('mirrored sentences keep the stance', () => {
  const templates = [
    '{A} claimed that {B} had broken the truce.',
    '{A} said that {B} had broken the truce.',
    '{A} revealed that {B} had moved troops to the border.',
    'According to {A}, {B} fired first.',
    '{A} admitted that its forces had crossed into {B} territory.',
    '{A} accused {B} of shelling the camp.',
    '{B} reportedly rejected the offer from {A}.',
    '{A} is expected to reject the offer from {B}.',
    '{A} declined to publicly endorse the truce with {B}.',
    '{A} hopes to sign a truce with {B} before the winter.',
    '{A} made it clear that {B} must withdraw first.',
    '{A} called out {B} for breaking the truce.',
    '{A} rebuked {B} for breaking the truce.',
    '{A} signaled that {B} could join the talks.',
    '{A} portrayed {B} as the aggressor.',
    '{A} attacked {B} as an obstacle to the truce.',
    '{A} sided with {B} in the dispute over the crossing.',
    'As {A} put it, {B} had broken the truce.',
    '{A} sees {B} as the main obstacle to a truce.',
    '{A} is confident that {B} will accept the truce.',
    '{A} defended its envoy against accusations from {B}.',
    '"The truce is over," added a spokesman for {A}, blaming {B}.',
  ];
  const pairs: [string, string][] = [
    ['the Israeli military', 'Hamas'],
    ['the Lebanese army', 'the Israeli army'],
    ['the Syrian government', 'the Turkish government'],
  ];
  for (const template of templates) {
    for (const [a, b] of pairs) {
      it(`${template} (${a} / ${b})`, async () => {
        const fill = (x: string, y: string): string =>
          template.replace('{A}', x).replace('{B}', y).replace(/^./, (c) => c.toUpperCase());
        const one = await cues(fill(a, b));
        const two = await cues(fill(b, a));
        expect(one.length).toBeGreaterThan(0);
        expect(two.map((c) => [c.entry, c.stance])).toEqual(one.map((c) => [c.entry, c.stance]));
      });
    }
  }
});

describe('organisations whose names hold small words, and it or they', () => {
  it('a capitalised small word or "to" after a body\'s head stays inside the name', async () => {
    expect((await cue('Doctors Without Borders said the clinic had run out of fuel.')).speaker).toBe('Doctors Without Borders');
    expect((await cue('The Committee to Protect Journalists said two reporters were killed.')).speaker).toBe('Committee to Protect Journalists');
    expect((await cue('The road was closed, Medics Against Hunger said.')).speaker).toBe('Medics Against Hunger');
  });
  it('not in a title-case headline, nor in a quoted slogan', async () => {
    const headline = await cues('', 'Strike In Rafah Hits Shelter, Officials Say');
    expect(headline.map((c) => c.speaker)).not.toContain('Strike In Rafah Hits Shelter');
    const slogan = await cues('His slogan in 2019 was "Strong Against Hamas," and in one video the minister pledged to win. Hamas said it would fight on.');
    expect(slogan.map((c) => c.speaker)).not.toContain('Strong Against Hamas');
  });
  it('it or they in a clause on a noun is the body the sentence opens with', async () => {
    expect((await cue('Violence has surged in the north. The army struck what it described as a weapons depot.')).speaker).toBe('army');
    expect((await cue('Officials closed the crossing, which they said was unsafe.')).speaker).toBe('anonymous');
    expect((await cue('The ministry issued rules. It said they would take effect on Monday.')).speaker).toBe('ministry');
    // mirrored: a state as the subject is what it refers to, whichever state it is
    expect((await cue('Israel struck what it called militant bases in Syria.')).speaker).toBe('Israel');
    expect((await cue('Iran struck what it called militant bases in Syria.')).speaker).toBe('Iran');
  });
  it('a think tank speaks as one phrase, in a headline tag too', async () => {
    expect((await cue('A Washington think tank said the sanctions had failed.')).speaker).toBe('Washington think tank');
    const tag = await cues('The report was published on Monday.', 'Attacks could spike oil prices, says US think tank');
    expect(tag.map((c) => c.speaker)).toEqual(['US think tank']);
  });
  it('they is people the sentence before opens with, by their noun; not a thing that ends like one', async () => {
    expect((await cue('The dockers stopped work at noon. They said the port was unsafe.')).speaker).toBe('dockers');
    expect((await cue('The unions met on Monday. They said the port was unsafe.')).speaker).toBe('unions');
    expect((await cue('Ruritanian protesters marched to the embassy. They said the blockade must end.')).speaker).toBe('Ruritanian protesters');
    expect((await cue('Borduvian protesters marched to the embassy. They said the blockade must end.')).speaker).toBe('Borduvian protesters');
    expect((await cue('The numbers rose sharply. They said the toll was rising.')).speaker).toBe('they');
  });
  it('they is never one person: a name the text shows to be one person\'s leaves they unresolved', async () => {
    // mirrored: the sides' names swapped, the same reading
    expect(await speakerOf('Mayor Dana Ruiz said the dam was safe. Many in the town disagree, and they say the dam must go.', 'say')).toBe('they');
    expect(await speakerOf('Mayor Omar Haddad said the dam was safe. Many in the town disagree, and they say the dam must go.', 'say')).toBe('they');
    expect(await speakerOf('Mayor Omar Haddad said the dam was safe. The council has doubts, they added.', 'added')).toBe('they');
    // not a people or a group named before, which they stands for
    expect(await speakerOf('The Christians of Valdoria said the church was safe. But they agreed that it needed repairs.', 'agreed')).toBe('Christians of Valdoria');
    expect(await speakerOf('Early Valdorians said the church was safe. But they agreed that it needed repairs.', 'agreed')).toBe('Early Valdorians');
    // nor he, which stands for one person
    expect(await speakerOf('Omar Haddad said the dam was safe. But he agreed that it needed repairs.', 'agreed')).toBe('Omar Haddad');
  });
  it('after a comma and a conjunction, it is the body the sentence opens with', async () => {
    const c = await cues('The navy had no comment on the report, but it has denied similar claims before.');
    expect(c.find((m) => m.text === 'denied')!.speaker).toBe('navy');
  });
  it('a participle shares the source of the verb before it, not of a cue inside the quotation', async () => {
    const c = await cues('"It is impossible to describe our loss," the family said, adding that the search would go on.');
    expect(c.find((m) => m.text === 'adding')!.speaker).toBe('family');
  });
  it('he or she after a quotation is not a source cited inside it', async () => {
    const c = await cues('Officials met Tal Vered on Monday. Dana Holt added that the strike was deliberate.\n\n"Vered says the army did not do it, but everybody knows it did," she said.');
    expect(c.find((m) => m.text === 'said')!.speaker).toBe('Dana Holt');
  });
  it('he or she after a quotation is the person the sentence before cites or opens with, ahead of one cited further back', async () => {
    // mirrored: the same passage with the two men's names swapped
    const a = await cues('"The port will reopen," Omar Haddad said on Monday.\n\nYoav Levi has run the ferry for a decade. "Nobody asked us," he said.');
    expect(a.at(-1)!.speaker).toBe('Yoav Levi');
    const b = await cues('"The port will reopen," Yoav Levi said on Monday.\n\nOmar Haddad has run the ferry for a decade. "Nobody asked us," he said.');
    expect(b.at(-1)!.speaker).toBe('Omar Haddad');
    // a person the sentence before cites comes first, whoever it opens with
    const cited = await cues('"The port will reopen," Omar Haddad said on Monday. Yoav Levi is wrong about the ferries, Dan Amir said. "Nobody asked us," he said.');
    expect(cited.at(-1)!.speaker).toBe('Dan Amir');
    // the sentence before says nothing of a person: the speaker cited before it still stands
    const run = await cues('"The port will reopen," Omar Haddad said on Monday.\n\nBut the minister did not stop there. "Nobody asked us," he said.');
    expect(run.at(-1)!.speaker).toBe('Omar Haddad');
  });
  it('the subject the sentence before opens with is a name heading its phrase, not a modifier, a title or a relative clause', async () => {
    // 'the Belgian prime minister': a nationality before a title names no one
    const modifier = await cues('"The port will reopen," Omar Haddad said on Monday. After the talks, the Belgian prime minister spoke. "Nobody asked us," he said.');
    expect(modifier.at(-1)!.speaker).toBe('Omar Haddad');
    // 'Hezbollah chief Hassan Nasrallah': the name at the head of the phrase, not the group before it
    const head = await cues('"The port will reopen," Omar Haddad said on Monday. Harbor union chief Yoav Levi was due to speak later. "Nobody asked us," he said.');
    expect(head.at(-1)!.speaker).toBe('Yoav Levi');
    // a person cited at the start of the pronoun's own sentence comes before the sentence before it
    const here = await cues('"The port will reopen," Omar Haddad said on Monday. Dana Levi said she recalled thinking, "Nobody asked us."');
    // ("thinking" is part of what she said, one attribution: her "recalled" carries the pronoun)
    expect(here.find((c) => c.text === 'recalled')?.speaker).toBe('Dana Levi');
    // not a person cited inside a clause of that sentence
    const clause = await cues('"The port will reopen," Dana Amir said on Monday. Talks will move only if Yoav Levi feels pressed, she argued.');
    expect(clause.at(-1)!.speaker).toBe('Dana Amir');
  });
  it("a name before a party and state ('Ann Lee, D-Calif.,') is a legislator, not a place", async () => {
    // mirrored: the two members' names and parties swapped
    const a = await cues('Sen. Omar Haddad, R-Texas, spoke first. House member Yoav Levi, D-Calif., despite his doubts, voted yes. "The votes are there," he said.');
    expect(a.at(-1)!.speaker).toBe('Yoav Levi');
    const b = await cues('Sen. Yoav Levi, D-Calif., spoke first. House member Omar Haddad, R-Texas, despite his doubts, voted yes. "The votes are there," he said.');
    expect(b.at(-1)!.speaker).toBe('Omar Haddad');
  });
  it("a given name the tagger reads as a modal ('said Will Doyle') still names the speaker after the verb", async () => {
    const c = await cues('The port closed. "It is expensive," said Will Haddad, a professor of economics.');
    expect(c.at(-1)!.speaker).toContain('Haddad');
    // the same sentence with another given name
    const d = await cues('The port closed. "It is expensive," said Dana Haddad, a professor of economics.');
    expect(d.at(-1)!.speaker).toContain('Haddad');
  });
  it('a name in apposition to a description speaks ("the foreign minister, Omar Haddad, said")', async () => {
    // mirrored: the two sides' officials swapped
    const a = await cues('Asked about the strikes, an Israeli army spokesperson, Dana Levi, said the targets were chosen with care.');
    expect(a.find((c) => c.text === 'said')!.speaker).toBe('Dana Levi');
    const b = await cues('Asked about the strikes, a Hamas spokesperson, Omar Haddad, said the targets were chosen with care.');
    expect(b.find((c) => c.text === 'said')!.speaker).toBe('Omar Haddad');
    const minister = await cues("Jordan's foreign minister, Omar Haddad, said the crossing would stay open.");
    expect(minister.at(-1)!.speaker).toBe('Omar Haddad');
    // a description with no name beside it stays the speaker
    const plain = await cues('Asked about the strikes, an army spokesperson said the targets were chosen with care.');
    expect(plain.find((c) => c.text === 'said')!.speaker).not.toBe('Dana Levi');
  });
  it('a date is no antecedent, and a mark left open from an earlier paragraph hides no source', async () => {
    const dated = await cues('Dana Levi grew up near the border. Now, after Oct. 7, she wonders, "Are we sentenced to a life that is insecure?"');
    expect(dated.map((c) => c.speaker)).toEqual(['Dana Levi']);
    const stray = await cues('Nations across the region, all of them," now resent the envoys, Tal Vered said.\n\n"Nobody will welcome them again," he said.');
    expect(stray.at(-1)!.speaker).toBe('Tal Vered');
  });
  it('an aside cites someone other than the subject', async () => {
    const c = await cues('Aid groups say convoys wait for days. The authorities have denied permission for the convoys, they say.');
    expect(c.at(-1)!.speaker).not.toBe('authorities');
  });
  it('an empty it cites no one it could refer to', async () => {
    expect((await cue('Hamas fired rockets at dawn. It is estimated that a million people have fled.')).speaker).toBe('anonymous');
    expect((await cue('The army moved north. It has been reported that the talks stalled.')).speaker).toBe('anonymous');
    // (an impersonal judgement is no cue at all, so never Hamas's)
    expect(await cues('Hamas fired rockets at dawn. It is realistic to expect that more people will flee.')).toEqual([]);
  });
  it('a pronoun in another clause is not the first subject\'s', async () => {
    const c = await cue('The army pushed deeper into the camp on Sunday, as the state presses what it calls a security campaign.');
    expect(c.speaker).not.toBe('army');
  });
});

describe('the people before a prepositional phrase are the source', () => {
  it.each([
    ['A former commander in the region said the options were ready.', 'former commander'],
    ['Governments around the world have urged the parties to talk.', 'governments'],
    ['Residents of the camp said the water had run out.', 'anonymous'],
    ['Critics of the plan say it will fail.', 'anonymous'],
    ['Survivors of the festival attack described the rockets.', 'survivors'],
    // a share of people: the people; an official or member of a named body: the body
    ['Half of the voters said they were worried.', 'voters'],
    ['An official from the Harbour Civil Defence said the blast killed dozens.', 'Harbour Civil Defence'],
    ['Members of the UN Security Council denounced the attack.', 'UN Security Council'],
    // a title of a body speaks for it
    ['The head of the agency said the talks had stalled.', 'agency'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).map((c) => c.speaker)).toEqual([speaker]);
  });
});

describe('a report of what befell someone', () => {
  it.each([
    'About 10,000 women and children reported killed in the strip were counted.',
    'Ten soldiers were reported killed on Sunday.',
    'Two aid workers have been reported missing since the convoy was hit.',
  ])('cites unnamed reports, not the victims: %s', async (text) => {
    expect((await cues(text)).map((c) => c.speaker)).toEqual(['anonymous']);
  });
});

describe('a title ending in "general" heads its phrase', () => {
  it('"The UN secretary general, Name, said": the name in apposition', async () => {
    expect((await cues('The UN secretary general, Tal Vered, said the protection of civilians must come first.')).map((c) => c.speaker)).toEqual(['Tal Vered']);
    expect((await cues('The attorney general said the case was closed.')).map((c) => c.speaker)).toEqual(['attorney general']);
  });
});

describe('a clause opening with its conjunction is no subject', () => {
  it('the subject comes after the clause\'s comma', async () => {
    const c = await cues('Since the war began, state media have been critical of the plan and blamed the envoy for the delay.');
    expect(c.find((m) => m.text === 'blamed')!.speaker).toBe('state media');
  });
});

describe('a passive cue cites its agent, or an unnamed source', () => {
  it.each([
    // no agent: the one accused, told or criticised reported nothing (and the sides swapped, the same)
    ['Hamas was accused of hiding weapons under the clinic.', 'accused', 'anonymous'],
    ['Israel was accused of hiding weapons under the clinic.', 'accused', 'anonymous'],
    ['The truce plan was criticized as too weak.', 'criticized', 'anonymous'],
    ['We are now being told that the crossing will stay shut.', 'told', 'anonymous'],
    // the agent after "by", right after the verb or past its complement
    ['Civilians were told by the army to leave the district.', 'told', 'army'],
    ['The strike was described as a massacre by the health ministry.', 'described', 'health ministry'],
    ['News of the talks was announced at the summit by the prime minister.', 'announced', 'prime minister'],
    ['The casualties reported by the ministry rose again.', 'reported', 'ministry'],
    // a means or a time after "by", or a "by" in a clause of its own, names no agent
    ['The plan was announced by phone.', 'announced', 'anonymous'],
    // a state of mind, and "quoted as saying", are the subject's
    ['The mayor is convinced that the dam will fail.', 'convinced', 'mayor'],
    ['The minister was quoted as saying the border would stay closed.', 'quoted as saying', 'minister'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it('an infinitive after "is reported to" is the subject\'s, and no pronoun refers to the unnamed source', async () => {
    const c = await cues('The envoy Lia Maro was reported to have told the cabinet that time was short. They said the vote would wait.');
    expect(c.map((m) => [m.text, m.speaker])).toEqual([['reported', 'anonymous'], ['told', 'Lia Maro'], ['said', 'Lia Maro']]);
  });

  it('"by" with a gerund is a means, not the agent', async () => {
    expect((await cues('The minister replied by listing the harbor fees.')).map((m) => m.speaker)).toEqual(['minister']);
    // responding by an act reports no words
    expect(await cues('The army responded by firing flares.')).toEqual([]);
  });
});

describe('speaker: people located by a phrase', () => {
  it.each([
    // what an unnamed source is close to or familiar with is not the source (sides swapped, the same)
    ['Sources close to Hamas said the talks had stalled.', 'said', 'anonymous'],
    ['Sources close to Israel said the talks had stalled.', 'said', 'anonymous'],
    ['The talks stalled, a source close to the negotiators told the agency.', 'told', 'anonymous'],
    ['People familiar with the plan said the vote would wait.', 'said', 'anonymous'],
    ['The vote will wait, according to officials briefed on the plan.', 'according to', 'anonymous'],
    ['The vote will wait, according to people familiar with the plan.', 'according to', 'anonymous'],
    // a named source close to something keeps its name
    ['Hamas leaders close to Iran said the talks had stalled.', 'said', 'Hamas leaders'],
    // a side, a place or a time the people are in does not speak
    ['Lawmakers on both sides of the aisle urged a vote.', 'urged', 'lawmakers'],
    ['Farmers from around the world responded that the port should reopen.', 'responded', 'farmers'],
    ['Diplomats in the region who insisted on anonymity said the talks stalled.', 'said', 'anonymous'],
    ['Farmers in the city of Haifa said the port would reopen.', 'said', 'farmers'],
    ['The country of Norway has expressed its concern.', 'expressed', 'Norway'],
    // a body after the preposition still speaks for the people of it
    ['A spokesman for the Harbour Authority said the port would reopen.', 'said', 'Harbour Authority'],
    ['Officials at the Harbour Authority said the port would reopen.', 'said', 'Harbour Authority'],
    ['Officials in the Harbour Ministry said the port would reopen.', 'said', 'Harbour Ministry'],
    // after "in", a name with no body's head word is a place: the people in it speak (sides swapped, the same)
    ['Hamas officials in Doha said they had received the proposal.', 'said', 'Hamas officials'],
    ['IDF officials in Cairo said they had received the proposal.', 'said', 'IDF officials'],
    ['Israeli officials in Cairo said they had received the proposal.', 'said', 'anonymous'],
    ['Palestinian officials in Cairo said they had received the proposal.', 'said', 'anonymous'],
    ['Officials in Ramallah said the raid was illegal.', 'said', 'anonymous'],
    // a body or a person named before the place it is in speaks, not the place
    ['The Islamic Resistance in Lebanon announced that its fighters hit a base.', 'announced', 'Islamic Resistance'],
    ['The U.S. Embassy in Syria questioned the targets.', 'questioned', 'U.S. Embassy'],
    ['The Palestinian Authority in Ramallah said the raid was illegal.', 'said', 'Palestinian Authority'],
    ['The Israeli Embassy in Amman said the claims were false.', 'said', 'Israeli Embassy'],
    ['Netanyahu in Washington said the war would go on.', 'said', 'Netanyahu'],
    // one sent to a place, or serving a titled person, speaks (sides swapped, the same); a name after the place
    // is the envoy's own
    ['The Palestinian ambassador to the United Kingdom told the radio that talks were dead.', 'told', 'Palestinian ambassador'],
    ['The Israeli ambassador to the United Kingdom told the radio that talks were dead.', 'told', 'Israeli ambassador'],
    ["Iran's mission to the United Nations said the strike was lawful.", 'said', "Iran's mission"],
    ['An aide to President Ana Ruiz said the summit would go ahead.', 'said', 'anonymous'],
    ['The envoy to the UN Dana Levi said the vote was a disgrace.', 'said', 'Dana Levi'],
    // (not a name with its title after the place)
    ['Harbour Fleet Commander in Europe Adm. Dana Levi said the drill was over.', 'said', 'Dana Levi'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a pronoun in a tag after what was said', () => {
  it.each([
    // the name before the tag is part of what was said, not its speaker (and the sides swapped, the same)
    ['Rana Haddad spoke at the council. She said the vote was close. President Lior Kaspi’s offer to Israel, she said, was a start.', 'Rana Haddad'],
    ['Rana Haddad spoke at the council. She said the vote was close. President Lior Kaspi’s offer to Hamas, she said, was a start.', 'Rana Haddad'],
    ['Rana Haddad spoke at the council. She said the vote was close. After meeting Lior Kaspi, she said the vote was close.', 'Rana Haddad'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).at(-1)?.speaker, text).toBe(speaker);
  });

  it('a name opening the pronoun\'s own clause is still its antecedent', async () => {
    const c = await cues('Rana Haddad spoke at the council. Omar Salim left early, and he said the vote was close.');
    expect(c.at(-1)?.speaker).toBe('Omar Salim');
  });
});

describe('speaker: an infinitive after a predicate', () => {
  it.each([
    // an empty subject before a predicate and an infinitive: no one's words (sides swapped, the same)
    ['There is no reason to believe that Hamas will accept the offer.', 'believe', ''],
    ['There is no reason to believe that Israel will accept the offer.', 'believe', ''],
    ['What is the trigger to say that the talks have failed?', 'say', ''],
    ['It is a pipe dream to believe that Hamas will disarm.', 'believe', 'it'],
    ['It is a pipe dream to believe that Israel will withdraw.', 'believe', 'it'],
    ['It would be a real mistake to think that the talks have failed.', 'think', 'it'],
    // a named subject of the copula is the one who acts
    ['Mira Dahan was the first official to acknowledge the shift.', 'acknowledge', 'Mira Dahan'],
    // not a predicate: the phrase before "to" is the infinitive's subject as before
    ['The council was quick to condemn the strike.', 'condemn', 'council'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a title with a portfolio', () => {
  it.each([
    // the person after the portfolio, not "of Staff" or "of State"
    ['White House Chief of Staff Dan Meyers told the conference that the deal was good.', 'told', 'Dan Meyers'],
    ['Minister of State for Trade Reem Al Hashimy condemned the attack on Israel.', 'condemned', 'Reem Al Hashimy'],
    ['Minister of State for Trade Reem Al Hashimy condemned the attack on Hamas.', 'condemned', 'Reem Al Hashimy'],
    ['Secretary of State Lena Varga met the envoys today, condemning the attack.', 'condemning', 'Lena Varga'],
    // a title and portfolio with no name stays whole; a surname before a place ends the name
    ['The Secretary of State warned that the talks would fail.', 'warned', 'Secretary of State'],
    ['Sen. Angus King of Maine said the strike was justified.', 'said', 'Angus King'],
    // a title alone before a comma and the name
    ['French President, Paul Mercier, told reporters the attack was a crime.', 'told', 'Paul Mercier'],
    // an organisation with "of" keeps its name
    ['The Council of Economic Advisers said growth would slow.', 'said', 'Council of Economic Advisers'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a title\'s complement before the name, and a time run into it', () => {
  it.each([
    // the place or body a title serves comes between the title and the person
    ['The Harbour League ambassador to the United Nations Dana Levi said the vote was a failure.', 'said', 'Dana Levi'],
    ['Speaker of the Assembly Omar Diab said the bill would pass.', 'said', 'Omar Diab'],
    ['The envoy to Israel Karim Haddad Saleh said the embassy would stay.', 'said', 'Karim Haddad Saleh'],
    ['The envoy to Lebanon Karim Haddad Saleh said the embassy would stay.', 'said', 'Karim Haddad Saleh'],
    // a body's long name after the title holds no person: it stays whole
    ['Ruth Adler, president of the Harbour Center for Public Affairs, told the paper the move was symbolic.', 'told', 'Ruth Adler'],
    ['The chairman of the Joint Board of Harbour Pilots said the channel was safe.', 'said', 'Joint Board of Harbour Pilots'],
    // a fronted day or month with no comma is no part of the name
    ['On Thursday Dana Levi said the talks would go on.', 'said', 'Dana Levi'],
    ['In October Harbour Watch accused the council of hiding the report.', 'accused', 'Harbour Watch'],
    // a month that is a given name stays: there is no time word before it
    ['April Levi said the talks would go on.', 'said', 'April Levi'],
    // a day of the week written with no preposition after the name, between a place and the name, or after "on" a
    // body's name ends on, is no part of the name (sides swapped: the same)
    ['Prime Minister Dana Levi Saturday said she was outraged.', 'said', 'Dana Levi'],
    ['Prime Minister Omar Diab Saturday said he was outraged.', 'said', 'Omar Diab'],
    ['Speaking in the Oval Office Friday Levi said the line had been crossed.', 'said', 'Levi'],
    ['The Harbour Council on Thursday condemned the attacks.', 'condemned', 'Harbour Council'],
    ['The White House Monday tamped down hopes, saying the sides were far apart.', 'saying', 'White House'],
    // the name before a day and "who" is who speaks
    ['The doubts were planted by Levi on Thursday, who told a paper that the country was not at war.', 'told', 'Levi'],
    // a fronted day before a description with no comma
    ['On Wednesday the Harbour army said it would send police.', 'said', 'Harbour army'],
    // an outlet's name that holds the day keeps it (negative)
    ['The Sunday Times reported that the talks had failed.', 'reported', 'The Sunday Times'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a name before a box of linked headlines that ends on "MORE"', () => {
  it.each([
    // the name, then the full name run together with the first headline, the headlines, "MORE"
    ['Sen. Tom Barlow Thomas (Tom) Edward BarlowAll the candidates could survive the first test Voters face a choice MORE (R-Ohio) said the plan would fail.', 'said', 'Tom Barlow'],
    // sides swapped: the other senator's box gives the other senator
    ['Sen. Dan Ruiz Daniel (Dan) RuizAll the candidates could survive the first test Voters face a choice MORE (R-Ohio) said the plan would fail.', 'said', 'Dan Ruiz'],
    // the name chain runs on into the full name and a headline: it ends where the run-together word starts
    ['Former Secretary Tom Barlow Thomas Wayne BarlowDonald Grant and the New Order Barlow: Ruiz misled Grant MORE said the troops should stay.', 'said', 'Tom Barlow'],
    // a quotation's tag after the box, past the party tag, an appositive, or a headline's "Name jabs at" in the box
    ['"It is over," Chairman Tom Barlow Thomas (Tom) Phillips BarlowVoters bask in the spotlight Senators frustrated with Romney jabs at Grant MORE (R-Ohio) told reporters.', 'told', 'Tom Barlow'],
    ['"It is over," Sen. Tom Barlow Thomas Olin BarlowBarlow says Grant should go The Daily Report: Dems, GOP dig in for hearings MORE (R-Ohio), a staunch ally, told reporters.', 'told', 'Tom Barlow'],
    // a name with a capital inside it, in a phrase with no box, is left whole
    ['Spokespeople for Senate Majority Leader Tom McKee said they had no news.', 'said', 'Tom McKee'],
    // a headline's capitals with no box after them change nothing
    ['Sen. John McKee said the plan would fail.', 'said', 'John McKee'],
    ['Sen. Ann Lee said MORE troops would come.', 'said', 'Ann Lee'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('a box of linked headlines after a name holds no cue of the story', () => {
  it('drops the headlines\' cues and keeps the one after "MORE", whose speaker is the name', async () => {
    const text = 'Sen. Tom Barlow Thomas (Tom) Edward BarlowGOP senators say the vote is close Critics warn of delay MORE (R-Ohio) said the plan would fail.';
    const found = await cues(text);
    expect(found.map((m) => [m.text, m.speaker])).toEqual([['said', 'Tom Barlow']]);
  });
  it('is the same with the sides swapped', async () => {
    const text = 'Sen. Dan Ruiz Daniel (Dan) Edward RuizGOP senators say the vote is close Critics warn of delay MORE (R-Ohio) said the plan would fail.';
    const found = await cues(text);
    expect(found.map((m) => [m.text, m.speaker])).toEqual([['said', 'Dan Ruiz']]);
  });
  it('leaves a cue in a line with "MORE" but no run-together name as it is (negative)', async () => {
    const text = 'Sen. John McKee says MORE troops are needed.';
    expect((await cues(text)).map((m) => [m.text, m.speaker])).toEqual([['says', 'John McKee']]);
  });
});

describe('a capitalised time word before a day names no one', () => {
  it('gives the quotation the cue\'s speaker, not "Late Tuesday"', async () => {
    const { quotes } = await analyzeText('Late Tuesday, the members of the committee said they had agreed on a "final" text.', { title: '' });
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['"final"', 'anonymous']]);
  });
});

describe('speaker: a person named after a possessive', () => {
  it.each([
    // the titled person speaks, not the whole phrase (sides swapped, the same)
    ["Harbour's Foreign Minister Dana Levi said the talks were over.", 'said', 'Dana Levi'],
    ["Israel's Foreign Minister Dana Levi said the talks were over.", 'said', 'Dana Levi'],
    ["Iran's Foreign Minister Dana Levi said the talks were over.", 'said', 'Dana Levi'],
    ['"The talks are over," said the mayor\'s spokesman Omar Diab.', 'said', 'Omar Diab'],
    ["Radio Harbour's Ann Lee reported that the pier had closed.", 'reported', 'Ann Lee'],
    // a body, a title with no name, a common noun keep the owner
    ["Harbour's Health Ministry said the clinic had closed.", 'said', "Harbour's Health Ministry"],
    ["Harbour's Foreign Minister said the talks were over.", 'said', "Harbour's Foreign Minister"],
    ["Harbour's Ministry of Trade said exports fell.", 'said', "Harbour's Ministry of Trade"],
    ["Harbour's army said the strike hit a depot.", 'said', "Harbour's army"],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it('a name with "The" read in front of it covers only its own words: the name after its possessive is not the outlet', async () => {
    expect(await speakerOf("The Harbour Gazette's Adam Credo points out that the mayor resigned.", 'points out')).toBe('Adam Credo');
  });

  it('a group of people named after a name is no fuller form of it', async () => {
    const text = 'Supporters of Harbour Front rallied in the square on Monday. Harbour Front said the vote would go ahead.';
    expect(await speakerOf(text, 'said')).toBe('Harbour Front');
  });

  it('a periodical the tagger reads as an adverb is the paper: "the daily wrote" is the paper named before', async () => {
    for (const side of ['Israeli', 'Palestinian']) {
      const text = `The Harbour Post endorsed the mayor on Friday. The influential ${side} daily wrote that the pier had reopened.`;
      expect(await speakerOf(text, 'wrote'), side).toBe('The Harbour Post');
    }
    // (how often something is done stays an adverb)
    expect(await speakerOf('Prices rose daily, the ministry said.', 'said')).toBe('ministry');
  });

  it('a short form takes the fullest name written before it', async () => {
    const text = 'The New York Harbour Times reported the closure on Monday. The Times said the pier would reopen in May.';
    expect(await speakerOf(text, 'said')).toBe('The New York Harbour Times');
  });
});

describe('speaker: objects and things are not the source', () => {
  it.each([
    // a participle's source is the clause's subject, not the name after "of" or after a verb's preposition:
    // with no subject found, no speaker (and the names swapped, the same)
    ['Also, in a televised address on Monday, the pastor invoked the prophecy of Isaiah, saying the city would be rebuilt.', 'saying', ''],
    ['Also, in a televised address on Monday, the minister met with Dana Levi, saying the talks were useful.', 'saying', ''],
    ['Also, in a televised address on Monday, the minister met with Omar Haddad, saying the talks were useful.', 'saying', ''],
    // the name is the participle's own subject after "with"
    ['In the debate, with Dana Levi lambasting the plan, the vote was delayed.', 'lambasting', 'Dana Levi'],
    // a reduced relative with an adverb before the agent
    ['Lee fears mission creep, a worry also expressed by Senator Dana Levi.', 'expressed', 'Dana Levi'],
    ['Lee fears mission creep, a worry expressed by Senator Dana Levi.', 'expressed', 'Dana Levi'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it('a possessor after "of" is not part of the name before it', async () => {
    const c = await cues('Most Americans of Biden’s generation remember the war well. It was different then, he said.');
    expect(c.at(-1)?.speaker).toBe('he');
  });

  it('an organisation with "of" keeps its whole name', async () => {
    const c = await cues('The growth would slow, the Council of Economic Advisers said.');
    expect(c.at(-1)?.speaker).toBe('Council of Economic Advisers');
  });

  it('a policy named in a headline is no antecedent of he', async () => {
    const c = await cues('The president expressed second thoughts. “We will see,” he tweeted.', 'Does Dana Levi Know What Her Gaza Policy Is?');
    expect(c.at(-1)?.speaker).not.toBe('Gaza Policy');
  });
});

describe('speaker: media are many outlets', () => {
  it.each([
    // "media" is not the outlet named last (sides swapped, the same)
    ['A woman told Kol Radio that gunmen were inside. Palestinian media also reported that Israelis had been taken captive.', 'Palestinian media'],
    ['A woman told Kol Radio that gunmen were inside. Israeli media also reported that Palestinians had been taken captive.', 'Israeli media'],
    // "the paper" is still the outlet named before
    ['The Harbour Gazette reported the deal. The paper said the talks had failed.', 'The Harbour Gazette'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).at(-1)?.speaker, text).toBe(speaker);
  });
});

describe('speaker: a title-case headline', () => {
  it('a verb of saying in the headline ends the name before it', async () => {
    const c = await cues('The army said it had confirmed the number.', 'Israel Says It Has Confirmed 212 Hostages');
    expect(c.filter((m) => m.section === 'headline').map((m) => m.speaker)).toEqual(['Israel', 'Israel']);
  });

  it('and the same with the sides swapped', async () => {
    const c = await cues('The group said it had confirmed the number.', 'Hamas Says It Has Confirmed 212 Prisoners');
    expect(c.filter((m) => m.section === 'headline').map((m) => m.speaker)).toEqual(['Hamas', 'Hamas']);
  });

  it('headline words run together over a verb are no name for the body', async () => {
    const c = await cues('Israel has long denied the accusations.', 'Netanyahu Defends Israel Against Charges');
    expect(c.at(-1)?.speaker).toBe('Israel');
  });

  it('a headline in sentence case keeps its names', async () => {
    const c = await cues('The minister spoke on Monday.', 'Dana Levi says the crossing will reopen');
    expect(c.find((m) => m.section === 'headline')?.speaker).toBe('Dana Levi');
  });
});

describe('names joined by "and" speak together', () => {
  it.each([
    // (and the sides swapped, the same)
    ['Hamas and Islamic Jihad said they fired the rockets.', 'said', 'Hamas and Islamic Jihad'],
    ['Israel and the United States said they fired the rockets.', 'said', 'Israel and United States'],
    ['Dana Levi, Omar Haddad, and Tal Vered said the vote was close.', 'said', 'Dana Levi, Omar Haddad and Tal Vered'],
    // not two clauses, an object, or names in a phrase of their own
    ['Lee met Levi, and Haddad said the vote was close.', 'said', 'Haddad'],
    ['The talks between Israel and Hamas, Egypt and Qatar said, had stalled.', 'said', 'Egypt and Qatar'],
    ['The talks between Hamas and Israel, Qatar and Egypt said, had stalled.', 'said', 'Qatar and Egypt'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('a short name and the fuller forms before it', () => {
  it('"Israel" is no short form of a name that ends "of Israel" (and the sides swapped, the same)', async () => {
    const a = await cues('Prime Minister Dan Oren of Israel met the envoy. Later, Israel said the talks would resume.');
    expect(a.at(-1)?.speaker).toBe('Israel');
    const b = await cues('Foreign Minister Sami Nasser of Qatar met the envoy. Later, Qatar said the talks would resume.');
    expect(b.at(-1)?.speaker).toBe('Qatar');
  });

  it('a name that ends "of X" still takes the fuller "of X" form', async () => {
    const c = await cues('The Harbour Bank of Ostend raised rates. Later, Bank of Ostend officials said more rises would come.');
    expect(c.at(-1)?.speaker).toContain('Bank of Ostend');
  });
});

describe('one attribution: a cue inside another cue’s report, two cue words in a row', () => {
  it.each([
    // a finding, a belief, a question or an agreement inside the clause a verb of saying reports
    ['The mayor said the new figures show a rise in traffic.', ['said']],
    ['Ann Lee told reporters that the fishermen believe the quota is too low.', ['told']],
    ['The envoy said his team asked for a second meeting.', ['said']],
    ['The councillor said most residents agree with the plan.', ['said']],
    // two cue words in a row, or joined by "to" or "by"
    ['The governor is expected to announce the budget on Friday.', ['is expected']],
    ['The mayor responded by saying the road was safe.', ['responded']],
  ])('%s', async (text, words) => {
    expect((await cues(text)).map((c) => c.text)).toEqual(words);
  });

  it('a new clause after ", but", ", while" or ", and" (without "that") holds a cue of its own', async () => {
    expect((await cues('The mayor said the bridge would reopen, while engineers believe it needs repair.')).map((c) => c.text)).toEqual(['said', 'believe']);
    expect((await cues('The mayor has said the bridge will reopen, and some engineers apparently believe it needs repair.')).map((c) => c.text)).toEqual(['said', 'believe']);
    expect((await cues('The mayor said the bridge would reopen, and that engineers believe it is safe.')).map((c) => c.text)).toEqual(['said']);
    // the main clause after a participle's phrase, and a tag after a quotation, are no part of what came before
    expect((await cues('Pledging to act if the talks failed, the mayor suddenly agreed in the spring to meet them.')).map((c) => c.text)).toEqual(['Pledging', 'agreed']);
    expect((await cues('"Who will think of eating sweets now?" asked Ali Nasser outside his bakery.')).find((c) => c.text === 'asked')?.speaker).toBe('Ali Nasser');
  });

  it('the inner cue still gives voice to its clause', async () => {
    const found = (await analyzeText('Ann Lee said the port data show that Israel ships more fuel.')).markers;
    expect(found.filter((m) => m.category === 'attribution').map((m) => m.text)).toEqual(['said']);
    expect(found.find((m) => m.text === 'Israel')).toMatchObject({ voice: 'attributed', speaker: 'Ann Lee' });
  });
});

describe('"call" that names a thing or rings someone up', () => {
  it.each([
    'The town funds a programme called the Green Mile.',
    'The fair had a contest called the Big Bake, and another called Pie Night.',
    'The bakery launched a drive called #BreadForAll last spring.',
    'The mayor called Lee after the vote.',
    'The coach called her to ask about the match.',
    'The governor called both candidates Tuesday night.',
  ])('%s', async (text) => {
    expect((await cues(text)).filter((c) => /^call/i.test(c.text))).toEqual([]);
  });

  it.each([
    ['A senator called the plan a disaster.', 'called'],
    ['The mayor called Lee a liar after the vote.', 'called'],
    ['Critics called the new road a waste of money.', 'called'],
  ])('still a label: %s', async (text, word) => {
    expect((await cues(text)).map((c) => c.text)).toContain(word);
  });
});

describe('speaker: reduced passives, people quoted by an outlet, relatives after an appositive', () => {
  it.each([
    ['Fighters believed to be from Hamas crossed the fence at dawn.', 'believed'],
    ['Fighters believed to be from the Israeli army crossed the fence at dawn.', 'believed'],
    ['A depot said to be holding Israeli shells burned on Tuesday.', 'said'],
    ['A depot said to be holding Hamas rockets burned on Tuesday.', 'said'],
    ['The gunman, believed to have fled north, was never found.', 'believed'],
  ])('a participle before "to" is an agentless passive: %s', async (text, word) => {
    expect(await speakerOf(text, word)).toBe('anonymous');
  });

  it('a verb that takes an infinitive actively keeps its subject', async () => {
    expect(await speakerOf('Ann Lee said the port was shut.', 'said')).toBe('Ann Lee');
  });

  it.each([
    'Officials quoted by the Harbour Times said the port was shut.',
    'The port was shut, a source quoted by the Harbour Times says.',
    'Two residents interviewed by the Harbour Times said the port was shut.',
  ])('the people an outlet quoted speak: %s', async (text) => {
    expect((await cues(text)).find((c) => /^sa(?:y|id)/.test(c.text))?.speaker).toBe('anonymous');
  });

  it.each([
    ['The Harbour Times cited Palestinian residents as saying the crossing was shut.', 'anonymous'],
    ['The Harbour Times cited Israeli residents as saying the crossing was shut.', 'anonymous'],
    ['The agency cited the health ministry as saying the crossing was shut.', 'health ministry'],
  ])('cited ... as saying: the one cited speaks: %s', async (text, speaker) => {
    expect(await speakerOf(text, 'saying')).toBe(speaker);
  });

  it.each([
    ['Dana Levi, a nurse who criticised the Israeli strikes, left Gaza.', 'criticised', 'Dana Levi'],
    ['Omar Haddad, a nurse who criticised the Hamas attacks, left Israel.', 'criticised', 'Omar Haddad'],
    ['Levi - who had called the plan a mistake - resigned.', 'called', 'Levi'],
    ['Haddad - who had called the plan a mistake - resigned.', 'called', 'Haddad'],
    // (a description set off by a dash, as by a comma; not a dateline's place)
    ['Dana Levi — a nurse who describes herself as a night owl — was at the clinic.', 'describes', 'Dana Levi'],
    ['Omar Haddad — a nurse who describes himself as a night owl — was at the clinic.', 'describes', 'Omar Haddad'],
    ['Geneva — a nurse who describes herself as a night owl was at the clinic.', 'describes', 'nurse'],
  ])('a relative clause after a name: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('she is the one a dashed description with "who" cites, not a woman cited before it (sides swapped, the same)', async () => {
    const text = (a: string, b: string) => `"No," ${a} said quickly.\nThen came Ms. ${b} — a former aide who describes herself as a fan of cats — whose posts had a sharper edge.\n"Try showing a little class," she wrote.`;
    expect(await speakerOf(text('Nora Haddad', 'Levi'), 'wrote')).toBe('Levi');
    expect(await speakerOf(text('Nora Levi', 'Haddad'), 'wrote')).toBe('Haddad');
  });

  it('a relative clause after an aside between dashes', async () => {
    expect(await speakerOf('The mayors — and a few governors — who criticised the plan met on Monday.', 'criticised')).toBe('mayors');
  });

  it.each([
    ['The British Government said the port was open. The German government, though, says it is shut.', 'German government'],
    ['The German Government said the port was open. The British government, though, says it is shut.', 'British government'],
  ])('"the <nationality> government" is not the other government named before: %s', async (text, speaker) => {
    expect(await speakerOf(text, 'says')).toBe(speaker);
  });

  it('they is not one named person', async () => {
    const found = await cues('A fifth captive, Sam Brooks, was freed by Hamas, Israeli officials said, but they said his release was separate.');
    expect(found.map((c) => c.speaker)).toEqual(['anonymous', 'anonymous']);
  });

  it.each([
    ["The toll is grim, the charity's regional director for the Middle East and north Africa has said.", 'said', "charity's regional director"],
    ['The toll is grim, the UN envoy for Syria said.', 'said', 'UN envoy'],
    ['The toll is grim, the minister for Europe and Central Asia said.', 'said', 'minister'],
    ['The toll is grim, a spokesman for the ministry said.', 'said', 'ministry'],
    // a mirrored pair: the same kind of speaker, the sides swapped
    ['The deputy director for the Middle East and North Africa said Hamas broke the truce.', 'said', 'deputy director'],
    ['The deputy director for the Middle East and North Africa said Israel broke the truce.', 'said', 'deputy director'],
  ])('a portfolio after "for" does not speak; the title does: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    ['Gen. Omar al-Rashid, a spokesman for the army, called the strike an aggression and said it broke the law.', 'said', 'Omar al-Rashid'],
    ['In a meeting with Lee, U.N. chief Ban Ki-moon condemned the attacks, but urged calm.', 'urged', 'Ban Ki-moon'],
  ])('a hyphenated name is not cut at its particle: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    ['The army fired. A review of the video found that the soldiers fired first.', 'found', 'review'],
    ['An analysis of the footage showed that the shots came from the north.', 'showed', 'analysis'],
    ['The head of the agency said the aid had stopped.', 'said', 'agency'],
  ])('"a review of X": the review, not X; "the head of X": X: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    ['The council met on Monday. Foreign diplomats said the talks had stalled.', 'anonymous'],
    ['The council met on Monday. Several residents said the shelling continued.', 'anonymous'],
    ['The council met on Monday. Senior officials said the talks had stalled.', 'anonymous'],
    // a mirrored pair: the same unnamed source on either side
    ['The council met on Monday. Several Israeli residents said Hamas fired first.', 'anonymous'],
    ['The council met on Monday. Several Palestinian residents said Israel fired first.', 'anonymous'],
    // a name opening the sentence still speaks
    ['The council met on Monday. Hamas officials said the talks had stalled.', 'Hamas officials'],
  ])('a capitalised first word is no name: %s', async (text, speaker) => {
    expect(await speakerOf(text, 'said')).toBe(speaker);
  });
});

describe('speaker: countries, dates and a titled person\'s country', () => {
  it.each([
    ['Saudi Arabia said on Monday that the pipeline had been hit.', 'said', 'Saudi Arabia'],
    ['Saudi Arabia issued a statement on the raid.', 'issued a statement', 'Saudi Arabia'],
    ['Saudi Arabia issued a statement calling for calm.', 'calling for', 'Saudi Arabia'],
    ['Qatar and Saudi Arabia have accused the rebels of the raid.', 'accused', 'Qatar and Saudi Arabia'],
  ])('a nationality that opens a country\'s name is no title: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    ['King Omar of Jordan praised the deal. "It is a good start," he said.', 'said', 'Omar'],
    ['Sen. Dana Levi of Ohio criticized the plan. Levi said it would fail.', 'said', 'Dana Levi'],
  ])('a titled person\'s country after the name is no part of it: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    ['Dana Levi late Tuesday condemned the raid and said the town had been spared.', 'said', 'Dana Levi'],
    ['The board adopted a resolution on Friday which urges both sides to talk.', 'urges', 'resolution'],
    ['A senior official, Omar Haddad, said late Monday that the talks had resumed.', 'said', 'Omar Haddad'],
    ['Mayor Dana Levi spoke to reporters. Earlier Friday he posted a message and said the roads were shut.', 'said', 'Dana Levi'],
    ['"We will not leave," said Omar Haddad yesterday.', 'said', 'Omar Haddad'],
    ['"The port reopens at noon," said the harbour master today.', 'said', 'harbour master'],
  ])('a day or a month is when, not who: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    ['The father whose son was killed at the crossing said he wanted answers.', 'said', 'father'],
    ['A monitor whose group tracks the convoys said the road was shut.', 'said', 'monitor'],
    ['Ann Lee, whose office runs the port, said the ships had left.', 'said', 'Ann Lee'],
  ])('a possessive relative clause before the verb: its noun speaks: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    ['Villagers who refuse to leave said the shelling went on all night.', 'said', 'villagers'],
    ['A guard who asked not to be identified said the gate was opened at dawn.', 'said', 'guard'],
    ['The officer who was speaking anonymously told reporters the convoy had turned back.', 'told', 'anonymous'],
    ['A nurse who was wounded in the raid said the ward had no power.', 'said', 'nurse'],
    ['A guard who was directly involved admitted as much.', 'admitted', 'guard'],
  ])('a relative clause that ends on its verb: the noun it hangs on speaks: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    // the cue is the clause's own word, or a noun the tagger reads as a verb: the clause's noun is no speaker
    ['An aide who stands accused of fraud met the committee.', 'accused', 'aide'],
    ['The memo held language that would have assigned blame for the fire.', 'blame', 'language'],
    // a passive: the noun is the one described
    ['Note that Harbour Watch which keeps its files underground is not described as "secretive" at all.', 'described', 'Harbour Watch'],
  ])('not a cue inside the relative clause, nor one that is no main verb: %s', async (text, word, noun) => {
    const speaker = await speakerOf(text, word);
    expect(speaker).toBeDefined();
    expect(speaker).not.toBe(noun);
  });

  it.each([
    ['Ann Rowe, the press aide for Rep. Tom Levi (R-Tenn.), wrote that the plan was weak.', 'wrote', 'Ann Rowe'],
    ['Tom Levi, the press aide for Rep. Ann Rowe (D-Tenn.), wrote that the plan was weak.', 'wrote', 'Tom Levi'],
    ['Rep. Ann Rowe (D-Tenn.), said the plan was weak.', 'said', 'Ann Rowe'],
  ])('a party tag ends the name a description is for, not the speaker: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('a text that opens on ", who said" has no name before the pronoun, and no crash', async () => {
    expect(await speakerOf(', who said the plan was weak.', 'said')).toBe('');
    expect(await speakerOf('(HSA), who said the plan was weak.', 'said')).toBe('');
  });

  it.each([
    ['Sen. Dana Levi, D-Ohio, who said the bill was weak, voted against it.', 'Dana Levi'],
    ['Sen. Omar Haddad, R-Texas, who said the bill was weak, voted against it.', 'Omar Haddad'],
    ['Rep. Ann Lee (D-Md.), who said the bill was weak, voted against it.', 'Ann Lee'],
    ['The compliance was confirmed by the Harbour Safety Agency (HSA), which said the ships met every rule.', 'Harbour Safety Agency'],
  ])('"who" after a party tag or a parenthesis stands for the name before it: %s', async (text, speaker) => {
    expect(await speakerOf(text, 'said')).toBe(speaker);
  });

  it('it after an opening clause is the country the sentence before opens with', async () => {
    const text = 'Saudi Arabia has changed its account of the events. When the envoy first left, it said he had gone home.';
    expect(await speakerOf(text, 'said')).toBe('Saudi Arabia');
  });
});

describe('speaker: people named by their side, and leaders of countries', () => {
  it.each([
    ['Some loyal defenders of Israel suggested the envoy should stay home.', 'suggested', 'loyal defenders of Israel'],
    ['Many supporters of Dana Levi say they will vote for her.', 'say', 'Many supporters of Dana Levi'],
    ['Critics of the harbour plan say it will fail.', 'say', 'anonymous'],
    ['Both sides of the dispute accuse each other of lying.', 'accuse', 'sides'],
    ['The leaders of Germany, France and Italy said they backed the plan.', 'said', 'leaders'],
    ['The deputy director for Israel and the West Bank said the aid was late.', 'said', 'deputy director'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('speaker: a right to act, a span of time, an opening quotation mark, page labels', () => {
  it.each([
    ['The town has a right to respond, the mayor argued.', 'respond', 'town'],
    ['Dana Levi said that the union has the right to insist on a vote.', 'insist', 'union'],
    ['Omar Haddad, who just days earlier had criticized the plan, spoke on Monday.', 'criticized', 'Omar Haddad'],
    ['Dana Levi two weeks ago suggested the port should close.', 'suggested', 'Dana Levi'],
    ['"While Omar Haddad \'condemns the violence,\' his office pays for it," Dana Levi said.', 'condemns', 'Omar Haddad'],
    ['Levi and Haddad "affirmed that the aid will flow," the office said.', 'affirmed', 'Levi and Haddad'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    'FILE PHOTO: The minister speaks at the port in Haifa.',
    'STORY: Harbour talks stall again',
    'PREDICTION: The port will reopen by spring',
  ])('a page label is no speaker: %s', async (text) => {
    expect((await cues(text)).filter((m) => m.text === ':')).toHaveLength(0);
  });
});

describe('speaker: "the military" is the one cited before with its modifier', () => {
  it.each([
    ['The Harbour military said it struck a depot. The military also said it found weapons.', 'Harbour military'],
    ['The coastal government said the port was shut. Later the government said it would reopen.', 'coastal government'],
  ])('%s', async (text, speaker) => {
    const found = (await cues(text)).filter((m) => m.text === 'said');
    expect(found.at(-1)?.speaker).toBe(speaker);
  });

  it('not one placed after its noun', async () => {
    const text = 'The coastal government said the port was shut. The government in Valdor said it would reopen.';
    const found = (await cues(text)).filter((m) => m.text === 'said');
    expect(found.at(-1)?.speaker).not.toBe('coastal government');
  });

  it('nor a group: a story cites many', async () => {
    const text = 'A monitoring group said ten died. The group said the toll would rise.';
    const found = (await cues(text)).filter((m) => m.text === 'said');
    expect(found.at(-1)?.speaker).not.toBe('monitoring group');
  });
});

describe('speaker: "the president" among several so titled', () => {
  it.each([
    ['President Dana Levi said the port would open. Levi added that talks with President Omar Haddad of Valdor would resume. "We will win," the president said.', 'Dana Levi'],
    ['Prime Minister Dana Levi spoke. Interior Minister Omar Haddad said no. The prime minister said yes.', 'Dana Levi'],
  ])('%s', async (text, speaker) => {
    const found = (await cues(text)).filter((m) => m.text === 'said');
    expect(found.at(-1)?.speaker).toBe(speaker);
  });
});

describe('speaker: "the president" is no vice president named last', () => {
  it.each([
    // (mirrored: the two names swapped)
    ['President Omar Diab met Vice President Dana Levi on Monday. The president said the plan was sound.', 'Omar Diab'],
    ['President Dana Levi met Vice President Omar Diab on Monday. The president said the plan was sound.', 'Dana Levi'],
    ['President Omar Diab met Vice-President Dana Levi on Monday. The president said the plan was sound.', 'Omar Diab'],
    // (with no president named, the description, not the vice president)
    ['Vice President Dana Levi spoke on Monday. The president said the plan was sound.', 'president'],
    // (a deputy minister is no minister)
    ['Deputy Minister Dana Levi spoke on Monday. The minister said the plan was sound.', 'minister'],
    // (negative: "the vice president" is still the vice president)
    ['President Omar Diab met Vice President Dana Levi on Monday. The vice president said the plan was sound.', 'Dana Levi'],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, 'said')).toBe(speaker);
  });
});

describe('speaker: a capitalised title with no name is the description, not its last word', () => {
  it.each([
    // (mirrored: the nations swapped)
    ['Dana Levi spoke in Harbourtown on Monday. The Ruritanian Prime Minister added that the plan was sound.', 'added', 'Ruritanian prime minister'],
    ['Dana Levi spoke in Harbourtown on Monday. The Bordurian Prime Minister added that the plan was sound.', 'added', 'Bordurian prime minister'],
    // (the one person written with the title before the name, as for "the prime minister") (mirrored: names swapped)
    ['Ruritanian Prime Minister Dana Levi spoke in Harbourtown on Monday. The Prime Minister added that the plan was sound.', 'added', 'Dana Levi'],
    ['Ruritanian Prime Minister Omar Diab spoke in Harbourtown on Monday. The Prime Minister added that the plan was sound.', 'added', 'Omar Diab'],
    ['The outgoing Prime Minister announced that he was quitting.', 'announced', 'outgoing prime minister'],
    ['The talks are slow, according to the Ruritanian Foreign Minister.', 'according to', 'Ruritanian foreign minister'],
    // (a vice president is no president)
    ['The Vice President relayed the message and restated his support for the plan.', 'restated', 'vice president'],
    // (in quoted words, the speaker's head of state, not the president the story named)
    ['President Omar Diab visited the port. "As the President has said, the deal is sound," the envoy said.', 'said', 'president'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
  it('leaves a title with its portfolio or post, where a name may follow, as it was', async () => {
    expect(await speakerOf('Secretary of State Dana Levi told senators the deal was sound.', 'told')).toBe('Dana Levi');
    expect(await speakerOf('The Secretary of State stressed that the deal was sound.', 'stressed')).toBe('Secretary of State');
  });
});

describe('speaker: he or she after a sentence whose subject is cited, and another person in what it reports', () => {
  it.each([
    // (the subject, not the person cited in the clause it reports) (mirrored: the names swapped)
    ['Senator Tom Reed voiced concern that Sam Ortiz was proposing a waiver. He said the law was clear.', 'Tom Reed'],
    ['Senator Sam Ortiz voiced concern that Tom Reed was proposing a waiver. He said the law was clear.', 'Sam Ortiz'],
    // (negative: a tag after a comma cites the sentence's speaker, who stays)
    ['Tom Reed had no reason to believe the port would close, attorney Sam Ortiz said. He said the ships would wait.', 'Sam Ortiz'],
    // (negative: a clause of its own after ", though" keeps the last one cited)
    ['Tom Reed dismissed the claims that the port would close, though Sam Ortiz wrote that it would. He said the ships would wait.', 'Sam Ortiz'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).filter((m) => m.text === 'said').at(-1)?.speaker, text).toBe(speaker);
  });
});

describe('speaker: an epithet before a given name is no part of the name', () => {
  it.each([
    ['The mayor wrote on Tuesday: "Nobody trusts Crooked Hillary Clinton anymore." Hillary Clinton said the post was beneath the office.', 'said', 'Hillary Clinton'],
    ['Supporters chanted "Sleepy Joe Biden" outside the hall. Joe Biden said he had heard worse. Biden added that the crowd was small.', 'added', 'Joe Biden'],
    ['Protesters waved signs reading "Little Marco Rubio" at the rally. Marco Rubio told the crowd the signs were childish.', 'told', 'Marco Rubio'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('keeps a name whose second word is a given name and a particle ("Yehuda Ben Meir")', async () => {
    expect(await speakerOf('Yehuda Ben Meir, a pollster, studied the results. Ben Meir said the trend was clear.', 'said')).toBe('Yehuda Ben Meir');
  });

  it('keeps a given name with no plain form elsewhere ("Barack Hussein Obama")', async () => {
    expect(await speakerOf('Barack Hussein Obama took the oath in the morning. Obama said the country was ready.', 'said')).toBe('Barack Hussein Obama');
  });
});

describe('speaker: he or she, with nothing nearer, takes a name of that sex before one of unknown sex', () => {
  it.each([
    ['The documentary on Sarah Cole, shown across Canada last week, follows Ukrainians who fled the war. At one point she says that the border was never closed.', 'says', 'Sarah Cole'],
    ['The documentary on Mark Dale, shown across Canada last week, follows Ukrainians who fled the war. At one point he says that the border was never closed.', 'says', 'Mark Dale'],
    // (a full name the text also calls by its surname is a person's: for he it stays the nearer one)
    ['The documentary on Mark Dale, shown across Canada last week, also follows Toby Lane, whose family fled the war. Lane was twelve then. At one point he says that the border was never closed.', 'says', 'Toby Lane'],
    // (a given name of either sex the list now knows)
    ['The profile on Kamala Reyes, shown across Canada last week, follows Ukrainians who fled the war. At one point she says that the border was never closed.', 'says', 'Kamala Reyes'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('speaker: a party and state tag belongs to the name before it', () => {
  it.each([
    // (wink ends a sentence inside "N.Y.": the verb after it still has the name for subject)
    ['Senate Leader Tom Reed (D-N.Y.) also did not receive notice and lambasted the president for the delay.', 'lambasted', 'Tom Reed'],
    // (a comma after the tag)
    ['Sen. Ann Lee (D., Calif.), said afterward that the deal was weak.', 'said', 'Ann Lee'],
    // (the tag's state is no name: "the chairman" is the one so described after the tag)
    ['Rep. Tom Reed, D-N.Y., the committee\'s chairman, argued that the law was clear. The chairman added that it went too far.', 'added', 'Tom Reed'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('gives the state inside a tag no cue ("Calif." is not "the president")', async () => {
    const found = await cues('House Chairman Tom Reed (D., Calif.,) criticized the president — who said some lawmakers were told — for the delay.');
    expect(found.map((m) => m.speaker)).not.toContain('Calif.');
  });
});

describe('speaker: adviser, commissioner and coordinator are titles', () => {
  it.each([
    // (the given name is also a particle, so the epithet rule leaves the title words on)
    ['Deputy National Security Adviser Ben Dorn said the talks would resume.', 'said', 'Ben Dorn'],
    ['Regional Police Commissioner Ann Lowry told reporters the roads were closed.', 'told', 'Ann Lowry'],
    ['UN Special Coordinator Tor Hemsing said the violence must stop.', 'said', 'Tor Hemsing'],
    ['"The roads are closed," said Paul Arden, commissioner of the regional police. The commissioner said more arrests were likely.', 'said', 'Paul Arden'],
  ])('%s', async (text, word, speaker) => {
    expect((await cues(text)).filter((m) => m.text.toLowerCase() === word).pop()?.speaker).toBe(speaker);
  });

  it('cuts a portfolio title before the name by words, not tokens ("Ra\'ad al-Hussein")', async () => {
    expect(await speakerOf("The sharpest words came from UN High Commissioner for Human Rights Zayd Sa'ad al-Tamimi, who condemned the shootings.", 'condemned')).toBe("Sa'ad al-Tamimi");
  });
});

describe('speaker: the head before a participle phrase speaks, not the participle\'s object', () => {
  it.each([
    ['Governments representing 90 percent of world trade said they would sign the pact.', 'said', 'governments'],
    ['Aid groups operating in the region say the roads are closed.', 'say', 'Aid groups'],
    ['Several council members backing Ortiz said the vote was fair.', 'said', 'anonymous'],
    ['Imams leading prayers in the city denounced the decree.', 'denounced', 'Imams'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('not before a subject pronoun, which opens its own clause', async () => {
    expect(await speakerOf('Ann Lee was criticised all week, with some allies suggesting she’s accurately describing the figures.', 'describing')).toBe('Ann Lee');
  });
});

describe('speaker: two names before an appositive speak together', () => {
  it.each([
    ['Ann Lee and Tom Reed, her deputy, said the plan had failed. Lee later resigned, and Reed stayed on.', 'said', 'Ann Lee and Tom Reed'],
    ['Sens. Tom Reed, R-Ariz., and Ann Lee, D-Ore., said the deal was weak.', 'said', 'Tom Reed and Ann Lee'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('not when "and" is inside the name of a body in a title', async () => {
    expect(await speakerOf('"It is no target," House Oversight and Government Reform Committee Chairman Tom Reed, R-Calif., said on Sunday.', 'said')).toBe('Tom Reed');
  });
});

describe('speaker: a description with "of" in apposition to a name, before a dashed aside', () => {
  it.each([
    ['The Northern Brigades, an umbrella group of militias — many of them armed by Iran — called the strike an act of war.', 'called', 'Northern Brigades'],
    ['Tom Reed, the top member of the Senate Budget Committee proposed a bill on Thursday.', 'proposed', 'Tom Reed'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('not a sentence\'s capitalised opening word ("Nearby, a caretaker of the shrine said")', async () => {
    expect(await speakerOf('Nearby, a caretaker of the shrine said he also backs the mayor.', 'said')).not.toBe('Nearby');
  });
});

describe('speaker: a columnist named Will', () => {
  it('is no modal before his verb', async () => {
    const text = 'The columnist Gary Will wrote about the race on Sunday. Will described the front-runner as a fraud.';
    expect(await speakerOf(text, 'wrote')).toBe('Gary Will');
    expect(await speakerOf(text, 'described')).toBe('Gary Will');
  });
});

describe('speaker: an unnamed source close to someone named by a pronoun or a possessive', () => {
  it.each([
    ['Still, Lee will change his approach, a source close to him said.', 'said'],
    ['People familiar with her thinking say she now accepts the plan.', 'say'],
    ['Another source familiar with Lee\'s thinking said the plan would change.', 'said'],
    ['A source close to Lee\'s campaign said the plan failed.', 'said'],
  ])('%s', async (text, word) => {
    expect(await speakerOf(text, word)).toBe('anonymous');
  });

  it('keeps an object pronoun after an ordinary verb the object ("told him")', async () => {
    expect(await speakerOf('Lee met Kim and told him the plan failed.', 'told')).toBe('Lee');
  });
});

describe('speaker: a sentence that opens with a span of time and a clause ("Two weeks after ..., ")', () => {
  it.each([
    ['Two weeks after the judge died, Justice Ann Lee broke her silence by asking questions.', 'asking', 'Ann Lee'],
    ['A day after renewing the sanctions, the president warned other nations and claimed the goal was peace.', 'claimed', 'president'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('speaker: an inverted verb of saying with a possessive or an appositive name after it', () => {
  it.each([
    ['"We will win," added his campaign manager Tom Reed, speaking to reporters.', 'added', 'Tom Reed'],
    ['"We will win," said her spokesman, Nick Arden.', 'said', 'Nick Arden'],
    ['"The roads are closed," said a resident, Zeina Haddad.', 'said', 'Zeina Haddad'],
    // (a name joined by a hyphen, after a particle or a name)
    ['"The roads are closed," said a grieving relative, Omar Abu al-Haddad, his voice rising.', 'said', 'Omar Abu al-Haddad'],
    ['"The roads are closed," said the port\'s envoy, Dana Levi-Ruiz.', 'said', 'Dana Levi-Ruiz'],
    // an inverted tag names its speaker after the verb, past names in the clause before it
    ['Ann Lee, the mayor, will attend the talks, said Tom Reed.', 'said', 'Tom Reed'],
    ['The plan, which Ann Lee drafted, is final, said Tom Reed, a spokesman.', 'said', 'Tom Reed'],
    // (a title with the place it serves, then the name: past the subject of the clause before)
    ["Farmers consider the levy a burden, said Norway's ambassador to the union, Tom Reed.", 'said', 'Tom Reed'],
    ['The pier will reopen next week, says mayor.', 'says', 'mayor'],
    // (not a day, nor the object of "told")
    ['"The port is open," Ann Lee, the mayor, said Tuesday.', 'said', 'Ann Lee'],
    ['Ann Lee, the mayor, told Reuters.', 'told', 'Ann Lee'],
    // (past a title's abbreviation that wink cuts from its stop: "Maj.", "Adm.", "Amb.")
    ['Six died, said the city\'s deputy police chief, Maj. Tom Reed.', 'said', 'Tom Reed'],
    ['An army spokesman, Rear Adm. Dana Levi, said most of the rockets were intercepted.', 'said', 'Dana Levi'],
    ['Amb. Nora Quinn said the talks would resume.', 'said', 'Nora Quinn'],
    // (a hyphenated name in apposition, not a party tag)
    ["The port authority's chief, Omar al-Haddad, said the pier would reopen.", 'said', 'Omar al-Haddad'],
    ['"The pier will reopen," Lee, R-Ohio, said on Monday.', 'said', 'Lee'],
    ['"We will win," said his spokesman.', 'said', 'anonymous'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it.each([
    // (a possessive phrase after a verb that is no verb of saying is its object)
    ['In a memo, Noah Ortiz, the executive in charge of \'\'Today,\'\' reminded his staff about the rules.', 'reminded', 'Noah Ortiz'],
  ])('not: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a body named in lower case by its field', () => {
  it.each([
    ['The ministry of health said 40 people were hurt in the blast.', 'said', 'ministry of health'],
    ["Jordan's ministry of foreign affairs said the envoy would return.", 'said', "Jordan's ministry of foreign affairs"],
    ['The department of defense said the convoy had turned back.', 'said', 'department of defense'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });

  it('a group of people still speaks as the people', async () => {
    expect(await speakerOf('A group of senators said the bill would pass.', 'said')).toBe('senators');
  });
});

describe('a name in apposition after an inverted verb and a description with its own "of"', () => {
  it.each([
    ['"We will not give up," said his former chief of staff, Dana Levi.', 'Dana Levi'],
    ['"The talks are over," said one of the envoys, Tomas Berg, after the meeting.', 'Tomas Berg'],
    ['"The wards are full," said the head of the Harbour Relief Agency, Mira Osei.', 'Mira Osei'],
    // with no name after it, the body a title heads speaks, as it does before the verb
    ['"The wards are full," said the head of the relief agency.', 'relief agency'],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, 'said')).toBe(speaker);
  });
});

describe('a long subject with a relative clause: the head before "who" speaks', () => {
  it.each([
    // a verb in -s the tagger reads as a noun, and a title it reads as an adjective
    ['But a Turkish colonel who commands units on the Iraqi frontier said "there is no threat," according to the army.', 'said', 'Turkish colonel'],
    ['A retired Navy admiral who has kept in touch with the submarine fleet says the patrols are too few.', 'says', 'retired Navy admiral'],
    ['The militia still frightens villagers, and many who have found shelter in northern Iraq fear that its agents will follow them.', 'fear', 'anonymous'],
    // the same after "that" and "which"
    ['A Syrian group that monitors casualties across the country said 40 people died.', 'said', 'Syrian group'],
    ['The rights group which tracks arrests in the region says the figure is higher.', 'says', 'rights group'],
    // a clause with its own subject after "who" or "that" keeps it
    ['The smuggler, who police say ran the tunnels, was arrested on Monday.', 'say', 'police'],
    ['Troops raided the clinic, a move that officials from the Lebanese Health Ministry said closed it for weeks.', 'said', 'Lebanese Health Ministry'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a relative clause on a predicate noun: the copula\'s subject speaks', () => {
  it.each([
    ['I was the first one who described the camp as a prison.', 'described', 'I'],
    ['Dana Roth is the lawyer who argued that the decree was void.', 'argued', 'Dana Roth'],
    // a cleft's "it" and a noun subject keep the predicate
    ['It was the navy that announced the blockade.', 'announced', 'navy'],
    ['The trouble is the officials who claimed the harbor was safe.', 'claimed', 'anonymous'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a name in apposition after a title its possessive owns', () => {
  it.each([
    ["Spain's army did not comment after the raids, but its interior minister, Pedro Salas, said the hunt would go on.", 'said', 'Pedro Salas'],
    ["Spain's army did not immediately comment on the raids, but its defense minister, Luisa Ortega, appeared to hint at involvement.", 'hint', 'Luisa Ortega'],
    ['The governor declared a day of mourning, his spokeswoman, Rana Aziz, wrote on social media.', 'wrote', 'Rana Aziz'],
    // any role a common noun names, after a comma and "and" too
    ['The company declined to comment, but its chief executive, Tom Reed, told investors the plant would reopen.', 'told', 'Tom Reed'],
    ['The Spanish minister called for restraint, and his Dutch counterpart, Pieter Vos, said the Netherlands agreed.', 'said', 'Pieter Vos'],
    // not a preposition's object: the subject speaks
    ['President Tomas Berg, who hosted the talks with his Chilean counterpart, Ana Ruiz, said there was no time to lose.', 'said', 'Tomas Berg'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a titled name and its description set off by commas before an infinitive', () => {
  it.each([
    ['Shelling damaged the clinic, according to the charity, prompting the Most Rev. Mark Dowling, the bishop of Leeds, to call for an end to the siege.', 'call for', 'Mark Dowling'],
    ['Many officers objected, prompting Mr. Haddad, the interior minister, to say that the plan would weaken the force.', 'say', 'Haddad'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a pronoun after a quotation takes the person cited at the start of its sentence, past the titles', () => {
  it('"At the ministry, spokesman Rear Adm. X echoed that view: "...," he said."', async () => {
    const text = '"The kingdom is at war with the cartel," palace press secretary Tom Reyes told reporters today.\n\n"Words matter," he added.\n\nAt the ministry, spokesman Rear Adm. Paul Vance echoed that view: "This is not the old war," he said.';
    expect(await speakerOf(text, 'said')).toBe('Paul Vance');
    expect(await speakerOf(text, 'added')).toBe('Tom Reyes');
  });
});

describe('a name ending in a generational suffix', () => {
  it.each([
    ['"That leaves the treaty quite weak," retired Navy Rear Adm. Thomas Greer Jr., now at Stanford University, told the Boston Globe in March.', 'told', 'Thomas Greer Jr.'],
    ['Ted Marlow Jr., the senator from the district, said the seat was safe.', 'said', 'Ted Marlow Jr.'],
    ['Martin Luther King Jr., the civil rights leader, said in 1963 that he had a dream.', 'said', 'Martin Luther King Jr.'],
    // an inverted tag after it still names its own speaker
    ['Ted Marlow Jr., the senator from the district, owes his seat to them, said Karim Haddad, a local organizer.', 'said', 'Karim Haddad'],
    // a state's abbreviation is still no name
    ['Sen. Ann Lee (D-Md.), who chairs the panel, said the vote would be held.', 'said', 'Ann Lee'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe("a headline's inverted tag after a comma, with no full stop", () => {
  const body = '\n\nThe story begins here. It has a second sentence.';
  it.each([
    ['Truce talks have stalled, says minister', 'says', 'minister'],
    ['Troops encircle Mosul on two sides, says army chief', 'says', 'army chief'],
    ['Ali Hamid: Missing reporter has died in Syria, says family', 'says', 'family'],
    ['Tehran is closer to collapse than ever, says former Bush security adviser', 'says', 'former Bush security adviser'],
    // a verb in a series keeps the headline's subject; a bare plural after it is its object
    ['Macron arrives in Israel after long absence, stresses ties', 'stresses', 'Macron'],
  ])('%s', async (headline, word, speaker) => {
    expect(await speakerOf(headline + body, word)).toBe(speaker);
  });

  it("the headline's quotation takes the tag's speaker", async () => {
    const q = (await analyzeText("Tehran is closer 'than ever before' to collapse, says former Bush security adviser" + body)).quotes;
    expect(q.find((x) => x.text.includes('than ever before'))?.speaker).toBe('former Bush security adviser');
  });
});

describe('a third-person pronoun inside a quotation is not the quotation\'s own speaker', () => {
  it.each([
    ['Ms. Okafor said the minister had lied. "He stated that nothing happened, but he knew," she said.', 'stated', 'he'],
    ['"We met the envoys in Geneva. They told us the crossing was shut," Ms. Okafor said.', 'told', 'they'],
    // a person the quotation names, whom the text names outside it too
    ['Mr. Karim Haddad met the envoys on Monday. "I spoke to Karim Haddad yesterday. He told me the border was shut," Ms. Okafor said.', 'told', 'Karim Haddad'],
    // the principal of an office or a spokesman that the quotation's tag names
    ['Mr. Tom Hale spoke on Monday. "He believes the deal will hold," said Hale\'s spokesman.', 'believes', 'Tom Hale'],
    ['Mr. Tom Hale wrote the memo in 2004. "He did warn the minister about the plan," Hale\'s office said in a statement.', 'warn', 'Tom Hale'],
    // the tag after a quotation is outside it
    ['Ms. Okafor spoke on Monday. "The wards are full," she said.', 'said', 'Okafor'],
    // after a comma inside the quotation too, unless the pronoun and its verb close the clause, a tag inside
    // marks paired wrongly
    ['Ms. Okafor spoke on Monday. "The guards fled, and in their panic, they told us nothing," she said.', 'told', 'they'],
    ['Ms. Okafor spoke on Monday. "The guards fled in a panic, she said. "Nobody stayed."', 'said', 'Okafor'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('a name after "says" before an adverb or adjective opens the reported clause, not a tag', () => {
  it.each([
    ["Macron defends Sahel policy, says Paris too 'cautious' on aid\n\nThe story begins here.", 'says', 'Macron'],
    ["Later the head of Chile's Transport Safety Board, Ana Ruiz, said Peru still had the flight recorders.", 'said', 'Ana Ruiz'],
    // a tag before a clause of its own stays one
    ['"The port is closed," said Omar Diab as he left.', 'said', 'Omar Diab'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
});

describe('"thought", the past of "think": an attributed opinion after a third-person subject', () => {
  it.each([
    ['Harbour officials thought the repairs would take a week.', 'officials'],
    ['Councillor Mara Voss thought the vote was rigged.', 'Mara Voss'],
    ['The plan drew the anger of fishermen who thought the quota was too low.', 'fishermen'],
  ])('%s', async (text, speaker) => {
    const found = (await cues(text)).filter((m) => m.text === 'thought');
    expect(found).toHaveLength(1);
    expect(found[0]!.stance).toBe('neutral');
    expect(found[0]!.speaker).toContain(speaker);
  });
  it.each([
    // the first person is the writer's or the speaker's own voice
    ['I thought the ferry would be late.'],
    ['We never thought the road would close.'],
    ['And we all thought the strike would be over.'],
    ['"We never, ever thought the pier would fall," the mayor said.'],
    // the noun, the passive, and thinking of or about something
    ['It was food for thought for the council.'],
    ['The plan was thought to be too costly.'],
    ['The mayor thought about the offer for a week.'],
    ['He thought of the harbour as his home.'],
    ['She gave it a second thought.'],
    ['The rebels will pause for thought before they reply.'],
    ['It was not worth more than a few seconds\' thought.'],
    ['If they had thought more carefully about the plan, it would have worked.'],
  ])('%s: no cue', async (text) => {
    expect((await cues(text)).map((m) => m.text)).not.toContain('thought');
  });
  it('"said he thought" is one attribution, the outer verb\'s', async () => {
    expect((await cues('The engineer said he thought the bridge was safe.')).map((m) => m.text)).toEqual(['said']);
  });
});

describe('a state of mind before its clause with no "that": fear, know, expect, feel', () => {
  it.each([
    ['Harbour officials fear the storm will close the road again.', 'fear', 'officials'],
    ['Mayor Ann Lee knows the council will vote against the plan.', 'knows', 'Ann Lee'],
    ['Analysts expect the central bank to raise rates in May.', 'expect', 'anonymous'],
    ['Many fishermen feel they were ignored by the ministry.', 'feel', 'fishermen'],
    ['It is the kind of judge many senators fear the governor would choose.', 'fear', 'senators'],
    ['Harbour officials expect it to reopen in May.', 'expect', 'officials'],
  ])('%s', async (text, word, speaker) => {
    const found = (await cues(text)).filter((m) => m.text === word);
    expect(found).toHaveLength(1);
    expect(found[0]!.stance).toBe('neutral');
    expect(found[0]!.speaker).toContain(speaker);
  });
  it.each([
    // an object and no clause: knowing someone, feeling a need or a pinch, a slogan
    ['Politicians know this and take advantage of it.'],
    ['The ministry felt the need to publish the records.'],
    ['Local schools could feel a budget pinch next year.'],
    ['Crowds chanted "Feel the Bern" outside the hall.'],
    ['She knew the harbour master for decades.'],
    ['Whether they know it or not, the ferry is late.'],
    ['Sailors who know it well will tell you the pier is old.'],
    ['Many fishermen felt a sense of hope, a hope that they would be heard.'],
    ['The council understood the severity of what the storm had done.'],
    // the first and second person
    ['I know the council will vote against the plan.'],
    ['You know the road will close again.'],
    // a noun
    ['There is no fear the road will close.'],
  ])('%s: no cue', async (text) => {
    expect((await cues(text)).filter((m) => m.entry.endsWith('mental-state-clause'))).toEqual([]);
  });
  it('"said they fear" is one attribution, the outer verb\'s', async () => {
    expect((await cues('The fishermen said they fear the storm will close the road.')).map((m) => m.text)).toEqual(['said']);
  });
});

describe('"show" right after its evidence noun is the verb, whatever the tagger reads', () => {
  it.each([
    ['Polls show voters trust the mayor more than his rival.', 'show', 'polls'],
    ['Early polls show voters in the valley rejecting the plan.', 'show', 'polls'],
    ['Findings show residents fear new tolls on the bridge.', 'show', 'findings'],
    ['The port was sold to the city in 2010, records show.', 'show', 'records'],
    ['Exit polling shows the mayor won most voters under 30.', 'shows', ''],
  ])('%s', async (text, word, speaker) => {
    const found = (await cues(text)).filter((m) => m.text === word);
    expect(found).toHaveLength(1);
    expect(found[0]!.stance).toBe('endorsing');
    expect(found[0]!.speaker).toContain(speaker);
  });
  it.each([['The television show was cancelled.'], ['The port was sold, the show ended.'], ['A poll show on the radio drew few listeners.']])('%s: no cue', async (text) => {
    expect(await cues(text)).toEqual([]);
  });
});

describe('a tag that closes its sentence after a comma is no part of an earlier cue\'s report', () => {
  it.each([
    ['The mayor agreed to sell the port in 2010, records show.', 'show', 'records'],
    ['The firm pledged to give $1 million to the clinic, a review by the Harbour Tribune found.', 'found', 'Harbour Tribune'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toContain(speaker);
  });
  it('a cue inside the reported clause stays part of it', async () => {
    expect((await cues('The ministry said the records show the payment was made.')).map((m) => m.text)).toEqual(['said']);
  });
});

describe('a state of mind after a quantity or before a bare noun subject', () => {
  it.each([
    ['Many fear the mayor will close the harbour.', 'fear'],
    ['Some worry the new toll could ultimately backfire.', 'worry'],
    ["Fishermen fear council's plan will hurt the harbour.", 'fear'],
    ['Mayor Ruiz hopes Harbour Street will reopen in May.', 'hopes'],
  ])('%s', async (text, word) => {
    expect((await cues(text)).map((m) => m.text)).toContain(word);
  });
  it.each([
    // the quantity determines an object or a complement, not a subject
    ['There is still some hope that the release of the crew will open talks.'],
    ['In sum, the port has few worries that the storm might do any damage.'],
    // an object with no clause, an imperative
    ['Some sailors never learned the language or knew much about the port before they came.'],
    ['"Expect the harbour to close soon," she told the crews.'],
    ['Some voters stayed home in hopes turnout would drop.'],
  ])('%s: no state-of-mind cue', async (text) => {
    expect((await cues(text)).filter((m) => /\.(?:mental-state(?:-clause)?|hope)$/.test(m.entry))).toEqual([]);
  });
});

describe('a quantity subject before a verb the tagger reads as a noun, with a name after it', () => {
  it.each([
    ['But some say Mayor Ruiz sees himself as the harbour\'s saviour.', 'say'],
    ['Many believe Ruiz has already lost the vote.', 'believe'],
    ['Both think Ruiz advanced the plan.', 'think'],
  ])('%s', async (text, word) => {
    const found = (await cues(text)).find((m) => m.text === word);
    expect(found?.speaker).toBe('anonymous');
  });
  it('a plural noun after the quantity is no verb', async () => {
    expect((await cues('The bill imposes no test, both claims Mr. Ruiz has hinted at.')).map((m) => m.text)).not.toContain('claims');
  });
});

describe("a participle's clause opening a sentence ends at its comma; its subject comes after", () => {
  it('a pronoun in the next sentence takes that subject, not a speaker cited earlier', async () => {
    const text = 'Tom Varga, a teacher, said the march was calm. "We came to be heard," Varga said.\n\nGrowing up in Tucson, Ramirez often saw families cross the desert.\n\n"The camps are a disgrace," he said.';
    const said = (await cues(text)).filter((m) => m.text === 'said');
    expect(said.at(-1)?.speaker).toBe('Ramirez');
  });
  it('"Asked about ..., the campaign said ... and suggested": the second verb shares the subject', async () => {
    expect(await speakerOf('Asked about his fees, the Lindqvist campaign said he had taken no new bookings and suggested that the real question lay elsewhere.', 'suggested')).toBe('Lindqvist campaign');
  });
  it('a place after the clause\'s comma is part of the clause ("Speaking in Salem, Oregon, Lee ...")', async () => {
    expect(await speakerOf('Speaking at a town hall in Salem, Oregon, Dana Whitfield went after her rival, calling him a coward.', 'calling')).toBe('Dana Whitfield');
  });
  it('a comma between adjectives does not end the clause', async () => {
    expect(await speakerOf('Following a hastily called, late-night meeting, the council issued a statement calling the test a violation.', 'calling')).toBe('council');
  });
  it('not a participle before its noun', async () => {
    expect(await speakerOf('Growing numbers of farmers say the drought will last.', 'say')).toBe('Growing numbers');
  });
  it('"According to ..." stays the source of its clause', async () => {
    const q = (await analyzeText('According to his physician, the tycoon had "excellent" results in his latest exam.')).quotes[0];
    expect(q?.speaker).toBe('his physician');
  });
});

describe('a name set off by commas after a description speaks, not the subject of an earlier verb in a series', () => {
  it('"X said ... only a day after his top aide, Secretary Y, promised"', async () => {
    expect(await speakerOf('Holt said the army would not strike, only a day after his top diplomat, Secretary of State Ann Corby, promised a small operation.', 'promised')).toBe('Ann Corby');
  });
  it('a verb in a series after a plain object keeps the first subject', async () => {
    expect(await speakerOf('Holt praised Corby, criticized the council and left.', 'criticized')).toBe('Holt');
  });
});

describe('a given name the tagger reads as a verb, after a lower-case title, is part of the name', () => {
  it('"spokesman Josh Barnett said ... "...," he said": both take the name', async () => {
    const said = (await cues('Before the vote, the senator Dana Whitfield spoke at length. Ministry spokesman Josh Barnett said the talks would go on. "We are close," he said.')).filter((m) => m.text === 'said');
    expect(said[0]?.speaker).toBe('Josh Barnett');
    // (the pronoun takes the surname: the name list reads no verb as a given name)
    expect(said[1]?.speaker).toBe('Barnett');
  });
});

describe('a participle after a medium someone made (ads, petitions, banners, interviews) takes the maker', () => {
  it.each([
    ['The Morrow family placed national newspaper ads calling the merger a blunder.', 'calling', 'Morrow family'],
    ['Supporters of Dana Whitfield have launched petitions calling on delegates to back her.', 'calling on', 'Supporters of Dana Whitfield'],
    ['Corby gave interviews saying the fire was an accident.', 'saying', 'Corby'],
    ['The speech was interrupted by Greek MPs who held up banners saying the island is theirs.', 'saying', 'Greek MPs'],
    ['Flags went up around town and local churches put up messages calling for calm.', 'calling for', 'local churches'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  it('not a medium someone else made or only received', async () => {
    expect(await speakerOf('Most of the money went to ads praising his record.', 'praising')).toBe('ads');
  });
});

describe('a cue after a conjunction takes the source of the verb of the same form it is joined to', () => {
  it.each([
    ['There have been sharper jabs, such as when Holt mocked Corby on taxes and called him a "dreamer," a pointed dig.', 'called', 'Holt'],
    ['The crowd roared when Dana Whitfield spotted a banner in the stands and asked for it to be brought to her.', 'asked', 'Dana Whitfield'],
    ['The unease was plain on Tuesday when Senator Ann Corby lamented the "bitter" tone of the race and criticized her own party.', 'criticized', 'Ann Corby'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  it('not a verb in a clause the first verb reports, nor one in a relative clause, nor a participle by its noun', async () => {
    expect(await speakerOf('Holt conceded that Corby had touched the ballots but implied that the fault was hers.', 'implied')).toBe('Holt');
    expect(await speakerOf('Holt told the paper her group never worked with Corby and said the claims were false.', 'said')).toBe('Holt');
    expect(await speakerOf('Holt met survivors and relatives of the nine people killed on Monday and said the town must heal.', 'said')).toBe('Holt');
  });
  it('not a verb of another form, nor a participle in -ing', async () => {
    expect(await speakerOf('Holt praised Corby and criticized the council.', 'criticized')).toBe('Holt');
  });
});

describe("a video player's caption holds no cue, so no speaker and no antecedent", () => {
  const text = 'Talks resume in Vienna\n\nThe envoy Tom Varga arrived on Monday.\n\nJUST WATCHED Varga: Talks will go on Replay More Videos ... MUST WATCH Varga: Talks will go on 02:14\n\nJUST WATCHED Corby warns of a long stall Replay More Videos ... MUST WATCH Corby warns of a long stall 01:10\n\nJUST WATCHED Analysis: What the talks mean Replay More Videos ... MUST WATCH Analysis: What the talks mean 03:10\n\nThe analyst Dana Whitfield was doubtful. "It is a stall," she said.';
  it('no cue in the caption, so no "JUST WATCHED Varga" or "WATCHED Corby" speaker', async () => {
    expect((await cues(text)).filter((m) => m.start < text.indexOf('The analyst'))).toEqual([]);
    expect((await cues(text)).some((m) => /JUST WATCHED|MUST WATCH/.test(m.speaker))).toBe(false);
  });
  it('a pronoun after the caption does not go back to it', async () => {
    expect((await cues(text)).find((m) => m.text === 'said')?.speaker).toBe('Dana Whitfield');
  });
});

describe('a participle after a document the subject only received or turned down: the document speaks', () => {
  it.each([
    ['Later, he said, he received a threatening text message reminding him that his barn had been hit twice.', 'reminding', 'threatening text message'],
    ['Reporters obtained a memo warning that the dam could fail.', 'warning', 'memo'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  it('one the subject issued is still the subject\'s', async () => {
    expect(await speakerOf('The minister issued a statement saying the talks were over.', 'saying')).toBe('minister');
  });
});

describe('speaker: a pronoun takes the subject of its clause, not a name inside it', () => {
  it.each([
    // the subject after opening phrases (a place, its state, a time), and the tag of the next sentence; a person cited
    // in the sentence before or named after the subject does not win (mirrored: the names swapped)
    ['Critics answered at once, Joe Reed said. At a rally in Dover, Delaware, on Friday afternoon, Sam Ortiz listed towns he said had lost jobs, after a tour with Tom Baker. "We go everywhere," he said.', 'Sam Ortiz'],
    ['Critics answered at once, Joe Reed said. At a rally in Dover, Delaware, on Friday afternoon, Tom Baker listed towns he said had lost jobs, after a tour with Sam Ortiz. "We go everywhere," he said.', 'Tom Baker'],
  ])('%s', async (text, speaker) => {
    const c = await cues(text);
    expect(c.filter((m) => m.text === 'said').map((m) => m.speaker), text).toEqual(['Joe Reed', speaker, speaker]);
  });

  it.each([
    // a tag after a clause whose subject is a person: the subject, not the name inside the clause
    ['Some voters are switching sides. Former Rep. Sam Ortiz was for Tom Baker while the governor was running, he said on Monday. "Ruiz is my next choice," he said.', 'Sam Ortiz'],
    ['Some voters are switching sides. Former Rep. Tom Baker was for Sam Ortiz while the governor was running, he said on Monday. "Ruiz is my next choice," he said.', 'Tom Baker'],
  ])('%s', async (text, speaker) => {
    const c = await cues(text);
    expect(c.filter((m) => m.text === 'said').map((m) => m.speaker), text).toEqual([speaker, speaker]);
  });

  it('not a subject in another clause before the pronoun, nor a cited speaker\'s tag over a clause about someone else', async () => {
    // (a colon and "while" open the pronoun's own clause: its subject is Baker)
    expect(await speakerOf('Tom Baker spoke on Monday. One reason Sam Ortiz is safe: while Tom Baker talked of risks, he did not mention any harm.', 'mention')).toBe('Tom Baker');
    // (a speaker cited just before keeps the tag: the clause is what he says about Ortiz)
    const c = await cues('"We are tired of it," Mr. Baker said. "We need someone new." Mr. Sam Ortiz, who takes no large gifts, fits that bill for many, he added.');
    expect(c.find((m) => m.text === 'added')?.speaker).toBe('Baker');
  });
});

describe('speaker: a name that modifies a thing or follows a number is no antecedent of he or she', () => {
  it.each([
    // (mirrored: the man's name and the movement's swapped places are read the same way)
    ['Pressure from abroad helped to secure Alemu\'s release after a year, and he went back to Ohio. When Alemu helped found the Sidamo 9 movement in 2010, the year he went back to teaching at Oberlin, he explained that the movement would press the government.', 'explained', 'Alemu'],
    ['Pressure from abroad helped to secure Dawit\'s release after a year, and he went back to Ohio. When Dawit helped found the Sidamo 9 movement in 2010, the year he went back to teaching at Oberlin, he explained that the movement would press the government.', 'explained', 'Dawit'],
    // (a band after a number)
    ['Kerstin Morelli, a 2011 graduate, still lives at home. Her walls are covered with posters of 24 Carats. "Who wants to live at home at 30?" she said.', 'said', 'Kerstin Morelli'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: after a quotation over sentences, the sentence before is the one before the quotation', () => {
  it.each([
    // the pronoun's tag closes a quotation of two sentences: its antecedent is the subject before the quotation, not a
    // speaker cited further back (mirrored: the names swapped)
    ['The debate moved on, Joe Reed said. Sam Ortiz was not having it. "You see, everybody, think about this. That is what the capital does," he said.', 'Sam Ortiz'],
    ['The debate moved on, Joe Reed said. Tom Baker was not having it. "You see, everybody, think about this. That is what the capital does," he said.', 'Tom Baker'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker), text).toEqual(['Joe Reed', speaker]);
  });

  it('a quotation going on over paragraphs takes the sentence before its first paragraph, not a name inside it', async () => {
    const text = '"Peace needs work," Sam Ortiz said.\n\nHe said that Dan Levi did not speak for the people "or their hopes for security. Dan Levi has only one aim: to destroy his foes.\n\n"No country would accept this. Each country has the right to defend itself," he said.';
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker)).toEqual(['Sam Ortiz', 'Sam Ortiz', 'Sam Ortiz']);
  });
});

describe('speaker: he or she after a quotation of many short sentences looks back from where the quotation began', () => {
  it.each([
    // (the quotation's five sentences do not push the name before it out of reach) (mirrored: the names swapped)
    ['Ann Ruiz made a stir when a voter asked if she would run. "Wow. What an idea. Nobody has asked me that. I love it. Maybe next year," she replied.', 'Ann Ruiz'],
    ['Eva Baker made a stir when a voter asked if she would run. "Wow. What an idea. Nobody has asked me that. I love it. Maybe next year," she replied.', 'Eva Baker'],
    ['Tom Baker made a stir when a voter asked if he would run. "Wow. What an idea. Nobody has asked me that. I love it. Maybe next year," he replied.', 'Tom Baker'],
    // (they keeps its nearer window: a group the quotation leaves behind stays unresolved)
    ['The two unions made a stir when a reporter asked if they would strike. "Wow. What an idea. Nobody has asked us that. We love it. Maybe next year," they replied.', 'they'],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, 'replied'), text).toBe(speaker);
  });

  it('sentences of narrative between the name and the tag still count: a name six sentences back is out of reach', async () => {
    const text = 'Tom Baker ran a shop. Then the town changed. Prices rose. Rents rose. The shop closed. Nobody came. "It was hard," he said.';
    expect(await speakerOf(text, 'said')).toBe('he');
  });
});

describe('speaker: a relative clause on the subject that a quotation ends, its comma inside the closing mark', () => {
  it.each([
    // (the clause's head, not the name it quotes about) (mirrored: the names swapped)
    ['Ann Ruiz, who calls Tom Baker a "fraud," said she would not back him.', 'said', 'Ann Ruiz'],
    ['Tom Baker, who calls Ann Ruiz a "fraud," said he would not back her.', 'said', 'Tom Baker'],
    // (not the verb's object read as an inverted tag)
    ['Ann Ruiz, who puts her costs "in the millions," described the strain as awful.', 'described', 'Ann Ruiz'],
    // (a body's "which" clause, with two-apostrophe marks)
    ["The Harbor Times, which once called Tom Baker ''a clown,'' said it would now cover him.", 'said', 'The Harbor Times'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // a clause on the object: the sentence's subject still speaks
    ['Tom Baker praised Ann Ruiz, who calls the plan a "fraud," and said he would back her.', 'said', 'Tom Baker'],
    // a quotation with no relative clause before its tag
    ['"We will not back him," Ann Ruiz said.', 'said', 'Ann Ruiz'],
  ])('not: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a verb in a series after a comma shares the subject of the verb of its form before it', () => {
  it.each([
    // (the comma inside a quotation's closing mark too; not the object before it) (mirrored: the names swapped)
    ['Tom Baker called Ann Ruiz "a fraud," denounced her record and said she should quit.', 'denounced', 'Tom Baker'],
    ['Ann Ruiz called Tom Baker "a fraud," denounced his record and said he should quit.', 'denounced', 'Ann Ruiz'],
    ['The army underestimated Hamas, viewed it as weak and ignored the warnings.', 'viewed', 'army'],
    // (a headline with no stop) (mirrored)
    ['Ruritania pushes for talks with Borduria, accuses Sam Ortiz of stalling', 'accuses', 'Ruritania'],
    ['Borduria pushes for talks with Ruritania, accuses Sam Ortiz of stalling', 'accuses', 'Borduria'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // a name set off by commas is the subject in apposition
    ["Ruiz's top rival, Harbor Sen. Tom Baker, said he was glad.", 'said', 'Tom Baker'],
    // a clause of its own after the comma: the one asked is not the asker
    ['"It is hard to answer that," Tom Baker told the Harbor Times on Thursday, when asked about the plan.', 'asked', 'Harbor Times'],
  ])('not: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a name after a conjunction the tagger reads as a preposition ("whether", "as", "after") is a source', () => {
  it.each([
    // (the subject the relative clause is on, not the last name inside it) (mirrored: the names swapped)
    ['It is unclear whether Tom Baker, who polls better than Ann Ruiz or President Sam Ortiz, will ever tell his voters to back her.', 'tell', 'Tom Baker'],
    ['It is unclear whether Sam Ortiz, who polls better than Ann Ruiz or President Tom Baker, will ever tell his voters to back her.', 'tell', 'Sam Ortiz'],
    // ("as" opening its sentence: the name, not the body its description names)
    ['As Ann Ruiz, the editor of the Harbor Times, put it, "Every war is a war of words."', 'put it', 'Ann Ruiz'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // "as" after a verb, a time after "after", a name after "than": no clause's subject
    ['Republicans cast the party as anti-Ruritania, a narrative progressives say the press has promoted.', 'say', 'narrative progressives'],
    ['Shortly after 9 a.m. ET, the wire service said that 500 people had died.', 'said', 'wire service'],
    ['Levi argued the navy should guard the north since it poses a greater risk than the storms, the officials said.', 'said', 'anonymous'],
  ])('not: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a participle after a comma goes on with the main clause, not a cue in the phrase the sentence opens with', () => {
  it.each([
    // (mirrored: the sides swapped)
    ['After Ruritania called for talks, Borduria rejected the offer, saying it came too late.', 'Borduria'],
    ['After Borduria called for talks, Ruritania rejected the offer, saying it came too late.', 'Ruritania'],
    ['Alongside union calls for action, a top GOP strategist said Ann Ruiz must choose a side, saying, "She has to come out."', 'top GOP strategist'],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, 'saying'), text).toBe(speaker);
  });

  it('not a comma before the quotation the verb introduces: the verb before it goes on speaking', async () => {
    const text = 'In his tweet Tom Baker wrote, "We won the vote," adding that the count was fair.';
    expect(await speakerOf(text, 'adding')).toBe('Tom Baker');
  });
});

describe('speaker: the subject before a participle aside speaks, not a name inside the aside', () => {
  it.each([
    // (mirrored: the names swapped)
    ['A projection by the consulting firm Harbor Economics, prepared for the Ruritania Retail Federation, warned that prices would rise.', 'warned', 'projection'],
    ['A projection by the consulting firm Ruritania Economics, prepared for the Harbor Retail Federation, warned that prices would rise.', 'warned', 'projection'],
    // (not the state after the town in the subject's own phrase: the unnamed officials)
    ["Federal officials familiar with the server taken from Ann Ruiz's house in Dover, N.Y., speaking on the condition of anonymity, said that it was secure.", 'said', 'anonymous'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // an aside that names the subject, and one that names a member of it
    ['One commander in the north, identified only as Col. Tom Baker, said the town had fallen.', 'said', 'Tom Baker'],
    ['Democrats, including Ann Ruiz, said they had not been told.', 'said', 'Democrats'],
  ])('not: %s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a given name the tagger reads as a verb opens a subject', () => {
  it.each([
    // ("Ted" is tagged a verb; the sentence before a live blog's next entry still has its subject; the name list keeps
    // the surname only, no fuller form being written) (mirrored: the names swapped)
    ['Lisa Park spoke in Ohio, Joe Reed said.\n\n10:25 p.m.\n\nTed Ortiz is drawing sharp contrasts between himself and Sam Baker.\n\nHe said he and Baker differ on taxes.', 'Ortiz'],
    ['Lisa Park spoke in Ohio, Joe Reed said.\n\n10:25 p.m.\n\nTed Baker is drawing sharp contrasts between himself and Sam Ortiz.\n\nHe said he and Ortiz differ on taxes.', 'Baker'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker), text).toEqual(['Joe Reed', speaker]);
  });
});

describe('speaker: a pronoun whose sentence before has the same pronoun for subject takes what that one stands for', () => {
  it.each([
    // (a woman cited earlier does not win over the woman the chain of "she" goes back to) (mirrored: names swapped)
    ['Governor Ann Ruiz said the party was united. Lisa Baker, the wife of the candidate, is due to speak on Monday. She is often at her husband\'s side but has spoken only a few times. At a rally in Ohio this spring, she described him as "kind."', 'Lisa Baker'],
    ['Governor Lisa Baker said the party was united. Ann Ruiz, the wife of the candidate, is due to speak on Monday. She is often at her husband\'s side but has spoken only a few times. At a rally in Ohio this spring, she described him as "kind."', 'Ann Ruiz'],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, 'described'), text).toBe(speaker);
  });

  it('not when a person is cited earlier in the pronoun\'s own sentence', async () => {
    const text = 'Photo: Carl Moss. As he walked back to the car, he heard shouting. "Let us through," Dan Walker recalled his guard telling the soldiers, who he described as "scared."';
    expect(await speakerOf(text, 'described')).toBe('Dan Walker');
  });
});

describe('speaker: a participle set off by a comma after the clause it hangs on', () => {
  it.each([
    // a cue that ends at the comma goes on speaking, not the sentence's first cue
    ['Harbourton did not complain when the port grew, a senior official said, adding that the cost was hard to know.', 'adding', 'anonymous'],
    ['Mayor Dana Levi complained that the count had been "fixed," a charge that the election board strongly denied, noting that it had used the same rules for years.', 'noting', 'election board'],
    ['The minister cannot decide that alone, Tom Reed added, saying it should be up to the court.', 'saying', 'Tom Reed'],
    // the clause after ', and' or ', but' with a subject and its verb: its first cue or its subject
    ['Street vendors say the new rules are meant to hide them, and the Harbour Traders Union has already sued the city over the rules, saying they break the charter.', 'saying', 'Harbour Traders Union'],
    ['Lisa Park has pledged to keep the talks going, but Ruritania has refused to return to the table, urging the envoys to accept the old terms.', 'urging', 'Ruritania'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // not a boundary inside a quotation, a list of names, a pronoun's clause or a subject that cannot speak
    ['Lee said in his speech that he believes "the people do want peace, and you have every right to doubt it," arguing that an end to the dispute is necessary.', 'arguing', 'Lee'],
    ['Reps. Ann Ruiz, D-Ohio, and Tom Reed, R-Iowa, are circulating a letter to the speaker, calling for a vote on the plan.', 'calling for', 'Ann Ruiz'],
    ['In 2009, Lee backed a small state, but by 2015, he had reversed course, declaring his own plan void.', 'declaring', 'Lee'],
    ['Dan Ortiz said the police were wrong, and the courts were biased, adding that he would appeal.', 'adding', 'Dan Ortiz'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a participle after the time or the event the subject spent, opened or ended', () => {
  it.each([
    ['Ann Ruiz started out the third debate saying that Lee was qualified.', 'saying', 'Ann Ruiz'],
    ['Lee spent much of the run-up to the Ohio primary portraying Ruiz as a one-issue candidate.', 'portraying', 'Lee'],
    ['On Tuesday, the Iowa governor opened a rally in Dover blasting the plan.', 'blasting', 'Iowa governor'],
    ['The regime spent days accusing its neighbours of "economic warfare."', 'accusing', 'regime'],
    ['Mayor Tom Reed spent much of his own 20-minute speech praising the candidate.', 'praising', 'Tom Reed'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // a document or a medium still speaks, or its maker does, as before
    ['The town released a statement Wednesday saying the claim was false.', 'saying', 'town'],
    ['The group sent a letter this week urging the council to resign.', 'urging', 'group'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: it or they tagging a quotation that opens its sentence', () => {
  it('is the body the sentence before the quotation opens with, not a body cited before that', async () => {
    const text = "The review panel recommends small changes to the levy. Still, the Harbour Business Council opposed any rise.\n\n''Keep the levy at its current level for the rest of the decade,'' it recommended.";
    expect(await speakerOf(text, 'recommended')).toBe('Harbour Business Council');
  });
  it('reads a body named with "of the" as its own cue does, not as its head', async () => {
    const text = 'The agency said the siege may be unlawful. The International Committee of the Blue Lantern agreed.\n\n"The orders are not compatible with the law," it said.';
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker)).toEqual(['agency', 'Blue Lantern']);
  });
});

describe("speaker: 'according to' a text someone issued", () => {
  it.each([
    ["The port will close its gates, according to a statement from Mayor Levi's office on Saturday.", "Mayor Levi's office"],
    ['The toll rose to 40, according to a statement from the health ministry.', 'health ministry'],
    ['Two ships were hit, according to a tweet from the Ruritanian navy.', 'Ruritanian navy'],
    ['A fair wage in the county is about $14 an hour, according to calculations by Ann Ruiz of Dover College.', 'Ann Ruiz of Dover College'],
    ['"It is harmful to wait," the cleric said, according to a translation by The Harbour Ledger.', 'The Harbour Ledger'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).find((m) => m.text === 'according to')?.speaker, text).toBe(speaker);
  });
  it('not a phrase after "of" ("the letter of the law") nor a maker that names no one', async () => {
    expect((await cues('He acted within the law, according to the letter of the charter.')).find((m) => m.text === 'according to')?.speaker).not.toBe('charter');
    expect((await cues('The vote was close, according to a statement from a few people.')).find((m) => m.text === 'according to')?.speaker).toBe('statement');
  });
});

describe("'according to' reports and estimates: one cue, whose source is whoever made them", () => {
  it.each([
    ['According to reports, the convoy turned back at the border.', 'anonymous'],
    ['The convoy turned back, according to local media reports.', 'anonymous'],
    ['The convoy turned back, according to reports on Friday.', 'anonymous'],
    ['The convoy turned back, according to reports in Ruritania and Borduria.', 'anonymous'],
    ['The convoy turned back, according to reports in the Harbour Gazette.', 'Harbour Gazette'],
    ['The convoy turned back, according to reports by Harbour Watch.', 'Harbour Watch'],
    ['At least 40 people died, according to estimates from Harbour Count, a research group.', 'Harbour Count'],
    ['At least 40 people died, according to figures from the health ministry.', 'health ministry'],
  ])('%s', async (text, speaker) => {
    const found = await cues(text);
    expect(found.map((m) => m.text.toLowerCase()), text).toEqual(['according to']);
    expect(found[0]!.speaker).toBe(speaker);
  });
  it('keeps a participle after the source, which cites one of its own', async () => {
    const found = await cues('He was held for a week, according to the arrest report cited by the Harbour Gazette.');
    expect(found.map((m) => m.text)).toEqual(['according to', 'cited']);
  });
});

describe('speaker: a time between the subject and its verb', () => {
  it.each([
    ['Reed, who has in the past described the plan as "a trap," spoke on Monday.', 'described', 'Reed'],
    ['Ann Ruiz, who in the past has voiced the desire to run for office, told the paper she would wait.', 'voiced', 'Ann Ruiz'],
    ['When Ruiz a month later announced 600 layoffs, some workers felt betrayed.', 'announced', 'Ruiz'],
    ['The mayor, who a week ago threatened to close the port, has gone quiet.', 'threatened', 'mayor'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: an office with its portfolio in lower case, an adjective in it', () => {
  it.each([
    ["Ruritania's head of civil aviation was quoted by the agency as saying the jet was not hit.", 'quoted by the agency as saying', "Ruritania's head of civil aviation"],
    ['The minister of foreign affairs said the talks would resume.', 'said', 'minister of foreign affairs'],
    // (a body after "of" still speaks for its head)
    ['The head of the health ministry said the talks would resume.', 'said', 'health ministry'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: it in a clause on the object, past nouns joined by "and"', () => {
  it('is the body the sentence opens with, not a body cited before', async () => {
    const text = "The clinic's director said there were no fighters inside. Eighteen hours after the raid began, the Ruritanian army released photos and video that it said backed its claims.";
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker)).toEqual(["clinic's director", 'Ruritanian army']);
  });
  it('also past a second noun with its modifiers ("weapons and other equipment"), for either side', async () => {
    for (const side of ['Ruritanian', 'Bordurian']) {
      const text = `Officials said the strike was over. The ${side} army has also displayed weapons and other equipment it said were found inside the clinic.`;
      expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker)).toEqual(['anonymous', `${side} army`]);
    }
    // (a clause of its own after "and" still stops it: "the army left and it said")
    const own = 'Officials said the strike was over. The Ruritanian army displayed weapons and then it said the clinic was empty.';
    expect((await cues(own)).filter((m) => m.text === 'said').map((m) => m.speaker)).not.toContain('Ruritanian army');
  });
});

describe('speaker: it or they opening an adverbial clause on the main clause', () => {
  it.each([
    // ("when", "after", "because", "as", "if": the main clause's subject, a body or a state) (mirrored: the sides swapped)
    ['The Ruritanian health ministry raised the toll on Monday, when it announced that 40 more people had died.', 'announced', 'Ruritanian health ministry'],
    ['The Bordurian health ministry raised the toll on Monday, when it announced that 40 more people had died.', 'announced', 'Bordurian health ministry'],
    ['The harbour authority lied to the public when it claimed the cranes were safe.', 'claimed', 'harbour authority'],
    ['The council closed the library after it said the roof was unsafe.', 'said', 'council'],
    ['The ferry company cut prices, as it said demand had fallen.', 'said', 'ferry company'],
    ['The ferry company will cut prices if it finds that demand has fallen.', 'finds', 'ferry company'],
    ['The dockers stopped work on Friday because they said the cranes were unsafe.', 'said', 'dockers'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
  it('leaves a clause with a subject of its own after the main verb, two joined subjects and a passive as they were', async () => {
    // (the pronoun may be the embedded clause's subject, the council, not the ministry)
    expect(await speakerOf('The ministry found the council had erred when it denied the report.', 'denied')).toBe('it');
    // (two bodies joined are no one body)
    expect(await speakerOf('The ministry and the council met on Monday, when it denied the report.', 'denied')).toBe('it');
    // (an impersonal passive cites no one)
    expect(await speakerOf('The council shut the pool after it was revealed that the roof was unsafe.', 'revealed')).toBe('anonymous');
  });
});

describe('speaker: a people named in the plural is no antecedent of he or she', () => {
  it.each([
    // ("Venezuelans", "Islamists": many people, not the man named before them) (mirrored: the man's name swapped)
    ["The rallies have shown how Mr. Tom Baker's views changed. Many Venezuelans now say they admire him, a survey found. In 2010, he complained about the loans.", 'complained', 'Tom Baker'],
    ["The rallies have shown how Mr. Sam Ortiz's views changed. Many Venezuelans now say they admire him, a survey found. In 2010, he complained about the loans.", 'complained', 'Sam Ortiz'],
    ['Sam Ortiz rebuked critics who want him to call the rebels Islamists. "The answer is no," he said.', 'said', 'Sam Ortiz'],
    ["The rallies have shown how Mr. Tom Baker's views changed. Many Netizens now say they admire him, a blog found. In 2010, he complained about the loans.", 'complained', 'Tom Baker'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it('a surname ending in -s is still a person', async () => {
    const text = 'The party lost the seat, Dan Walker said. Lisa Evans runs a shop in Dover. "We will win it back," she said.';
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker)).toEqual(['Dan Walker', 'Lisa Evans']);
  });
});

describe('speaker: a person named with the place they are from after "of" is a person', () => {
  it.each([
    // (a man from a place the text names with its state: he stands for him, not a woman cited before nor the state)
    // (mirrored: the names swapped)
    ['The vote is close, Lisa Park said. Another delegate, Tom Baker of Washington, D.C., explained his choice. "It is time," he declared.', 'Tom Baker of Washington'],
    ['The vote is close, Lisa Park said. Another delegate, Sam Ortiz of Dover, Del., explained his choice. "It is time," he declared.', 'Sam Ortiz of Dover'],
    ['The vote is close, Lisa Park said. Another delegate, Sam Ortiz of Washington, D.C., explained his choice. "It is time," he declared.', 'Sam Ortiz of Washington'],
    ['The vote is close, Lisa Park said. Another delegate, Tom Baker of Dover, Del., explained his choice. "It is time," he declared.', 'Tom Baker of Dover'],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, 'declared'), text).toBe(speaker);
  });

  it('a place with one word before "of" is still no person', async () => {
    const text = 'Sam Ortiz said the storm had passed. The rain moved on to the Gulf of Mexico. "It is gone," he said.';
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker)).toEqual(['Sam Ortiz', 'Sam Ortiz']);
  });
});

describe('speaker: a name that opens its sentence by tagging the quotation before it is a name', () => {
  it.each([
    // (wink ends the sentence at '!"', so the surname opens one; he or she stands for it, not for the person cited
    // before) (mirrored: the man and the woman swapped)
    ['"Look, I voted for the barrier," Ann Ruiz said. "We are tired of being told it is offensive!" Baker said. "I am the son of an immigrant," he said.', ['Ann Ruiz', 'Baker', 'Baker']],
    ['"Look, I voted for the barrier," Tom Baker said. "We are tired of being told it is offensive!" Ruiz said. "I am the daughter of an immigrant," she said.', ['Tom Baker', 'Ruiz', 'Ruiz']],
  ])('%s', async (text, speakers) => {
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker), text).toEqual(speakers);
  });

  it('not a first word with no verb of saying after it: the speaker cited before stays', async () => {
    const text = '"Look, I voted for the barrier," Sam Ortiz said. "It is offensive!" Baker walked out. "I am the son of an immigrant," he said.';
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker)).toEqual(['Sam Ortiz', 'Sam Ortiz']);
  });
});

describe('speaker: a participle that opens its clause with its agent after "by" ("Asked by a reporter whether ...")', () => {
  it.each([
    // the asker asked (mirrored: the asker and the one who answers swapped)
    ['Asked by Sam Ortiz whether the port would close, Tom Baker said it would not.', 'Sam Ortiz', 'Tom Baker'],
    ['Asked by Tom Baker whether the port would close, Sam Ortiz said it would not.', 'Tom Baker', 'Sam Ortiz'],
    // (after "when", past a time, or after the name asked about; the agent ends before its time)
    ['When asked by the host if the leaks had hurt the city, Ann Ruiz said no.', 'host', 'Ann Ruiz'],
    ['Asked Sunday by the host Lisa Park whether the port would close, Ann Ruiz said no.', 'Lisa Park', 'Ann Ruiz'],
    ['Asked about Ruritania by reporters, Tom Baker said the talks were over.', 'reporters', 'Tom Baker'],
    ['Asked by a reporter Monday afternoon whether the port would close, Tom Baker said no.', 'reporter', 'Tom Baker'],
  ])('%s', async (text, asker, answerer) => {
    const c = await cues(text);
    expect(c.find((m) => m.text.toLowerCase() === 'asked')?.speaker, text).toBe(asker);
    expect(c.find((m) => m.text === 'said')?.speaker, text).toBe(answerer);
  });

  it('the agent of a passive ends before its time', async () => {
    expect(await speakerOf('A truce proposed by Ruritania last week was turned down.', 'proposed')).toBe('Ruritania');
  });

  it.each([
    // not a "by" inside the participle's complement, nor a participle with no agent
    ['Asked about a pledge by the ministry to send arms to Ruritania, Ann Ruiz said there was no briefing.'],
    ['Asked about the plan, Tom Baker said it was dead.'],
    ['Asked by phone whether the plan was dead, Tom Baker said no.'],
  ])('%s', async (text) => {
    expect(await speakerOf(text, 'asked'), text).toBe('');
  });
});

describe('speaker: a participle after "by" or "while" in a relative clause is the act of the clause\'s head', () => {
  it.each([
    ['It is another answer to the candidate who launched his campaign by declaring that the port was a ruin.', 'declaring', 'candidate'],
    // (mirrored: the names swapped)
    ["Lee needs their votes, with polls showing a tight race with Tom Baker, who last week stirred the race by questioning Ann Ruiz's record.", 'questioning', 'Tom Baker'],
    ["Lee needs their votes, with polls showing a tight race with Ann Ruiz, who last week stirred the race by questioning Tom Baker's record.", 'questioning', 'Ann Ruiz'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // not past a comma that closes the relative clause, nor with no relative clause
    ['Sam Ortiz, who won the seat, answered Tom Baker by accusing him of fraud.', 'accusing', 'Sam Ortiz'],
    ['Sam Ortiz beat Tom Baker by accusing him of fraud.', 'accusing', 'Sam Ortiz'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('speaker: a pronoun right after the topic its sentence opens with ("As for Tom Baker, he said")', () => {
  it.each([
    // (the topic, not the speaker cited in the sentence before) (mirrored: the names swapped)
    ['"We must respect the voters," Sam Ortiz said. As for Tom Baker, he said he was not worried.', 'Sam Ortiz', 'Tom Baker'],
    ['"We must respect the voters," Tom Baker said. As for Sam Ortiz, he said he was not worried.', 'Tom Baker', 'Sam Ortiz'],
    // (not a topic that names no one: the speaker before stays)
    ['"We must respect the voters," Sam Ortiz said. As for the plan, he said he was not worried.', 'Sam Ortiz', 'Sam Ortiz'],
  ])('%s', async (text, first, second) => {
    expect((await cues(text)).filter((m) => m.text === 'said').map((m) => m.speaker), text).toEqual([first, second]);
  });
});

describe("speaker: 'according to' two named sources joined by \"and\" speaks for both", () => {
  it.each([
    // (mirrored: the sides swapped give the same pair)
    ['The crossing will reopen on Monday, according to Ruritania and Borduria.', 'Ruritania and Borduria'],
    ['The crossing will reopen on Monday, according to Borduria and Ruritania.', 'Borduria and Ruritania'],
    ['According to Tom Baker and Ann Ruiz, the crossing will reopen.', 'Tom Baker and Ann Ruiz'],
    // (a body's name with "and" in it is one name)
    ['More than 900 people died, according to the Harbour Conflict Location and Event Data Project.', 'Harbour Conflict Location and Event Data Project'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).find((m) => m.text.toLowerCase() === 'according to')?.speaker, text).toBe(speaker);
  });

  it.each([
    // not a name and a description, nor two descriptions
    ['The crossing will reopen, according to Tom Baker and his aides.', 'Tom Baker'],
    ['The crossing will reopen on Monday, according to the ministry and the army.', 'ministry'],
  ])('%s', async (text, speaker) => {
    expect((await cues(text)).find((m) => m.text === 'according to')?.speaker, text).toBe(speaker);
  });
});

describe('speaker: "it" never stands for one person (quotes26)', () => {
  it('leaves it unresolved when the source cited last is a person', async () => {
    const text = 'The harbour council adopted the accord on Friday. "The access is nowhere near enough," Dana Levi said. It also stressed the need for more aid.';
    expect(await speakerOf(text, 'said')).toBe('Dana Levi');
    expect(await speakerOf(text, 'stressed')).toBe('it');
  });
  it('whichever side the person speaks for', async () => {
    expect(await speakerOf('"Israel must open the crossings," Dana Levi said. It also urged Gaza\'s rulers to free the hostages.', 'urged')).toBe('it');
    expect(await speakerOf('"Gaza must free the hostages," Dana Levi said. It also urged Israel to open the crossings.', 'urged')).toBe('it');
  });
  it('leaves a body cited last, an empty it, and he or she as they were', async () => {
    expect(await speakerOf('The port authority said the pier was closed. "We will reopen it soon," it added.', 'added')).toBe('port authority');
    expect(await speakerOf('Dana Levi spoke for an hour. It was at that rally that Levi said the port would close, pointing to the storm.', 'pointing to')).toBe('Dana Levi');
    const she = (await cues('"The port is closed," Dana Levi said. She also said the pier was safe.')).map((m) => m.speaker);
    expect(she).toEqual(['Dana Levi', 'Dana Levi']);
  });
});

describe('speaker: "it" after a text that opens the sentence before (a resolution, a bill, a statement) (quotes26)', () => {
  it('is that text, which speaks through what it says', async () => {
    expect(await speakerOf('The harbour resolution demands that aid reach the port. It also stresses the need for more trucks.', 'stresses')).toBe('harbour resolution');
  });
  it('whichever side the text comes from', async () => {
    expect(await speakerOf('The Israeli resolution demands that aid reach Gaza. It also stresses the need for more trucks.', 'stresses')).toBe('Israeli resolution');
    expect(await speakerOf('The Palestinian resolution demands that aid reach Israel. It also stresses the need for more trucks.', 'stresses')).toBe('Palestinian resolution');
  });
  it('leaves it after a noun for no text, and a body, as they were', async () => {
    expect(await speakerOf('The war left the port in ruins. It also stressed the need for more trucks.', 'stressed')).toBe('it');
    expect(await speakerOf('The ministry issued rules. It said they would take effect on Monday.', 'said')).toBe('ministry');
  });
});

describe('speaker: a year after "in" dates the verb, it is not its subject (speakers27)', () => {
  it.each([
    ['Senator Dana Levi in 2009 said the border must stay open.', 'said', 'Dana Levi'],
    ['This was the same Omar Haddad who in 1983 had called the plan a disgrace.', 'called', 'Omar Haddad'],
    ['The accord signed in 2008 that called for a withdrawal was ignored.', 'called for', 'accord'],
    ['A survey published in 2021 showed that most farmers disagree.', 'showed', 'survey'],
  ])('%s', async (text, cue, speaker) => {
    expect(await speakerOf(text, cue)).toBe(speaker);
  });
  it('whichever side speaks', async () => {
    expect(await speakerOf('The Israeli envoy in 2014 said Gaza must free the hostages.', 'said')).toBe('Israeli envoy');
    expect(await speakerOf('The Palestinian envoy in 2014 said Israel must open the crossings.', 'said')).toBe('Palestinian envoy');
  });
  it('leaves a year opening the sentence, a day, and a number that is no year as they were', async () => {
    expect(await speakerOf('In 2009 Dana Levi said the border must stay open.', 'said')).toBe('Dana Levi');
    expect(await speakerOf('Omar Haddad on Tuesday said the border must stay open.', 'said')).toBe('Omar Haddad');
    expect(await speakerOf('Of the 40 nurses polled, 25 said they were afraid.', 'said')).toBe('25');
  });
});

describe('speaker: a share of those polled keeps its number ("Forty percent", "seven in 10") (speakers27)', () => {
  it.each([
    ['Twenty-nine percent thought the harbour plan would fail.', 'thought', 'Twenty-nine percent'],
    ['In the north, 20 percent said they preferred talks.', 'said', '20 percent'],
    ['Half of the town is at risk, with 90 percent saying that they go without food.', 'saying', '90 percent'],
    ['About eight in 10 say the harbour plan will fail.', 'say', 'eight in 10'],
    ['Just 1 in 10 said the pier had become safer.', 'said', '1 in 10'],
  ])('%s', async (text, cue, speaker) => {
    expect(await speakerOf(text, cue)).toBe(speaker);
  });
  it('whichever side the share blames', async () => {
    expect(await speakerOf('Seventy-eight percent said Israel must open the crossings.', 'said')).toBe('Seventy-eight percent');
    expect(await speakerOf('Seventy-eight percent said Gaza must free the hostages.', 'said')).toBe('Seventy-eight percent');
  });
  it('leaves a percentage sign, a count, and a share of a named group as they were', async () => {
    expect(await speakerOf('In the north, 20% said they preferred talks.', 'said')).toBe('20%');
    expect(await speakerOf('Of the 40 nurses polled, 25 said they were afraid.', 'said')).toBe('25');
    expect(await speakerOf('The poll found that 42 percent of farmers said they disapprove.', 'said')).toBe('farmers');
  });
});

describe('speaker: a name or a description joined by "and" to a description speak together (speakers27)', () => {
  it.each([
    ['Hamas and the hospital staff have denied the claims.', 'denied', 'Hamas and hospital staff'],
    ['The port authority and the army said the pier was closed.', 'said', 'port authority and army'],
    ['The fighting went on as the United Nations and aid agencies warned of famine.', 'warned', 'United Nations and aid agencies'],
    ['In the south, two shipping agencies and the navy said.', 'said', 'shipping agencies and navy'],
  ])('%s', async (text, cue, speaker) => {
    expect(await speakerOf(text, cue)).toBe(speaker);
  });
  it('whichever side comes first', async () => {
    expect(await speakerOf('Israel and Palestinian rights groups have accused each other of lying.', 'accused')).toBe('Israel and Palestinian rights groups');
    expect(await speakerOf('Hamas and Israeli rights groups have accused each other of lying.', 'accused')).toBe('Hamas and Israeli rights groups');
  });
  it('leaves a list, an object, a phrase after a preposition, a pronoun and one person\'s two titles as they were', async () => {
    expect(await speakerOf('Activists, campaign groups and lawmakers have criticised the plan.', 'criticised')).toBe('lawmakers');
    expect(await speakerOf('He met Levi and the mayor said the pier was closed.', 'said')).toBe('mayor');
    expect(await speakerOf('The pier stayed shut after the storm and the harbour master said it was unsafe.', 'said')).toBe('harbour master');
    expect(await speakerOf('Former mayor and harbour chief Dana Levi said the pier was closed.', 'said')).toBe('Dana Levi');
    expect(await speakerOf('As the political essayist and Czech dissident Ota Brno once wrote, ideology is a bridge.', 'wrote')).toBe('Ota Brno');
    expect(await speakerOf('Dana Levi and Omar Haddad said the pier was closed.', 'said')).toBe('Dana Levi and Omar Haddad');
  });
});

describe('speaker: the lone word "one" names no one, anyone, or one unnamed member of a group (speakers28)', () => {
  it.each([
    ['No one believes the pier will reopen this year.', 'believes'],
    ['One might think the pier is safe after the repairs.', 'think'],
    ['Whatever one thinks of the plan, the pier is closed.', 'thinks'],
    ['Whatever else one thinks of the plan, the pier is closed.', 'thinks'],
    ['Regardless of what one thinks of the plan, the pier is closed.', 'thinks'],
    ['Each one saw herself as the keeper of the harbour.', 'saw'],
    ['Her posts include one last week saying the pier was unsafe.', 'saying'],
  ])('no speaker: %s', async (text, word) => {
    expect(await speakerOf(text, word)).toBe('');
  });
  it.each([
    ['Two fishermen waited at the gate. "We want the pier back," one said.', 'said'],
    ['"The pier is unsafe," said one of the harbour officials.', 'said'],
    ['The offer was rejected by the dockers\' leaders, with one telling the paper: "We will never sign."', 'telling'],
  ])('an unnamed member: %s', async (text, word) => {
    expect(await speakerOf(text, word)).toBe('anonymous');
  });
  it('the one an aside after "one of" names, whichever side is named', async () => {
    expect(await speakerOf('One of Levi\'s rivals, Omar Haddad, said the pier was unsafe.', 'said')).toBe('Omar Haddad');
    expect(await speakerOf('One of Haddad\'s rivals, Dana Levi, said the pier was unsafe.', 'said')).toBe('Dana Levi');
  });
  it('leaves a counted source, a name, and "no one" inside what a named speaker says as they were', async () => {
    expect(await speakerOf('One official said the pier was closed.', 'said')).toBe('anonymous');
    expect(await speakerOf('Dana Levi said one of the piers was closed.', 'said')).toBe('Dana Levi');
    expect(await speakerOf('"No one was hurt," the harbour master said.', 'said')).toBe('harbour master');
  });
});

describe('speaker: a lone number is an age, a share or a year, not the speaker (speakers28)', () => {
  it.each([
    ['"It is a holy cause," said Omar Haddad, 18, who asked to be identified by his first name only.', 'asked', 'Omar Haddad'],
    ['"It is a holy cause," said Dana Levi, 18, who asked to be identified by her first name only.', 'asked', 'Dana Levi'],
    ['Levi, 48 on Tuesday, won the race but said afterwards that she was tired.', 'said', 'Levi'],
    ['About a third of voters under 30 say they get their news from the radio.', 'say', 'voters'],
    ['And about half of the respondents, 51%, say they trust the mayor.', 'say', '51%'],
    ['Amateur videos from 2011 show the mayor leading a crowd.', 'show', 'Amateur videos'],
    ['In 2019, that means rejecting the mayor\'s plan.', 'rejecting', ''],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  it('leaves a count of people as it was', async () => {
    expect(await speakerOf('In Haifa, 20 said they were afraid.', 'said')).toBe('20');
    expect(await speakerOf('Of the 40 nurses polled, 25 said they were afraid.', 'said')).toBe('25');
  });
});

describe('speaker: a headline label with a verb of saying is its subject\'s (speakers28)', () => {
  it.each([
    ['LEVI WARNS HAIFA: THE PIER WILL CLOSE AND WILL NOT REOPEN', 'LEVI'],
    ['HAIFA WARNS LEVI: THE PIER WILL CLOSE AND WILL NOT REOPEN', 'HAIFA'],
    ['Levi Slams Critics: We Are Not Closing the Pier', 'Levi'],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, ':')).toBe(speaker);
  });
  it('leaves a label with no verb as it was', async () => {
    expect(await speakerOf('Dana Levi: The pier is closed.', ':')).toBe('Dana Levi');
    expect(await speakerOf('State Department officials: Pier attack "unprecedented"', ':')).toBe('State Department officials');
  });
});

describe('speaker: a verb after a "who" clause set off by commas is its head\'s (speakers28)', () => {
  it('the head, whichever side is named', async () => {
    expect(await speakerOf('Dana Levi wrote a book about the port. She was attacked by Omar Haddad, who accused her of bias, claimed the figures were wrong.', 'claimed')).toBe('Omar Haddad');
    expect(await speakerOf('Omar Haddad wrote a book about the port. He was attacked by Dana Levi, who accused him of bias, claimed the figures were wrong.', 'claimed')).toBe('Dana Levi');
  });
  it('leaves the object of a preposition, and a relative clause with its own subject, as they were', async () => {
    expect(await speakerOf('The Republican stewards of the port bill, who have sought the support of the leaders, said several members agreed.', 'said')).toBe('Republican stewards');
    expect(await speakerOf('Dana Levi, who chairs the board, met the mayor, denounced the plan and said the pier was safe.', 'said')).toBe('Dana Levi');
  });
});

describe('speaker: a pronoun after a sentence that opens with a conjunction and a clause (quotespk32)', () => {
  const text = (cited: string, subject: string, opening: string): string =>
    `"Cities have been ignored," said ${cited}, a professor of planning.\n\n${opening}, ${subject} gave a speech on Sunday that pleased the mayors.\n\n"Our bridges are crumbling," she said.`;
  it('is the subject after the clause, whichever name stands where', async () => {
    const one = text('Robin Hale', 'Ashley Dunn', 'But after touring the farms');
    const other = text('Ashley Dunn', 'Robin Hale', 'But after touring the farms');
    expect((await cues(one)).at(-1)?.speaker).toBe('Ashley Dunn');
    expect((await cues(other)).at(-1)?.speaker).toBe('Robin Hale');
    expect((await cues(text('Robin Hale', 'Ashley Dunn', 'And while the vote was counted'))).at(-1)?.speaker).toBe('Ashley Dunn');
  });
  it('leaves a sentence with no clause after its conjunction, whose subject names no one, as it was', async () => {
    const plain = '"Cities have been ignored," said Robin Hale, a professor of planning.\n\nBut the farms were quiet on Sunday.\n\n"Our bridges are crumbling," she said.';
    expect((await cues(plain)).at(-1)?.speaker).toBe('Robin Hale');
  });
});

describe('speaker: a name with the place it is from, in apposition to a description (quotespk32)', () => {
  it('the name speaks, not the description, whichever name stands there', async () => {
    expect(await speakerOf('Another pollster, Ann Rowe of Haifa University, said the survey was wrong.', 'said')).toBe('Ann Rowe of Haifa University');
    expect(await speakerOf('Another pollster, Dana Levi of Akko College, said the survey was wrong.', 'said')).toBe('Dana Levi of Akko College');
    expect(await speakerOf('One analyst, Tom Reed of Ohio, said the survey was wrong.', 'said')).toBe('Tom Reed of Ohio');
  });
  it('and a pronoun after it stands for that name', async () => {
    const text =
      'The poll showed Tom Baker losing ground after the debate.\n\nAnother pollster, Ann Rowe of Haifa University, said her survey of voters showed Mr. Baker\'s support holding steady after the debate.\n\n"Even after the debate his numbers were the same as before. Go figure," she said in an email.';
    expect((await cues(text)).at(-1)?.speaker).toBe('Ann Rowe of Haifa University');
  });
  it('leaves a body with one word before "of", and a lower-case place, as they were', async () => {
    expect(await speakerOf('The lender, the Bank of Ruritania, said the loan was safe.', 'said')).toBe('lender');
    expect(await speakerOf('A pollster, Ann Rowe of the university, said the survey was wrong.', 'said')).toBe('pollster');
  });
});

describe('speaker: "who" after a name and its description with a preposition (quotespk32)', () => {
  it('is the name, not the body after the preposition, whichever name stands there', async () => {
    expect(await speakerOf('The plan was backed by Sen. Ann Rowe, the ranking Democrat on the committee, who said the emails were harmless.', 'said')).toBe('Ann Rowe');
    expect(await speakerOf('The plan was backed by Sen. Tom Reed, the ranking Democrat on the committee, who said the emails were harmless.', 'said')).toBe('Tom Reed');
    expect(await speakerOf('The plan was opposed by Dana Levi, a lawyer at the firm, who said the emails were harmful.', 'said')).toBe('Dana Levi');
  });
  it('leaves a description with no name before it as it was (the body, as when it is the subject)', async () => {
    expect(await speakerOf('The plan was backed by a member of the council who said the emails were harmless.', 'said')).toBe('council');
    expect(await speakerOf('The plan was backed by the ranking Democrat on the committee, who said the emails were harmless.', 'said')).toBe('committee');
  });
});

describe('speaker: a pronoun after a sentence that cites one person in its main clause and another in a relative clause (quotespk32)', () => {
  const text = (subject: string, other: string): string =>
    `The ministry spokesman, ${subject}, also condemned a speech at the weekend by ${other}, the secretary of state, who called the rulers a "mafia" on Sunday.\n\n"These remarks are a clear example of interference," he added.`;
  it('is the person the main clause cites, whichever name stands there', async () => {
    expect((await cues(text('Omar Haddad', 'Tom Reed'))).at(-1)?.speaker).toBe('Omar Haddad');
    expect((await cues(text('Tom Reed', 'Omar Haddad'))).at(-1)?.speaker).toBe('Tom Reed');
  });
  it('leaves the person the relative clause cites when the main clause cites no one', async () => {
    const alone = 'The ministry spokesman, Omar Haddad, met Tom Reed, the secretary of state, who called the rulers a "mafia" on Sunday.\n\n"These remarks are a clear example of interference," he added.';
    expect((await cues(alone)).at(-1)?.speaker).toBe('Tom Reed');
  });
});

describe('a verb in -s read as a noun before the comma that introduces a quotation (nospk33)', () => {
  it('is the cue, with its subject as the speaker of the quotation', async () => {
    expect(await speakerOf('Prices rise everywhere at once. As Reyes states, “The harbour is only as strong as what it imports.”', 'states')).toBe('Reyes');
    expect(await speakerOf('Dana Reyes spoke for ten minutes. She states, “Really, the pumps are old.”', 'states')).toBe('Dana Reyes');
    expect(await speakerOf('The Harbour Gazette reports, “The council will get a second vote.”', 'reports')).toBe('The Harbour Gazette');
    const q = (await analyzeText('As Reyes states, “The harbour is only as strong as what it imports.”')).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Reyes']);
  });

  it('whichever side speaks', async () => {
    expect(await speakerOf('As Levi states, “The Harbour Party will lose the port vote to the Valley Party.”', 'states')).toBe('Levi');
    expect(await speakerOf('As Reyes states, “The Valley Party will lose the port vote to the Harbour Party.”', 'states')).toBe('Reyes');
  });

  it('not a group of states after a determiner or a preposition, nor a noun after "the"', async () => {
    expect(await speakerOf('Envoys from the Gulf states, "we will not pay," were quoted.', 'states')).toBeUndefined();
    expect(await speakerOf('The Gulf states, “a fair deal” is near.', 'states')).toBeUndefined();
    expect(await speakerOf('Among the reports, “a quiet week” stood out.', 'reports')).toBeUndefined();
  });
});

describe('speaker: "the governor" for a name written with an abbreviated title, "Gov." (basil35)', () => {
  /** The speaker of the last cue of the text. */
  const lastSpeaker = async (text: string) => (await cues(text)).at(-1)?.speaker;

  it('is the person so titled when no other person was named since', async () => {
    expect(await lastSpeaker('Gov. Lena Park of Ohio signed the levy on Monday.\n\n"I support this law," the governor said.')).toBe('Lena Park');
    expect(await lastSpeaker('Sen. Ian Cole met the farmers on Friday. The senator said the dam would be rebuilt.')).toBe('Ian Cole');
    expect(await lastSpeaker('Gen. Ian Cole toured the base. "We are ready," the general said.')).toBe('Ian Cole');
    expect(await lastSpeaker('Rep. Ian Cole voted no. "It was a bad bill," the congressman said.')).toBe('Ian Cole');
    const q = (await analyzeText('Gov. Lena Park of Ohio signed the levy on Monday.\n\n"I support this law," the governor said.')).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Lena Park']);
  });

  it('is the one so titled, not a person named before (sides swapped, the same)', async () => {
    expect(await lastSpeaker('Tom Reed praised the bill on Monday. Sen. Dana Levi spoke later. "It is fair," the senator said.')).toBe('Dana Levi');
    expect(await lastSpeaker('Dana Levi praised the bill on Monday. Sen. Tom Reed spoke later. "It is fair," the senator said.')).toBe('Tom Reed');
  });

  it('leaves the description when another person was named since, or the name is a line of capitals', async () => {
    expect(await lastSpeaker('Sen. Ann Holt of Ohio spoke first. Then Tom Berg said he would vote no. "I like that plan," the senator said.')).toBe('senator');
    expect(await lastSpeaker('Sen. Tom Berg of Ohio spoke first. Then Ann Holt said she would vote no. "I like that plan," the senator said.')).toBe('senator');
    expect(await lastSpeaker('OKLAHOMA GOV. WANTS CASH FOR ROADS - After the storm, the governor said the state needs help.')).toBe('governor');
  });

  it('keeps a title written out as before: the last so titled, whoever was named since', async () => {
    expect(await lastSpeaker('Senator Ann Holt of Ohio spoke first. Then Tom Berg said he would vote no. "I like that plan," the senator said.')).toBe('Ann Holt');
    // a governor's abbreviation is no senator's
    expect(await lastSpeaker('Gov. Ann Holt spoke first. "I like that plan," the senator said.')).toBe('senator');
  });
});

describe('speaker: "the statement continued" after a sentence whose quotation holds a cue of its own (basil35)', () => {
  const text = (speaker: string, named: string): string =>
    `${speaker} called on the mayor to resign on Sunday.\n\n"If ${named} still cannot say it, the council should act," ${speaker.split(' ')[1]} said in a statement released by his campaign.\n\n"If we do not act fast, we will lose the port," the statement continued.`;
  it('is who issued the statement, not the one the quoted words cite (sides swapped, the same)', async () => {
    expect((await cues(text('Tom Reed', 'Ann Holt'))).at(-1)?.speaker).toBe('Tom Reed');
    expect((await cues(text('Ann Holt', 'Tom Reed'))).at(-1)?.speaker).toBe('Ann Holt');
    const q = (await analyzeText(text('Tom Reed', 'Ann Holt'))).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reed', 'Tom Reed']);
  });
  it('keeps the cue outside the quotation as before', async () => {
    const plain = 'The harbour board said in a statement that the road was shut.\n\n"Trucks will wait at the gate," the statement said.';
    expect((await cues(plain)).at(-1)?.speaker).toBe('harbour board');
  });
});

describe('speaker: "the House speaker", "the Valley mayor": a title with a name among its modifiers (basil35)', () => {
  const lastSpeaker = async (text: string) => (await cues(text)).at(-1)?.speaker;
  it('is the person written with those very words before the name', async () => {
    expect(await lastSpeaker('House Speaker Ian Cole is not upset about the vote. "I like that plan," the House speaker said.')).toBe('Ian Cole');
    const q = (await analyzeText('House Speaker Ian Cole is not upset about the vote. "I like that plan," the House speaker said.')).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Ian Cole']);
  });
  it('of two mayors, the one of that place (sides swapped, the same)', async () => {
    expect(await lastSpeaker('Harbour Mayor Ann Holt met Valley Mayor Tom Berg on Monday. "We agree on the port," the Valley mayor said.')).toBe('Tom Berg');
    expect(await lastSpeaker('Valley Mayor Ann Holt met Harbour Mayor Tom Berg on Monday. "We agree on the port," the Valley mayor said.')).toBe('Ann Holt');
  });
  it('leaves the description when no one was written with those words', async () => {
    expect(await lastSpeaker('Foreign Minister Ann Holt met Tom Berg. "We agree," the German minister said.')).toBe('German minister');
    expect(await lastSpeaker('Mayor Ann Holt met the press. "We agree," the Valley mayor said.')).toBe('Valley mayor');
  });
  it('a name with Latin letters beyond Latin-1 is the whole name, not its last piece ("Çavuşoğlu" gave "lu")', async () => {
    expect(await lastSpeaker('"We agree," Foreign Minister Mevlüt Çavuşoğlu said.')).toBe('Mevlüt Çavuşoğlu');
    expect(await lastSpeaker('Recep Tayyip Erdoğan met Ann Holt. "We agree," Erdoğan said.')).toBe('Recep Tayyip Erdoğan');
  });
  it('a nation among the modifiers: not the last president named, but one written with it (sides swapped, the same)', async () => {
    expect(await lastSpeaker('President Tom Berg spoke in Harbour City on Monday. "We agree," the French president said.')).toBe('French president');
    expect(await lastSpeaker('President Tom Berg spoke in Harbour City on Monday. "We agree," the German president said.')).toBe('German president');
    expect(await lastSpeaker('French President Ann Holt met President Tom Berg on Monday. "We agree," the French president said.')).toBe('Ann Holt');
    expect(await lastSpeaker('German President Ann Holt met French President Tom Berg on Monday. "We agree," the French president said.')).toBe('Tom Berg');
    expect(await lastSpeaker('French President Ann Holt met German President Tom Berg on Monday. "We agree," the German president said.')).toBe('Tom Berg');
    // (or in an appositive closed after the name; not a place before a comma and the subject)
    expect(await lastSpeaker('Ann Holt, the French president, met President Tom Berg on Monday. "We agree," the French president said.')).toBe('Ann Holt');
    expect(await lastSpeaker('A ship sailed to the eastern Gulf, the French president said. "We agree," the French president said.')).toBe('French president');
    // (a modifier of no name keeps the last holder, as before)
    expect(await lastSpeaker('President Tom Berg spoke in Harbour City on Monday. "We agree," the former president said.')).toBe('Tom Berg');
  });
});

describe('speaker: "in a statement" after the object of a verb and its preposition (basil35)', () => {
  const channel = async (text: string) => (await cues(text)).find((m) => m.entry === 'attribution.in-a-statement')?.speaker;
  it('is the subject of the verb, not its object (sides swapped, the same)', async () => {
    expect(await channel("Tom Reed responded to Ann Holt's allegations in a statement on Friday:\n\n\"I never read the paper.\"")).toBe('Tom Reed');
    expect(await channel("Ann Holt responded to Tom Reed's allegations in a statement on Friday:\n\n\"I never read the paper.\"")).toBe('Ann Holt');
    const q = (await analyzeText("Tom Reed responded to Ann Holt's allegations in a statement on Friday:\n\n\"I never read the paper.\"")).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reed']);
    expect(await channel('Ann Holt hit back at the claims in a statement on Friday.')).toBe('Ann Holt');
  });
  it('keeps the phrase before the channel when it is the subject', async () => {
    expect(await speakerOf('The harbour board in a statement said the road was shut.', 'said')).toBe('harbour board');
    // (a preposition after a noun, not a verb: no verb's object; as before)
    expect(await channel('A reply to the harbour board came in a statement on Friday.')).toBe('statement');
  });
});

describe('speaker: "military" read as an adjective where it is the noun (nospk37)', () => {
  it('heads its phrase after a possessive pronoun, an adjective or "and"', async () => {
    expect(await speakerOf('Harbourland has begun a new phase of the campaign, its military said.', 'said')).toBe('military');
    expect(await speakerOf('The Ruritanian military said it had opened the road.', 'said')).toBe('Ruritanian military');
    expect(await speakerOf('The Harbour government and military have dismissed the claims as lies.', 'dismissed')).toBe('Harbour government and military');
    // (as "army" does)
    expect(await speakerOf('The Ruritanian army said it had opened the road.', 'said')).toBe('Ruritanian army');
  });
  it('is the noun a title after it belongs to (sides swapped, the same)', async () => {
    expect(await speakerOf("The siege will go on for months, Ruritania's military chief said on Monday.", 'said')).toBe("Ruritania's military chief");
    expect(await speakerOf("The siege will go on for months, Borduria's military chief said on Monday.", 'said')).toBe("Borduria's military chief");
    expect(await speakerOf('The former military chief said he would run for office.', 'said')).toBe('former military chief');
  });
  it('leaves an adjective before its noun alone, and a name before its own verb', async () => {
    expect(await speakerOf('Ann Holt said the military campaign was over.', 'said')).toBe('Ann Holt');
    expect(await speakerOf('Harbourland said its military had dismissed the claims.', 'said')).toBe('Harbourland');
  });
  it('gives no title to a word of a title-case headline before its subject and verb', async () => {
    const found = (await analyzeText("The siege will go on for many months, the country's army chief said on Monday.", { title: "Siege Will Go on for Months, Ruritania 's Army Chief Says" })).markers;
    expect(found.find((m) => m.text === 'said')?.speaker).toBe("country's army chief");
  });
});

describe('speaker: "there" after the subject places the people (nospk37)', () => {
  it('skips "there" after the noun, as an adverb', async () => {
    expect(await speakerOf('The shelling killed forty people in the town, officials there said on Monday.', 'said')).toBe('anonymous');
    expect(await speakerOf('Opposition activists there blamed the army for the raid.', 'blamed')).toBe('Opposition activists');
    expect(await speakerOf('Diplomats stationed there complained of a loud noise.', 'complained')).toBe('anonymous');
    expect(await speakerOf('A local resident who had relatives there told reporters the road was shut.', 'told')).toBe('anonymous');
  });
  it('names the same side whichever side is there (sides swapped, the same)', async () => {
    expect(await speakerOf('Harbour activists there blamed the Valley militia for the raid.', 'blamed')).toBe('Harbour activists');
    expect(await speakerOf('Valley activists there blamed the Harbour militia for the raid.', 'blamed')).toBe('Valley activists');
  });
  it('leaves existential "there" after the cue alone', async () => {
    expect(await speakerOf('Officials said there were forty guards at the gate.', 'said')).toBe('anonymous');
    expect(await speakerOf('Tom Reed said there was no plan.', 'said')).toBe('Tom Reed');
  });
});

describe('speaker: an inverted tag whose phrase has a participle after it (nospk37)', () => {
  it('is the phrase before the participle, as with nothing after it', async () => {
    expect(await speakerOf('"We met them twice," said a senior official briefed on the talks.', 'said')).toBe('anonymous');
    expect(await speakerOf('"We met them twice," said a senior official traveling with the envoy.', 'said')).toBe('anonymous');
    expect(await speakerOf('"The port stays shut," read a harbour statement released on Tuesday.', 'read')).toBe('harbour statement');
    const q = (await analyzeText('"We met them twice," said a senior official briefed on the talks.')).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['anonymous']);
  });
  it('names the same source whichever side it speaks of (sides swapped, the same)', async () => {
    // (as "said a Valley official" with nothing after it)
    expect(await speakerOf('"Harbourland fired first," said a Valley official briefed on the talks.', 'said')).toBe('Valley official');
    expect(await speakerOf('"Valley fired first," said a Harbourland official briefed on the talks.', 'said')).toBe('Harbourland official');
  });
  it('leaves a participle after an opening mark or a possessive apostrophe alone', async () => {
    expect(await speakerOf('The floods, he added, "further emphasize the difficulties faced by poor towns."', 'emphasize')).toBe('floods');
    expect(await speakerOf('"The port stays shut," said the minister on Monday.', 'said')).toBe('minister');
  });
});

describe('speaker: a second relative clause joined by "and who" (nospk37)', () => {
  it('takes the head of the first "who"', async () => {
    // (unnamed activists, as for the first clause's "vowed")
    expect(await speakerOf('The plan will anger activists who have vowed to march and who now depict the council as corrupt.', 'depict')).toBe('anonymous');
    expect(await speakerOf('The plan will anger Harbour activists who have vowed to march and who now depict the council as corrupt.', 'depict')).toBe('Harbour activists');
    expect(await speakerOf('Ann Holt, the mayor of Valley, who served in the navy and who has urged calm, spoke on Monday.', 'urged')).toBe('Ann Holt');
    expect(await speakerOf('Tom Reed, who accused the mayor of fraud — and who has never recanted his story — spoke on Monday.', 'recanted')).toBe('Tom Reed');
  });
  it('keeps each side with its own clause (sides swapped, the same)', async () => {
    expect(await speakerOf('Ann Holt, who met Tom Reed in May and who has urged calm since, spoke on Monday.', 'urged')).toBe('Ann Holt');
    expect(await speakerOf('Tom Reed, who met Ann Holt in May and who has urged calm since, spoke on Monday.', 'urged')).toBe('Tom Reed');
  });
  it('takes no place for the head, and leaves a "who" after no conjunction as it was', async () => {
    expect(await speakerOf('Ann Holt, the mayor of Valley Falls, Ohio, who served in the navy and who has urged calm, spoke.', 'urged')).toBe('');
    expect(await speakerOf('Harbour officials who asked not to be named said the port was shut.', 'said')).toBe('Harbour officials');
  });
});

describe('speaker: a set phrase ("at least", "at first") between the subject and its verb (nospk37)', () => {
  it('is skipped like an adverb (sides swapped, the same)', async () => {
    expect(await speakerOf('By the end of the week, Harbourland at least said it shared the Valley assessment.', 'said')).toBe('Harbourland');
    expect(await speakerOf('By the end of the week, Valley at least said it shared the Harbourland assessment.', 'said')).toBe('Valley');
    expect(await speakerOf('The harbour council at first denied that the port was shut.', 'denied')).toBe('harbour council');
  });
  it('leaves a passive and a verb in a series after "or at least" alone', async () => {
    expect(await speakerOf("The mayor wasn't at first asked about the port.", 'asked')).toBe('');
    expect(await speakerOf('Harbourland pressed the council to shut the port or at least privately assure it that ships would wait.', 'assure')).toBe('');
  });
});

describe('speaker: a participle after a text its issuer issued, past an opening phrase or a quotation (spk39)', () => {
  it('is the subject right before the issuing verb (sides swapped, the same)', async () => {
    expect(await speakerOf('On Monday, after a long night of talks with Borduria, the Ruritanian cabinet issued a statement saying the border would reopen.', 'saying')).toBe('Ruritanian cabinet');
    expect(await speakerOf('On Monday, after a long night of talks with Ruritania, the Bordurian cabinet issued a statement saying the border would reopen.', 'saying')).toBe('Bordurian cabinet');
    expect(await speakerOf('On Monday, after a long night of talks with Borduria, the state-run Harbour Agency issued a statement accusing Ruritania of delay.', 'accusing')).toBe('Harbour Agency');
  });
  it('after "said in a statement", is who said it (sides swapped, the same)', async () => {
    expect(await speakerOf('“The border stays shut,” Dana Levi said in a statement accusing Tom Reed of delay.', 'accusing')).toBe('Dana Levi');
    expect(await speakerOf('“The border stays shut,” Tom Reed said in a statement accusing Dana Levi of delay.', 'accusing')).toBe('Tom Reed');
  });
  it('takes no name inside a larger subject: the object of "linked to", "including", nor a place after a comma', async () => {
    expect(await speakerOf('On Monday, after a long night of talks with Borduria, a militia linked to the Northern Front released a video showing the prisoners.', 'showing')).toBe('video');
    expect(await speakerOf('On Monday, after a long night of talks with Borduria, four states including Ruritania released a statement condemning the raid.', 'condemning')).toBe('statement');
    expect(await speakerOf('On Monday, after a long night of talks with Borduria, Bishop Tom Reed of Dover, Delaware issued a statement calling the ruling a disgrace.', 'calling')).toBe('statement');
  });
});

describe('speaker: "the <title>" after a title phrase set off before the name by a comma (spk39)', () => {
  it('is the name after "the Ruritanian prime minister," (sides swapped, the same)', async () => {
    expect(await speakerOf('The Ruritanian prime minister, Tom Reed, met Dana Levi in Dover on Monday. "We will not yield," the prime minister told the assembly.', 'told')).toBe('Tom Reed');
    expect(await speakerOf('The Ruritanian prime minister, Dana Levi, met Tom Reed in Dover on Monday. "We will not yield," the prime minister told the assembly.', 'told')).toBe('Dana Levi');
  });
  it('after a possessor or a lower-case modifier', async () => {
    expect(await speakerOf("The talks were tense. Ruritania's finance minister, Dana Levi, spoke first. The minister renewed calls for a deal.", 'calls for')).toBe('Dana Levi');
    expect(await speakerOf('The council met with the caretaker mayor, Dana Levi, on Monday. The mayor added: "The port will open."', 'added')).toBe('Dana Levi');
  });
  it('names no one the title of an opening phrase whose name goes on into the verb', async () => {
    expect(await speakerOf('After meeting the minister, Tom Reed spoke first. "We will not yield," the minister told the assembly.', 'told')).toBe('minister');
  });
});

describe('speaker: "the statement said" after a sentence whose first cue condemns, praises or warns (spk39)', () => {
  it('is the source of that cue (sides swapped, the same)', async () => {
    expect(await speakerOf('On Friday, Ruritania\'s foreign ministry condemned the raid on the port. "We believe the raid was a crime," the statement said.', 'said')).toBe("Ruritania's foreign ministry");
    expect(await speakerOf('On Friday, Borduria\'s foreign ministry condemned the raid on the port. "We believe the raid was a crime," the statement said.', 'said')).toBe("Borduria's foreign ministry");
  });
  it('not after a cue that answers another, nor after a text as the source', async () => {
    expect(await speakerOf('Ruritania rejected the plan. "We will not bow," the statement said.', 'said')).toBe('statement');
    expect(await speakerOf('Ruritania on Tuesday blocked a Harbour Council resolution calling for a probe into the deaths. The statement expressed regret over the deaths.', 'expressed')).toBe('statement');
  });
});

describe('speaker: "according to a statement released by X" (spk39)', () => {
  it('is who issued the text, past the participle and its time (sides swapped, the same)', async () => {
    expect(await speakerOf('Aid will resume next week, according to a statement released by the Ruritanian Foreign Ministry.', 'according to')).toBe('Ruritanian Foreign Ministry');
    expect(await speakerOf('Aid will resume next week, according to a statement released by the Bordurian Foreign Ministry.', 'according to')).toBe('Bordurian Foreign Ministry');
    expect(await speakerOf('Aid will resume next week, according to a statement issued on Sunday by Dana Levi.', 'according to')).toBe('Dana Levi');
    expect(await speakerOf('Aid will resume, according to a poll released last week by the firm Data for Progress.', 'according to')).toBe('Data for Progress');
  });
  it('not one who read or obtained the text', async () => {
    expect(await speakerOf('Aid will resume next week, according to a statement read by Dana Levi.', 'according to')).toBe('statement');
    expect(await speakerOf('Aid will resume next week, according to an email obtained by the Harbour Post.', 'according to')).toBe('email');
  });
});

describe('speaker: "the army" after "the <State> military said", and the other way round (spk39)', () => {
  it('is the one state\'s forces a cue before cited (sides swapped, the same)', async () => {
    expect(await speakerOf('The Ruritanian military said the airport was closed. The army said the roads were open.', 'said')).toBe('Ruritanian military');
    expect((await cues('The Bordurian military said the airport was closed. The army said the roads were open.')).map((c) => c.speaker)).toEqual(['Bordurian military', 'Bordurian military']);
    expect((await cues('The Ruritanian army said the airport was closed. The military said the roads were open.')).map((c) => c.speaker)).toEqual(['Ruritanian army', 'Ruritanian army']);
  });
  it('not when the text names two states\' forces, nor forces no cue cited', async () => {
    expect((await cues('The Ruritanian military said the airport was closed. The Bordurian army took the port. The army said the roads were open.')).map((c) => c.speaker)).toEqual(['Ruritanian military', 'army']);
    expect(await speakerOf("Ruritania's army surrounded the palace on Monday. The military says the mayor will serve until the vote.", 'says')).toBe('military');
  });
});

describe('no cue: an event before a verb that also means "to be a sign of" or "to sound" (phrase41)', () => {
  it.each([
    'Explosions echoed across the valley overnight.',
    'The raid on the depot revealed a tunnel under the road.',
    'The sudden shift indicates the council never planned the vote.',
    'The bombing recalled an earlier assassination in the capital.',
    'The fast-moving events highlighted the difficulty of covering the strike.',
    'The siege of the port signaled that the garrison was weak.',
  ])('%s', async (text) => {
    expect(await cues(text)).toEqual([]);
  });
  it('keeps the inner cue\'s teller when the event is inside a report (sides swapped, the same)', async () => {
    expect((await cues('Dana Levi said the raid on Ruritania revealed a tunnel.')).map((c) => [c.text, c.speaker])).toEqual([['said', 'Dana Levi']]);
    expect((await cues('Dana Levi said the raid on Borduria revealed a tunnel.')).map((c) => [c.text, c.speaker])).toEqual([['said', 'Dana Levi']]);
  });
  it('not a person, a body or a text, nor a text before the event, nor "who", "to" or an object after the verb', async () => {
    expect(await speakerOf('The army chief echoed the minister\'s warning.', 'echoed')).toBe('army chief');
    expect(await speakerOf('The report highlights the difficult task facing the envoy.', 'highlights')).toBe('report');
    expect(await speakerOf('The review of the attack points to a failure of leadership.', 'points to')).toBe('review');
    expect(await speakerOf('New footage from the massacre reveals flashes on the roof.', 'reveals')).toBeDefined();
    expect(await speakerOf('The first survey following the strike suggests the public is divided.', 'suggests')).toBeDefined();
    expect(await speakerOf('Critics of the troop withdrawal, who have pointed out that the group is strong, were angry.', 'pointed out')).toBeDefined();
    expect(await speakerOf('Officials wanted small strikes to prove that the threat was real.', 'prove')).toBeDefined();
    // (a threat or a vow of an event is foretelling, left to that rule; "said" is never a sign)
    expect(await speakerOf('The attack was bloody, the governor said.', 'said')).toBe('governor');
  });
});

describe('speaker: a recorded medium, not where it came from or went (phrase41)', () => {
  it.each([
    ['Videos from the scene showed burning cars.', 'showed', 'videos'],
    ['Footage posted on social media showed a crowd at the gate.', 'showed', 'footage'],
    ['Aerial footage of the convoy circulating on social media shows a truck.', 'shows', 'Aerial footage'],
    ['A widely seen video from 7 October had shown the gate.', 'shown', 'video'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word)).toBe(speaker);
  });
  it('the same whichever side the scene is on (sides swapped, the same)', async () => {
    expect(await speakerOf('Footage from the Ruritanian side of the border showed a crowd.', 'showed')).toBe('footage');
    expect(await speakerOf('Footage from the Bordurian side of the border showed a crowd.', 'showed')).toBe('footage');
    expect(await speakerOf('Footage from the school in the town showed a crowd.', 'showed')).toBe('footage');
  });
  it('not a name, a body, an outlet or a person after the preposition, nor "a video of X saying"', async () => {
    expect(await speakerOf('Footage from Al Jazeera showed a crowd.', 'showed')).toBe('Al Jazeera');
    expect(await speakerOf('A video from the ministry showed the gate.', 'showed')).toBe('ministry');
    expect(await speakerOf('Footage on state media showed a crowd.', 'showed')).toBe('state media');
    expect(await speakerOf('A video of Ann Lee saying she would run spread fast.', 'saying')).toBe('Ann Lee');
    expect(await speakerOf('Residents of the town near the border said the shelling went on.', 'said')).toBe('anonymous');
  });
});

describe('speaker: the adjective of a cue read as a noun is no one (phrase41)', () => {
  it('is the subject of a verb of uttering (sides swapped, the same)', async () => {
    expect(await speakerOf('Dana Levi made the dubious claim that the rebels fired first.', 'claim')).toBe('Dana Levi');
    expect(await speakerOf('Tom Reed made the dubious claim that the rebels fired first.', 'claim')).toBe('Tom Reed');
    expect(await speakerOf('The minister issued a firm warning that the port would close.', 'warning')).toBe('minister');
  });
  it('else unnamed, never the adjective, nor the subject of a verb that answers it', async () => {
    expect(await speakerOf('Levi rejected the outrageous claim that the port was closed.', 'claim')).toBe('anonymous');
    expect(await speakerOf('The paper repeated the false claim that the port was closed.', 'claim')).toBe('paper');
  });
  it('not a capitalised adjective, a quantity, or a verb cue whose subject wink reads as an adjective', async () => {
    expect(await speakerOf('The military said the port was closed.', 'said')).toBe('military');
    expect(await speakerOf('Damascus denied the Syrian claim that the port was closed.', 'claim')).toBe('Syrian');
  });
});

describe('speaker: "those who ..." and "those close to ..." are unnamed people (anonymous)', () => {
  it.each([
    ['There are those who say that the port is safe.', 'say'],
    ['Those who are calling for a truce forget the raid on the port.', 'calling for'],
    // (not the name in the relative clause or after "close to": these gave 'Tom Baker', 'tougher sanctions', 'talks')
    ['Those who opposed Tom Baker say the vote was rigged.', 'say'],
    ['Those who seek a better deal through tougher sanctions argue that the port is safe.', 'argue'],
    ['Those close to Tom Baker say he will run.', 'say'],
    ['Those familiar with the talks said the port was safe.', 'said'],
    ['The port was closed, those briefed on the inquiry said.', 'said'],
    // (an unnamed source's belief, not the writer's group: "close to")
    ['Those close to Ann Ruiz believe she will run.', 'believe'],
  ])('%s', async (text, word) => {
    expect(await speakerOf(text, word), text).toBe('anonymous');
  });

  it('a pronoun after them stands for them too, not the name inside their clause', async () => {
    expect(await speakerOf('Those who opposed Tom Baker say the vote was rigged. They argue that he cheated.', 'argue')).toBe('anonymous');
  });

  // the mirrored pair: the sides swapped, the same reading
  it('reads both sides alike', async () => {
    expect(await speakerOf('Those who back Ruritania say Borduria lied about the raid.', 'say')).toBe('anonymous');
    expect(await speakerOf('Those who back Borduria say Ruritania lied about the raid.', 'say')).toBe('anonymous');
  });

  it.each([
    // the subject before "one of those" or "among those" speaks, and "those of us" holds the writer: unchanged
    ['Tom Baker was one of those who said the port was safe.', 'said', ''],
    ['Tom Baker was among those who said the port was safe.', 'said', ''],
    ['Those of us who believe the port is safe were wrong.', 'believe', ''],
    // a belief or a memory of "those who" hold it is the writer's way to name a group, no source
    ['This is bad news for those who believe that a deal would fail.', 'believe', ''],
    ['Those who remembered the war said the port was safe.', 'remembered', ''],
    // a named subject and a plural noun before "who" are read as before
    ['Critics who say the port is unsafe were ignored.', 'say', 'anonymous'],
    ['Tom Baker, who says the port is unsafe, was ignored.', 'says', 'Tom Baker'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it('a quotation in the clause of a belief "those who" hold stays the writer\'s', async () => {
    const r = await analyzeText('What worries Lee and those who think like him is not the port and its “complex situation,” which is simple.', { title: '' });
    const q = r.quotes.find((x) => x.text.includes('complex'));
    expect(q?.kind).toBe('scare');
    expect(q?.speaker).toBe('');
  });
});

describe('speaker: "reports" as a noun that names no one who reports is anonymous, as "reportedly" is', () => {
  it.each([
    ['There were reports that the port had closed.'],
    ['There have also been reports on Monday of shelling near the port.'],
    ['Reports that the port had closed spread on Monday.'],
    ['Responding to reports that the port had closed, the ministry sent two ships.'],
    ['The strike came after recent reports that the talks had failed.'],
  ])('%s', async (text) => {
    expect(await speakerOf(text, 'reports'), text).toBe('anonymous');
  });

  // the mirrored pair: the sides swapped, the same reading
  it('reads both sides alike', async () => {
    expect(await speakerOf('There were reports that Ruritania shelled Borduria.', 'reports')).toBe('anonymous');
    expect(await speakerOf('There were reports that Borduria shelled Ruritania.', 'reports')).toBe('anonymous');
  });

  it.each([
    // a verb with its subject keeps it, a name glued to a dot too ("Harbour . net" to the tagger)
    ['The Harbour Gazette reports that the port had closed.', 'The Harbour Gazette'],
    ['The website Harbour.net reports that the port had closed.', ''],
  ])('%s', async (text, speaker) => {
    expect(await speakerOf(text, 'reports'), text).toBe(speaker);
  });

  it('not when another cue follows in the sentence: the participle after it keeps its own source', async () => {
    const c = await cues('There were reports that the port had closed, a spokesman for the Harbour Authority told Reuters, adding that ships would wait.');
    expect(c.find((m) => m.text === 'reports')?.speaker).toBe('');
    expect(c.find((m) => m.text === 'adding')?.speaker).toBe(c.find((m) => m.text === 'told')?.speaker);
    expect(c.find((m) => m.text === 'told')?.speaker).not.toBe('anonymous');
  });
});

describe('speaker: a noun cue owned by "his", "her", "their", "its" past its adjectives ("his recent call for")', () => {
  it.each([
    ['Tom Baker spoke on Monday. Critics mocked his recent call for a truce.', 'call for', 'Tom Baker'],
    // (mirrored: the other name, the other pronoun)
    ['Ann Ruiz spoke on Monday. Critics mocked her recent call for a truce.', 'call for', 'Ann Ruiz'],
    ['Ann Ruiz spoke. Borduria denied her ironic claim that the port was safe.', 'claim', 'Ann Ruiz'],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });

  it.each([
    // a pronoun with no one to stand for stays without a speaker; "'s" with an adjective is left as it was
    ['Borduria denied his recent call for talks.', 'call for', ''],
    ['Leaders rejected Ann Ruiz\'s previous call for talks.', 'call for', ''],
    // a word wink reads as an adjective that heads the subject: the cue is its verb
    ["Ruritania's military claims that its jets struck the port.", 'claims', "Ruritania's military"],
  ])('%s', async (text, word, speaker) => {
    expect(await speakerOf(text, word), text).toBe(speaker);
  });
});

describe('a fronted time run into the speaker', () => {
  it('"This week the assembly said": the time before the subject\'s determiner is no part of the speaker', async () => {
    expect(await speakerOf('This week the Harbour assembly called for an immediate truce in the valley.', 'called for')).toBe('Harbour assembly');
    expect(await speakerOf('Last month the Harbour Council said the port would close.', 'said')).toBe('Harbour Council');
    expect(await speakerOf('Earlier this week a Harbour Council statement said the port would close.', 'said')).toBe('Harbour Council statement');
    expect(await speakerOf('The next day the Harbour Council said the port would close.', 'said')).toBe('Harbour Council');
    // a name holding a time word, and a source with no time before it: as before
    expect(await speakerOf('The Morning Star said the port would close.', 'said')).toBe('Morning Star');
    expect(await speakerOf('The Harbour Council said the port would close.', 'said')).toBe('Harbour Council');
    // the sides swapped: each side's body speaks
    expect(await speakerOf('This week the Israeli cabinet accused Hamas of hiding weapons in schools.', 'accused')).toBe('Israeli cabinet');
    expect(await speakerOf('This week the Hamas leadership accused Israel of hiding weapons in schools.', 'accused')).toBe('Hamas leadership');
  });
});

describe('speaker: "the President" capitalised is the president the story named (quote46)', () => {
  it('the one person written "President X" before it, with or without a modifier (sides swapped, the same)', async () => {
    const text = (a: string, b: string) => `President ${a} met ${b} on Monday. "We will not sign," the President said.`;
    expect(await speakerOf(text('Dana Levi', 'Omar Haddad'), 'said')).toBe('Dana Levi');
    expect(await speakerOf(text('Omar Haddad', 'Dana Levi'), 'said')).toBe('Omar Haddad');
    expect(await speakerOf('Ruritanian President Dana Levi met the envoy. Later the Ruritanian President added that the talks had a chance.', 'added')).toBe('Dana Levi');
    // (not a vice president)
    expect(await speakerOf('President Dana Levi flew home. Vice President Omar Haddad stayed on. The President said the talks had failed.', 'said')).toBe('Dana Levi');
  });
  it('not with two presidents named, nor in quoted words, nor "the President of ..."; lower case as before', async () => {
    // (unresolved, the description in lower case, as "the president" gives; no longer the bare title "President")
    expect(await speakerOf('President Dana Levi met President Omar Haddad on Monday. The President said the talks had failed.', 'said')).toBe('president');
    expect((await cues('President Dana Levi flew home. "As the President has said, the port stays open," an aide said.')).map((m) => m.speaker)).toEqual(['president', 'anonymous']);
    expect(await speakerOf('President Dana Levi flew home. The President of the Harbour Board said the port stays open.', 'said')).toBe('Harbour Board');
    expect(await speakerOf('President Dana Levi flew home. The president said the port stays open.', 'said')).toBe('Dana Levi');
  });
});

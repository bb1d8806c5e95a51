// Quotations: pairing over every mark form, apostrophe traps, unbalanced marks, and every quote class.
// All sentences are written for these tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, defaultLexicon } from '../pipeline/analyze.ts';
import { analyzeArticle } from '../pipeline/run.ts';
import { endTest, pairMarks, scanMarks, TITLE_BEFORE, titleBefore } from '../pipeline/detect/quotes.ts';
import type { Quote } from '../pipeline/types.ts';

async function quotesOf(text: string, title = ''): Promise<Quote[]> {
  return (await analyzeText(text, { title })).quotes;
}

/** Each quotation's text and kind. */
async function kindsOf(text: string): Promise<string[][]> {
  return (await quotesOf(text)).map((q) => [q.text, q.kind]);
}

/** Each quotation's text, kind and speaker. */
async function kindsAndSpeakers(text: string): Promise<string[][]> {
  return (await quotesOf(text)).map((q) => [q.text, q.kind, q.speaker]);
}

function spans(text: string): string[] {
  return pairMarks(text, scanMarks(text)).pairs.map((p) => text.slice(p.start, p.end));
}

describe('pairing', () => {
  it.each([
    ['straight double', 'The mayor called it "a fair deal" on Monday.', ['"a fair deal"']],
    ['curly double', 'The mayor called it “a fair deal” on Monday.', ['“a fair deal”']],
    ['straight single', "The mayor called it 'a fair deal' on Monday.", ["'a fair deal'"]],
    ['curly single', 'The mayor called it ‘a fair deal’ on Monday.', ['‘a fair deal’']],
    ['guillemets', 'The mayor called it «a fair deal» on Monday.', ['«a fair deal»']],
    ['single guillemets', 'The mayor called it ‹a fair deal› on Monday.', ['‹a fair deal›']],
    ['low-high double', 'The mayor called it „a fair deal“ on Monday.', ['„a fair deal“']],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it("closes on a mark set off by a space before the line's last stop (scare25)", () => {
    expect(spans('The envoy left without answers. Who was the "harbour contact "?')).toEqual(['"harbour contact "']);
    expect(spans('Who paid the "harbour fee ".\n\nThe envoy left.')).toEqual(['"harbour fee "']);
    // (a left curly mark set there by mistake closes too: no quotation opens on a stop at a line's end)
    expect(spans('The port paid “the interest owed to the crews “.\n\nThen it closed.')).toEqual(['“the interest owed to the crews “']);
    expect(spans('The port paid the interest owed to the crews … “.\n\nThen it closed.')).toEqual([]);
  });

  it("still opens on a mark before an ellipsis or a word, and on one before a stop inside the line (scare25)", () => {
    expect(spans('"... We stay," Dana Levi said.')).toEqual(['"... We stay,"']);
    expect(spans('Trump said. “. . . The deal is done.”')).toEqual(['“. . . The deal is done.”']);
    expect(spans('He wrote "yes". Then "no", then nothing.')).toEqual(['"yes"', '"no"']);
  });

  it('reads a doubled apostrophe as one double quote mark, as news archives print it', () => {
    expect(spans("The mayor called it ''a fair deal'' on Monday.")).toEqual(["''a fair deal''"]);
    expect(spans("''Leave now,'' the officer said. ''All of you.''")).toEqual(["''Leave now,''", "''All of you.''"]);
    // a single quotation inside: three marks in a row close both
    expect(spans("''The sign said 'closed for good','' the driver said.")).toEqual([
      "''The sign said 'closed for good',''",
      "'closed for good'",
    ]);
  });

  it("the answer right after a quoted question is not the asker's words", async () => {
    const speakers = async (text: string) => (await quotesOf(text)).map((q) => [q.text, q.speaker]);
    // a transcript's exchange on one line: the label names the one who asks
    expect(await speakers('We met the harbour master at the pier. Reporter: “Is the pier closed?” “It is, since Monday.”')).toEqual([
      ['“Is the pier closed?”', 'Reporter'],
      ['“It is, since Monday.”', ''],
    ]);
    // (mirrored: the sides' names swapped)
    expect(await speakers('We met Dana Levi at the pier. Omar Diab: “Is the pier closed?” “It is, since Monday.”')).toEqual([
      ['“Is the pier closed?”', 'Omar Diab'],
      ['“It is, since Monday.”', ''],
    ]);
    expect(await speakers('We met the harbour master at the pier. Dana Levi: “Is the pier closed?” “It is, since Monday.”')).toEqual([
      ['“Is the pier closed?”', 'Dana Levi'],
      ['“It is, since Monday.”', ''],
    ]);
    // a tag after the answer still names its speaker, and a quotation after a statement is not an answer
    expect((await speakers('“Is the pier closed?” “It is,” Dana Levi said.')).at(-1)).toEqual(['“It is,”', 'Dana Levi']);
    expect(await speakers('Dana Levi said: “The pier is closed.” “It will open in May.”')).toEqual([
      ['“The pier is closed.”', 'Dana Levi'],
      ['“It will open in May.”', 'Dana Levi'],
    ]);
  });

  it('gives a doubled-apostrophe quotation its speaker, and no scare quote inside it', async () => {
    const text = "''The water will be back by Friday,'' the engineer said. The pumps are ''very old,'' said Mr. Okafor.";
    const quotes = await quotesOf(text);
    expect(quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ["''The water will be back by Friday,''", 'direct', 'engineer'],
      ["''very old,''", 'partial', 'Okafor'],
    ]);
    const markers = (await analyzeText(text)).markers;
    expect(markers.filter((m) => m.category === 'scare-quote')).toEqual([]);
    expect(markers.filter((m) => m.category === 'attribution').map((m) => m.speaker)).toEqual(['engineer', 'Okafor']);
  });

  it('leaves the quote marks of a markup tag\'s attribute values unpaired', () => {
    const text = 'Leaders posted <post author="GovLee" time=\'1449\'>Praying for the "victims" today.</post> and <a href="https://x.org/a">the "truce" page</a>.';
    expect(spans(text)).toEqual(['"victims"', '"truce"']);
    // a comparison sign in prose is no tag
    expect(spans('Turnout was <5 "in most places" and >3 "elsewhere".')).toEqual(['"in most places"', '"elsewhere"']);
  });

  it('pairs quotes nested in quotes', () => {
    const text = '“The sign said ‘closed for good’ when we arrived,” the driver said.';
    expect(spans(text)).toEqual(['“The sign said ‘closed for good’ when we arrived,”', '‘closed for good’']);
    const straight = `"The sign said 'closed for good' when we arrived," the driver said.`;
    expect(spans(straight)).toEqual([`"The sign said 'closed for good' when we arrived,"`, "'closed for good'"]);
  });

  it('carries a quotation over paragraphs that reopen it', () => {
    const text = [
      '“The first harvest failed because the rains came late.',
      '“The second one failed because the wells ran dry,” the farmer said.',
    ].join('\n\n');
    const { pairs, warnings } = pairMarks(text, scanMarks(text));
    expect(pairs).toHaveLength(1);
    expect(text.slice(pairs[0]!.start, pairs[0]!.end)).toBe(text.slice(0, text.indexOf('” the farmer') + 1));
    expect(warnings).toEqual([]);
  });

  describe('a quotation running over a single line break to an orphan closing mark (nospk33)', () => {
    it('runs on to the closing mark on a later line and takes the tag after it', async () => {
      const text = 'The guard was asked about the night.\n"We locked the gate at ten.\nNobody came back after that," Dana Holt said.';
      expect(spans(text)).toEqual(['"We locked the gate at ten.\nNobody came back after that,"']);
      expect(pairMarks(text, scanMarks(text)).warnings).toEqual([]);
      expect(await kindsAndSpeakers(text)).toEqual([['"We locked the gate at ten.\nNobody came back after that,"', 'direct', 'Dana Holt']]);
      const lines = 'The letter was read out.\n“We ask for a vote.\nThe delay hurts us.\nIt must end,” the tenants wrote.';
      expect(spans(lines)).toEqual(['“We ask for a vote.\nThe delay hurts us.\nIt must end,”']);
    });

    it('keeps the tag with its own side in a mirrored pair', async () => {
      const a = 'Nora Field spoke first.\n“The bridge is unsafe.\nWe will close it,” Field said, and Omar Reyes objected.';
      const b = 'Omar Reyes spoke first.\n“The bridge is unsafe.\nWe will close it,” Reyes said, and Nora Field objected.';
      expect((await quotesOf(a)).map((q) => q.speaker)).toEqual(['Nora Field']);
      expect((await quotesOf(b)).map((q) => q.speaker)).toEqual(['Omar Reyes']);
    });

    it('still ends at the line after a blank line, before a quotation the next line opens, or for single marks', () => {
      const blank = '“We locked the gate at ten.\n\nNobody came back after that,” the guard said.';
      expect(spans(blank)).toEqual(['“We locked the gate at ten.']);
      const opens = '“We locked the gate at ten.\nThe “night shift” left, and the guard said nothing.”';
      expect(spans(opens)).toEqual(['“We locked the gate at ten.', '“night shift”']);
      const single = '‘We locked the gate at ten.\nThe guards’ hut stayed dark.';
      expect(spans(single)).toEqual(['‘We locked the gate at ten.']);
    });
  });

  it.each([
    ["Israel's", "Israel's cabinet met on Sunday and Egypt's envoy waited."],
    ['Gaza’s', 'Gaza’s only power plant shut down and Sinai’s roads closed.'],
    ["forces'", "The forces' positions were shelled and the soldiers' tents burned."],
    ["'48", "Families who fled in '48 still hold the keys to their homes."],
    ["'n'", "The band played rock 'n' roll until midnight."],
    ["don't", "Residents don't expect the water to return and can't leave."],
    ['curly ’48', 'Families who fled in ’48 still hold the keys.'],
  ])('never pairs the apostrophe in %s', (_name, text) => {
    const { pairs, warnings } = pairMarks(text, scanMarks(text));
    expect(pairs).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('keeps apostrophes out of a real single-quoted span', () => {
    const text = "The minister called Egypt's offer 'a serious step' and the soldiers' return 'overdue'.";
    expect(spans(text)).toEqual(["'a serious step'", "'overdue'"]);
  });

  it('closes a single-quoted word ending in s before a word no possessive precedes', () => {
    const text = "Residents say the 'outposts' are legal, but the villagers' lawyers disagree.";
    expect(spans(text)).toEqual(["'outposts'"]);
  });

  it('reads a plural possessive inside single-quoted speech as an apostrophe', () => {
    const text = "'The soldiers' tents burned overnight,' the officer said.";
    expect(spans(text)).toEqual(["'The soldiers' tents burned overnight,'"]);
  });

  it('gives a best-effort pairing and a warning for an unclosed quotation', async () => {
    const text = 'The council said “the budget is final and will not change.\n\nThe vote is on Monday.';
    const { pairs, warnings } = pairMarks(text, scanMarks(text));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]!.code).toBe('unbalanced-quote');
    expect(text.slice(pairs[0]!.start, pairs[0]!.end)).toBe('“the budget is final and will not change.');
    const detection = await analyzeText(text);
    expect(detection.warnings.some((w) => w.code === 'unbalanced-quote')).toBe(true);
  });

  it('warns about a stray closing mark and never throws', async () => {
    for (const text of ['The talks ended” without a deal.', '"""', '«', '”“', "'''", 'a "b" c" d "e', '“a ‘b” c’']) {
      expect(() => pairMarks(text, scanMarks(text))).not.toThrow();
      await expect(analyzeText(text)).resolves.toBeDefined();
    }
    const { warnings } = pairMarks('The talks ended” without a deal.', scanMarks('The talks ended” without a deal.'));
    expect(warnings).toHaveLength(1);
  });
});

describe('a quotation in a box of linked headlines after a name', () => {
  it("is the linked headline's, no one's the story quotes; the quotation after the box is the name's", async () => {
    const text = 'Sen. Tom Barlow Thomas (Tom) Edward BarlowVoters call the plan \'reckless\' Senate vote is close MORE (R-Ohio) said, "It will fail."';
    expect(await kindsAndSpeakers(text)).toEqual([
      ["'reckless'", 'headline-attribution', ''],
      ['"It will fail."', 'direct', 'Tom Barlow'],
    ]);
  });
  it('leaves a quotation with no box around it as it is (negative)', async () => {
    const text = 'Sen. Tom Barlow called the plan \'reckless\' and said MORE votes were needed.';
    expect(await kindsAndSpeakers(text)).toEqual([["'reckless'", 'partial', 'Tom Barlow']]);
  });
});

describe('classes', () => {
  it('direct: speech with its speaker, and the quoted sentence after it', async () => {
    const text =
      '“The harbour will reopen next week,” Port Director Lena Ortiz said. “We have repaired both cranes.”';
    const quotes = await quotesOf(text);
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Lena Ortiz'],
      ['direct', 'Lena Ortiz'],
    ]);
    expect(quotes[0]!.cue).toBe('said');
  });

  it('direct: a short quotation that is a sentence of its own', async () => {
    const text = 'The minister was asked what he called the movement.\n“Fascism.”\nShe paused. “Never.” Then she left the room.';
    expect((await quotesOf(text)).map((q) => [q.kind, q.text])).toEqual([
      ['direct', '“Fascism.”'],
      ['direct', '“Never.”'],
    ]);
    // at a sentence's end, or inside one, a quoted word is not a sentence of its own
    const inside = await quotesOf(
      'Critics say the deal is “unraveling.” The envoy disagrees. He called the plan “bold” and “overdue.” The move is a U.S. "national priority."',
    );
    expect(inside.map((q) => q.kind)).not.toContain('direct');
  });

  it('direct: a colon after a clause with a named subject and no verb of saying', async () => {
    const a = await quotesOf('Mayor Tomas Berg stepped to the microphone and boomed: "The bridge is safe and it will stay open."');
    expect([a[0]!.kind, a[0]!.speaker]).toEqual(['direct', 'Tomas Berg']);
    const b = await quotesOf('The message on the banner was clear: "We are not leaving this town."');
    expect([b[0]!.kind, b[0]!.speaker]).toEqual(['direct', '']);
  });

  it('direct: said before the quotation, after a colon', async () => {
    const quotes = await quotesOf('Mayor Tomas Berg said: "The bridge is safe and it will stay open."');
    expect(quotes[0]!.kind).toBe('direct');
    expect(quotes[0]!.speaker).toBe('Tomas Berg');
  });

  it('direct: a tag after a question or an exclamation that the sentence splitter cut off', async () => {
    // mirrored: the two speakers swapped
    const a = await quotesOf("Omar Haddad said Yoav Levi could force a vote on the port. ''Can we win the vote?'' Mr. Levi asked. ''I do not know.''");
    expect(a.map((q) => q.speaker)).toEqual(['Yoav Levi', 'Yoav Levi']);
    const b = await quotesOf("Yoav Levi said Omar Haddad could force a vote on the port. ''Can we win the vote?'' Mr. Haddad asked. ''I do not know.''");
    expect(b.map((q) => q.speaker)).toEqual(['Omar Haddad', 'Omar Haddad']);
    // a credit after a quotation in a round-up names the quotation before it, not the one after
    const credits = await quotesOf('Readers wrote in. “The port must stay open.” ― Dana Levi “The ferry is late again.” ― Omar Haddad');
    expect(credits.map((q) => q.speaker)).toEqual(['Dana Levi', 'Omar Haddad']);
    // after a full stop a short clause is a sentence of its own, not a tag
    const run = await quotesOf('“The port must stay open,” Dana Levi said. “I have told my brother that.” Her brother declined to comment.');
    expect(run.map((q) => q.speaker)).toEqual(['Dana Levi', 'Dana Levi']);
    // nor is a longer clause after an exclamation
    const long = await quotesOf('Omar Haddad said: “Open the port now!” Critics still praise his refusal to accept the closure of the harbor.');
    expect(long[0]!.speaker).toBe('Omar Haddad');
  });

  it('direct: a quotation closed by a comma takes the tag after it, past a title and ahead of a cue before it', async () => {
    // mirrored: the two speakers swapped
    const a = await quotesOf("The deal suits many people, Omar Haddad added. ''The voters are furious,'' Mr. Levi said, ''and they will not be swayed.''");
    expect(a.map((q) => q.speaker)).toEqual(['Levi', 'Levi']);
    const b = await quotesOf("The deal suits many people, Yoav Levi added. ''The voters are furious,'' Mr. Haddad said, ''and they will not be swayed.''");
    expect(b.map((q) => q.speaker)).toEqual(['Haddad', 'Haddad']);
    const know = await quotesOf('Harbor officials, on the other hand, know that “the port must be rebuilt before the winter storms,” Ms. Amir said.');
    expect(know[0]!.speaker).toBe('Amir');
    // a verb joined by a conjunction is no tag: the cue before stands
    const joined = await quotesOf('That day a guard at the port, Dana Levi, said, “Nobody passes here,” and later claimed the gate was locked.');
    expect(joined[0]!.speaker).toBe('Dana Levi');
  });

  it('direct: inverted "said Name"', async () => {
    const quotes = await quotesOf('"We will appeal the ruling," said Omar Haddad, a lawyer for the families.');
    expect(quotes[0]!.kind).toBe('direct');
    expect(quotes[0]!.speaker).toBe('Omar Haddad');
  });

  it('partial: a fragment tied to its speaker', async () => {
    const a = await quotesOf('Prime Minister Anna Kovac vowed "a complete recovery" for the region.');
    expect([a[0]!.kind, a[0]!.speaker]).toEqual(['partial', 'Anna Kovac']);
    const b = await quotesOf(
      'Foreign Minister Rami Saleh thanked his hosts after what he called a "frank and useful" meeting.',
    );
    expect([b[0]!.kind, b[0]!.speaker]).toEqual(['partial', 'Rami Saleh']);
  });

  it('scare: quote marks around a watched name, with no one saying it', async () => {
    const quotes = await quotesOf("Officials said 'Israel' had closed the crossing again.");
    expect(quotes[0]!.kind).toBe('scare');
    const both = await quotesOf('The report said "Palestine" would join the talks.');
    expect(both[0]!.kind).toBe('scare');
  });

  it('scare: a short quoted term in the narration', async () => {
    const quotes = await quotesOf('The army set up a "buffer area" along the river last year.');
    expect(quotes[0]!.kind).toBe('scare');
  });

  it('title-or-name: word-as-word mentions, operations, glosses and titles', async () => {
    const cases = [
      'Diplomats avoided the term "Zionist entity" during the session.',
      'The army launched Operation "Northern Shield" in the winter.',
      'Residents mark the Nakba ("catastrophe") every May.',
      'Her book "Roads Without Maps" was published in 2019.',
      'Crowds chanted "bread and freedom" outside the ministry.',
    ];
    for (const text of cases) {
      const quotes = await quotesOf(text);
      expect(quotes.map((q) => q.kind), text).toEqual(['title-or-name']);
    }
  });

  it('title-or-name: a name in title case inside a sentence in sentence case', async () => {
    for (const text of [
      'Volunteers joined the "Harbour Lights" swim to raise money for the clinic.',
      'The commander, known as the "Night Owl" among his men, was arrested.',
      'Listen to "The Morning Brief" for the latest from the region.',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // a programme a speaker appears on or talks to
    for (const text of ['The senator said on "Harbour Watch Tonight" that the port would reopen.', 'The envoy told “Morning Desk” that a deal was close.', 'The minister wrote in "The Coastal Review" that talks had stalled.']) {
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // works and programmes: after a name's possessive, "author of", "published", or a work's noun with a modifier
    for (const text of [
      'The minister gave an interview to NBC’s “Harbour Sunday,” which aired on Sunday.',
      'Appearing on "Coast & Country" with the host, the parents spoke of their son.',
      'She is the author of “The Long Ceasefire: Gaza, Israel and the Making of a Truce” (Harbour Press, 2012).',
      'The magazine published “The Return of the Caliphate,” an article on the group.',
      'This story is part of the station\'s fact-checking series, "Break It Down," in which we check claims.',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // a possessive before a programme or a plan, but a quotation in lower case, stays what it was
    expect((await quotesOf('Experts said strikes would set back Iran’s nuclear program ‘for up to four years’ at most.')).map((q) => q.kind)).not.toContain('title-or-name');
    expect((await quotesOf('Officials called the prime minister\'s speech "baseless" on Friday.')).map((q) => q.kind)).not.toContain('title-or-name');
    // a place in quote marks after a bare preposition is no programme
    expect((await quotesOf('Officials said families in "Judea and Samaria" faced new rules.')).map((q) => q.kind)).not.toContain('title-or-name');
    // words in capitals throughout are shouting, not a programme
    expect((await quotesOf('The mayor told residents in a post on Friday to “STOP THE DEMOLITIONS NOW” before dawn.')).map((q) => q.kind)).not.toContain('title-or-name');
    // a capitalised fragment that opens its sentence, a headline, and a single word stay scare quotes
    // ('"Victory" was the word on every poster' mentions the word: title-or-name, tested with the mentions)
    expect((await quotesOf('"Victory" came at a price the square still remembers.')).map((q) => q.kind)).toEqual(['scare']);
    expect((await quotesOf('Families waited for a "Return" that never came.')).map((q) => q.kind)).toEqual(['scare']);
    expect((await quotesOf('Body text here.', 'Talks Bring "Real Progress" On Water Deal')).map((q) => q.kind)).not.toContain('title-or-name');
  });

  it('title-or-name: a name in title case that holds a watched name and more', async () => {
    for (const text of [
      'Banners on the lorries showed the heroes of the "Jerusalem Liberation War" in bright colours.',
      'Students marked the "Gaza Solidarity Week" with a concert in the hall.',
      'I do not recall placards reading "Ceasefire Now" in those years.',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // the sides swapped give the same class
    for (const side of ['Israel', 'Palestine']) {
      const text = `Students marked the "${side} Unity Week" with a concert in the hall.`;
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // a watched name quoted bare stays the writer's distance, an article or a listed longer name too, as do the writer's
    // scare quotes and a quotation that opens its sentence (capitalised anyway)
    for (const text of [
      'The report still speaks of "Israel" in every chapter.',
      'Settlers live in the "West Bank" near the town.',
      'Settlers live in "Judea and Samaria" near the town.',
      'The "ceasefire" lasted an hour.',
      'Families waited for a "Return" that never came.',
      '"Gaza Solidarity Week" began with a concert in the hall.',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).not.toContain('title-or-name');
    }
    expect((await quotesOf('The "ceasefire" lasted an hour.')).map((q) => q.kind)).toEqual(['scare']);
    expect((await quotesOf('The report still speaks of "Israel" in every chapter.')).map((q) => q.kind)).toEqual(['scare']);
  });

  it('title-or-name: a title in title case in a sentence whose other capitals are names', async () => {
    for (const text of [
      'Dana Levi interviews Ann Lee on "The Late Hour" in August 2013.',
      'The port will reopen in May, Senator Dana Levi of Ruritania told “Harbour Sunday.”',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // a line in title case capitalises its verbs and prepositions too: no title by its capitals
    expect((await quotesOf('Dana Levi Interviews Ann Lee On "The Late Hour" In August.')).map((q) => q.kind)).not.toContain('title-or-name');
    // the writer's scare quotes in such a sentence stay scare
    expect((await quotesOf('Dana Levi met Ann Lee in Paris on Monday before the "ceasefire" in May.')).map((q) => q.kind)).toEqual(['scare']);
  });

  it('a credit line after a quotation names its speaker (opinion round-ups, embedded posts)', async () => {
    const text = [
      'Here is what the columnists wrote this week.',
      '“The deal will not survive the winter, and everyone in the capital knows it.”',
      'Dana Levi, The Harbour Ledger',
      '“A ceasefire that nobody enforces is a ceasefire in name only.” — Omar Haddad, Coastal Review',
      '"I just have one question..." pic.twitter.com/abc123 — Tal Vered (@talvered) April 30, 2018',
      '"Nobody saw this coming."',
      'The talks resumed on Monday, officials said.',
    ].join('\n\n');
    expect((await quotesOf(text)).map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Dana Levi'],
      ['direct', 'Omar Haddad'],
      ['direct', 'Tal Vered'],
      ['direct', ''],
    ]);
  });

  it('"in his words" and "in Levi\'s words" quote that speaker', async () => {
    expect((await quotesOf('The envoy said talks would go on. The deal was, in his words, "a bridge too far" for the cabinet.')).map((q) => [q.kind, q.speaker])).toEqual([['partial', 'envoy']]);
    expect((await quotesOf('The deal was, in Levi’s words, “toothless grandstanding,” and little more.')).map((q) => [q.kind, q.speaker])).toEqual([['partial', 'Levi']]);
  });

  it('headline-attribution: quote marks in a headline that mark a claim', async () => {
    const detection = await analyzeText('Officials gave no details of the site.', { title: "Militia 'weapons depot' found near border" });
    expect(detection.quotes.map((q) => [q.kind, q.section])).toEqual([['headline-attribution', 'headline']]);
  });

  it('a headline quotation with no speaker of its own takes the speaker of the body quotation that holds its words', async () => {
    const d = await analyzeText('Mayor Dana Levi said the council would sign the "harbour deal" next week.', { title: "The 'harbour deal' puzzle" });
    expect(d.quotes.map((q) => [q.kind, q.speaker, q.section])).toEqual([['headline-attribution', 'Dana Levi', 'headline'], ['partial', 'Dana Levi', 'body']]);
    // one word inside a longer headline is as often the headline's own: no speaker given
    const one = await analyzeText('Mayor Dana Levi said the "reset" would come next week.', { title: "Harbour braces for 'reset' after the storm" });
    expect(one.quotes[0]!.speaker).toBe('');
  });

  it('a quotation that opens a line before its colon heads the story: speech, its speaker the one who speaks after the colon', async () => {
    const spoke = await analyzeText("'NO TIME TO WASTE': Mayor Dana Levi speaks on the harbor plan during her address.");
    expect(spoke.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline-attribution', 'Dana Levi']]);
    const cued = await analyzeText('“We were afraid”: Omar Diab blasts the council for closing the shelter.');
    expect(cued.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline-attribution', 'Omar Diab']]);
    // no one speaks after the colon, and a cue in the next sentence names no one for it
    const none = await analyzeText('“Total chaos”: in the port, the queues grow. Aid is still too slow, the agency said.');
    expect(none.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline-attribution', '']]);
  });

  it('a name after the kind of thing it names, or before a unit noun, is a name, not a scare quote', async () => {
    const d = await analyzeText('The shipping company "Harborline" suspended its routes, and the service set up a new unit, "Keshet," to track the cells. A fighter in the "Oren" Brigade fell.');
    expect(d.quotes.map((q) => q.kind)).toEqual(['title-or-name', 'title-or-name', 'title-or-name']);
    // a watched name stays the writer's distance
    const watched = await analyzeText('The company "Israel" was named in the suit.');
    expect(watched.quotes.map((q) => q.kind)).toEqual(['scare']);
  });

  it('a programme its host hosts is a title, not a quotation', async () => {
    const d = await analyzeText('Dana Levi hosts "Harbor Watch Tonight" and takes the council to task for its silence.');
    expect(d.quotes.map((q) => q.kind)).toEqual(['title-or-name']);
  });

  it('a capitalised word in a title-case headline is the claim its speaker makes, not a name', async () => {
    const said = await analyzeText('The aide spoke on Monday.', { title: "Aide Says Envoy's Remarks Were 'Mischaracterized'" });
    expect(said.quotes.map((q) => [q.kind, q.cue])).toEqual([['headline-attribution', 'Says']]);
    const hailed = await analyzeText('The minister spoke on Monday.', { title: "Minister Hails 'Historic' Water Deal With Neighbours" });
    expect(hailed.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline-attribution', 'Minister']]);
    // a title may keep its prepositions in lower case; an aside between dashes does not hide the speaker
    const flanked = await analyzeText('The mayor spoke on Monday.', { title: "Reed — Flanked by Lopez — Calls for 'Better Deal' with Unions" });
    expect(flanked.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline-attribution', 'Reed']]);
    // a watched name stays a scare quote in any case
    const named = await analyzeText('The crossing stayed shut.', { title: "Troops Enter 'Israel' Border Zone" });
    expect(named.quotes.map((q) => q.kind)).toEqual(['scare']);
  });

  it('a watched name quoted in a headline is scare, and keeps the headline section', async () => {
    const detection = await analyzeText('The crossing stayed shut on Tuesday.', { title: "'Israel' closes crossing" });
    expect(detection.quotes.map((q) => [q.kind, q.section])).toEqual([['scare', 'headline']]);
    const marker = detection.markers.find((m) => m.category === 'scare-quote');
    expect(marker).toMatchObject({ entry: 'israel', text: "'Israel'", section: 'headline' });
  });

  it('quotes.csv fields: text includes the marks; depth counts nesting', async () => {
    const text = '“The banner read ‘no entry’ in three languages,” the guard said.';
    const quotes = await quotesOf(text);
    expect(quotes.map((q) => [q.text, q.depth])).toEqual([
      ['“The banner read ‘no entry’ in three languages,”', 0],
      ['‘no entry’', 1],
    ]);
  });
});

describe('scare-quote markers', () => {
  it('one marker per scare quote, generic when no watched name is quoted', async () => {
    const detection = await analyzeText('The army set up a "buffer area" along the river last year.');
    const scare = detection.markers.filter((m) => m.category === 'scare-quote');
    expect(scare.map((m) => [m.entry, m.text])).toEqual([['generic', '"buffer area"']]);
  });

  it('lexical distancing passes through with its own entry', async () => {
    const detection = await analyzeText('The so-called buffer area was widened, and a self-styled commander moved in.');
    const scare = detection.markers.filter((m) => m.category === 'scare-quote').map((m) => m.entry);
    expect(scare).toEqual(['scare.so-called', 'scare.self-styled']);
  });

  it('quote marks after "so-called" are scare quotes, whatever they hold', async () => {
    expect((await quotesOf('The so-called "red line" was crossed.')).map((q) => q.kind)).toEqual(['scare']);
    expect((await quotesOf("The so-called 'Harbor Defence Force' withdrew.")).map((q) => q.kind)).toEqual(['scare']);
    // "called" alone still names
    expect((await quotesOf('A ship called "Harbor Queen" docked.')).map((q) => q.kind)).toEqual(['title-or-name']);
  });
});

describe('fragments in reported speech', () => {
  it.each([
    ['an evaluative word in a reported clause', 'The envoy said the villagers had been “butchered” in the night.', 'partial', 'envoy'],
    ['a fragment after "that"', 'The minister said on Sunday that there had been “false” reports about the talks.', 'partial', 'minister'],
    ['a policy term right at the cue', 'The agency has called for “humanitarian pauses” to let convoys through.', 'partial', 'agency'],
    ['a quoted state name inside reported speech', 'The paper highlighted that "Israel" had worked to keep the envoy isolated.', 'scare', ''],
    ['a quoted word with no speaker in the sentence', 'Residents waited for the "corridor" to open at dawn.', 'scare', ''],
    ['a quoted call for something is no name', 'The cleric, who has called “for the destruction of the city,” spoke on Friday.', 'partial', ''],
    ['a fragment after a nearer cue that names no one', 'The charity said that a reported 300 homes had been lost to “relentless shelling”.', 'partial', 'charity'],
  ])('%s', async (_name, text, kind, speaker) => {
    const [q] = await quotesOf(text);
    expect(q!.kind).toBe(kind);
    expect(q!.speaker.toLowerCase()).toContain(speaker);
  });
});

describe('speakers of quotations', () => {
  const speakers = async (text: string) => (await quotesOf(text)).map((q) => [q.kind, q.speaker]);

  it('an inverted verb of asking right after the quotation', async () => {
    expect(await speakers('"Is the council running against its own mayor?" asked Mr. Ivo Petrov, pointing at the list.')).toEqual([
      ['direct', 'Ivo Petrov'],
    ]);
  });

  it('an inverted name that ends its clause', async () => {
    expect(await speakers('"We can still win this district," said Lena Ortiz as the count closed.')).toEqual([['direct', 'Lena Ortiz']]);
  });

  it('a name and a verb the lexicon does not list, after a comma or a question mark', async () => {
    expect(await speakers('"Would the toll stay?" Hannah Weiss pressed. "For a year," Mayor Ruiz conceded.')).toEqual([
      ['direct', 'Hannah Weiss'],
      ['direct', 'Ruiz'],
    ]);
  });

  it('not a name that starts the next sentence', async () => {
    expect(await speakers('"We will rebuild the harbour." Ortiz then travelled to the coast.')).toEqual([['direct', '']]);
  });
});

describe('the title test before a quotation', () => {
  const pieces = [
    'the', 'a', 'its', 'term', 'terms', 'code', 'name', 'codename', 'op-ed', 'ed', 'code-named', 'named', 'known', 'as',
    'signs', 'saying', 'with', 'words', 'or', 'called', 'literally', 'read', 'reading', 'bread', 'for', 'what', 'x',
    'ſ', 'K', 'meanſ', 'TERM', 'Called', '5', '_', 'é', ' ', '  ', '\u00a0', '\n', ',', ':', ', ', ' : ', '-', '"', '(',
    'the op-ed', 'his code name', 'the codename', 'known as', 'translated as', 'signs saying', 'with the words', 'their slogan',
  ];
  it('gives what the regex alone gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const before = parts.join('');
        expect(titleBefore(before)).toBe(TITLE_BEFORE.test(before));
      }),
      { numRuns: 20_000 },
    );
  });
  it('knows every word the regex ends on', () => {
    // the words of the regex, its escapes (\b, \s) left out
    for (const w of new Set(TITLE_BEFORE.source.replace(/\\[a-z]/g, ' ').match(/[a-z]+/g))) {
      for (const before of [w, `the ${w}`, `the code ${w}`, `the op-${w}`, `said ${w}, `, `known ${w}:`]) {
        expect(titleBefore(before), before).toBe(TITLE_BEFORE.test(before));
      }
    }
  });
});

describe('endTest: an end-anchored regex read backwards from the end', () => {
  const texts = ['', 'as', 'known as', 'she is known as ', 'the plan, or', 'what he called: ', 'the term', 'terms of the deal', 'x as y', 'A or B as'];
  it('tests as the regex does', () => {
    for (const re of [/\bknown\s+as\s*$/iu, /(?:\bthe|\ba)\s+term\s*$/u, /(?<![”"]\s*),\s*or\s*$/u, /\b(?:as|or)$/, /(a|b)c?$/m]) {
      const back = endTest(re);
      for (const text of texts) expect(back.test(text), `${re} on '${text}'`).toBe(re.test(text));
    }
  });
  it('refuses what it cannot read backwards', () => {
    for (const re of [/as|or$/, /known as/, /(a)\1$/, /as$/g, /as\$/]) expect(() => endTest(re), String(re)).toThrow(/not a plain end-anchored pattern/);
  });
});

describe('marks that are no quotation marks', () => {
  it('a low double mark glued to a letter is mojibake, not an opening mark', () => {
    // a curly apostrophe encoded twice carries a low mark ("„") inside a word
    expect(spans('Talks on the islandÃ¢â‚¬â„¢s future stall again')).toEqual([]);
    // after a space or at a line's start the low mark still opens
    expect(spans('„Nie wieder“, sagte der Bürgermeister.')).toEqual(['„Nie wieder“']);
  });

  it("a possessive set off from its noun ('the port 's workers') is an apostrophe", () => {
    expect(spans("'We stand by the port 's workers,' the mayor said.")).toEqual(["'We stand by the port 's workers,'"]);
    // a single quotation that opens on a word in s still pairs
    expect(spans("The mayor called the offer 'sensible' on Monday.")).toEqual(["'sensible'"]);
  });
});

describe('a quotation in lower case that runs on from the writer\'s words', () => {
  it('is a fragment, though its stop is inside the marks', async () => {
    const a = await quotesOf('The mayor said the new levy would "hurt every family on the coast."');
    expect(a.map((q) => [q.kind, q.speaker])).toEqual([['partial', 'mayor']]);
    const b = await quotesOf('Port officials described the flooding as a "disaster for the whole valley."');
    expect(b.map((q) => q.kind)).toEqual(['partial']);
    // four words and a stop with no speaker named: words someone said, not a term held at a distance
    const c = await quotesOf('Many hoped the new bridge would be "open by next spring."');
    expect(c.map((q) => q.kind)).toEqual(['partial']);
  });

  it('stays direct after a tag, a colon or a capital', async () => {
    const tag = await quotesOf('"The levy is fair," the mayor said, "and it stays in place."');
    expect(tag.map((q) => q.kind)).toEqual(['direct', 'direct']);
    const colon = await quotesOf('The mayor said: "the levy stays in place."');
    expect(colon.map((q) => q.kind)).toEqual(['direct']);
    const capital = await quotesOf('The mayor said "The levy stays in place for now."');
    expect(capital.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('a nickname inside a name', () => {
  it('is a name, not a fragment of the speaker named around it', async () => {
    const quotes = await quotesOf('Harbour Board Chairman Thomas "Tommy" Varga said the cranes were repaired.');
    expect(quotes.map((q) => q.kind)).toEqual(['title-or-name']);
  });

  it('not a capitalised word after a verb, nor in a title-case headline', async () => {
    const verb = await quotesOf('The report says "Real Progress" Made on the port.');
    expect(verb.map((q) => q.kind)).not.toContain('title-or-name');
    const headline = await quotesOf('Body text.', 'Minister Was "Misled" Over Port Deal');
    expect(headline.map((q) => q.kind)).toEqual(['headline-attribution']);
  });
});

describe('what follows a quotation names it', () => {
  it('words mentioned as words: "X" is the term, the "X" label', async () => {
    for (const text of [
      '"Ceasefire" was the word on every banner in the square.',
      '"Managed calm" is the phrase officials prefer.',
      'The "open harbour" label stuck to the mayor\'s plan.',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // a quoted adjective of the noun after it is no mention
    expect((await quotesOf('The envoy spoke in "bitter" terms about the talks.')).map((q) => q.kind)).not.toContain('title-or-name');
  });

  it('a name in capitals before the kind of thing it names: a vehicle, a weapon, a ship, an episode', async () => {
    for (const text of [
      'The heaviest loss came when a “Harbinger” armoured personnel carrier was hit near the port.',
      'The militia fired "Sting" rockets at the town overnight.',
      'The "Meridian" vessel left the harbour on Friday.',
      'Listen to the rest of the “Morning” episode on the strike.',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).toEqual(['title-or-name']);
    }
    // a word in lower case before such a noun is the writer's distance, and a watched name stays one
    expect((await quotesOf('The army boasted of its "precision" missiles.')).map((q) => q.kind)).not.toContain('title-or-name');
    expect((await quotesOf('Crowds watched the "Israeli" tanks roll past.')).map((q) => q.kind)).toEqual(['scare']);
  });

  it('a work the quoted words are the title of', async () => {
    expect((await quotesOf('She directed the "Salt and Stone" documentary about the port.')).map((q) => q.kind)).toEqual(['title-or-name']);
    // a surname that is also a work's noun, after a quotation, is its speaker
    expect((await quotesOf('"The port is calm tonight," Song said.')).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Song']]);
  });

  it('a definite programme or campaign the quoted words name; an evaluative word stays what it was', async () => {
    expect((await quotesOf('The government defended its "open skies" policy on Monday.')).map((q) => q.kind)).toEqual(['title-or-name']);
    for (const text of [
      'The minister promised an "unusually gentle" operation in the valley.',
      'Rights groups condemned the army\'s "brutal" campaign in the valley.',
      // 'plan' after a plural is a verb as often as a noun
      'Ortiz and the other "harbour friends" plan to meet again in May.',
    ]) {
      expect((await quotesOf(text)).map((q) => q.kind), text).not.toContain('title-or-name');
    }
  });
});

describe("'or' and 'and' between quotations", () => {
  it("'or' glosses a term after a comma, not after the writer's own words", async () => {
    expect((await quotesOf('The port, or "Al-Mina," reopened on Monday.')).map((q) => q.kind)).toEqual(['title-or-name']);
    const joined = await quotesOf('The mayor said the talks would resume or "collapse for good."');
    expect(joined.map((q) => [q.kind, q.speaker])).toEqual([['partial', 'mayor']]);
  });

  it('a quotation joined to a title or a slogan before it is one too; a comma alone joins nothing', async () => {
    const chants = await quotesOf('Marchers chanted "Open the port" and "Let the ships in."');
    expect(chants.map((q) => q.kind)).toEqual(['title-or-name', 'title-or-name']);
    const told = await quotesOf('The mayor told "Harbour Watch," "We will stay until the work is done."');
    expect(told.map((q) => q.kind)).toEqual(['title-or-name', 'direct']);
  });
});

describe('a subhead that is a quotation and nothing else', () => {
  const article = (subhead: string) =>
    `The council met on Monday to discuss the harbour.\n\n${subhead}\n\nCouncillor Dana Levi called the closure a “grave mistake” for the town.\n\nThe vote is next week.`;

  it('quotes the article: headline-attribution, with the speaker of the body quotation after it', async () => {
    const [sub] = await quotesOf(article('‘Grave Mistake’'), 'Council weighs harbour closure');
    expect([sub!.section, sub!.kind, sub!.speaker]).toEqual(['subhead', 'headline-attribution', 'Councillor Dana Levi']);
  });

  it('a capitalised quotation inside a longer subhead stays a scare quote', async () => {
    const [sub] = await quotesOf(article('A ‘Grave Mistake’'), 'Council weighs harbour closure');
    expect([sub!.section, sub!.kind, sub!.speaker]).toEqual(['subhead', 'scare', '']);
  });
});

describe('a label given in the passive, "by" its author', () => {
  it.each([
    ['The island is among ten states ranked "partly free" by Harbour Watch.', 'Harbour Watch'],
    ['The strike, designated as a "lawful protest" by the Maritime Board, ended in May.', 'Maritime Board'],
    ['Dana Levi was smeared as a "traitor" and coward by Omar Haddad in a radio interview.', 'Omar Haddad'],
  ])('%s', async (text, speaker) => {
    expect((await quotesOf(text)).map((q) => [q.kind, q.speaker])).toEqual([['partial', speaker]]);
  });

  it('not a date after "by", nor "by" with no verb of labelling before', async () => {
    expect((await quotesOf('The ferry was rated "unsafe" by Monday evening, when the inspectors left.')).map((q) => q.speaker)).toEqual(['']);
    expect((await quotesOf('The "quiet" harbour was crossed by Omar Haddad at night.')).map((q) => [q.kind, q.speaker])).toEqual([['scare', '']]);
  });
});

describe('a scare-quoted name', () => {
  it('as the subject of a cue is the writer\'s distance, not the source\'s words (mirrored)', async () => {
    for (const name of ['Israel', 'Hamas']) {
      const q = await quotesOf(`On Monday "${name}" claimed it hit a launcher.`);
      expect(q.map((x) => [x.kind, x.speaker])).toEqual([['scare', '']]);
    }
    expect((await quotesOf("The 'IDF' claimed it hit a launcher.")).map((q) => [q.kind, q.speaker])).toEqual([['scare', '']]);
    // in the subject phrase, whose speaker then reads without the marks
    const army = await analyzeText("The 'Israeli' army said it struck a launcher.");
    expect(army.quotes.map((q) => q.kind)).toEqual(['scare']);
    expect(army.markers.find((m) => m.category === 'attribution')?.speaker).toBe('Israeli army');
    // a programme's title before its host is no watched name
    expect((await quotesOf('"Harbor Hour" host Ann Lee said the show would return.')).map((q) => q.kind)).not.toContain('scare');
  });

  it('a title after "my" or "our" is a title', async () => {
    expect((await quotesOf('In my book "Embracing the Harbor" I argued that both sides were tired.')).map((q) => q.kind)).toEqual(['title-or-name']);
  });

  it('in its adjective or plural form names the same referent (mirrored)', async () => {
    const entries = async (text: string) => (await analyzeText(text)).markers.filter((m) => m.category === 'scare-quote').map((m) => m.entry);
    expect(await entries("The 'Israeli' occupation forces stormed the town.")).toEqual(['israel']);
    expect(await entries("Settlers seized 'Palestinian' land near the town.")).toEqual(['palestine']);
    expect(await entries("The 'Israelis' left the town.")).toEqual(['israel']);
    // a word that is no form of a watched name stays generic
    expect(await entries("The 'Canadian' envoy left the town.")).toEqual(['generic']);
  });

  it('in its adjective form stays the writer\'s distance inside a reported clause, as the name does (mirrored)', async () => {
    for (const [adjective, entry] of [['Israeli', 'israel'], ['Palestinian', 'palestine']]) {
      for (const text of [
        `Fighters targeted "${adjective}" forces near the town, local sources reported.`,
        `Officials said the '${adjective}' police withdrew from the camp on Monday.`,
        `The "${adjective}" forces left at dawn, according to witnesses.`,
      ]) {
        const d = await analyzeText(text);
        expect(d.quotes.map((q) => [q.kind, q.speaker]), text).toEqual([['scare', '']]);
        expect(d.markers.filter((m) => m.category === 'scare-quote').map((m) => m.entry), text).toEqual([entry]);
      }
    }
    // a label a speaker gives stays that speaker's word
    expect((await quotesOf('The envoy described the crews as "Palestinian" and left.')).map((q) => q.kind)).toEqual(['partial']);
  });

  it('leaves the phrase it sits in whole', async () => {
    const markers = (await analyzeText("The 'Israeli' occupation forces stormed the town.")).markers;
    expect(markers.find((m) => m.category === 'actor-labels')?.entry).toBe('israeli-military.israeli-occupation-forces');
  });
});

describe('the cue of a fragment', () => {
  it('is the verb that frames it, not a verb joined after it by "and"', async () => {
    const q = async (text: string) => (await quotesOf(text)).map((x) => [x.kind, x.speaker, x.cue]);
    expect(await q('Minister Omid Rahimi described the strikes as "war crimes" and called for an inquiry.')).toEqual([['partial', 'Omid Rahimi', 'described']]);
    expect(await q('Minister Dana Levi described the strikes as "war crimes" and called for an inquiry.')).toEqual([['partial', 'Dana Levi', 'described']]);
    // 'according to' after it cites the sentence's source, not the fragment's speaker
    expect(await q('The harbour board called for "maximum restraint," according to the state news agency.')).toEqual([['partial', 'harbour board', 'called for']]);
    // (past an adjective that names no speaker)
    expect(await q('Minister Dana Levi said the alleged raids were "abhorrent" and added that the port would close.')).toEqual([['partial', 'Dana Levi', 'said']]);
  });
});

describe('a fragment of words promised, warned or alleged', () => {
  it.each([
    ['a warning of', 'The relief agency issued a warning of “famine” as the harbour stayed shut.', 'partial', ''],
    ['a warning past the stops of initials', 'The envoy was quoted as warning the U.S. against any “miscalculation” at the port.', 'partial', ''],
    ['a threat with a clause set off by commas', 'The mayor threatened, as he has before, to “close the pier” for good.', 'partial', ''],
    ["a name's pledge", "Nobody doubted the mayor's promise that the new ferry would be “running by spring” this year.", 'partial', ''],
    ['a possessive speaker', "Crews worked for months after Okafor’s 2019 pledge to “rebuild every pier” in the bay.", 'partial', 'Okafor'],
    ['allegations that', 'The board rejected allegations that its staff had “shredded” the logs.', 'partial', ''],
    ['a verb of urging', 'The councillor urged the port workers to show “restraint” during the strike.', 'partial', ''],
    ['accusing of', 'The unions have long accused the harbour board of running a “cartel” at the docks.', 'partial', ''],
    ["a name's suggestion", "Nobody on the board took up Okafor's suggestion that the pier was a “death trap” for children.", 'partial', 'Okafor'],
    ['a claim that', "The mayor's claim that the ferry crews were “delighted” with the new rota drew a strike.", 'partial', ''],
    ['demanding a', 'The council passed a motion demanding an “immediate halt” to the dredging.', 'partial', ''],
    ['a verb of exhorting, with its subject', 'Dana Levi exhorted the harbour board to draw “a firm line” on night shifts.', 'partial', 'Dana Levi'],
    ['appealing to, with its subject', 'The union’s spokeswoman, Ann Lee, appealed to the board to avoid “reckless cuts”.', 'partial', 'Ann Lee'],
    ['imploring', 'The leaflet implores dockers to “stand firm” on Monday.', 'partial', ''],
  ])('%s is a partial quote', async (_name, text, kind, speaker) => {
    const [q] = await quotesOf(text);
    expect(q!.kind).toBe(kind);
    expect(q!.speaker).toContain(speaker);
  });

  it('past a quotation closed before it in the same report', async () => {
    const qs = await quotesOf('The council approved the budget, with the mayor warning of “lean months ahead” but determined to reach “full employment”.');
    expect(qs.map((q) => q.kind)).toEqual(['partial', 'partial']);
    const [, r] = await quotesOf('The board passed a motion demanding that the mill “stop all dumping” and declaring that its outflow was in “plain breach” of the permit.');
    expect(r!.kind).toBe('partial');
    // (a verb of saying inside the earlier quotation reports nothing of the writer's)
    const [, w] = await quotesOf('The crews sang “we warn the tide” over a “modest” supper.');
    expect(w!.kind).toBe('scare');
  });

  it('a day before the verb is no subject', async () => {
    const [q] = await quotesOf('Speaking on Wednesday, the mayor exhorted the crews to stay “calm and ready”.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', '']);
  });

  it.each([
    ['after "supposed"', 'The harbour remarks ran long, and came from a supposed “moderate” on the board.'],
    ['a programme spoken to', 'The mayor’s comments to “Harbour Hour” drew complaints.'],
    ['with no word of saying', 'Residents waited for the "corridor" to open at dawn.'],
    ['demanding with no article', 'By demanding respect for the “traditions” of the port, the council lost the vote.'],
  ])('%s is no partial quote', async (_name, text) => {
    const [q] = await quotesOf(text);
    expect(q!.kind).not.toBe('partial');
  });
});

describe('labels with a long subject or a participle', () => {
  it('"what ... called" with a long title before the name is a partial quote', async () => {
    const [q] = await quotesOf('The ferries resumed after what Harbour Board deputy chair Dana Levi called “a fragile calm” on the coast.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', 'Dana Levi']);
  });

  it('"calling the speech" is a partial quote, not a title', async () => {
    const [q] = await quotesOf('Councillor Dana Levi said the chair should resign, calling the speech “reckless” and unfair.');
    expect(q!.kind).toBe('partial');
  });
});

describe('a nickname after a middle initial', () => {
  it('is a name', async () => {
    const quotes = await quotesOf('Harbour Board Chairman Thomas J. "Tommy" Varga said the cranes were repaired.');
    expect(quotes.map((q) => q.kind)).toEqual(['title-or-name']);
  });
});

describe('a capitalised quotation opening a subhead', () => {
  const article = (subhead: string) =>
    `The council met on Monday to discuss the harbour.\n\n${subhead}\n\nCouncillor Dana Levi said there had been “real progress” on the pier.\n\nThe vote is next week.`;

  it.each([['‘Progress’ on the pier'], ['Update at noon: ‘Real Progress’'], ['MORE ‘PROGRESS’ AT THE PIER']])('%s is an attributed claim, not a scare quote', async (subhead) => {
    const [sub] = await quotesOf(article(subhead), 'Council weighs harbour closure');
    expect([sub!.section, sub!.kind]).toEqual(['subhead', 'headline-attribution']);
  });
});

describe("a video player's boilerplate", () => {
  it('holds video titles', async () => {
    const quotes = await quotesOf("JUST WATCHED 'Calm seas' at the harbour Replay More Videos ... MUST WATCH 'Calm seas' at the harbour 02:10");
    expect(quotes.map((q) => q.kind)).toEqual(['title-or-name', 'title-or-name']);
  });
});

describe('a label for people in the clause a named speaker reports', () => {
  it("is that speaker's word", async () => {
    const [q] = await quotesOf('The port authority said the patrol boat was searching for "terrorists" near the breakwater.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', 'port authority']);
    // the writer's own verb is no other speaker's
    const [own] = await quotesOf('I think the patrol boat was searching for "terrorists" near the breakwater.');
    expect(own!.kind).toBe('scare');
  });

  it('an unnamed or described source too: someone\'s word, not the writer\'s distance', async () => {
    const [q] = await quotesOf('A naval source described the raid as carried out by "armed terrorists" who tried to board the ferry.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', 'anonymous']);
    const [r] = await quotesOf('Officials said the patrol boat was chasing "terrorists" near the breakwater.');
    expect(r!.kind).toBe('partial');
    // a state's name quoted bare stays the writer's
    const [s] = await quotesOf('Officials said "Israel" had closed the crossing.');
    expect(s!.kind).toBe('scare');
  });
});

describe('words mentioned by what they mean or how they are used', () => {
  it.each([
    ['"Sumud" means steadfastness in Arabic, the guide explained to the visitors.', '"Sumud"'],
    ['The council argued for an hour over what "affordable" actually means.', '"affordable"'],
    ['In harbour towns, "the line" refers to the breakwater where the ferries wait.', '"the line"'],
    ['"Slow boat" is often used in reference to the night ferry, not the cargo barge.', '"Slow boat"'],
    ['What does "temporary" mean to a family that has waited six years?', '"temporary"'],
    ['Among the dockers "overtime" has become a byword for broken promises.', '"overtime"'],
    ['Residents objected to the use of "slum" to describe the old quarter.', '"slum"'],
    ['Nurses mark such cases with the abbreviation "LWB" - left without berth.', '"LWB"'],
    ['The dockers spread the hashtag "#HoldThePier" within a day.', '"#HoldThePier"'],
  ])('%s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect([q.kind, q.speaker]).toEqual(['title-or-name', '']);
  });

  it('not a thing the quoted words name being used, nor a clause someone said', async () => {
    const [used] = await quotesOf('Inspectors said the "temporary" barrier was used to block the road for a week.');
    expect(used!.kind).not.toBe('title-or-name');
    const [thing] = await quotesOf('The mayor warned that the "repairs" were used as an excuse to close the pier.');
    expect(thing!.kind).not.toBe('title-or-name');
    const [phrase] = await quotesOf('Keeping the rival fleet "in its harbour" meant patrolling the strait every night.');
    expect(phrase!.kind).not.toBe('title-or-name');
    const [said] = await quotesOf('"We will stay," means little to the families, the columnist wrote.');
    expect(said!.kind).not.toBe('title-or-name');
  });
});

describe('words in the first person after a verb of naming', () => {
  it("are the namer's own words, a partial quotation", async () => {
    const [q] = await quotesOf('Dana Levi, the last of a crew Mayor Ruiz dubbed "my captains," will retire in May.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', 'Ruiz']);
    const [r] = await quotesOf('Ruiz once called "our finest season" the summer the pier reopened.');
    expect([r!.kind, r!.speaker]).toEqual(['partial', 'Ruiz']);
  });

  it('not a passive, nor a name in title case, nor a form of address', async () => {
    const [passive] = await quotesOf('The harbour master refused to be called "our saviour" by the crowd.');
    expect(passive!.kind).toBe('title-or-name');
    const [name] = await quotesOf('Fishermen formed a co-operative called "Our Harbour" last spring.');
    expect(name!.kind).toBe('title-or-name');
  });
});

describe('a quotation of what stands on a site or in a work, introduced by where it stands', () => {
  it('a linked headline in body text is a headline quotation', async () => {
    const text = 'The ferry ran late all week, and the harbour master apologised to passengers on Friday.\n\n"No way back": Ministers weigh the future of the old harbour as costs rise Read more\n\nThe council meets again on Monday to vote on the plan.';
    const q = (await quotesOf(text)).find((x) => x.text === '"No way back"')!;
    expect([q.section, q.kind]).toEqual(['body', 'headline-attribution']);
  });

  it("a link's headline after a label in capitals is a headline quotation, with the name it opens on or its cue", async () => {
    const para = 'The ferry ran late all week, and the harbour master apologised to passengers on Friday after the storm.';
    const after = 'The council meets again on Monday to vote on the plan, and the crews will wait for its decision.';
    const quoteIn = async (line: string, quoted: string) => (await quotesOf(`${para}\n\n${line}\n\n${after}`)).find((x) => x.text === quoted)!;
    const scare = await quoteIn('SEE ALSO: Dockers face the harbour board and its ‘paper plan’ for the old pier', '‘paper plan’');
    expect([scare.section, scare.kind, scare.speaker]).toEqual(['body', 'headline-attribution', '']);
    // (a state of mind before its clause is a cue: the quotation is in the dockers' fear)
    const feared = await quoteIn('SEE ALSO: Dockers fear the harbour board has a ‘paper plan’ for the old pier', '‘paper plan’');
    expect([feared.kind, feared.speaker]).toEqual(['headline-attribution', 'Dockers']);
    const named = await quoteIn('SEE ALSO: President Dana Levi ‘deeply skeptical’ that the old pier can be saved', '‘deeply skeptical’');
    expect([named.kind, named.speaker]).toEqual(['headline-attribution', 'Dana Levi']);
    const cue = await quoteIn('RELATED: Harbour could reopen in a ‘matter of weeks,’ Okafor says', '‘matter of weeks,’');
    expect([cue.kind, cue.speaker]).toEqual(['headline-attribution', 'Okafor']);
    // (a line with a final stop is a sentence, no headline)
    const sentence = await quoteIn('READ MORE: The board says the old pier is a ‘lost cause’ and will be closed by the end of the month.', '‘lost cause’');
    expect(sentence.kind).not.toBe('headline-attribution');
  });

  it('is no title after the comma', async () => {
    const [q] = await quotesOf('The ferry company wrote in a long post on its website, "every crossing this winter will leave on time, whatever the weather."');
    expect(q!.kind).not.toBe('title-or-name');
    const [r] = await quotesOf('In her column, "the council has failed the harbour for a decade," Dana Levi wrote.');
    expect(r!.kind).not.toBe('title-or-name');
  });

  it('nor a sentence with words in lower case right after the noun; a name there stays a title', async () => {
    const [q] = await quotesOf('The ferry company said on its website "Our crossings will run every hour until the storm passes."');
    expect(q!.kind).not.toBe('title-or-name');
    const [site] = await quotesOf('The essay first ran on the website "Harbour Review" in March.');
    expect(site!.kind).toBe('title-or-name');
    const [book] = await quotesOf('She told the story in her book "The Long Road Home" years later.');
    expect(book!.kind).toBe('title-or-name');
    const [comma] = await quotesOf('"It was the hardest winter," Dana Levi wrote in her new book, "Salt Roads." "Nobody left."');
    expect(comma!.kind).toBe('direct');
    const title = (await quotesOf('"It was the hardest winter," Dana Levi wrote in her new book, "Salt Roads." "Nobody left."')).find((q) => q.text === '"Salt Roads."')!;
    expect(title.kind).toBe('title-or-name');
  });
});

describe("a fragment that echoes a speaker's quotation nearby", () => {
  it("is that speaker's partial quotation", async () => {
    const text = '"We are cautiously hopeful the ferries will run by spring," Dana Levi, the harbour master, said on Monday.\n\nFew dockers share her "cautiously hopeful" outlook for the season.';
    const q = (await quotesOf(text)).find((x) => x.text === '"cautiously hopeful"')!;
    expect([q.kind, q.speaker]).toEqual(['partial', 'Dana Levi']);
  });

  it('one word counts when the quotation is that word alone', async () => {
    const text = 'Asked about the closure, the port\'s spokeswoman, Dana Levi, said she was "perplexed." The fishing crews were less "perplexed" than angry.';
    const q = (await quotesOf(text)).find((x) => x.text === '"perplexed"')!;
    expect([q.kind, q.speaker]).toEqual(['partial', 'Dana Levi']);
  });

  it("one word inside a longer quotation counts in the sentence right before or after, in lower case", async () => {
    const text = 'After a year of the closure the crews are "exhausted" and idle.\n\n"The crews are exhausted and the port is empty," Dana Levi said.';
    const q = (await quotesOf(text)).find((x) => x.text === '"exhausted"')!;
    expect([q.kind, q.speaker]).toEqual(['partial', 'Dana Levi']);
    const after = '"The blockade of the harbour must end before winter," Dana Levi said on Monday.\n\nThe "blockade" has now lasted a year.';
    expect((await quotesOf(after)).find((x) => x.text === '"blockade"')!.kind).toBe('partial');
  });

  it('not one word inside a longer quotation two sentences away, nor words after "so-called", nor a quotation far away', async () => {
    const one = '"The blockade of the harbour must end before winter," Dana Levi said on Monday.\n\nThe ferries stayed in port.\n\nThe "blockade" has now lasted a year.';
    expect((await quotesOf(one)).find((x) => x.text === '"blockade"')!.kind).toBe('scare');
    const marked = '"We need a safe corridor for the boats now," Dana Levi said on Monday.\n\nThe so-called "safe corridor" never opened.';
    expect((await quotesOf(marked)).find((x) => x.text === '"safe corridor"')!.kind).toBe('scare');
    const filler = 'The ferries ran late again this week, and the harbour was crowded with boats waiting for the tide. '.repeat(10);
    const far = `"We need a safe corridor for the boats now," Dana Levi said on Monday.\n\n${filler}\n\nThe "safe corridor" never opened.`;
    expect((await quotesOf(far)).find((x) => x.text === '"safe corridor"')!.kind).toBe('scare');
  });
});

describe('a term explained after a dash or a colon', () => {
  it.each([
    ['or the', 'The port wants a longer "slack water" — or the time the tide stands still — before ferries sail.', '"slack water"'],
    ['that is', 'By winter the crews were "on the hook" — that is, liable for every repair.', '"on the hook"'],
    ['in which', 'The board studied "ghost berths" — in which no ship ever docks — for a year.', '"ghost berths"'],
    ['colon, how long', 'The plan aims to cut "turnaround time": how long a ferry waits in port between trips.', '"turnaround time"'],
  ])('%s: words mentioned, title-or-name', async (_name, text, quoted) => {
    expect((await quotesOf(text)).find((x) => x.text === quoted)!.kind).toBe('title-or-name');
  });

  it("not a dash that goes on with no definition, nor a speaker's words, nor a term after 'so-called'", async () => {
    expect((await quotesOf('The "temporary" berths — all six of them — are still in use.')).map((q) => q.kind)).toEqual(['scare']);
    expect((await quotesOf('The "ceasefire" lasted an hour.')).map((q) => q.kind)).toEqual(['scare']);
    const said = (await quotesOf('Dana Levi said the crews were "on the hook" — that is, liable for every repair.')).find((x) => x.text === '"on the hook"')!;
    expect([said.kind, said.speaker]).toEqual(['partial', 'Dana Levi']);
    expect((await quotesOf('The so-called "ghost berths" — in which no ship ever docks — cost a fortune.')).map((q) => q.kind)).toEqual(['scare']);
  });
});

describe("a term a named speaker was quoted using earlier in the document", () => {
  const filler = 'The ferries ran late again this week, and the harbour was crowded with boats waiting for the tide. '.repeat(10);

  it("is that speaker's partial quotation when the same words come back in marks, however far on", async () => {
    const text = `Mayor Dana Levi promised a "quiet harbour" for the summer.\n\n${filler}\n\nBy August the "quiet harbour" had seen three strikes.`;
    const q = (await quotesOf(text)).filter((x) => x.text === '"quiet harbour"');
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([
      ['partial', 'Dana Levi'],
      ['partial', 'Dana Levi'],
    ]);
  });

  it('the same for either speaker (mirrored names)', async () => {
    const one = `Dana Levi called the rival plan a "paper harbour" on Monday, and Omar Haddad disagreed.\n\n${filler}\n\nThe "paper harbour" was never built.`;
    const two = `Omar Haddad called the rival plan a "paper harbour" on Monday, and Dana Levi disagreed.\n\n${filler}\n\nThe "paper harbour" was never built.`;
    const last = async (text: string) => (await quotesOf(text)).filter((x) => x.text === '"paper harbour"').pop()!;
    expect([(await last(one)).kind, (await last(two)).kind]).toEqual(['partial', 'partial']);
    expect([(await last(one)).speaker, (await last(two)).speaker]).toEqual(['Dana Levi', 'Omar Haddad']);
  });

  it("not before the speaker's first use, not one word, not after 'so-called', not words inside a longer quotation", async () => {
    const before = `The "quiet harbour" had seen three strikes by August.\n\n${filler}\n\nMayor Dana Levi had promised a "quiet harbour" for the summer.`;
    expect((await quotesOf(before)).find((x) => x.text === '"quiet harbour"')!.kind).toBe('scare');
    const oneWord = `Mayor Dana Levi promised a "quiet" summer.\n\n${filler}\n\nBy August the "quiet" had ended.`;
    expect((await quotesOf(oneWord)).filter((x) => x.text === '"quiet"').pop()!.kind).toBe('scare');
    const marked = `Mayor Dana Levi promised a "quiet harbour" for the summer.\n\n${filler}\n\nBy August the so-called "quiet harbour" had seen three strikes.`;
    expect((await quotesOf(marked)).filter((x) => x.text === '"quiet harbour"').pop()!.kind).toBe('scare');
    const inside = `"We will keep a quiet harbour all summer," Mayor Dana Levi said.\n\n${filler}\n\nBy August the "quiet harbour" had seen three strikes.`;
    expect((await quotesOf(inside)).find((x) => x.text === '"quiet harbour"')!.kind).toBe('scare');
  });

  it("the writer's own scare quotes with no speaker's use stay scare", async () => {
    expect((await quotesOf('The "ceasefire" lasted an hour.')).map((q) => q.kind)).toEqual(['scare']);
    const text = `The port authority announced new berths on Monday.\n\n${filler}\n\nThe "temporary berths" are still there.`;
    expect((await quotesOf(text)).find((x) => x.text === '"temporary berths"')!.kind).toBe('scare');
  });
});

describe("a scare quote inside a video's title in a player's boilerplate", () => {
  it("is a headline's quotation, its speaker a name before the title's colon", async () => {
    const text = "The ferry talks resumed on Monday.\n\nJUST WATCHED Dana Levi: Harbour deal 'fragile' Replay More Videos ... MUST WATCH Dana Levi: Harbour deal 'fragile' 02:56\n\nThe council meets again on Friday.";
    const qs = (await quotesOf(text)).filter((x) => x.text === "'fragile'");
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([
      ['headline-attribution', 'Dana Levi'],
      ['headline-attribution', 'Dana Levi'],
    ]);
    const bare = "The ferry talks resumed on Monday.\n\nJUST WATCHED Why the harbour deal is a 'house of sand' Replay More Videos ... MUST WATCH Why the harbour deal is a 'house of sand' 01:40\n\nThe council meets again on Friday.";
    expect((await quotesOf(bare)).filter((x) => x.text === "'house of sand'").map((q) => q.kind)).toEqual(['headline-attribution', 'headline-attribution']);
  });

  it('not a quotation in body text that mentions no player', async () => {
    const text = "The ferry talks resumed on Monday, and the deal looks 'fragile' 02:56 minutes into the broadcast.";
    expect((await quotesOf(text)).find((x) => x.text === "'fragile'")!.kind).not.toBe('headline-attribution');
  });
});

describe('a scare quote in a body line that is a headline', () => {
  const para = 'The ferry ran late all week, and the harbour master apologised to passengers on Friday after the storm.';
  const after = 'The council meets again on Monday to vote on the plan, and the crews will wait for its decision.';
  const quoteIn = async (line: string, quoted: string, title = '') =>
    (await quotesOf(`${para}\n\n${line}\n\n${after}`, title)).find((x) => x.text === quoted && x.section === 'body')!;

  it("is a headline's quotation: the title repeated, a video's caption, a line in capitals or title case, a related link", async () => {
    const title = "Ferry Crews On The Old Pier Face A Long And Uncertain Winter 'In Limbo'";
    const repeated = (await quotesOf(`${title}\n\n${para}\n\n${after}`, title)).find((x) => x.text === "'In Limbo'" && x.section === 'body')!;
    expect(repeated.kind).toBe('headline-attribution');
    const caption = await quoteIn('Media playback is unsupported on your device Media caption Dana Levi: The old pier will close "very soon"', '"very soon"');
    expect([caption.section, caption.kind, caption.speaker]).toEqual(['body', 'headline-attribution', 'Dana Levi']);
    const caps = await quoteIn("FEARS GROW THAT THE BOARD HAS A 'PAPER PLAN' FOR THE OLD PIER", "'PAPER PLAN'");
    expect([caps.section, caps.kind]).toEqual(['body', 'headline-attribution']);
    const titleCase = await quoteIn('Can the Harbour Deal “Hold” Through Another Winter? (The Daily Example)', '“Hold”');
    expect([titleCase.section, titleCase.kind]).toEqual(['body', 'headline-attribution']);
    const readMore = await quoteIn("Ferry crews face a 'long wait' for a vote on the old pier Read more", "'long wait'");
    expect([readMore.section, readMore.kind]).toEqual(['body', 'headline-attribution']);
  });

  it("a link's label in mixed case: 'More:', an outlet's '( Also on ...:', with the name before the headline's colon", async () => {
    const also = await quoteIn('( Also on The Example Post: Dana Levi: Pier plan for the harbour is ‘a fantasy’)', '‘a fantasy’');
    expect([also.section, also.kind, also.speaker]).toEqual(['body', 'headline-attribution', 'Dana Levi']);
    const more = await quoteIn("More: Harbour Board: Repairs to the old pier delayed 'for years'", "'for years'");
    expect([more.kind, more.speaker]).toEqual(['headline-attribution', 'Harbour Board']);
  });

  it('a short subhead or linked headline in sentence case, one sentence with no stop, or a question', async () => {
    const question = await quoteIn("Partisan broker or 'honest' mediator for the old pier?", "'honest'");
    expect([question.section, question.kind]).toEqual(['body', 'headline-attribution']);
    const linked = await quoteIn("Killing the old harbour levy on ferries 'a powerful step' for the crews", "'a powerful step'");
    expect([linked.section, linked.kind]).toEqual(['body', 'headline-attribution']);
    // (a text of one line is no subhead over anything)
    expect((await quotesOf('What is “fair” about a queue that never moves?')).map((q) => q.kind)).toEqual(['scare']);
  });

  it("not a short line that leads in to what follows, nor one of two sentences", async () => {
    const leadIn = await quoteIn('Some examples of the board\'s "savings":', '"savings"');
    expect(leadIn.kind).toBe('scare');
    const two = await quoteIn('Iran threatened the harbour again. How is that for "calm?"', '"calm?"');
    expect(two.kind).toBe('scare');
  });

  it("stays the writer's distance in a sentence, in a line of prose, and for a watched name", async () => {
    const sentence = await quoteIn("The board's 'paper plan' for the old pier was shelved on Friday after a long debate.", "'paper plan'");
    expect(sentence.kind).toBe('scare');
    const prose = await quoteIn("The 'paper plan' for the old pier has not been published and most crews have stopped asking when it will be ready", "'paper plan'");
    expect(prose.kind).toBe('scare');
    const watched = await quoteIn("CROWDS MARCH AGAINST 'ISRAEL' IN THE CAPITAL AS TALKS ON THE HARBOUR STALL AGAIN", "'ISRAEL'");
    expect([watched.section, watched.kind]).toEqual(['body', 'scare']);
  });
});

describe("a fragment joined by 'and' to a speaker's partial quotation", () => {
  it("is that speaker's", async () => {
    const [, second] = await quotesOf('The decision ran against Ruiz\'s repeated vows that a strike at the port would be a "red line" and a "turning point" for the town.');
    expect([second!.kind, second!.speaker]).toEqual(['partial', 'Ruiz']);
  });

  it('not a fragment after a quotation with no speaker, nor one the writer adds in a clause of their own', async () => {
    const [, after] = await quotesOf('The "red line" and a "turning point" were both on the banner.');
    expect(after!.kind).toBe('scare');
  });
});

describe('a translation', () => {
  it.each([
    ['The fishermen call the inlet Bahr al-Salam, Arabic for "the sea of peace," and never fish there.', '"the sea of peace,"'],
    ['The crowd chanted "yalla, yalla" -- Arabic for "come on, come on" -- as the ferry left.', '"yalla, yalla"'],
    ['The brigade, known as the Hevrin ("those who stay," in Kurdish), held the bridge.', '"those who stay,"'],
    ['The old skipper hoped to die a "shahid" (martyr) at sea, his crew said later.', '"shahid"'],
    ['The harbour police sent a "SAR team" (Search and Rescue team) from the pier.', '"SAR team"'],
  ])('%s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('title-or-name');
  });

  it.each([
    // examples, an acronym alone, a remark after a sentence's end, a label a verb gives
    ['Key "allies" (Saudi Arabia, Qatar and Kuwait) played both sides at the port.', '"allies"'],
    ['Armed men of the "harbour guard" (HG) patrolled the pier all night.', '"harbour guard"'],
    ['The mayor said it was in the port\'s "long-term interest." (He did not call it an ideal.)', '"long-term interest."'],
    ['He mocked the crews, calling them "bilge rats" (a slur among sailors) on the radio.', '"bilge rats"'],
  ])('not: %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).not.toBe('title-or-name');
  });
});

describe('a fragment after a verb of proclaiming or deeming with its object', () => {
  it("is the subject's words", async () => {
    const [q] = await quotesOf('Dana Levi, the mayor, proclaimed the new harbour wall a "lasting triumph" at the opening.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', 'Dana Levi']);
    const [r] = await quotesOf('Dana Levi, the mayor, pronounced the old ferry contract a "disgrace" on Friday.');
    expect([r!.kind, r!.speaker]).toEqual(['partial', 'Dana Levi']);
  });

  it('a name in the object is no namer', async () => {
    const text = 'Dana Levi, the harbour master, spoke to reporters on Monday.\nShe labelled the Northern Ferry Company the "main cause of the delays" at the port.';
    const q = (await quotesOf(text)).find((x) => x.text === '"main cause of the delays"')!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).not.toBe('Northern Ferry Company');
  });
});

describe("a fragment after a name's possessive", () => {
  it.each([
    ['Critics compared the plan with Mayor Dana Levi’s “not our problem” approach to the flooding.', 'Dana Levi'],
    ['The board preferred Omar Haddad\'s "slow but sure" line, which he used for years.', 'Omar Haddad'],
    ['Residents waited for the Port Authority\'s "initial repairs" all winter.', 'Port Authority'],
  ])("is the possessor's words: %s", async (text, speaker) => {
    const [q] = await quotesOf(text);
    expect([q!.kind, q!.speaker]).toEqual(['partial', speaker]);
  });

  it('in title case it names their work', async () => {
    const [q] = await quotesOf('Tickets for Ann Lee’s “Harbour” tour sold out within an hour.');
    expect(q!.kind).toBe('title-or-name');
    const [r] = await quotesOf('She spoke on the radio and on KRTV\' "Meet the Harbour" on Sunday, and then on WNBX.');
    expect(r!.kind).toBe('title-or-name');
  });

  it('not a watched name, nor a word that is no name', async () => {
    expect((await quotesOf('Fishing boats kept away from Israel’s “security zone” along the river.')).map((q) => q.kind)).toEqual(['scare']);
    expect((await quotesOf('What’s “fair” about a queue that never moves?')).map((q) => q.kind)).toEqual(['scare']);
  });

  it('takes the name, not a capitalised verb before it', async () => {
    const [q] = await quotesOf('Watch the clip. Decoding Dana Levi\'s "red line" on the harbour took the panel an hour.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', 'Dana Levi']);
  });
});

describe('a term named by a passive "termed", a theme, or a movement with its acronym', () => {
  it.each([
    ['Those piers are more accurately termed "shared" piers, whatever the maps say.', '"shared"'],
    ['It is a habit of the harbour board that can be termed “pier-ism”, and it never ends.', '“pier-ism”'],
    ['The fair -- themed "bridging the bay," and opened on Tuesday -- drew crowds.', '"bridging the bay,"'],
    ['The "fair wages, safe piers" (FWSP) campaign grew all summer.', '"fair wages, safe piers"'],
  ])('%s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('title-or-name');
  });

  it("a label with its author after 'termed' is the author's", async () => {
    const [q] = await quotesOf('The ferry, despite being termed "unsafe" by the Harbour Board, sailed on Monday.');
    expect([q!.kind, q!.speaker]).toEqual(['partial', 'Harbour Board']);
  });
});

describe('a judgement given by a verb of labelling or regarding with its subject', () => {
  it.each([
    ['Since 2019 Dana Levi has termed rival crews "harbour pirates" in every speech.', 'Dana Levi'],
    ['The charter, which Mayor Okafor labelled a "blunder," goes to a vote.', 'Okafor'],
    ['The ferry board labelled the old piers a "lasting hazard" on Monday.', ''],
    ['Many dockers consider the new cranes "a slow disaster" for the port.', ''],
    ['Some unions also consider night shifts to be "unpaid overtime."', ''],
    ['The levy was struck from a list of fees the council considered "excessive."', ''],
    ['Ann Lee said the crews fought what they saw as a "lockout" by the owners.', 'Ann Lee'],
    ['The quay, which the fishermen view as their "last refuge", was sold.', ''],
    ['The board called the strike "reckless" and "a danger to all traders" on Friday.', ''],
    ['The board described the crews as "reckless" and "pirates" on Friday.', ''],
    // a designation or a listing: the words of who designates or lists
    ['Since 2015 the Harbour Board has listed the Northern Ferry Company as a "hostile carrier".', 'Harbour Board'],
    ['In May, Ruritania designated the dockers\' union a "subversive body" and seized its funds.', 'Ruritania'],
    ['The ministry classified the quay as a "closed zone" on Monday.', ''],
  ])('%s', async (text, speaker) => {
    const qs = await quotesOf(text);
    expect(qs.every((q) => q.kind === 'partial')).toBe(true);
    if (speaker) expect(qs.map((q) => q.speaker)).toContain(speaker);
  });

  it.each([
    // the quotation as what is regarded, not the judgement
    ['Many dockers consider "the reform" to be a trick of the owners.', '"the reform"'],
    // a passive names no one who regards
    ['The quay is also considered "safe" by nobody who works there.', '"safe"'],
    ['The levy was widely viewed as a "tax" on the poor.', '"tax"'],
    // 'so-called' is the writer's distance, not a verb of calling
    ['The board upheld the so-called harbour "reform" this week.', '"reform"'],
    // terms like "..." mentions words, it labels nothing
    ['Critics keep using terms like "harbour cartel" in their letters.', '"harbour cartel"'],
  ])('not: %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).not.toBe('partial');
  });
});

describe('a label in a free relative whose subject is left at a pronoun', () => {
  it('is the words of the cue that reports it, when one names its source; else its own', async () => {
    const [q] = await quotesOf('Mayor Dana Ruiz said the crews fought what they saw as a "lockout" by the owners.');
    expect(q!.speaker).toBe('Dana Ruiz');
    // mirrored: the other name, the same reading
    const [m] = await quotesOf('Mayor Omar Haddad said the crews fought what they saw as a "lockout" by the owners.');
    expect(m!.speaker).toBe('Omar Haddad');
    // not without a reporting cue: no one else's words
    const [n] = await quotesOf('Mayor Omar Haddad met the crews. They fought what they saw as a "lockout" by the owners.');
    expect(n!.speaker).not.toBe('Omar Haddad');
  });
});

describe('words mentioned as words', () => {
  it.each([
    ['Nobody on the quay could agree on what is meant by "fair share" these days.', '"fair share"'],
    ['I suspect that by "soon," the mayor meant next year.', '"soon,"'],
    ['The ferry crews hated that clumsy word "rightsizing" from the first memo.', '"rightsizing"'],
    ['The dockers are, in the usual phrasing, "tireless" or "the backbone of the port."', '"tireless"'],
    ['The dockers are, in the usual phrasing, "tireless" or "the backbone of the port."', '"the backbone of the port."'],
    ['They gave the scheme a new name — "Harbour First" — within a week.', '"Harbour First"'],
    ['The "right of passage" — the demand that ferries may always dock — split the board.', '"right of passage"'],
    ['There is a saying on the quay: "slow tide," which means patience pays.', '"slow tide,"'],
    ['Letters to the board used phrases like "harbour cartel" or "pier mafia" all year.', '"harbour cartel"'],
    ['Letters to the board used phrases like "harbour cartel" or "pier mafia" all year.', '"pier mafia"'],
    ['Readers filled the forms with vague answers such as "other," "maybe" and "later."', '"other,"'],
    ['After the flood, the "who" and the "what" of the failure were still unclear.', '"who"'],
    ['After the flood, the "who" and the "what" of the failure were still unclear.', '"what"'],
    ['With 212 "yes" votes, the levy passed easily.', '"yes"'],
    ['Good morning, I am Dana Levi. This is "Harbour Hour." Today, the strike.', '"Harbour Hour."'],
    ['Readers argue over "blockade" versus "closure" in every letter.', '"blockade"'],
    ['Readers argue over "blockade" versus "closure" in every letter.', '"closure"'],
    ['Pamphlets use terms like "fair toll" vs "fee" and "levy" vs "tax."', '"fee"'],
    ['Pamphlets use terms like "fair toll" vs "fee" and "levy" vs "tax."', '"levy"'],
  ])('%s %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('title-or-name');
  });

  it.each([
    // a clause after a noun for words is a speaker's: its predicate, or a sentence after a colon
    ['Dana Levi told reporters that the mayor\'s words "were twisted beyond recognition."', '"were twisted beyond recognition."'],
    // 'no' shouted is what was said
    ['A crowd of dockers shouted "no" as the chairman read the motion.', '"no"'],
    // a single quoted term after 'like' is no list
    ['The owners treat the crews like "spare parts" on a shelf.', '"spare parts"'],
  ])('not: %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).not.toBe('title-or-name');
  });
});

describe("a label given with 'as' by a verb of characterising", () => {
  it.each([
    ['On the quay, supporters of the council cheered the closure as a "fair slap" against the owners.', '"fair slap"', ''],
    ['The board released a plan billed as a "new dawn" for the harbour towns.', '"new dawn"', ''],
    ['Union pamphlets have long cast the port authority as the "big thief," while the owners stay silent.', '"big thief,"', ''],
    ['The ferries have been labelled by the Levi administration as "rogue traffic" for years.', '"rogue traffic"', 'Levi administration'],
    ['Dana Levi has voiced cautious support for the levy, casting it as "a fair step toward a port that pays its own way."', '"a fair step toward a port that pays its own way."', 'Dana Levi'],
    ['Its reporters prefer to malign the dockers as "thugs." Nobody asked the crews.', '"thugs."', ''],
  ])('%s', async (text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect([q.kind, q.speaker]).toEqual(['partial', speaker]);
  });

  it('takes the words of a speaker quoted nearby when they hold the label', async () => {
    const text =
      'A harbour official told the Ledger that "the crews still keep law and order on the quay." The union, which runs the quay, is portrayed as "law and order." Few agree.';
    const q = (await quotesOf(text)).find((x) => x.text === '"law and order."')!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).not.toBe('');
  });

  it.each([
    // 'as' of comparison, with no verb of characterising
    ['The village was as "quiet" as ever that winter.', '"quiet"'],
    ['The ferry sailed as the "calm" settled over the bay.', '"calm"'],
  ])('not: %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('scare');
  });
});

describe('the name of a doctrine, a slogan or a word, given by a noun before it', () => {
  it.each([
    ['The board embraced the principle of trading "land for water." Few objected.', '"land for water."'],
    ['The port authority adopted a strategy of "slow tolls." It failed within a year.', '"slow tolls."'],
    ["Critics of the mayor's doctrine of \"quiet harbours\" spoke first.", '"quiet harbours"'],
    ['Crews marched with placards and slogans such as "No more tolls" on Friday.', '"No more tolls"'],
    ['Analysts debate theories, such as the "harbour paradox," which holds that calm breeds risk.', '"harbour paradox,"'],
    ['I add the qualifier "coastal" because inland ports differ.', '"coastal"'],
    ['The crews marched to the pier with chants of "not our harbour" all afternoon.', '"not our harbour"'],
    ['Soon the mood turned into the cry of "shame, shame" outside the hall.', '"shame, shame"'],
  ])('%s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('title-or-name');
  });

  it.each([
    // no noun for a doctrine or a word before it
    ['The council spoke of "moderate" crews and their pay.', '"moderate"'],
    ['Nobody trusts the "fair" tolls of this port.', '"fair"'],
  ])('not: %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).not.toBe('title-or-name');
  });
});

describe("a predicate quoted after the writer's subject, modal or 'to'", () => {
  it.each([
    ['The harbour board resolution also "stresses the urgent need" for more ferries.', '"stresses the urgent need"', ''],
    ['In 1980 the old admiral ordered the crews to "hold the line" all winter.', '"hold the line"', ''],
    ['Cruz coached the mayor to "breathe, breathe, breathe." The hall laughed.', '"breathe, breathe, breathe."', 'Cruz'],
    ['From Lisbon, Dana Levi has "taken responsibility" for the closure.', '"taken responsibility"', 'Dana Levi'],
  ])('%s', async (text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect([q.kind, q.speaker]).toEqual(['partial', speaker]);
  });

  it('takes the speaker of a quotation nearby that holds the words', async () => {
    const text = '"We will get it done pretty quickly," Dana Levi said of the new pier. Having it "done pretty quickly" may be hard.';
    const q = (await quotesOf(text)).find((x) => x.text === '"done pretty quickly"')!;
    expect([q.kind, q.speaker]).toEqual(['partial', 'Dana Levi']);
  });

  it.each([
    // a noun phrase after a determiner, an adjective or a preposition
    ['The end of "combat operations" gave the crews time.', '"combat operations"'],
    ['They went back to "business as usual" after the strike.', '"business as usual"'],
    // one word
    ['The crews could "conclude" the strike by May.', '"conclude"'],
  ])('not: %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('scare');
  });
});

describe("a work's title after an imperative, or in title case inside a title", () => {
  it('is a title', async () => {
    const listen = (await quotesOf('For the history of the port … \nListen to “1948” (44 min.), an episode about the old harbour.')).find((x) => x.text === '“1948”')!;
    expect(listen.kind).toBe('title-or-name');
    const watch = (await quotesOf('Watch “Crews of the Old Pier Speak Out” (3 min.), a video from the quay.')).find((x) => x.text.startsWith('“Crews'))!;
    expect(watch.kind).toBe('title-or-name');
    const nested = (await quotesOf('Dana Levi wrote a column titled “‘Harbour Nights’ Comes Back to the Pier.” It ran on Sunday.')).find((x) => x.text === '‘Harbour Nights’')!;
    expect(nested.kind).toBe('title-or-name');
  });

  it('not words in lower case inside a title, nor a quotation after "read" inside a sentence', async () => {
    const [q] = (await quotesOf('The crews will watch "the tide" all week.'));
    expect(q!.kind).not.toBe('title-or-name');
  });
});

describe("a quotation that 'as X puts it' gives its words", () => {
  it.each([
    ['The port was, as Fox puts it, "the holy grail" of harbours.', '"the holy grail"', 'Fox'],
    ['This is not just "Levi\'s strike," as harbour wags have slurred.', '"Levi\'s strike,"', 'harbour wags'],
    // (a verb's bare form, and the noun the quotation modifies before the comma; an office's title before the name)
    ['It is a "second wind," as Levi and Baker term it.', '"second wind,"', 'Levi and Baker'],
    ['Officials played down the "quick" repairs, as Secretary of State Dana Levi termed them, in a late meeting.', '"quick"', 'Dana Levi'],
    ['Officials played down the "quick" repairs, as Secretary of State Tom Baker termed them, in a late meeting.', '"quick"', 'Tom Baker'],
    // (set off by commas earlier in the sentence, the quotation further on in its clause)
    ['The aim, as Dana Levi puts it, is to make Ruritania a "normal" place.', '"normal"', 'Dana Levi'],
    ['Sanctions were meant to force Ruritania, as Secretary of State Tom Baker likes to put it, to behave like "a normal country."', '"a normal country."', 'Tom Baker'],
  ])('%s', async (text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect([q.kind, q.speaker]).toEqual(['partial', speaker]);
  });

  it('not a pronoun or a passive after "as"', async () => {
    const q = (await quotesOf('Rebels of the "harbour front," as the group is called, held the pier.')).find((x) => x.text === '"harbour front,"')!;
    expect(q.speaker).not.toBe('group is');
  });

  it("leaves the writer's scare quote before a noun with no 'as X termed them', or with a pronoun", async () => {
    expect(await kindsOf('Officials played down the "quick" repairs, as expected, in a late meeting.')).toEqual([['"quick"', 'scare']]);
    expect(await kindsOf('Officials played down the "quick" repairs, as she termed them, in a late meeting.')).toEqual([['"quick"', 'scare']]);
    // an earlier 'as X puts it' does not reach past the clause's end, nor is a pronoun a name
    expect(await kindsOf('The aim, as Dana Levi puts it, is peace; the "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
    expect(await kindsOf('The aim, as she puts it, is to make Ruritania a "normal" place.')).toEqual([['"normal"', 'scare']]);
  });
});

describe("the words a named subject gives as the object or complement of its verb", () => {
  it.each([
    ['Senator Dana Levi hit the harbour plan as "reckless" in a late speech.', '"reckless"', 'Dana Levi'],
    ['Mayor Ruiz keeps belittling the union as a "junior league" outfit.', '"junior league"', 'Ruiz'],
    ['Ann Lee compared the two parties to a bickering "old couple" at the forum.', '"old couple"', 'Ann Lee'],
    ['Ruiz is determined to achieve "full control" of the port.', '"full control"', 'Ruiz'],
    ['Levi outlined terms for any "new accord" with the crews.', '"new accord"', 'Levi'],
    ['On Monday, Mayor Dana Levi threatened "severe measures" if the strike went on.', '"severe measures"', 'Dana Levi'],
    // a phrase of the object's own before 'as', and a long object before an infinitive
    ['Levi hit the strike in the north as "pointless" while running for mayor.', '"pointless"', 'Levi'],
    ['Levi has been pushing the Harbour Board to draw a clear "hard limit" on night shifts.', '"hard limit"', 'Levi'],
  ])('%s', async (text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect([q.kind, q.speaker]).toEqual(['partial', speaker]);
  });

  it.each([
    // a copula or a verb of what befalls the subject: the writer's description of it
    ['Levi is a "hardliner" in the cabinet.', '"hardliner"'],
    ['In no respect does Ruiz qualify as a "friend" of the union.', '"friend"'],
    ['Levi faced "serious questions" at the hearing.', '"serious questions"'],
    // a preposition of the writer's narration, the writer's distance, a watched name
    ['Levi travelled to the "new town" on Monday.', '"new town"'],
    ['Levi praised the so-called "reforms" of the port.', '"reforms"'],
    ['Ruiz has been downplaying the supposed March "deadline" for weeks.', '"deadline"'],
    ['Levi visited communities in "Judea and Samaria" last week.', '"Judea and Samaria"'],
    // a subject the writer reports inside another's clause, one of two subjects, another clause after the verb
    ['The agency used the excuse that Ruiz is using the crews as "human shields" in the dock.', '"human shields"'],
    ['Ann Lee and Dana Levi offered a "soft-hard" approach to the union.', '"soft-hard"'],
    ['Levi meant the crews had been "slightly tamed" by the new rules.', '"slightly tamed"'],
  ])('not: %s', async (text, quoted) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('scare');
  });

  it('a belief\'s clause holds the believer\'s words: "thought" as "believed"', async () => {
    for (const verb of ['thought', 'believed']) {
      const q = (await quotesOf(`Levi ${verb} the crews had been "slightly tamed" by the new rules.`)).find((x) => x.text === '"slightly tamed"')!;
      expect([q.kind, q.speaker]).toEqual(['partial', 'Levi']);
    }
  });

  it('a belief inside what a speaker reports is part of that report: the speaker governs its quotation', async () => {
    const told = 'Dana Levi told a committee that officials thought the toll was "very high, and it could be higher."';
    expect((await quotesOf(told))[0]!.speaker).toBe('Dana Levi');
    const quotedAs = 'She thought the "best course was to send three boats" to the port, the memo quoted Dana Levi as saying.';
    expect((await quotesOf(quotedAs))[0]!.cue).toBe('quoted Dana Levi as saying');
  });

  it('a belief after a quotation is no tag of it', async () => {
    const q = (await quotesOf('When Mayor Dana Levi said that "the port will not close," everyone knew she meant it.'))[0]!;
    expect([q.kind, q.speaker]).toEqual(['partial', 'Dana Levi']);
  });

  it('not a passive: the label is the agent\'s', async () => {
    const q = (await quotesOf('Levi was criticised as "reckless" by the council.')).find((x) => x.text === '"reckless"')!;
    expect(q.speaker).not.toBe('Levi');
  });
});

describe('a fragment in the complement of a named owner\'s speech or claim noun', () => {
  it.each([
    ['by a name, that', 'The protest followed accusations by Dana Levi that the count was "rigged" and must be redone.', '"rigged"', 'Dana Levi'],
    ['from a body', 'The sanctions came amid warnings from some Harbour officials that Ruiz would spread "regional mischief" on the coast.', '"regional mischief"', 'Harbour officials'],
    ['possessive, that, beats the verb before it', "Reporters questioned the Harbour Council's spin that the auditors \"doctored\" the ledger.", '"doctored"', 'Harbour Council'],
    ['description of ... as', "The dispute centres on Veldoria's description of Port Amsel as its \"eternal gateway\" in the charter.", '"eternal gateway"', 'Veldoria'],
    ['claim of', "Few analysts accepted the Harbour Front's claim of a \"great victory\" after the truce.", '"great victory"', 'Harbour Front'],
    ['beats a verb after the clause', 'Allegations from the Harbour Party that the count was "fixed" were dismissed by the court.', '"fixed"', 'Harbour Party'],
    ['call that', "Mayor Dana Levi's call that the crews take \"less drastic action\" at the docks was ignored.", '"less drastic action"', 'Dana Levi'],
    ['talk of (scare26)', 'For all of Dana Levi’s talk of the “total defeat” of the rebels, they are still standing.', '“total defeat”', 'Dana Levi'],
    ['rhetoric of (scare26)', "Owners feared Dana Levi's rhetoric of \"class war\" at the docks.", '"class war"', 'Dana Levi'],
  ])('%s', async (_name, text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).toBe(speaker);
  });

  it.each([
    // a verb's label after the noun ('dismissed ... claims as', 'called ... description')
    ['The spokesman dismissed Levi\'s claims as "delusional" on Friday.', '"delusional"', 'Levi'],
    ['The union called Ruiz\'s description of the strike "ridiculous" and walked out.', '"ridiculous"', 'Ruiz'],
    // the main clause's verb after the 'that' clause
    ['Her aide said Thursday that Levi\'s claim that Ruiz is in favour of new tolls is "simply not true."', '"simply not true."', 'Levi'],
    // a phrase complement with a verb of its own
    ['The ministry statement had said that Levi\'s threat of fines was meant to stop acts that included "the harassment of crews."', '"the harassment of crews."', 'Levi'],
    // the 'that' clause a speaker's verb takes, the noun in a phrase before it
    ['Ann Lee said in reference to Levi\'s remarks that "this is exactly the wrong time to fight."', '"this is exactly the wrong time to fight."', 'Levi'],
  ])('not the owner: %s', async (text, quoted, owner) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.speaker).not.toBe(owner);
  });

  it('leaves the writer\'s distance, a watched name and an unnamed owner as they were', async () => {
    expect((await quotesOf('The council rejected the so-called "peace plan" on Monday.'))[0]!.kind).toBe('scare');
    expect((await quotesOf('Levi\'s description of the hills as "Judea and Samaria" angered the group.'))[0]!.kind).toBe('scare');
    const q = (await quotesOf('There were accusations that the count was "rigged" in several wards.'))[0]!;
    expect(q.speaker).toBe('');
    expect(await kindsOf('There was talk of a "second wind" at the docks.')).toEqual([['"second wind"', 'scare']]);
  });
});

describe('a fragment set off by a tag the lexicon does not list', () => {
  it.each([
    ['opening its line: direct', '"Enough," she demanded.', '"Enough,"', 'direct', 'she'],
    ['a name crying out', '"Tamar," he wailed from the doorway.', '"Tamar,"', 'direct', 'he'],
    ["after 'It is': partial", 'It is "calm in our time," Levi proclaimed, holding up the letter.', '"calm in our time,"', 'partial', 'Levi'],
  ])('%s', async (_name, text, quoted, kind, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe(kind);
    expect(q.speaker).toBe(speaker);
  });

  it('not a quotation that closes an opening clause, nor one with no tag after its comma', async () => {
    expect((await quotesOf('After the "truce," Harbour crews resumed the raids.'))[0]!.kind).toBe('scare');
    expect((await quotesOf('The "truce," which nobody signed, collapsed.'))[0]!.kind).toBe('scare');
  });
});

describe('a short utterance set off by a tag the lexicon lists', () => {
  it.each([
    ['a tag with its verb first', 'Bread ran out at noon. "We\'re out," says Rami Haddad, who runs the bakery.', '"We\'re out,"', 'direct', 'Rami Haddad'],
    ['a question', 'The mayor was asked about the curfew. "Tonight?" she said. "No."', '"Tonight?"', 'direct', 'she'],
    ['the first piece of a split quotation', '"The talks," Levi said, "are over."', '"The talks,"', 'direct', 'Levi'],
    ['the sides swapped', '"Not again," said an Israeli official. "Not again," said a Palestinian official.', '"Not again,"', 'direct', 'anonymous'],
    ["inside the writer's sentence: partial", 'The governor called the deal "a disgrace," Levi said.', '"a disgrace,"', 'partial', 'Levi'],
    ['lower case after an abbreviation\'s stop: partial', 'Levi said the U.S. "had no choice," Haddad said.', '"had no choice,"', 'partial', 'Haddad'],
    ['a clause joined on after it: not this rule', 'The crowd fell silent. "Fine," and then Levi said nothing more.', '"Fine,"', 'partial', 'Levi'],
  ])('%s', async (_name, text, quoted, kind, speaker) => {
    const qs = (await quotesOf(text)).filter((x) => x.text === quoted);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.kind).toBe(kind);
      expect(q.speaker).toBe(speaker);
    }
  });
});

describe('an evidential adverb after a quotation', () => {
  it.each([
    ['opens a clause of its own: the cue before the quotation speaks', 'Lee says the board tried to get him to agree to "step aside," reportedly going so far as to cancel his contract.', '"step aside,"', 'partial', 'Lee'],
    ['before the tag, the tag speaks', '"We will not retreat," the Hamas commander reportedly said.', '"We will not retreat,"', 'direct', 'Hamas commander'],
    ['the sides swapped', '"We will not retreat," the Israeli commander reportedly said.', '"We will not retreat,"', 'direct', 'Israeli commander'],
    ['before the quotation it still qualifies it', 'Officials were reportedly furious at the "betrayal" by the council.', '"betrayal"', 'partial', 'anonymous'],
  ])('%s', async (_name, text, quoted, kind, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe(kind);
    expect(q.speaker).toBe(speaker);
  });
});

describe("a fragment in the complement of a speech or claim noun whose owner is a description or a pronoun", () => {
  it.each([
    ['a description in lower case', 'The governor\'s insistence that the harbour was "open for business" drew laughter.', '"open for business"', 'governor'],
    ['a description that opens on a name', 'Reporters doubted the Harbour ministry\'s claims that the raid was a "measured" response.', '"measured"', 'Harbour ministry'],
    ['a pronoun, the sentence opening on its name', 'Mayor Dana Levi restated her view that there is still a "window" for talks.', '"window"', 'Dana Levi'],
    ['a pronoun with no name before it', 'His claim that the port was "secure" rang hollow with the crews.', '"secure"', 'he'],
  ])('%s', async (_name, text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).toBe(speaker);
  });

  it("not a quotation that opens on the main clause's verb after the that-clause", async () => {
    const q = (await quotesOf('The governor\'s insistence that the plan was sound "is simply wrong," critics said.'))[0]!;
    expect(q.speaker).not.toBe('governor');
    const named = (await quotesOf('Dana Levi\'s claim that the count was fair "is not true," her rival said.'))[0]!;
    expect(named.speaker).not.toBe('Dana Levi');
  });
});

describe("one word in lower case after a name's possessive", () => {
  it('is the writer\'s sarcasm about the possessor, not the possessor\'s words', async () => {
    expect((await quotesOf('At least Levi\'s "credibility" on the harbour is still intact.'))[0]!.kind).toBe('scare');
    expect((await quotesOf('Ruiz is testing Levi\'s "patience" in the talks.'))[0]!.kind).toBe('scare');
  });

  it('unless a noun for words follows it, or it runs to more words', async () => {
    const q = (await quotesOf('Triggering Levi\'s "gun" remark was one by Ruiz at the briefing.'))[0]!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).toBe('Levi');
    const r = (await quotesOf('Dana Levi\'s "total victory" remains far off.'))[0]!;
    expect(r.kind).toBe('partial');
    expect(r.speaker).toBe('Dana Levi');
  });
});

describe('a name in title case set off by a comma before the kind of thing it names', () => {
  it('is a name', async () => {
    const [q] = await quotesOf('"Harbour Voice," a community radio station in the north, changed how villagers see the vaccine.');
    expect(q!.kind).toBe('title-or-name');
    const [r] = await quotesOf('Her sister runs "Mothers of the Port", a charity founded in 2010.');
    expect(r!.kind).toBe('title-or-name');
  });

  it("not a group's self-name, nor a watched name", async () => {
    const [g] = await quotesOf('Shelling resumed after the "Tide Brigade," the group that claims the strip, fired again.');
    expect(g!.kind).not.toBe('title-or-name');
    const [s] = await quotesOf('"Israel," a state the writer will not name, struck again.');
    expect(s!.kind).toBe('scare');
  });
});

describe("a newsletter's recommendation line", () => {
  it("holds a work's title in title case after 'Watch:', 'Read:', 'Listen:' or 'Stream:'", async () => {
    const text = 'WHAT TO DO TONIGHT\nWatch: Two veteran actors shine in "The Long Tide."\nRead: In "Our Harbour Burns," a ferry captain recounts the storm.\nWatch: "HARBOUR PATROL" is back for a tenth season.';
    expect((await quotesOf(text)).map((q) => q.kind)).toEqual(['title-or-name', 'title-or-name', 'title-or-name']);
  });

  it('not words in lower case there', async () => {
    const [q] = await quotesOf('Read: The mayor says the pier is "safe" again.');
    expect(q!.kind).not.toBe('title-or-name');
  });
});

describe('a title in title case named earlier in the document', () => {
  it('is the same title again, inside a quotation too', async () => {
    const text = 'The network revives the sitcom, titled "Lighthouse," this week. Our critic calls it tired. "While this \'Lighthouse\' has a few warm moments, it drags," he writes.';
    expect((await quotesOf(text)).find((x) => x.text === "'Lighthouse'")!.kind).toBe('title-or-name');
  });

  it('not a word in lower case, nor one named only after it', async () => {
    const lower = 'The "reform" cut pensions for years. The word "reform" appears in the title.';
    expect((await quotesOf(lower)).find((x) => x.text === '"reform"' && x.start < 30)!.kind).toBe('scare');
    const later = 'The "Lighthouse" crowd cheered on Monday. The sitcom, titled "Lighthouse," returns in May.';
    expect((await quotesOf(later))[0]!.kind).not.toBe('title-or-name');
  });
});

describe('a fragment between two sentences that report the same speaker', () => {
  it("is that speaker's words", async () => {
    const text = 'The mayor, Dana Levi, said unity had worked in the harbour talks.\nBefore the deal, the councils placed fees on the ferries to "test the owners" and see whether they would pay.\n"It worked," Levi said.';
    const q = (await quotesOf(text)).find((x) => x.text === '"test the owners"')!;
    expect([q.kind, q.speaker]).toEqual(['partial', 'Dana Levi']);
  });

  it('not one word, a short term after a determiner or "so-called", nor between two different speakers', async () => {
    const one = 'The mayor, Dana Levi, said the talks had failed.\nThe owners are, after all, her "friends" at the yacht club.\n"We tried," Levi said.';
    expect((await quotesOf(one)).find((x) => x.text === '"friends"')!.kind).toBe('scare');
    const process = 'Abbas said the talks had collapsed.\nFor two decades the "peace process" has produced nothing but more settlements.\n"We tried everything," Abbas said.';
    expect((await quotesOf(process)).find((x) => x.text === '"peace process"')!.kind).toBe('scare');
    const called = 'The mayor, Dana Levi, said the talks had failed.\nThe owners wanted the so-called "harbour tax" gone.\n"We tried," Levi said.';
    expect((await quotesOf(called)).find((x) => x.text === '"harbour tax"')!.kind).toBe('scare');
    const two = 'The mayor, Dana Levi, said the talks had failed.\nThe ferries still charge "a fair toll" in winter.\n"We were ignored," Ann Ruiz said.';
    expect((await quotesOf(two)).find((x) => x.text === '"a fair toll"')!.kind).toBe('scare');
  });
});

describe('a possessive pronoun before a fragment and a noun for words after it', () => {
  it('are the words of whom the pronoun stands for', async () => {
    const q = (await quotesOf('Mayor Dana Levi spoke to the dockers on Monday. It is unclear whether her "open harbour" phraseology means new berths.'))[0]!;
    expect([q.kind, q.speaker]).toEqual(['partial', 'Dana Levi']);
    // (a pronoun left unresolved stays the pronoun)
    const r = (await quotesOf('The ferry chief left for the coast after his "no timetable" remarks.'))[0]!;
    expect([r.kind, r.speaker]).toEqual(['partial', 'he']);
  });

  it('not without a noun for words, nor a name in title case', async () => {
    expect((await quotesOf('The union is proud of its "open door" to new members.'))[0]!.kind).toBe('scare');
    expect((await quotesOf('Ruiz read his "Harbour Song" speech to the crews.'))[0]!.kind).not.toBe('partial');
  });
});

describe("a name the thing is known by, with an article or the people who know it by it", () => {
  it.each([
    ['Oren Tal, colloquially known as the "harbour king," ran the docks.', '"harbour king,"'],
    ['The ridge, known to reporters as "the hill of regret", was empty on Monday.', '"the hill of regret"'],
    ['The full list of stocks, known in diplomatic parlance as a "declaration," is due Friday.', '"declaration,"'],
    ['The crews threatened to close the hotline, known as the "harbour channel", in April.', '"harbour channel"'],
  ])('%s', async (text, quoted) => {
    expect((await quotesOf(text)).find((x) => x.text === quoted)!.kind).toBe('title-or-name');
  });
});

describe("a label given with 'as' by a verb of designating, listing, promoting or defining", () => {
  it.each([
    ['Since 2009 the council has listed Oren Tal as a "global smuggler".', '"global smuggler"', ''],
    ['The deal will not last if the port cannot act against groups that are designated as "hostile."', '"hostile."', ''],
    ['The satirist Dana Levi defined a harbour as "a port with opinions."', '"a port with opinions."', 'Dana Levi'],
  ])('%s', async (text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).toBe(speaker);
  });
});

describe('a title in title case that opens on a number', () => {
  it('is a title', async () => {
    expect((await quotesOf('The mayor\'s comments to "60 Minutes" over the weekend have prompted a vigorous debate.'))[0]!.kind).toBe('title-or-name');
    expect((await quotesOf('Dana Levi appeared in his "48 Hours" interview on the harbour.'))[0]!.kind).toBe('title-or-name');
  });
  it('not a number with a word in lower case', async () => {
    expect((await quotesOf('The crews worked "24 hours" a day on the harbour.'))[0]!.kind).toBe('scare');
  });
});

describe('words sworn to', () => {
  it("are the words of who swore, as a vow's are", async () => {
    const q = (await quotesOf('The deal pushed Levi to accept terms from the Harbour Front, a group he has sworn to "crush".'))[0]!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).toBe('Levi');
    expect((await quotesOf('The mayor has sworn to "crush" the smuggling ring.'))[0]!.kind).toBe('partial');
  });
});

describe("a fragment in what a document's text lays down", () => {
  it.each([
    ['a relative clause', 'The council backed a resolution that said any such plans were "null and void" and must be dropped.', '"null and void"', 'resolution'],
    ['a named act, an adverb before its verb', 'The Harbour Powers Act technically requires the mayor to seek approval when crews are sent into "hostilities" for any purpose.', '"hostilities"', 'Harbour Powers Act'],
    ['a treaty that bars', 'The treaty bars both sides from "hostile acts" along the river.', '"hostile acts"', 'treaty'],
    ["'Under the bill,'", 'Under the proposed bill, the harbour must give notice of any steps that would "significantly alter" its budget.', '"significantly alter"', 'bill'],
  ])('%s', async (_name, text, quoted, speaker) => {
    const q = (await quotesOf(text)).find((x) => x.text === quoted)!;
    expect(q.kind).toBe('partial');
    expect(q.speaker).toBe(speaker);
  });

  it('not the writer\'s distance marked in the clause, nor a document that is no subject of a verb of laying down', async () => {
    expect((await quotesOf('The treaty bars both sides from so-called "hostile acts" along the river.'))[0]!.kind).toBe('scare');
    expect((await quotesOf('Critics of the treaty see a "surrender" in its terms.'))[0]!.kind).toBe('scare');
  });
});

describe('a word compared with the quoted one or translated into it', () => {
  it('is mentioned as a word', async () => {
    expect((await quotesOf('In that town the harbour does not seem synonymous with "happy."'))[0]!.kind).toBe('title-or-name');
    expect((await quotesOf('He founded a fact-checking group called Tahaqaq, which translates to "verification."'))[0]!.kind).toBe('title-or-name');
  });
  it('a watched name stays the writer\'s distance', async () => {
    expect((await quotesOf('For many the vote was synonymous with "Israel" and nothing else.'))[0]!.kind).toBe('scare');
  });
});

describe('a fragment set off by a tag: hyphenated verbs, and a watched name', () => {
  it('takes a hyphenated verb as a tag', async () => {
    const q = (await quotesOf('"So true," Mr. Levi ad-libbed. "Did not expect that."'))[0]!;
    expect(q.kind).toBe('direct');
    expect(q.speaker).toBe('Levi');
  });
  it('a watched name set off by a tag is the speaker\'s words', async () => {
    const q = (await quotesOf('"For Israel," he went on, "there is a growing campaign."'))[0]!;
    expect(q.kind).toBe('direct');
  });
  it('a watched name inside the writer\'s sentence stays the writer\'s distance', async () => {
    expect((await quotesOf('Settlers in "Judea and Samaria" protested on Monday.'))[0]!.kind).toBe('scare');
  });
});

describe('a fragment after a stated aim or in what someone spoke or lectured about', () => {
  it.each([
    ['a message that fit with his stated desire to "drain the harbour" of old crews.', '"drain the harbour"'],
    ['Levi and Ruiz have in recent months spoken stridently about the port and its "malign activities" in the region.', '"malign activities"'],
    ['The council seems to be backing the crews while lecturing the guards about "harming civilians."', '"harming civilians."'],
    ['Our colleague at the harbour blog earlier posted about how the visit was not "a smashing success."', '"a smashing success."'],
  ])('%s', async (text, quoted) => {
    expect((await quotesOf(text)).find((x) => x.text === quoted)!.kind).toBe('partial');
  });
});

describe('words mentioned as words: lists, terms used, a meaning discussed', () => {
  it('a list after a mention goes on with commas alone', async () => {
    const qs = await quotesOf('For the ferry, the most common terms used in the two papers were "brutal," "barbaric," "deliberate," "murderous"; it was different for the barge.');
    expect(qs.map((q) => q.kind)).toEqual(['title-or-name', 'title-or-name', 'title-or-name', 'title-or-name']);
  });
  it('a word whose meaning is discussed', async () => {
    const q = (await quotesOf('The talks stalled again. "Escalation" lacks a singular meaning. For some, it means more ships.'))[0]!;
    expect(q.kind).toBe('title-or-name');
  });
  it('not a sentence of speech after a programme\'s title', async () => {
    const qs = await quotesOf('Summing up, Mr. Levi told "Harbour Today," "Never point a hose at someone unless you are ready to use it."');
    expect(qs[1]!.kind).toBe('direct');
  });
});

describe("headlines: a name-like phrase in capitals that a named speaker's verb gives", () => {
  const body = 'The council met on Monday. Officials said little.';
  it.each([
    ["Mayor Levi touts 'perfect' vote, declares 'Job Done'", "'Job Done'", 'Levi'],
    ["Mayor Levi blames Lee for backing ‘Tyrant Ruiz’", '‘Tyrant Ruiz’', 'Levi'],
    // the sides swapped give the same class, the speaker the subject each time
    ["Mayor Lee blames Levi for backing ‘Tyrant Ruiz’", '‘Tyrant Ruiz’', 'Lee'],
  ])('%s', async (title, quoted, speaker) => {
    const q = (await quotesOf(body, title)).find((x) => x.text === quoted)!;
    expect([q.kind, q.speaker]).toEqual(['headline-attribution', speaker]);
  });

  it('a watched name quoted bare stays the writer\'s distance', async () => {
    expect((await quotesOf(body, "Minister says 'Israel' must answer")).map((q) => q.kind)).toEqual(['scare']);
    expect((await quotesOf(body, "Minister says 'Palestine' must answer")).map((q) => q.kind)).toEqual(['scare']);
  });
});

describe('headlines: a watched name in what a named speaker says', () => {
  // a headline alone, as a file of headlines gives it (--map text=title), and the same headline over a body
  async function alone(title: string): Promise<Quote[]> {
    const lexicon = await defaultLexicon();
    const article = { id: 'h', source: 's', title, date: '', url: '', path: '', byline: '', text: title, layout: 'record' as const, hasTitle: true };
    return analyzeArticle(article, lexicon).result.detection.quotes;
  }
  const kindSpeaker = (qs: Quote[]) => qs.map((q) => [q.kind, q.speaker]);

  it.each([
    ["Mayor says 'reformed Harbour Authority' should run the port", 'Mayor'],
    ["Foreign minister describes the camp as 'a new Nakba'", 'Foreign minister'],
    // (title case: "Calls For" is the verb, whatever the tagger makes of it)
    ["Senator Dana Levi Calls For 'Immediate Cease-Fire' In Harbour Town", 'Dana Levi'],
    ["Senator Dana Levi Calls for 'Immediate Cease-Fire'", 'Dana Levi'],
    ["Premier says 40 'terrorists' were among the dead", 'Premier'],
  ])('%s: the speaker\'s words', async (title, speaker) => {
    expect(kindSpeaker(await alone(title))).toEqual([['headline-attribution', speaker]]);
    expect(kindSpeaker(await quotesOf('The statement came on Monday.', title))).toEqual([['headline-attribution', speaker]]);
  });

  it('a participle with no auxiliary charges its subject: the words are someone unnamed\'s', async () => {
    expect(kindSpeaker(await alone("Ruritania accused of 'facilitating genocide'"))).toEqual([['headline-attribution', 'anonymous']]);
    expect(kindSpeaker(await alone("Council urged to 'end the bloodshed' at the border"))).toEqual([['headline-attribution', 'anonymous']]);
    expect(kindSpeaker(await alone("Mayor criticised for 'reckless' remarks"))).toEqual([['headline-attribution', 'anonymous']]);
    // an active verb, or an agent after 'by', names the speaker
    expect(kindSpeaker(await alone("Ruritania accuses its neighbour of 'collective punishment'"))).toEqual([['headline-attribution', 'Ruritania']]);
    expect(kindSpeaker(await alone("Ruritania accused by its neighbour of 'collective punishment'"))).toEqual([['headline-attribution', 'its neighbour']]);
  });

  it('stays the writer\'s distance: a state\'s name bare, no verb of saying, a verb whose object is another\'s words, a possessive', async () => {
    expect((await alone('Navy helped "Israel" recover two captives')).map((q) => q.kind)).toEqual(['scare']);
    expect((await alone("Premier says 'Israel' will win")).map((q) => q.kind)).toEqual(['scare']);
    expect((await alone("Army sets up 'buffer zone' along the border")).map((q) => q.kind)).toEqual(['scare']);
    expect((await alone("Allies condemn 'Victory Conference' in the capital")).map((q) => q.kind)).toEqual(['scare']);
    expect((await alone("LEVI: Dana Reed's \"third intifada\"")).map((q) => q.kind)).toEqual(['scare']);
    expect((await alone("Premier says the envoy's 'third intifada' is near")).map((q) => q.kind)).toEqual(['scare']);
  });

  it('a long name in title case before a colon, with a space before it, is the speaker; a topic or a kicker is not', async () => {
    expect(kindSpeaker(await alone('Office Of The President Of Ruritania : "The harbour belongs to its people"'))).toEqual([['headline-attribution', 'Office Of The President Of Ruritania']]);
    expect(kindSpeaker(await alone("Critics On The Mayor Harbour Plan: 'Odd'"))).toEqual([['headline-attribution', '']]);
    expect(kindSpeaker(await alone("Israel Gaza: 'Where did my brother go?'"))).toEqual([['headline-attribution', '']]);
    expect(kindSpeaker(await alone("Explainer: 'A long winter' in the camps"))).toEqual([['headline-attribution', '']]);
    expect(kindSpeaker(await alone("Minister: 'We will not leave'"))).toEqual([['headline-attribution', 'Minister']]);
    expect(kindSpeaker(await alone("UN: 'Credible reports' of abuse in the camps"))).toEqual([['headline-attribution', 'UN']]);
    expect(kindSpeaker(await alone("Israel: 'The onus is on the other side'"))).toEqual([['headline-attribution', 'Israel']]);
    expect(kindSpeaker(await alone("Gaza: 'One gate' is not enough for the convoys"))).toEqual([['headline-attribution', '']]);
    expect(kindSpeaker(await alone("Lebanese-American: 'We waited for the ships all week'"))).toEqual([['headline-attribution', 'Lebanese-American']]);
  });

  it('a source after the headline\'s last colon speaks its quotations that no cue gives a speaker', async () => {
    expect(kindSpeaker(await alone("Harbour town has become a 'graveyard' for boats: UN agency"))).toEqual([['headline-attribution', 'UN agency']]);
    expect(kindSpeaker(await alone("'The port will not reopen this year': Ruritania defence minister"))).toEqual([['headline-attribution', 'Ruritania defence minister']]);
    expect(kindSpeaker(await alone("Talks on the harbour 'in everybody's interest': Head of the port authority"))).toEqual([['headline-attribution', 'Head of the port authority']]);
    // a watched name in it is the source's word too, unless quoted bare
    expect(kindSpeaker(await alone("The siege is 'a new Nakba': Rights group"))).toEqual([['headline-attribution', 'Rights group']]);
    expect((await alone('Navy helped "Israel" recover two captives: Daily Courier')).map((q) => q.kind)).toEqual(['scare']);
    // not a clause, a topic, a programme's suffix or a date after the colon
    for (const title of [
      "'We are all sick': Fevers spread across the camps",
      "'Hell on Earth' in the harbour: Strikes hit the old town",
      "'No more': Harbour protesters challenge Levi speech",
      "The 'outside agitators' story : Consider This from Radio Two",
      "Ships leave, 'impossible' evacuation: What to know Monday",
    ]) expect(kindSpeaker(await alone(title))).toEqual([['headline-attribution', '']]);
  });

  it('a quotation that opens a headline: the one who speaks on a topic after its colon', async () => {
    expect(kindSpeaker(await alone("'This is a crime': Harbour doctor on the grave found at the clinic"))).toEqual([['headline-attribution', 'Harbour doctor']]);
    expect(kindSpeaker(await alone("“I was silenced”: ex Ruritanian diplomat on the talks"))).toEqual([['headline-attribution', 'ex Ruritanian diplomat']]);
    expect(kindSpeaker(await alone("'Fear and silence': Harbour photographer Dana Levi on her year in the camps"))).toEqual([['headline-attribution', 'Harbour photographer Dana Levi']]);
    // not a clause or a topic
    expect(kindSpeaker(await alone("'So the world knows': Harbour parents mark children's names on their arms"))).toEqual([['headline-attribution', '']]);
    expect(kindSpeaker(await alone("'A new abyss': The port and the hundred years' war on its people"))).toEqual([['headline-attribution', '']]);
  });
});

describe("a quotation that is a video's whole title after a name, in a player's boilerplate", () => {
  it("is the named speaker's, not that of a story's speaker nearby", async () => {
    const text = 'The analyst Tom Varga said the talks would stall.\n\nJUST WATCHED Dana Levi: \'We will go on\' Replay More Videos ... MUST WATCH Dana Levi: \'We will go on\' 02:56\n\nThe council meets again on Friday.';
    const qs = (await quotesOf(text)).filter((x) => x.text === "'We will go on'");
    expect(qs.map((q) => q.speaker)).toEqual(['Dana Levi', 'Dana Levi']);
  });
});

describe('an exclamation quoted in the writer\'s sentence (scare23)', () => {
  it('is something cried or said, not the writer\'s distance', async () => {
    expect(await kindsOf('At night the boy woke crying out "Papa!" or "Nana!" and would not sleep again.')).toEqual([
      ['"Papa!"', 'direct'],
      ['"Nana!"', 'direct'],
    ]);
    // a watched name in it too
    expect((await kindsOf('They shouted slogans including, "Ceasefire now!" "Feed the children!" and "Stop the shelling."'))[0]).toEqual(['"Ceasefire now!"', 'direct']);
    expect((await kindsOf('When the paper praises the mayor, it is no longer "lying," "failing," or "Weak!" in his telling.')).map(([, k]) => k)).not.toContain('scare');
  });
  it('leaves marks inside a quotation, a question and a plain term as they were', async () => {
    // (marks inside a quotation are the speaker's: a partial quotation of the governor, scare24, not an exclamation)
    expect((await kindsOf('"They will be coming, nice and new and \'shiny!\'" the governor wrote.'))[1]).toEqual(["'shiny!'", 'partial']);
    expect(await kindsOf('The town prides itself on its "calm" streets.')).toEqual([['"calm"', 'scare']]);
    expect(await kindsOf('The mayor threatened the port again. How is that for "restraint?"')).toEqual([['"restraint?"', 'scare']]);
  });
});

describe('a document that gives, grants or allows (scare23)', () => {
  it("quotes the document's words, an auxiliary before the verb and a fragment quoted before in the clause too", async () => {
    expect(await kindsAndSpeakers('The proposal does give the navy the "flexibility" to confront "sudden threats," potentially by sending patrol boats.')).toEqual([
      ['"flexibility"', 'partial', 'proposal'],
      ['"sudden threats,"', 'partial', 'proposal'],
    ]);
    expect(await kindsAndSpeakers('The charter also granted the council broad power to act against "disorder" in the harbour.')).toEqual([['"disorder"', 'partial', 'charter']]);
  });
  it('leaves a term the writer holds at a distance in a clause with no document as subject', async () => {
    expect(await kindsAndSpeakers('The town prides itself on its "calm" streets, and the plan would give it more of them.')).toEqual([['"calm"', 'scare', '']]);
  });
});

describe('a fragment in what someone claims to have done (scare23)', () => {
  it('is the claimant\'s words', async () => {
    expect((await kindsAndSpeakers('The harbour police claims to have seized a boat and destroyed a fuel store "in a residential block" near the clinic.'))[0]!.slice(0, 2)).toEqual(['"in a residential block"', 'partial']);
    expect(await kindsAndSpeakers('Dana Levi claims to have read every "secret" memo of the council.')).toEqual([['"secret"', 'partial', 'Dana Levi']]);
  });
  it('not in "claimed the lives of"', async () => {
    expect(await kindsAndSpeakers('The port has claimed the lives of three "volunteers" this year.')).toEqual([['"volunteers"', 'scare', '']]);
  });
});

describe('a second name after an abbreviation in parentheses (scare23)', () => {
  it('is a name too', async () => {
    expect(await kindsOf('The rules of the port are known as "harbour law" (HL) or the "law of the quays" among sailors.')).toEqual([
      ['"harbour law"', 'title-or-name'],
      ['"law of the quays"', 'title-or-name'],
    ]);
  });
  it('not with no abbreviation between, where the article may open a term of the writer\'s', async () => {
    expect(await kindsOf('The rules of the port are known as "harbour law" or the "peace" of the quays.')).toEqual([
      ['"harbour law"', 'title-or-name'],
      ['"peace"', 'scare'],
    ]);
  });
});

describe('words used "as a term" (scare23)', () => {
  it('are mentioned, not held at a distance', async () => {
    expect(await kindsOf('The council\'s policy against using "rebels" as a blanket term for the group drew criticism.')).toEqual([['"rebels"', 'title-or-name']]);
    expect(await kindsOf('Reporters stopped using "militants" as a catch-all label.')).toEqual([['"militants"', 'title-or-name']]);
  });
  it('not a thing used as something else', async () => {
    expect(await kindsOf('The army uses "roof knocking" as a warning before strikes.')).toEqual([['"roof knocking"', 'scare']]);
  });
});

describe("a quotation inside a newspaper's headline quoted in a press review (scare23)", () => {
  it("carries the headline's marks: someone's words, not the writer's distance", async () => {
    const qs = await kindsAndSpeakers('The front pages: the Daily Courier has "Pressure on council over \'secret\' port deal". "Dock workers \'will get their pay\'" says the Evening Post, while the Harbour Times leads with "Levi: Port will not \'sell off the quays\' after vote".');
    expect(qs.filter(([, k]) => k !== 'direct')).toEqual([
      ["'secret'", 'headline-attribution', ''],
      ["'will get their pay'", 'headline-attribution', ''],
      ["'sell off the quays'", 'headline-attribution', 'Levi'],
    ]);
  });
  it("not in a newspaper's report quoted in part, nor in a speaker's sentence", async () => {
    // (the report's own marks: its partial quotation, scare24)
    expect((await kindsAndSpeakers('The Harbour Times reported that the mayor "knew the \'secret\' plan".'))[1]).toEqual(["'secret'", 'partial', 'The Harbour Times']);
    expect((await kindsAndSpeakers('"We were told the pay was \'secure\' and it was not," said Dana Levi, a docker.'))[1]![1]).not.toBe('headline-attribution');
  });
});

describe("a work's title before its maker or a programme's staff (scare23)", () => {
  it('is a title', async () => {
    expect(await kindsOf('The call to prayer is pretty if you like that kind of thing. ("Amazing Grace" by the Harbour Choir is better.)')).toEqual([['"Amazing Grace"', 'title-or-name']]);
    expect(await kindsOf('It was, said "Harbour Hour" Host Dana Levi, a shameful week.')).toEqual([['"Harbour Hour"', 'title-or-name']]);
    expect(await kindsOf('He cited two books, "Salt and Stone," by Dana Levi, and "The Quiet Port," by Ann Ruiz.')).toEqual([
      ['"Salt and Stone,"', 'title-or-name'],
      ['"The Quiet Port,"', 'title-or-name'],
    ]);
  });
  it('not one word before the agent of a noun', async () => {
    expect((await kindsOf('The defeat of the territorial "Caliphate" by the Harbour Army left the town in ruins.'))[0]![1]).not.toBe('title-or-name');
  });
});

describe("a fragment in what someone 'countered that' (scare23)", () => {
  it("is the speaker's words", async () => {
    const qs = await quotesOf('The foreign minister countered that it was only sending weapons for "self-defense." No regrets.');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['partial', 'foreign minister', 'countered']]);
  });
});

describe('an initialism quoted alone (scare23)', () => {
  it('is a name', async () => {
    expect(await kindsOf('The deal between Ruritania and the "P5+1" (the five permanent members of the Security Council and Germany) curbs the program.')).toEqual([['"P5+1"', 'title-or-name']]);
    expect(await kindsOf('The resulting "R2P" principle was endorsed by all states.')).toEqual([['"R2P"', 'title-or-name']]);
  });
  it('not a word in capitals, a watched name, or a speaker\'s word', async () => {
    expect((await kindsOf('The threat level is "HIGH." Nobody left.'))[0]![1]).toBe('scare');
    expect(await kindsOf('The "IDF" claimed the strike hit a depot.')).toEqual([['"IDF"', 'scare']]);
    expect((await kindsOf('He mocked the group as a "JV" team.'))[0]![1]).toBe('partial');
  });
});

describe('a tag after the quotation that names its speaker past a description or before a long tail', () => {
  const speakerOf = async (text: string, quoted: string): Promise<[string, string]> => {
    const q = (await quotesOf(text)).find((x) => x.text.includes(quoted))!;
    return [q.speaker, q.cue];
  };
  it('takes the name set off by a description between commas, not a cue of the sentence before', async () => {
    expect(await speakerOf("The port closed her stall; she thinks some traders reported her to the council.\n\n''We welcome every stall that keeps the rules, but we don't allow blocking the gate,'' Mara Quell, a spokeswoman for the port, said in an email.", 'We welcome')).toEqual(['Mara Quell', 'said']);
    expect(await speakerOf('The first two volunteers are Ida Brant and Nell Ostrow, teachers who remember the strike well.\n\n"I am calling from the union. How are you today?" Brant, a retired nurse from the county hospital, said into the phone.', 'I am calling')).toEqual(['Ida Brant', 'said']);
    // (an abbreviation's stop inside the description ends no sentence)
    expect(await speakerOf("Most voters said the mayor did nothing wrong.\n\n''I just don't think he told us everything,'' Carl Penwick, 67, a retired clerk in Dover, Del., said in an interview.", 'I just')).toEqual(['Carl Penwick', 'said']);
  });
  it('takes a name before a verb of saying whatever follows it, and a name right after the verb with its description', async () => {
    expect(await speakerOf('Lord Avery criticised the mayor in the council chamber.\n“It looks like we will not get along, who knows?” Mayor Tull told the city radio station in an interview aired on Monday when asked about the budget.', 'It looks')).toEqual(['Tull', 'told']);
    expect(await speakerOf('The agency strongly denies any part in it. "Why would you not ask the question?" asked Brennan, now a partner at a law firm in Dover.', 'Why would')).toEqual(['Brennan', 'asked']);
  });
  it('keeps the speaker a colon introduces, though a tag with a description follows', async () => {
    expect(await speakerOf('Dean Ora Pell, the head of the college, said: “Our clinic has been hit. Many are hurt.\n\n“This is worse than anything before,” Ivo Brandt, the agency’s envoy for the region, told reporters.', 'Our clinic')).toEqual(['Dean Ora Pell', 'said']);
  });
  it('leaves a sentence after a quotation alone when its subject is not the name a cue gives', async () => {
    // (the description's name is not the verb's speaker: a sentence of its own, not a tag)
    const [speaker] = await speakerOf('The minister spoke first. "We will stay," she said.\n\n"Can we win?" Critics of the plan, a loose group of traders, still praise her resolve.', 'Can we win');
    expect(speaker).not.toBe('Critics');
  });
});

describe("quote marks inside someone's quotation (scare24)", () => {
  it("are the speaker's marks: a partial quotation of the holder's speaker, with its cue", async () => {
    expect(await kindsAndSpeakers('"The \'temporary\' pier has stood for ten years," Dana Levi said.')).toEqual([
      ['"The \'temporary\' pier has stood for ten years,"', 'direct', 'Dana Levi'],
      ["'temporary'", 'partial', 'Dana Levi'],
    ]);
    expect((await kindsAndSpeakers('Omar Haddad wrote that the port was “closed to all but the ‘friendly’ crews” of the navy.'))[1]).toEqual(['‘friendly’', 'partial', 'Omar Haddad']);
    // (the doubled apostrophe of news archives is a double mark)
    expect((await kindsAndSpeakers("''We never had a 'plan,' only a deadline,'' Ann Lee said."))[1]).toEqual(["'plan,'", 'partial', 'Ann Lee']);
    // no scare-quote marker for them
    const detection = await analyzeText('"The \'temporary\' pier has stood for ten years," Dana Levi said.');
    expect(detection.markers.filter((m) => m.category === 'scare-quote')).toEqual([]);
  });
  it('whichever side the sentence names', async () => {
    const a = await kindsAndSpeakers('"The Israeli \'precision\' strikes hit the Hamas depot twice," Ann Lee said.');
    const b = await kindsAndSpeakers('"The Hamas \'precision\' strikes hit the Israeli depot twice," Ann Lee said.');
    expect(a[1]).toEqual(["'precision'", 'partial', 'Ann Lee']);
    expect(b[1]).toEqual(a[1]);
  });
  it("leaves the writer's own marks, a watched name, marks after 'so-called' and marks of the holder's family", async () => {
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
    expect((await kindsOf('The "truce" lasted an hour, "and then the shells came back," Dana Levi said.'))[0]).toEqual(['"truce"', 'scare']);
    expect((await kindsOf('"They still say \'Israel\' when they mean the army," Dana Levi said.'))[1]).toEqual(["'Israel'", 'scare']);
    expect((await kindsOf('"The so-called \'moderate\' rebels left," Dana Levi said.'))[1]).toEqual(["'moderate'", 'scare']);
    expect((await kindsOf('“We lost the “safe” route,” Dana Levi said.'))[1]).toEqual(['“safe”', 'scare']);
  });
});

describe("a phrase inside someone's quotation that only holds a watched word (scare25)", () => {
  it("is the speaker's phrase: a partial quotation of the holder's speaker, with no scare-quote marker", async () => {
    expect(await kindsAndSpeakers('“We cannot accept any ‘temporary truce’ that leaves the blockade in place,” Dana Levi said.')).toEqual([
      ['“We cannot accept any ‘temporary truce’ that leaves the blockade in place,”', 'direct', 'Dana Levi'],
      ['‘temporary truce’', 'partial', 'Dana Levi'],
    ]);
    expect((await kindsAndSpeakers('"The mayor is a \'terrorist in a suit\'," Omar Haddad wrote.'))[1]).toEqual(["'terrorist in a suit'", 'partial', 'Omar Haddad']);
    const detection = await analyzeText('“We cannot accept any ‘temporary truce’ that leaves the blockade in place,” Dana Levi said.');
    expect(detection.markers.filter((m) => m.category === 'scare-quote')).toEqual([]);
  });
  it('whichever side the phrase names', async () => {
    const a = await kindsAndSpeakers('"Hamas got a \'temporary truce\' from Israel, nothing more," Ann Lee said.');
    const b = await kindsAndSpeakers('"Israel got a \'temporary truce\' from Hamas, nothing more," Ann Lee said.');
    expect(a[1]).toEqual(["'temporary truce'", 'partial', 'Ann Lee']);
    expect(b[1]).toEqual(a[1]);
  });
  it('leaves a watched term that is the whole quotation, and the writer\'s own phrase, as scare quotes', async () => {
    expect((await kindsOf('"Many of the \'settlements\' are towns, really," Dana Levi said.'))[1]).toEqual(["'settlements'", 'scare']);
    expect((await kindsOf('"They still say \'Israel\' when they mean the army," Dana Levi said.'))[1]).toEqual(["'Israel'", 'scare']);
    expect(await kindsOf('The "temporary truce" lasted an hour.')).toEqual([['"temporary truce"', 'scare']]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe('quotations in title case joined in a list (scare25)', () => {
  it('are titles or names: the first before a title, or both when both are left as scare quotes', async () => {
    expect(await kindsOf('When “Tidewatch” and “The Long Tide” began years ago, they took viewers to the coast.')).toEqual([
      ['“Tidewatch”', 'title-or-name'],
      ['“The Long Tide”', 'title-or-name'],
    ]);
    expect(await kindsOf('Box office giants “Tidewatch” and “Harbour” led the nominations for the awards.')).toEqual([
      ['“Tidewatch”', 'title-or-name'],
      ['“Harbour”', 'title-or-name'],
    ]);
  });
  it('whichever side the sentence names', async () => {
    const a = await kindsOf('Israeli viewers watched “Tidewatch” and “Harbour” while viewers in Gaza lost power.');
    const b = await kindsOf('Gaza viewers watched “Tidewatch” and “Harbour” while viewers in Israel lost power.');
    expect(a.map(([, k]) => k)).toEqual(['title-or-name', 'title-or-name']);
    expect(b).toEqual(a);
  });
  it("leaves watched names, words in lower case, a quotation that opens its sentence and the writer's terms", async () => {
    expect(await kindsOf('Critics of "Israel" and "Palestine" both spoke.')).toEqual([
      ['"Israel"', 'scare'],
      ['"Palestine"', 'scare'],
    ]);
    expect(await kindsOf('The "ceasefire" and the "truce" both failed.')).toEqual([
      ['"ceasefire"', 'scare'],
      ['"truce"', 'scare'],
    ]);
    // (capitalised anyway at the sentence's start)
    expect(await kindsOf('“Tidewatch” and “Harbour” led the nominations.')).toEqual([
      ['“Tidewatch”', 'scare'],
      ['“Harbour”', 'scare'],
    ]);
    expect(await kindsOf('The talks were "useful" and "Frank" in tone.')).toEqual([
      ['"useful"', 'scare'],
      ['"Frank"', 'scare'],
    ]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe('a comparison a verb of comparing gives with its object and "to" (scare25)', () => {
  it("is someone's words, the subject's when a name stands before the verb", async () => {
    expect(await kindsAndSpeakers('Even the harbour chief has compared their partnership to that of a bickering "old couple."')).toEqual([['"old couple."', 'partial', '']]);
    expect(await kindsAndSpeakers('The mayor\'s party has compared the new tax to "theft" for the port.')).toEqual([['"theft"', 'partial', '']]);
    expect(await kindsAndSpeakers('Dana Levi has compared the new tax to "theft" for the port.')).toEqual([['"theft"', 'partial', 'Dana Levi']]);
  });
  it('whichever side makes the comparison', async () => {
    const a = await kindsAndSpeakers('The Israeli minister has compared the Hamas offer to a "poisoned gift."');
    const b = await kindsAndSpeakers('The Hamas leader has compared the Israeli offer to a "poisoned gift."');
    expect(a).toEqual([['"poisoned gift."', 'partial', '']]);
    expect(b).toEqual(a);
  });
  it("leaves the preposition, an adverb, a passive, the writer's own comparison and a headline line as they were", async () => {
    expect(await kindsOf('Compared with the "reset" of 2009, the talks went nowhere.')).toEqual([['"reset"', 'scare']]);
    expect(await kindsOf('The rally compared poorly to the "march" of 2019.')).toEqual([['"march"', 'scare']]);
    expect(await kindsOf('The deal is often compared by critics to a "truce" at best.')).toEqual([['"truce"', 'scare']]);
    expect(await kindsOf('I would compare the deal to a "truce" at best.')).toEqual([['"truce"', 'scare']]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
    const caps = await kindsOf('The port reopened on Monday.\n\nSENATOR COMPARES THE NEW HARBOUR TAX TO \'OPEN THEFT\'\n\nThe tax starts in May.');
    expect(caps).toEqual([["'OPEN THEFT'", 'headline-attribution']]);
  });
});

describe('a named subject given with the place or body it comes from (scare25)', () => {
  it("is the subject whose verb takes the fragment: the fragment is that person's words", async () => {
    expect((await kindsAndSpeakers('House leader Nancy Lee of Harbourshire credited the mayor\'s "steadfast leadership" for the deal.'))[0]).toEqual(['"steadfast leadership"', 'partial', 'Nancy Lee']);
    expect(await kindsAndSpeakers('Prime Minister Dana Levi of Ruritania threatened a "long and hard war" ahead.')).toEqual([['"long and hard war"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('Omar Haddad of the Harbour Institute wants a "full review" now.')).toEqual([['"full review"', 'partial', 'Omar Haddad']]);
  });
  it('whichever side the person is from', async () => {
    expect(await kindsAndSpeakers('Dana Levi of Israel wants a "full review" of the Gaza raid.')).toEqual([['"full review"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('Dana Levi of Gaza wants a "full review" of the Israel raid.')).toEqual([['"full review"', 'partial', 'Dana Levi']]);
  });
  it('leaves a one-word name or title before "of", and the writer\'s terms, as they were', async () => {
    expect(await kindsOf('Secretary of State Dana Levi wants a "full review" now.')).toEqual([['"full review"', 'scare']]);
    expect(await kindsOf('The Bank of Ruritania kept its "emergency" rate.')).toEqual([['"emergency"', 'scare']]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe('a text\'s wording on the words quoted (scare25)', () => {
  it('mentions the words as words: a title or name, not the writer\'s distance', async () => {
    expect(await kindsOf('Some states are pushing to include language on "phasing out" coal in the text.')).toEqual([['"phasing out"', 'title-or-name']]);
    expect(await kindsOf('Others want weaker wording about "phasing down" coal.')).toEqual([['"phasing down"', 'title-or-name']]);
  });
  it('whichever side wants the wording', async () => {
    const a = await kindsOf('Israel rejected any language on "ending the war" that Hamas proposed.');
    const b = await kindsOf('Hamas rejected any language on "ending the war" that Israel proposed.');
    expect(a).toEqual([['"ending the war"', 'title-or-name']]);
    expect(b).toEqual(a);
  });
  it('leaves a quotation after an article, a speaker\'s words and the writer\'s terms as they were', async () => {
    expect(await kindsOf('The talks ended without language on the "ceasefire" at all.')).toEqual([['"ceasefire"', 'scare']]);
    expect(await kindsAndSpeakers('She spoke about "phasing out" coal.')).toEqual([['"phasing out"', 'partial', 'she']]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe('a sentence that opens on "To" and a name, the holder of the view it gives (scare25)', () => {
  it("gives a fragment in it to that person", async () => {
    expect(await kindsAndSpeakers('To Dana Levi, a fellow at the institute, the crisis is forcing the mayor to stop being a "ditherer" on the port.')).toEqual([['"ditherer"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('To Levi, the port was a "lost cause."')).toEqual([['"lost cause."', 'partial', 'Levi']]);
  });
  it('whichever side the holder is on', async () => {
    const a = await kindsAndSpeakers('To Avi Katz, an Israeli officer, the Hamas tunnels were a "maze" with no end.');
    const b = await kindsAndSpeakers('To Sami Nasser, a Hamas officer, the Israeli tunnels were a "maze" with no end.');
    expect(a).toEqual([['"maze"', 'partial', 'Avi Katz']]);
    expect(b).toEqual([['"maze"', 'partial', 'Sami Nasser']]);
  });
  it("leaves 'To date', 'To his credit' and the writer's terms as they were", async () => {
    expect(await kindsOf('To date, the "reset" has failed.')).toEqual([['"reset"', 'scare']]);
    expect(await kindsOf('To his credit, the "reset" worked for a while.')).toEqual([['"reset"', 'scare']]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe("an abbreviation's stops inside a label given with 'as' or a document's clause (scare24)", () => {
  it("end no clause: the label is the subject's words, the clause the document's", async () => {
    expect(await kindsAndSpeakers('Dana Levi promoted the pact reached with the U.N. agency as a "roadmap" for the talks.')).toEqual([['"roadmap"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('Dana Levi cast the deal with the U.S. navy as a "lifeline" for the port.')).toEqual([['"lifeline"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('The harbour resolution requires the U.S. navy to leave the "disputed waters" at once.')).toEqual([['"disputed waters"', 'partial', 'resolution']]);
  });
  it('whichever side gives the label', async () => {
    const a = await kindsAndSpeakers('Israeli officials promoted the truce brokered by the U.S. envoy as a "turning point" for Gaza.');
    const b = await kindsAndSpeakers('Hamas officials promoted the truce brokered by the U.S. envoy as a "turning point" for Israel.');
    expect(a.map(([, k]) => k)).toEqual(['partial']);
    expect(b.map(([, k]) => k)).toEqual(a.map(([, k]) => k));
  });
  it("leaves the writer's term where no verb gives a label", async () => {
    expect(await kindsOf('The pact reached with the U.N. agency became a "roadmap" for the talks.')).toEqual([['"roadmap"', 'scare']]);
    expect(await kindsOf('The U.S. navy stayed in the "disputed waters" all year.')).toEqual([['"disputed waters"', 'scare']]);
  });
});

describe('a fragment in the sentence right after a report, in the same paragraph (scare24)', () => {
  it("is the reported speaker's words: the sentence goes on with the report", async () => {
    expect(await kindsAndSpeakers('At the cheap end, Dana Levi said, are patrol boats. The next step would be strikes on "high-value fuel" depots.')).toEqual([['"high-value fuel"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('The port authority said the cranes were safe. Crews kept "working overtime" all week.')).toEqual([['"working overtime"', 'partial', 'port authority']]);
  });
  it('whichever side the speaker is on', async () => {
    const a = await kindsAndSpeakers('An Israeli spokesman, Avi Katz, said the convoy was delayed. Hamas fighters had "blocked the road" near the crossing.');
    const b = await kindsAndSpeakers('A Hamas spokesman, Sami Nasser, said the convoy was delayed. Israeli troops had "blocked the road" near the crossing.');
    expect(a).toEqual([['"blocked the road"', 'partial', 'Avi Katz']]);
    expect(b).toEqual([['"blocked the road"', 'partial', 'Sami Nasser']]);
  });
  it('not after a paragraph break, a denial, a negated cue or a thought; nor one word or a short term opening on a determiner', async () => {
    expect(await kindsOf('Dana Levi said the port would reopen.\n\nCrews kept "working overtime" all week.')).toEqual([['"working overtime"', 'scare']]);
    expect(await kindsOf('Dana Levi denied the report. Crews kept "working overtime" all week.')).toEqual([['"working overtime"', 'scare']]);
    expect(await kindsOf('Dana Levi has not said what she wants. Crews kept "working overtime" all week.')).toEqual([['"working overtime"', 'scare']]);
    expect(await kindsOf('Dana Levi believes the port will reopen. Crews kept "working overtime" all week.')).toEqual([['"working overtime"', 'scare']]);
    expect(await kindsOf('Dana Levi said the port would reopen. Crews kept "working" all week.')).toEqual([['"working"', 'scare']]);
    expect(await kindsOf('Dana Levi said the port would reopen. The "harbour ceasefire" lasted an hour.')).toEqual([['"harbour ceasefire"', 'scare']]);
    expect(await kindsOf('Dana Levi said the port would reopen. This proves "the video" was a distraction.')).toEqual([['"the video"', 'scare']]);
  });
});

describe('words mentioned as words with an adverb or a modal before the noun, and a term glossed after its comma (scare24)', () => {
  it('are mentioned, not held at a distance', async () => {
    expect(await kindsOf('The trouble is that "calm" is also a word that ends every argument.')).toEqual([['"calm"', 'title-or-name']]);
    expect(await kindsOf('The council will review (actually, "review" may be too kind a word for it) the harbour plan.')).toEqual([['"review"', 'title-or-name']]);
    expect(await kindsOf('He spoke at a funeral of "unknown sailors," usually a reference to those lost at sea.')).toEqual([['"unknown sailors,"', 'title-or-name']]);
  });
  it("leave the writer's terms and someone's words glossed by the writer", async () => {
    expect(await kindsOf('The "ceasefire" is also a trap.')).toEqual([['"ceasefire"', 'scare']]);
    expect(await kindsOf('The "harbour truce" may be too fragile a thing to last.')).toEqual([['"harbour truce"', 'scare']]);
    expect((await kindsAndSpeakers('The crews asked Lee to resign "when he said the toll was fine," a reference to the storm.'))[0]![1]).toBe('partial');
  });
});

describe('words written on a thing are mentioned, not the writer\'s distance', () => {
  it('reads "marked", "stamped" and "with ... on it" as what a thing bears', async () => {
    expect(await kindsOf('The courier left a crate marked "fragile" outside the harbour office.')).toEqual([['"fragile"', 'title-or-name']]);
    expect(await kindsOf('Inspectors found a folder stamped "RESTRICTED" in the archive.')).toEqual([['"RESTRICTED"', 'title-or-name']]);
    expect(await kindsOf('Volunteers handed out mugs emblazoned with "Harbour Pride" at the gate.')).toEqual([['"Harbour Pride"', 'title-or-name']]);
    expect(await kindsOf('A protester held a placard with "no entry" on it.')).toEqual([['"no entry"', 'title-or-name']]);
  });
  it('gives the same kind with the sides swapped', async () => {
    expect(await kindsOf('Ruritanian customs seized a crate marked "aid" that was bound for Freedonia.')).toEqual([['"aid"', 'title-or-name']]);
    expect(await kindsOf('Freedonian customs seized a crate marked "aid" that was bound for Ruritania.')).toEqual([['"aid"', 'title-or-name']]);
  });
  it('leaves a passive, a pronoun\'s verb and a "with" without "on it" as they were', async () => {
    expect(await kindsOf('The vote was marked "a turning point" in the local press.')).toEqual([['"a turning point"', 'scare']]);
    expect(await kindsOf('He left with "no regrets" on his mind.')).toEqual([['"no regrets"', 'scare']]);
    expect(await kindsOf('The mayor met with "concerned" residents on Tuesday.')).toEqual([['"concerned"', 'scare']]);
  });
});

describe('insults, taunts and slurs traded are named, not the writer\'s distance', () => {
  it('reads "insults of", "taunts of" as the names traded', async () => {
    expect(await kindsOf('The two mayors have been trading insults of "old fox" and "dreamer" all summer.')).toEqual([['"old fox"', 'title-or-name'], ['"dreamer"', 'title-or-name']]);
    expect(await kindsOf('The rival captains swapped taunts of "coward" before the race.')).toEqual([['"coward"', 'title-or-name']]);
  });
  it('gives the same kind with the sides swapped', async () => {
    expect(await kindsOf('Officials in Ruritania traded slurs of "pirates" with Freedonia for a week.')).toEqual([['"pirates"', 'title-or-name']]);
    expect(await kindsOf('Officials in Freedonia traded slurs of "pirates" with Ruritania for a week.')).toEqual([['"pirates"', 'title-or-name']]);
  });
  it('leaves the noun quoted itself as it was', async () => {
    expect(await kindsOf('The "insults" of the campaign were many.')).toEqual([['"insults"', 'scare']]);
  });
});

describe('a speakerless quotation in title case is a title or a slogan', () => {
  it('is title-or-name, not speech, when no one says it', async () => {
    expect(await kindsOf('He was a founding member of "The Harbour Hour," which began on local radio.')).toEqual([['"The Harbour Hour,"', 'title-or-name']]);
    expect(await kindsOf('Protesters in the square held signs reading "Stand With Ruritania!" until dusk.')).toEqual([['"Stand With Ruritania!"', 'title-or-name']]);
    // speech with a speaker stays speech, even in title case; a sentence in sentence case stays speech
    expect(await kindsAndSpeakers('"Stand With Ruritania!" Tom Baker shouted at the rally.')).toEqual([['"Stand With Ruritania!"', 'direct', 'Tom Baker']]);
    expect(await kindsOf('The crowd shouted "Ceasefire now!" as the convoy passed.')).toEqual([['"Ceasefire now!"', 'partial']]);
  });
});

describe('a phrase held together by a joining word right before its noun is a phrasal compound (scare26)', () => {
  it('is title-or-name: the marks bind a modifier, they hold nothing at a distance', async () => {
    expect(await kindsOf('The war gave the mayor a "rally round the flag" effect that lasted a month.')).toEqual([['"rally round the flag"', 'title-or-name']]);
    expect(await kindsOf('She handed reporters "before and after" photos of the pier.')).toEqual([['"before and after"', 'title-or-name']]);
    expect(await kindsOf('But you never hear that "tear it down" language from the council now.')).toEqual([['"tear it down"', 'title-or-name']]);
    expect(await kindsOf('The "day after" talks have not begun.')).toEqual([['"day after"', 'title-or-name']]);
    // (no predicate either: this one was a scare quote before)
    expect(await kindsOf('Missiles would strike "command and control" sites on the coast.')).toEqual([['"command and control"', 'title-or-name']]);
  });
  it("whichever side's slogan it is", async () => {
    expect(await kindsOf('Marchers in Ruritania led "down with Borduria" chants all night.')).toEqual([['"down with Borduria"', 'title-or-name']]);
    expect(await kindsOf('Marchers in Borduria led "down with Ruritania" chants all night.')).toEqual([['"down with Ruritania"', 'title-or-name']]);
  });
  it("leaves the writer's scare quotes, a phrase that opens a clause or a verb's object, and a speaker's words", async () => {
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
    expect(await kindsOf('The council has a "limited" budget for the pier.')).toEqual([['"limited"', 'scare']]);
    expect(await kindsOf('The "peace process" talks stalled again.')).toEqual([['"peace process"', 'scare']]);
    expect(await kindsOf('In "a matter of weeks" people will forget the storm.')).toEqual([['"a matter of weeks"', 'scare']]);
    expect(await kindsOf('The town leaders "shrugged off" warnings from the coast guard.')).toEqual([['"shrugged off"', 'scare']]);
    expect(await kindsOf('The storm came "out of nowhere", the harbour master wrote.')).not.toEqual([['"out of nowhere",', 'title-or-name']]);
    expect(await kindsAndSpeakers('Mayor Dana Levi promised a "shoot on sight" policy for looters.')).toEqual([['"shoot on sight"', 'partial', 'Dana Levi']]);
  });
});

describe('a name set off by commas after "for" inside the sentence, the holder of the view it gives (scare26)', () => {
  it('gives a fragment after it to that name, or to two names joined by "and"', async () => {
    expect(await kindsAndSpeakers('The crews left the pier, which, for the Harbour Front, amounts to "treason" against the port.')).toEqual([['"treason"', 'partial', 'Harbour Front']]);
    expect(await kindsAndSpeakers('The best course, for Levi and Baker, starts with "quiet talks" and ends with a strike.')).toEqual([['"quiet talks"', 'partial', 'Levi and Baker']]);
  });
  it('whichever side the holder is on', async () => {
    const a = await kindsAndSpeakers('The truce, for Avi Katz, was a "pause" before the Hamas offensive.');
    const b = await kindsAndSpeakers('The truce, for Sami Nasser, was a "pause" before the Israeli offensive.');
    expect(a).toEqual([['"pause"', 'partial', 'Avi Katz']]);
    expect(b).toEqual([['"pause"', 'partial', 'Sami Nasser']]);
  });
  it("leaves 'for years', a sentence that opens on 'For' and the writer's terms as they were", async () => {
    expect(await kindsOf('The pier, for years, was a "safe haven" for smugglers.')).toEqual([['"safe haven"', 'scare']]);
    expect(await kindsOf('For Dana Levi, the "ceasefire" was a chance to rest.')).toEqual([['"ceasefire"', 'scare']]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe('a label a verb gives after a longer object (scare26)', () => {
  it("is the words of the verb's subject", async () => {
    expect(await kindsAndSpeakers('Back then Dana Levi, at the time minister of transport, designated six leading harbour unions "rogue outfits" as part of the effort.')).toEqual([['"rogue outfits"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('Dana Levi and the rest then call their plan progress and the port "the jewel of the coast."')).toEqual([['"the jewel of the coast."', 'partial', 'Dana Levi and rest']]);
  });
  it('whichever side gives the label', async () => {
    const a = await kindsAndSpeakers('Last year Avi Katz, then an Israeli minister, designated six leading Palestinian relief groups "rogue outfits" in a decree.');
    const b = await kindsAndSpeakers('Last year Sami Nasser, then a Palestinian minister, designated six leading Israeli relief groups "rogue outfits" in a decree.');
    expect(a).toEqual([['"rogue outfits"', 'partial', 'Avi Katz']]);
    expect(b).toEqual([['"rogue outfits"', 'partial', 'Sami Nasser']]);
  });
  it("leaves a quotation inside the object, a noun 'call' and the writer's terms", async () => {
    expect(await kindsOf('Banners were proclaiming the achievements of the current "harbour war" all week.')).toEqual([['"harbour war"', 'scare']]);
    expect(await kindsOf('A conference call between the two harbour boards ended the "dispute" by noon.')).toEqual([['"dispute"', 'scare']]);
    expect(await kindsOf('The "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe("a headline quotation after a name's possessive, with no speaker of its own (scare26)", () => {
  /** The headline's quotation: its kind and speaker. */
  async function headlineQuote(title: string, body: string): Promise<string[]> {
    const q = (await quotesOf(body, title)).find((x) => x.section === 'headline')!;
    return [q.kind, q.speaker];
  }
  it("is the possessor's words, though the body holds them at a distance", async () => {
    expect(await headlineQuote("Storm tests Mayor Dana Levi's 'red line' on the pier", 'Critics called the so-called "red line" weak.')).toEqual(['headline-attribution', 'Dana Levi']);
    expect(await headlineQuote("Storm tests Mayor Tom Baker's 'red line' on the pier", 'Critics called the so-called "red line" weak.')).toEqual(['headline-attribution', 'Tom Baker']);
  });
  it('leaves a body speaker who says the words, one word and a watched name as they were', async () => {
    expect(await headlineQuote("Storm tests Mayor Dana Levi's 'red line' on the pier", 'Ann Lee said the "red line" was set in May.')).toEqual(['headline-attribution', 'Ann Lee']);
    expect(await headlineQuote("Storm tests Mayor Dana Levi's 'victory' on the pier", 'Critics called the so-called "victory" weak.')).toEqual(['scare', '']);
    expect(await headlineQuote("Storm tests Israel's 'red line' on the pier", 'Critics called the so-called "red line" weak.')).toEqual(['scare', '']);
  });
});

describe("a fragment in what a criticism or a charge 'that' reports (scare26)", () => {
  it("is someone's words, though no one is named", async () => {
    expect(await kindsAndSpeakers('The mayor faces growing criticism that a "reckless" plan is hurting the port.')).toEqual([['"reckless"', 'partial', '']]);
    expect(await kindsAndSpeakers('The mayor dismissed charges that the tolls were "rigged" from the start.')).toEqual([['"rigged"', 'partial', '']]);
  });
  it("leaves a criticism with no 'that' clause and the writer's terms", async () => {
    expect(await kindsOf('The mayor faces growing criticism over the "reckless" plan.')).toEqual([['"reckless"', 'scare']]);
    expect(await kindsOf('The mayor faces criticism, and the "ceasefire" lasted an hour.')).toEqual([['"ceasefire"', 'scare']]);
  });
});

describe("a predicate quoted after a thing's noun: 'the plan \"will ...\"' (quotes26)", () => {
  it("opens on a finite verb: someone's words, not the thing's name", async () => {
    expect(await kindsAndSpeakers('Dana Levi said the operation "saved hundreds of lives" in the north.')).toEqual([['"saved hundreds of lives"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers('The ship "was seized without warning," Omar Haddad said.')).toEqual([['"was seized without warning,"', 'partial', 'Omar Haddad']]);
    expect(await kindsAndSpeakers('Dana Levi said the group "clearly is not interested" in talks.')).toEqual([['"clearly is not interested"', 'partial', 'Dana Levi']]);
  });
  it('whichever side the thing belongs to', async () => {
    const a = await kindsAndSpeakers('Dana Levi said the Israeli plan "will help every family in Gaza."');
    const b = await kindsAndSpeakers('Dana Levi said the Palestinian plan "will help every family in Israel."');
    expect(a).toEqual([['"will help every family in Gaza."', 'partial', 'Dana Levi']]);
    expect(b).toEqual([['"will help every family in Israel."', 'partial', 'Dana Levi']]);
  });
  it('leaves names, slogans and words mentioned after such a noun as titles', async () => {
    expect(await kindsOf('Volunteers joined the campaign "bring them home" last week.')).toEqual([['"bring them home"', 'title-or-name']]);
    expect(await kindsOf('She leads the group "Women Wage Peace" in the north.')).toEqual([['"Women Wage Peace"', 'title-or-name']]);
    expect(await kindsOf('He starred in the film "waiting for rain" in 1990.')).toEqual([['"waiting for rain"', 'title-or-name']]);
    expect(await kindsOf('Critics used the term "was never enough" for the offer.')).toEqual([['"was never enough"', 'title-or-name']]);
  });
});

describe("a headline's lead name with the one it addresses or its topic, before the colon (quotes26)", () => {
  const story = 'The port reopened on Monday after a week of talks, Dana Levi and Omar Haddad said.\n\n';
  it('is the speaker of the quotation after it, in a linked headline or a subhead after a link\'s label', async () => {
    const linked = await quotesOf(story + "SEE ALSO: Levi on Haddad: 'If it was up to him, he would close the port'\n\nThe council met on Tuesday.");
    expect(linked.map((q) => [q.kind, q.speaker])).toEqual([['headline-attribution', 'Levi']]);
    const subhead = await quotesOf(story + "More: Levi to Ruritania: Don't mistake our 'patience' for weakness\n\nThe council met on Tuesday.");
    expect(subhead.map((q) => [q.kind, q.speaker])).toEqual([['headline-attribution', 'Levi']]);
  });
  it('whichever side speaks', async () => {
    const a = await quotesOf(story + "SEE ALSO: Levi on Haddad: 'He would close the port'\n\nThe council met on Tuesday.");
    const b = await quotesOf(story + "SEE ALSO: Haddad on Levi: 'He would close the port'\n\nThe council met on Tuesday.");
    expect(a.map((q) => q.speaker)).toEqual(['Levi']);
    expect(b.map((q) => q.speaker)).toEqual(['Haddad']);
  });
  it('leaves a kicker, a topic named nowhere else, and a quotation after a plain colon label as they were', async () => {
    const kicker = await quotesOf(story + "SEE ALSO: Update on Haddad: 'He would close the port'\n\nThe council met on Tuesday.");
    expect(kicker.map((q) => q.speaker)).toEqual(['']);
    const topic = await quotesOf(story + "SEE ALSO: Focus on the harbour: 'A port like no other'\n\nThe council met on Tuesday.");
    expect(topic.map((q) => q.speaker)).toEqual(['']);
  });
});

describe('the second half of a direct quotation split by its tag (quotes26)', () => {
  it('is direct, with the first half\'s speaker and cue', async () => {
    expect(await kindsAndSpeakers('"The status quo," Dana Levi said, "is not sustainable."')).toEqual([
      ['"The status quo,"', 'direct', 'Dana Levi'],
      ['"is not sustainable."', 'direct', 'Dana Levi'],
    ]);
  });
  it('whichever side each half names', async () => {
    expect(await kindsAndSpeakers('"Israel must stop," Dana Levi said, "and Hamas too."')).toEqual([
      ['"Israel must stop,"', 'direct', 'Dana Levi'],
      ['"and Hamas too."', 'direct', 'Dana Levi'],
    ]);
    expect(await kindsAndSpeakers('"Hamas must stop," Dana Levi said, "and Israel too."')).toEqual([
      ['"Hamas must stop,"', 'direct', 'Dana Levi'],
      ['"and Israel too."', 'direct', 'Dana Levi'],
    ]);
  });
  it('leaves a fragment after a new sentence or after a clause of the writer\'s as it was', async () => {
    expect(await kindsAndSpeakers('"We will reopen the port," Dana Levi said, adding that the council "will decide on Monday."')).toEqual([
      ['"We will reopen the port,"', 'direct', 'Dana Levi'],
      ['"will decide on Monday."', 'partial', 'Dana Levi'],
    ]);
    expect((await kindsOf('"The port is open," Dana Levi said. "it was never closed," the mayor added.'))[1]).toEqual(['"it was never closed,"', 'partial']);
  });
});

describe('a quotation opening the paragraph after a blank line, after a paragraph that ends on a tagged quotation (nospk33)', () => {
  it("continues the speech of the quotation the paragraph before ends on, named or unnamed", async () => {
    const unnamed = 'The port stayed shut.\n\n“The cranes are broken,” an official who asked not to be named said.\n\n“We expect repairs to take until the spring.”';
    expect((await quotesOf(unnamed)).map((q) => q.speaker)).toEqual(['anonymous', 'anonymous']);
    const named = '"The cranes are broken," said Dana Levi, the harbour master.\n\n"We expect repairs to take until the spring."';
    expect((await quotesOf(named)).map((q) => q.speaker)).toEqual(['Dana Levi', 'Dana Levi']);
  });

  it('takes the speaker of the nearer paragraph in a mirrored pair', async () => {
    const a = '“The cranes are broken,” Dana Levi said.\n\n“The budget is spent,” Omar Reyes said.\n\n“We expect repairs to take until the spring.”';
    const b = '“The cranes are broken,” Omar Reyes said.\n\n“The budget is spent,” Dana Levi said.\n\n“We expect repairs to take until the spring.”';
    expect((await quotesOf(a)).map((q) => q.speaker)).toEqual(['Dana Levi', 'Omar Reyes', 'Omar Reyes']);
    expect((await quotesOf(b)).map((q) => q.speaker)).toEqual(['Omar Reyes', 'Dana Levi', 'Dana Levi']);
  });

  it('not after more of the writer’s sentences, a credit line, nor for a subheading or a one-word reply', async () => {
    const more = '“The cranes are broken,” Dana Levi said. The mayor left early.\n\n“We expect repairs to take until the spring.”';
    expect((await quotesOf(more)).map((q) => q.speaker)).toEqual(['Dana Levi', '']);
    const credit = 'Views on the port.\n\n“The cranes are broken and nobody will pay.” Dana Levi, The Harbour Ledger\n\n“We expect repairs to take until the spring.”';
    expect((await quotesOf(credit)).at(-1)!.speaker).toBe('');
    const subheading = '"The cranes are broken," an official said.\n\n\'A long winter ahead.\'\n\nThe dock workers went home.';
    expect((await quotesOf(subheading)).at(-1)!.speaker).toBe('');
    const reply = '"Do we wait for the spring?" an official asked.\n\n"No!"\n\nThe dock workers went home.';
    expect((await quotesOf(reply)).at(-1)!.speaker).toBe('');
  });
});

describe('a quotation credited after it: "Dana Levi, The Harbour Times" (a roundup of commentary)', () => {
  it('is the writer credited, whatever paraphrase led into it (sides swapped, the same)', async () => {
    const text = (a: string, b: string) =>
      `The left is critical of the vote.\n\nSome argue that “the talks are a trap for ${a}, and everyone knows it.” Dana Levi, The Harbour Times\n\n“${b} will not sign the deal this year.” Omar Haddad, Valley Review`;
    expect(await kindsAndSpeakers(text('Ruritania', 'Harbourland'))).toEqual([
      ['“the talks are a trap for Ruritania, and everyone knows it.”', 'partial', 'Dana Levi'],
      ['“Harbourland will not sign the deal this year.”', 'direct', 'Omar Haddad'],
    ]);
    expect((await kindsAndSpeakers(text('Harbourland', 'Ruritania'))).map((q) => q[2])).toEqual(['Dana Levi', 'Omar Haddad']);
  });
  it("an editorial board's is its publication's; a credit on the line under a whole quoted paragraph counts", async () => {
    expect((await quotesOf('“The vote was a mistake from the start.”\nEditorial Board, Valley Post\n\nMore follows.')).map((q) => q.speaker)).toEqual(['Valley Post']);
  });
  it('not a sentence, a headline in capitals, or a signature under a paragraph that quotes someone', async () => {
    expect((await quotesOf('“Ruritania will go on,” the minister said.\nRuritania, Harbourland and Valdia also welcomed the vote.')).map((q) => q.speaker)).toEqual(['minister']);
    expect((await quotesOf('The minister said the plan was “a fair deal for the port.”\nTom Reed, Harbour City')).map((q) => q.speaker)).toEqual(['minister']);
    expect((await quotesOf('Ruritania Calls the Plan a “Trap” In Its Reply, Minister Says.\n\nThe vote is on Monday.')).map((q) => q.speaker)).not.toContain('In Its Reply');
  });
});

describe('a cue in a relative clause on a noun after the quotation is no tag of it (quote46)', () => {
  it("the sentence's own cue governs, not the clause's (sides swapped, the same)", async () => {
    const text = (a: string, b: string) => `${a} said the port was ready for "another strike" against ${b}, who said it would hold out.`;
    expect(await kindsAndSpeakers(text('Dana Levi', 'Omar Haddad'))).toEqual([['"another strike"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers(text('Omar Haddad', 'Dana Levi'))).toEqual([['"another strike"', 'partial', 'Omar Haddad']]);
    expect(await kindsAndSpeakers('Chief Ruiz said the port was ready for "another strike" against the union, which said it would hold out.')).toEqual([
      ['"another strike"', 'partial', 'Ruiz'],
    ]);
    // (a tag at the end of the sentence, past the clause)
    const tagged = (a: string, b: string) => `The strike was a "defensive action" against ${a}, who the union says planned the blockade, ${b} said.`;
    expect(await kindsAndSpeakers(tagged('Omar Haddad', 'Dana Levi'))).toEqual([['"defensive action"', 'partial', 'Dana Levi']]);
    expect(await kindsAndSpeakers(tagged('Dana Levi', 'Omar Haddad'))).toEqual([['"defensive action"', 'partial', 'Omar Haddad']]);
  });
  it('a tag after a description, a clause that names the quotation, or one on the quotation itself stays as it was', async () => {
    // (the relative clause ends before the tag, by a comma or by its own verb)
    expect(await kindsAndSpeakers('The mayor called the ferries "a lifeline," which the board runs, Ms. Levi said.')).toEqual([['"a lifeline,"', 'partial', 'mayor']]);
    expect((await kindsAndSpeakers('"We are afraid. What can we do?" a clerk who gave her name only as Dana pleaded on the radio.'))[0]!.slice(1)).toEqual(['direct', 'clerk']);
    // (no comma before the relative word: the clause may name the quotation, 'of which Levi warned')
    expect(await kindsAndSpeakers('In the middle of that "long night" over the harbour of which Levi warned the board, the mayor left.')).toEqual([['"long night"', 'partial', 'Levi']]);
    // (with no other cue that names a speaker, the quotation keeps the clause's cue: never a scare quote for that)
    expect(await kindsAndSpeakers('The toll was a "modest" sum, which officials described as a fraction.')).toEqual([['"modest"', 'partial', 'anonymous']]);
  });
  it("a capitalised 'WHO' is the health agency, not a relative word", async () => {
    expect((await kindsAndSpeakers('"We Now Have Urban Floods" In Ohio, WHO Warns Of Rising Cases'))[0]![2]).toBe('WHO');
  });
});

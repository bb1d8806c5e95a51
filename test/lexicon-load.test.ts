// The loader on broken and layered lexicon folders: exact fault text with file:line:col, every fault at
// once, JSON output, the CLI's exit codes, layering and the lexicon hash.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFault, formatFaults, UsageError } from '../pipeline/errors.ts';
import { checkLexicons, loadLexicons } from '../pipeline/lexicon/load.ts';

const FIXTURES = 'test/fixtures/lexicons';
const fixture = (name: string) => `${FIXTURES}/${name}`;
const only = (...names: string[]) => checkLexicons({ defaults: false, dirs: names.map(fixture) });

/** One folder per fault code, each with exactly one fault; the full text the user sees. */
const CASES: { dir: string; text: string[] }[] = [
  {
    dir: 'lex001-yaml-syntax',
    text: [
      'test/fixtures/lexicons/lex001-yaml-syntax/harbour.yml:7:42: error LEX001 YAML syntax: unclosed [: close it with ] at the end of the line',
      '  6 |     kind: phrase',
      '  7 |     terms: [harbour master, harbourmaster',
      '    |                                          ^',
      '  8 |     form: official',
    ],
  },
  {
    dir: 'lex002-unknown-key',
    text: [
      "test/fixtures/lexicons/lex002-unknown-key/harbour.yml:9:5: error LEX002 entry 'harbour.master': unknown key 'notes'; did you mean 'note'?",
      '   8 |     form: official',
      '   9 |     notes: A misspelt key.',
      '     |     ^',
      '  10 |     match:',
    ],
  },
  {
    dir: 'lex003-missing-key',
    text: [
      "test/fixtures/lexicons/lex003-missing-key/harbour.yml:5:5: error LEX003 entry 'harbour.master': missing key 'kind': expected one of phrase|pattern",
      '  4 | entries:',
      '  5 |   - id: harbour.master',
      '    |     ^',
      '  6 |     terms: [harbour master]',
    ],
  },
  {
    dir: 'lex004-bad-value',
    text: [
      "test/fixtures/lexicons/lex004-bad-value/harbour.yml:6:11: error LEX004 entry 'harbour.master': kind must be one of phrase|pattern, found 'phrases'; did you mean 'phrase'?",
      '  5 |   - id: harbour.master',
      '  6 |     kind: phrases',
      '    |           ^',
      '  7 |     terms: [harbour master]',
    ],
  },
  {
    dir: 'lex005-bad-regex',
    text: [
      "test/fixtures/lexicons/lex005-bad-regex/harbour.yml:7:14: error LEX005 entry 'harbour.tide-table': pattern does not compile: Unterminated group",
      '  6 |     kind: pattern',
      "  7 |     pattern: 'tide (?<mark>tables?'",
      '    |              ^',
      '  8 |     form: descriptor',
    ],
  },
  {
    dir: 'lex006-duplicate-id',
    text: [
      "test/fixtures/lexicons/lex006-duplicate-id/port.yml:5:9: error LEX006 duplicate id 'harbour.master', first defined at test/fixtures/lexicons/lex006-duplicate-id/harbour.yml:5:9",
      '  4 | entries:',
      '  5 |   - id: harbour.master',
      '    |         ^',
      '  6 |     kind: phrase',
    ],
  },
  {
    dir: 'lex007-duplicate-term',
    text: [
      "test/fixtures/lexicons/lex007-duplicate-term/port.yml:7:27: error LEX007 term 'Harbour Master' is already in entry 'harbour.master' (test/fixtures/lexicons/lex007-duplicate-term/harbour.yml:7:13); a term belongs to one entry",
      '  6 |     kind: phrase',
      '  7 |     terms: [port captain, Harbour Master]',
      '    |                           ^',
      '  8 |     form: common',
    ],
  },
  {
    dir: 'lex008-match-misses',
    text: [
      "test/fixtures/lexicons/lex008-match-misses/harbour.yml:11:9: error LEX008 entry 'harbour.master': match example expected 'harbour' at 5, found 'harbour master' at 5",
      '  10 |       - The [[harbour master]] closed the quay.',
      '  11 |       - The [[harbour]] master opened it again.',
      '     |         ^',
      '  12 |     nomatch:',
    ],
  },
  {
    dir: 'lex009-nomatch-hits',
    text: [
      "test/fixtures/lexicons/lex009-nomatch-hits/harbour.yml:13:9: error LEX009 entry 'harbour.master': nomatch example expected no hit, found 'harbour master' at 12",
      '  12 |       - The harbour was quiet.',
      '  13 |       - The deputy harbour master was away.',
      '     |         ^',
      '  14 | ',
    ],
  },
  {
    dir: 'lex010-kind-mismatch',
    text: [
      "test/fixtures/lexicons/lex010-kind-mismatch/harbour.yml:8:5: error LEX010 entry 'harbour.master': a phrase entry takes 'terms', not 'pattern'",
      '  7 |     terms: [harbour master]',
      "  8 |     pattern: 'harbour ?master'",
      '    |     ^',
      '  9 |     form: official',
    ],
  },
  {
    dir: 'lex011-unmarked-match',
    text: [
      "test/fixtures/lexicons/lex011-unmarked-match/harbour.yml:10:9: error LEX011 entry 'harbour.master': match example must mark the expected span with [[...]], found none",
      '   9 |     match:',
      '  10 |       - The harbour master closed the quay.',
      '     |         ^',
      '  11 |     nomatch:',
    ],
  },
  {
    dir: 'lex012-unknown-disable',
    text: [
      "test/fixtures/lexicons/lex012-unknown-disable/harbour.yml:4:11: error LEX012 disable names 'harbour.pilot', which no lower layer defines",
      '  3 | description: Disables an id that no lower layer defines.',
      '  4 | disable: [harbour.pilot]',
      '    |           ^',
      '  5 | entries:',
    ],
  },
];

describe('broken-lexicon fixtures', () => {
  it.each(CASES)('$dir reports exactly its fault', async ({ dir, text }) => {
    const { faults } = await only(dir);
    expect(faults.map((f) => f.code)).toEqual([dir.slice(0, 6).toUpperCase()]);
    expect(formatFault(faults[0]!)).toBe(text.join('\n'));
  });

  it('has one fixture per fault code LEX001..LEX012', () => {
    expect(CASES.map((c) => c.dir.slice(0, 6))).toEqual(Array.from({ length: 12 }, (_, i) => `lex${String(i + 1).padStart(3, '0')}`));
  });

  it('reports every fault together: three faults in two files', async () => {
    const { faults, entries } = await only('many-faults');
    expect(faults.map((f) => `${f.file}:${f.line}:${f.col} ${f.code}`)).toEqual([
      `${FIXTURES}/many-faults/harbour.yml:7:5 LEX002`,
      `${FIXTURES}/many-faults/harbour.yml:23:14 LEX005`,
      `${FIXTURES}/many-faults/port.yml:10:9 LEX011`,
    ]);
    // the entry between the two faults still loads, and its examples ran
    expect(entries.map((e) => e.id)).toEqual(['harbour.keeper']);
    expect(formatFaults(faults, 'text').split('\n').at(-1)).toBe('3 faults in the lexicons');
  });

  it('gives the same faults as JSON', async () => {
    const { faults } = await only('many-faults');
    const json = JSON.parse(formatFaults(faults, 'json')) as unknown[];
    expect(json).toHaveLength(3);
    expect(json[0]).toEqual({
      file: `${FIXTURES}/many-faults/harbour.yml`,
      line: 7,
      col: 5,
      code: 'LEX002',
      message: "entry 'harbour.master': unknown key 'term'; did you mean 'terms'?",
    });
    expect(json.map((f) => Object.keys(f as object))).toEqual(Array(3).fill(['file', 'line', 'col', 'code', 'message']));
  });

  it('throws a LexiconError with every fault from loadLexicons', async () => {
    await expect(loadLexicons({ defaults: false, dirs: [fixture('many-faults')] })).rejects.toMatchObject({
      message: '3 lexicon faults',
      faults: expect.arrayContaining([expect.objectContaining({ code: 'LEX005' })]),
    });
  });

  it('refuses a folder that does not exist', async () => {
    await expect(only('no-such-folder')).rejects.toThrow(UsageError);
    await expect(only('no-such-folder')).rejects.toThrow(`lexicon folder not found: ${FIXTURES}/no-such-folder`);
  });
});

describe('fault messages', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'framewatch-lex-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let n = 0;
  /** Faults of one lexicon file written from `body` (the lines after the first). */
  const faultsOf = async (body: string) => {
    const dir = join(scratch, String(n++));
    cpSync(fixture('valid'), dir, { recursive: true });
    writeFileSync(join(dir, 'harbour.yml'), `# first line\n${body}`);
    return (await checkLexicons({ defaults: false, dirs: [dir] })).faults.map((f) => `${f.line}:${f.col} ${f.code} ${f.message}`);
  };
  const entry = (extra: string) =>
    [
      'category: harbour',
      'description: d',
      'entries:',
      '  - id: harbour.master',
      '    kind: phrase',
      '    terms: [harbour master]',
      '    form: official',
      extra,
      '    match:',
      '      - The [[harbour master]] closed the quay.',
      '    nomatch:',
      '      - The harbour was quiet.',
      '',
    ].join('\n');

  it('points at the opening quote of an unclosed string', async () => {
    expect(await faultsOf(entry('    note: "never closed'))).toEqual([
      '9:11 LEX001 YAML syntax: quoted text is never closed: add the closing "',
    ]);
  });

  it('names a duplicate key', async () => {
    expect(await faultsOf(entry('    form: common'))).toEqual(["9:5 LEX001 YAML syntax: key 'form' appears twice in the same mapping"]);
  });

  it('explains a sentence that YAML read as a list or a mapping', async () => {
    const asList = await faultsOf(entry('').replace('- The [[harbour master]] closed the quay.', '- [[harbour master]]'));
    expect(asList).toEqual([
      "11:9 LEX004 entry 'harbour.master': match[0] must be text, found a list (text that starts with [[ or [ reads as a list: quote it)",
    ]);
    const asMap = await faultsOf(entry('').replace('The harbour was quiet.', 'Note: the harbour was quiet.'));
    expect(asMap).toEqual([
      "13:9 LEX004 entry 'harbour.master': nomatch[0] must be text, found a mapping (unquoted text with ': ' in it reads as a mapping: quote it)",
    ]);
    const unparsable = await faultsOf(entry('').replace('- The [[harbour master]] closed the quay.', '- [[harbour master]] closed the quay.'));
    expect(unparsable).toEqual([
      '11:28 LEX001 YAML syntax: Unexpected scalar at node end; a list item that starts with [[, { or a quoted part must be quoted as a whole',
    ]);
  });

  it('suggests the nearest form and reports each unknown key at its own place', async () => {
    expect(await faultsOf(entry('    stance: netural\n    colour: red\n    size: 3'))).toEqual([
      "9:13 LEX004 entry 'harbour.master': stance must be one of neutral|distancing|endorsing, found 'netural'; did you mean 'neutral'?",
      "10:5 LEX002 entry 'harbour.master': unknown key 'colour'; allowed keys are id, kind, terms, pattern, inflect, referent, form, stance, note, sources, unless, requires, match, nomatch",
      "11:5 LEX002 entry 'harbour.master': unknown key 'size'; allowed keys are id, kind, terms, pattern, inflect, referent, form, stance, note, sources, unless, requires, match, nomatch",
    ]);
  });

  it('explains bad ids, empty lists and regex escapes', async () => {
    expect(await faultsOf(entry('').replace('id: harbour.master', 'id: Harbour Master'))).toEqual([
      "5:9 LEX004 entry 'Harbour Master': id must be lower-case words joined by - or ., found 'Harbour Master'",
    ]);
    expect(await faultsOf(entry('    unless:\n      before: []'))).toEqual([
      "10:15 LEX004 entry 'harbour.master': unless.before must list at least 1 item, found none",
    ]);
    const pattern = entry('').replace('kind: phrase', 'kind: pattern').replace('terms: [harbour master]', `pattern: 'harbour\\-master'`);
    expect(await faultsOf(pattern)).toEqual([
      "7:14 LEX005 entry 'harbour.master': pattern does not compile: Invalid escape (with the u flag a backslash goes only before a regex syntax character: write ' \" and the like without it)",
    ]);
  });

  it('catches inflect on a pattern entry and a term without letters', async () => {
    const pattern = entry('    inflect: true').replace('kind: phrase', 'kind: pattern').replace('terms: [harbour master]', 'pattern: harbour master');
    expect(await faultsOf(pattern)).toEqual([
      "9:5 LEX010 entry 'harbour.master': a pattern entry takes no 'inflect': write the inflections into the pattern",
    ]);
    expect(await faultsOf(entry('').replace('[harbour master]', '[harbour master, "--"]'))).toEqual([
      "7:29 LEX004 entry 'harbour.master': term '--' has no letters or digits",
    ]);
  });

  it('catches a marked span in a nomatch example', async () => {
    expect(await faultsOf(entry('').replace('- The harbour was quiet.', '- The [[harbour]] was quiet.'))).toEqual([
      "13:9 LEX011 entry 'harbour.master': nomatch example must not mark a span, found [[...]]",
    ]);
  });

  it('reports a file that is not a lexicon at all', async () => {
    expect(await faultsOf('just a sentence\n')).toEqual(['2:1 LEX004 the file must be a mapping, found \'just a sentence\'']);
    expect(await faultsOf('category: harbour\n')).toEqual([
      "2:1 LEX003 missing key 'description': expected text",
      "2:1 LEX003 missing key 'entries': expected a list",
    ]);
  });
});

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in a child process (node + tsx's cli directly: no npx start-up). */
function cli(...args: string[]): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'pipeline/cli.ts', ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('framewatch lexicon check', () => {
  it.concurrent('exits 2 and prints the fault with its place', async () => {
    const r = await cli('lexicon', 'check', '--no-default-lexicons', '--lexicons', fixture('lex004-bad-value'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${CASES.find((c) => c.dir === 'lex004-bad-value')!.text.join('\n')}\n1 fault in the lexicons\n`);
  });

  it.concurrent('prints the faults as JSON with --format json', async () => {
    const r = await cli('lexicon', 'check', '--no-default-lexicons', '--lexicons', fixture('many-faults'), '--format', 'json');
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { code: string }[]).map((f) => f.code)).toEqual(['LEX002', 'LEX005', 'LEX011']);
  });

  it.concurrent('exits 0 on a valid folder', async () => {
    const r = await cli('lexicon', 'check', '--no-default-lexicons', '--lexicons', fixture('valid'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: 3 entries in 1 files?, lexicon hash [0-9a-f]{16}\n$/);
  });

  it.concurrent('exits 2 on a folder that does not exist', async () => {
    const r = await cli('lexicon', 'check', '--no-default-lexicons', '--lexicons', fixture('no-such-folder'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: lexicon folder not found: ${FIXTURES}/no-such-folder\n`);
  });
});

describe('layering', () => {
  const ids = (r: { entries: { id: string }[] }) => r.entries.map((e) => e.id);

  it('a file with the same category adds entries', async () => {
    const r = await only('valid', 'layer-add');
    expect(r.faults).toEqual([]);
    expect(ids(r)).toEqual(['harbour.master', 'harbour.keeper', 'harbour.tide-table', 'harbour.pilot']);
    expect(r.lexicon.categories).toEqual(['harbour']);
  });

  it('an entry with the same id replaces the lower one, in its place', async () => {
    const r = await only('valid', 'layer-replace');
    expect(r.faults).toEqual([]);
    expect(ids(r)).toEqual(['harbour.master', 'harbour.keeper', 'harbour.tide-table']);
    const master = r.entries.find((e) => e.id === 'harbour.master')!;
    expect(master.terms).toEqual(['port master']);
    expect(master.origin.file).toBe(`${FIXTURES}/layer-replace/harbour.yml`);
  });

  it('disable removes lower entries', async () => {
    const r = await only('valid', 'layer-disable');
    expect(r.faults).toEqual([]);
    expect(ids(r)).toEqual(['harbour.master']);
  });

  it('layers apply in order: a disable in a lower layer leaves a later definition alone', async () => {
    const r = await only('valid', 'layer-disable', 'many-faults');
    expect(ids(r)).toEqual(['harbour.master', 'harbour.keeper']);
  });

  it('adds to a category of the default lexicons; --no-default-lexicons starts from nothing', async () => {
    const defaults = await checkLexicons({ examples: false });
    const layered = await checkLexicons({ examples: false, dirs: [fixture('layer-default-category')] });
    const ours = (r: typeof layered) => r.faults.filter((f) => f.file.startsWith(FIXTURES));
    expect(ours(layered)).toEqual([]);
    const attribution = (r: typeof layered) => r.entries.filter((e) => e.category === 'attribution').length;
    expect(attribution(layered)).toBe(attribution(defaults) + 1);
    expect(layered.entries).toHaveLength(defaults.entries.length + 1);
    expect(layered.lexicon.hash).not.toBe(defaults.lexicon.hash);

    const alone = await checkLexicons({ defaults: false, dirs: [fixture('layer-default-category')] });
    expect(alone.faults).toEqual([]);
    expect(ids(alone)).toEqual(['attribution.fixture-semaphore']);
  });

  it('keeps the first description of a category', async () => {
    const r = await only('valid', 'layer-add');
    expect(r.descriptions.get('harbour')).toMatch(/^A small valid lexicon/);
  });
});

describe('lexicon hash', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'framewatch-hash-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const base = readFileSync(fixture('valid/harbour.yml'), 'utf8');
  /** hash of the valid fixture after `edit`, loaded from a fresh folder */
  const hashOf = async (edit: (s: string) => string) => {
    const dir = mkdtempSync(join(scratch, 'v'));
    writeFileSync(join(dir, 'harbour.yml'), edit(base));
    const r = await checkLexicons({ defaults: false, dirs: [dir], examples: false });
    expect(r.faults).toEqual([]);
    return r.lexicon.hash;
  };
  const same = (s: string) => s;

  it('is the same for the same lexicons, wherever they lie', async () => {
    const original = (await only('valid')).lexicon.hash;
    expect(original).toMatch(/^[0-9a-f]{16}$/);
    expect((await only('valid')).lexicon.hash).toBe(original);
    expect(await hashOf(same)).toBe(original);
  });

  it('ignores what does not change a marker: notes, examples, key order', async () => {
    const original = await hashOf(same);
    expect(await hashOf((s) => s.replace('note: A made-up phrase entry.', 'note: Another note.'))).toBe(original);
    expect(await hashOf((s) => s.replace('The harbour was quiet and the master slept.', 'The harbour slept.'))).toBe(original);
    expect(await hashOf((s) => s.replace('    kind: phrase\n    terms: [harbour master, harbourmaster]\n', '    terms: [harbour master, harbourmaster]\n    kind: phrase\n'))).toBe(original);
  });

  it('changes when a term, a form, an exception or the set of entries changes', async () => {
    const original = await hashOf(same);
    const changed = [
      await hashOf((s) => s.replace('harbourmaster]', 'harbour-master]')),
      await hashOf((s) => s.replace('form: official', 'form: common')),
      await hashOf((s) => s.replace('before: [retired]', 'before: [former]')),
      (await only('valid', 'layer-disable')).lexicon.hash,
      (await only('valid', 'layer-add')).lexicon.hash,
      (await only('valid', 'layer-replace')).lexicon.hash,
    ];
    expect(changed).not.toContain(original);
    expect(new Set(changed).size).toBe(changed.length);
  });
});

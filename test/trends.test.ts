import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceAggregator, type LexiconInfo } from '../pipeline/compare/sources.ts';
import { TRENDS_CSV_COLUMNS, compareRuns } from '../pipeline/compare/trends.ts';
import type { DocScore, VoiceCounts } from '../pipeline/types.ts';

const lexicon: LexiconInfo = {
  hash: 'trend-lexicon',
  categories: ['naming'],
  entries: [
    { id: 'military.idf', category: 'naming', referent: 'israeli-military', form: 'official', terms: ['IDF'] },
    { id: 'military.occupation', category: 'naming', referent: 'israeli-military', form: 'opponent', terms: ['Israeli occupation forces'] },
  ],
};

const vc = (author: number): VoiceCounts => ({ author, quoted: 0, attributed: 0 });
function doc(docId: string, source: string, idf: number, occupation: number): DocScore {
  return {
    docId, source, title: '', date: '', url: '', path: '', tokens: 200, sentences: 10, markers: idf + occupation,
    categories: { naming: vc(idf + occupation) },
    referents: { 'israeli-military': { official: vc(idf), opponent: vc(occupation) } },
    scareQuoted: {}, cues: [], terms: '',
  };
}

let root = '';

async function writeRun(name: string, startedAt: string, docs: DocScore[]): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  const agg = new SourceAggregator(lexicon, { bootstrap: 50 });
  for (const d of docs) agg.add(d);
  for (const f of await agg.files()) await writeFile(join(dir, f.name), f.content);
  await writeFile(join(dir, 'run.json'), JSON.stringify({ startedAt }));
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'framewatch-trends-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('compareRuns', () => {
  it('marks a switch when one form overtakes another between runs', async () => {
    // night 1: Wire A uses IDF 6 of 8 times; night 2: 2 of 8 -> "Israeli occupation forces" overtakes IDF.
    // Paper B keeps IDF ahead both nights. Paper C flips, but on 2 mentions a night: too few to count.
    const night2 = await writeRun('night-2', '2024-03-02T02:00:00.000Z', [doc('a3', 'Wire A', 1, 3), doc('a4', 'Wire A', 1, 3), doc('b3', 'Paper B', 5, 1), doc('c2', 'Paper C', 0, 2)]);
    const night1 = await writeRun('night-1', '2024-03-01T02:00:00.000Z', [doc('a1', 'Wire A', 3, 1), doc('a2', 'Wire A', 3, 1), doc('b1', 'Paper B', 4, 1), doc('c1', 'Paper C', 2, 0)]);
    const out = join(root, 'out');
    // given out of date order on purpose: runs are ordered by startedAt
    await compareRuns([night2, night1], out);

    expect((await readdir(out)).sort()).toEqual(['trends.csv', 'trends.md']);
    const rows = parse(await readFile(join(out, 'trends.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...TRENDS_CSV_COLUMNS]);

    const shares = rows.filter((r) => r.kind === 'form-share' && r.source === 'Wire A');
    expect(shares.map((r) => [r.started_at.slice(0, 10), r.subkey, r.value, r.switch])).toEqual([
      ['2024-03-01', 'official', '0.75', ''],
      ['2024-03-01', 'opponent', '0.25', ''],
      ['2024-03-02', 'official', '0.25', ''],
      ['2024-03-02', 'opponent', '0.75', 'overtook IDF (official)'],
    ]);
    expect(rows.filter((r) => r.source === 'Paper B' && r.switch !== '')).toEqual([]);
    expect(rows.filter((r) => r.source === 'Paper C' && r.kind === 'form-share').map((r) => r.value)).toEqual(['1', '0', '0', '1']);
    expect(rows.filter((r) => r.source === 'Paper C' && r.switch !== '')).toEqual([]);
    // own-voice rates carried per run: Wire A night 1: 1000 * 8 / 400 = 20
    const rate = rows.find((r) => r.kind === 'rate' && r.source === 'Wire A' && r.started_at.startsWith('2024-03-01'))!;
    expect(rate.value).toBe('20');

    const md = await readFile(join(out, 'trends.md'), 'utf8');
    expect(md).toContain('## Switches');
    expect(md).toContain(
      '- Wire A, israeli-military: *Israeli occupation forces \\(opponent\\)* overtook *IDF \\(official\\)* between 2024-03-01T02:00:00.000Z and 2024-03-02T02:00:00.000Z (25% vs 75%, then 75% vs 25%).',
    );
    expect(md.indexOf('night-1')).toBeLessThan(md.indexOf('night-2'));
  });

  it('is deterministic and leaves no temporary files', async () => {
    const a = join(root, 'night-1');
    const b = join(root, 'night-2');
    const out1 = join(root, 'o1');
    const out2 = join(root, 'o2');
    await compareRuns([a, b], out1);
    await compareRuns([b, a], out2);
    for (const f of ['trends.csv', 'trends.md']) {
      expect(await readFile(join(out2, f), 'utf8')).toBe(await readFile(join(out1, f), 'utf8'));
    }
    expect((await readdir(out1)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says which run folder is unusable', async () => {
    const empty = join(root, 'empty');
    await mkdir(empty, { recursive: true });
    await expect(compareRuns([empty], join(root, 'o3'))).rejects.toThrow(/empty[/\\]run\.json: cannot read the run manifest/);
    await writeFile(join(empty, 'run.json'), JSON.stringify({ startedAt: '2024-03-03T00:00:00Z' }));
    await expect(compareRuns([empty], join(root, 'o3'))).rejects.toThrow(/sources\.csv: cannot read/);
    await expect(compareRuns([], join(root, 'o3'))).rejects.toThrow(/at least one run/);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendEntry, DocCache, type EntryLengths, type EntryLocation } from '../pipeline/cache.ts';
import { codeFingerprint } from '../pipeline/version.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'fw-cache-'));
  roots.push(d);
  return d;
};

const key = (n: number) => n.toString(16).padStart(32, '0');
/** an entry as the pipeline lays it out: a head line, marker rows (as many as n % 3, or 200,000 for n = 4), quote rows */
function entry(n: number): { parts: [Buffer, Buffer, Buffer]; bytes: Buffer; lengths: EntryLengths } {
  const [head, markers, quotes] = [`{"id":"doc-${n}"}\n`, `doc-${n},marker row\n`.repeat(n === 4 ? 200_000 : n % 3), n % 2 ? `doc-${n},quote row\n` : ''].map((p) => Buffer.from(p));
  return { parts: [head!, markers!, quotes!], bytes: Buffer.concat([head!, markers!, quotes!]), lengths: [head!.length, markers!.length, quotes!.length] };
}

describe('the per-document cache', () => {
  it('keeps the entries a run uses in one file, and a new run finds them there', async () => {
    const dir = tempDir();
    const first = new DocCache(dir);
    const at = new Map<number, EntryLocation>();
    // the parts of an entry land whole, a large one too
    for (const n of [3, 1, 4, 2]) {
      const e = entry(n);
      at.set(n, appendEntry(first.journal, key(n), e.parts));
      expect(first.readSync(at.get(n)!).equals(e.bytes)).toBe(true);
    }
    // the final pass keeps them in document order; the journal goes
    for (const n of [1, 2, 3, 4]) await first.keep(key(n), await first.read(at.get(n)!), at.get(n)!.lengths);
    await first.commit();
    expect(readdirSync(dir)).toEqual(['entries']);

    const second = new DocCache(dir);
    for (const n of [1, 2, 3, 4]) expect(second.readSync(second.get(key(n))!).equals(entry(n).bytes)).toBe(true);
    expect(second.get(key(5))).toBeUndefined();
    // a run that keeps nothing leaves no entries
    await second.commit();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads the journal a killed run left, up to a record cut short', () => {
    const dir = tempDir();
    const killed = new DocCache(dir);
    for (const n of [1, 2, 3]) appendEntry(killed.journal, key(n), entry(n).parts);
    const [journal] = readdirSync(dir);
    expect(journal).toMatch(/^journal-/);
    // killed mid-append: the last entry lost its final byte
    truncateSync(join(dir, journal!), statSync(join(dir, journal!)).size - 1);

    const next = new DocCache(dir);
    expect(next.readSync(next.get(key(1))!).equals(entry(1).bytes)).toBe(true);
    expect(next.readSync(next.get(key(2))!).equals(entry(2).bytes)).toBe(true);
    expect(next.get(key(3))).toBeUndefined();
  });

  it('stops reading a file at anything that is not a record', () => {
    const dir = tempDir();
    const cache = new DocCache(dir);
    appendEntry(cache.journal, key(1), entry(1).parts);
    const [journal] = readdirSync(dir);
    const bytes = readFileSync(join(dir, journal!));
    rmSync(join(dir, journal!));
    // a stray file named like a journal, and a journal whose second record is garbled
    const garbled = Buffer.concat([bytes, Buffer.from('not a record\n')]);
    writeFileSync(join(dir, 'journal-stray'), 'hello\n');
    writeFileSync(join(dir, 'journal-garbled'), garbled);
    const next = new DocCache(dir);
    expect(next.readSync(next.get(key(1))!).equals(entry(1).bytes)).toBe(true);
  });
});

describe('code fingerprint', () => {
  it('changes with any source file or the lock file, and only with them', () => {
    const root = tempDir();
    mkdirSync(join(root, 'pipeline', 'detect'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{"version":"0.1.0"}');
    writeFileSync(join(root, 'pipeline', 'detect', 'voice.ts'), 'export const a = 1;\n');
    const first = codeFingerprint(root);
    expect(codeFingerprint(root)).toBe(first);
    // a file that is not code leaves it alone
    writeFileSync(join(root, 'pipeline', 'NOTES.md'), 'notes');
    expect(codeFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'pipeline', 'detect', 'voice.ts'), 'export const a = 2;\n');
    const edited = codeFingerprint(root);
    expect(edited).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(codeFingerprint(root)).not.toBe(edited);
  });
});

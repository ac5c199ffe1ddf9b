import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchRecord } from '../../src/batch/index.js';
import { snapshotDist, type DistSnapshot } from '../helpers/build.js';
import { parseJsonl, runCli } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/batch/', import.meta.url));
const GOLD = fileURLToPath(new URL('../../corpus/gold/', import.meta.url));

/** Line numbers of the malformed lines of `mixed.jsonl` (line 3 is blank: not a record). */
const BAD_LINES = [2, 4, 5, 8, 10, 12, 13];
const GOOD_IDS = ['a1', 'e6', 'mixed.jsonl:7', 'j9', 'd11'];

let dist: DistSnapshot;
let tmp: string;
/** The in-process API of the same build as the CLI under test. */
let stripMany: (typeof import('../../src/index.js'))['stripMany'];

beforeAll(async () => {
  dist = await snapshotDist();
  ({ stripMany } = (await import(dist.file('index.js'))) as typeof import('../../src/index.js'));
  tmp = mkdtempSync(join(tmpdir(), 'promostrip-batch-'));
}, 120_000);
afterAll(() => {
  dist?.remove();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const batch = (args: readonly string[], options: { cwd?: string; stdin?: string } = {}) =>
  runCli(dist, ['batch', ...args], { cwd: FIXTURES, ...options });

/** The good records of `mixed.jsonl`, as the CLI reads them (ids filled in from the position). */
function goodMixedRecords(): BatchRecord[] {
  return readFileSync(join(FIXTURES, 'mixed.jsonl'), 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      try {
        const record = JSON.parse(line) as BatchRecord | null;
        return typeof record?.text === 'string' ? [{ id: `mixed.jsonl:${i + 1}`, ...record }] : [];
      } catch {
        return [];
      }
    });
}

async function expectedResults(records: BatchRecord[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of stripMany(records)) out.push(JSON.parse(JSON.stringify(r)));
  return out;
}

/** A JSONL corpus of gold articles with a few bad lines mixed in. */
function goldCorpus(path: string, copies: number): void {
  const texts = readdirSync(GOLD).map((f) => readFileSync(join(GOLD, f), 'utf8').replace(/\[\[[a-z]+:|\]\]/g, ''));
  const lines: string[] = [];
  for (let i = 0; i < copies * texts.length; i++) {
    lines.push(i % 37 === 5 ? `{"id":"broken-${i}", "text": ` : JSON.stringify({ id: `g${i}`, text: texts[i % texts.length], n: i }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe('promostrip batch: records and failures', () => {
  it('writes every good record once, in order, and reports every bad one with its line (exit 2)', async () => {
    const out = join(tmp, 'mixed-out.jsonl');
    const errors = join(tmp, 'mixed-errors.jsonl');
    const run = await batch(['mixed.jsonl', '--out', out, '--errors', errors, '--jobs', '2']);
    expect(run.code).toBe(2);
    const results = parseJsonl(readFileSync(out, 'utf8'));
    expect(results.map((r) => r.id)).toEqual(GOOD_IDS);
    expect(results).toEqual(await expectedResults(goodMixedRecords()));
    expect(results[0]).toMatchObject({ source: 'wire', tags: ['x'] });
    expect(results[1]).toMatchObject({ text: '', removed: [] });
    const failures = parseJsonl(readFileSync(errors, 'utf8'));
    expect(failures.map((f) => f.line)).toEqual(BAD_LINES);
    expect(failures.every((f) => f.file === 'mixed.jsonl' && typeof f.error === 'string')).toBe(true);
    expect(run.stderr).toMatch(/12 records, 5 written, 7 failed/);
    expect(run.stderr).toMatch(/mean spam score/);
  });

  it('reports failures as readable lines on stderr by default, and --quiet drops the summary', async () => {
    const run = await batch(['mixed.jsonl', '--out', '-', '--quiet', '--jobs', '1']);
    expect(run.code).toBe(2);
    for (const line of BAD_LINES) expect(run.stderr).toContain(`mixed.jsonl:${line}: `);
    expect(run.stderr).not.toMatch(/written/);
    expect(parseJsonl(run.stdout).map((r) => r.id)).toEqual(GOOD_IDS);
  });

  it('lets a 5 MB text and binary junk through', async () => {
    const input = join(tmp, 'huge.jsonl');
    const huge = 'Die Aktie steigt. Jetzt Gratis-Analyse sichern!\n'.repeat(110_000);
    const junk = Array.from({ length: 70_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    const lines = [{ id: 'big', text: huge }, { id: 'junk', text: junk }, { id: 'after', text: 'Kurz.' }].map((r) => JSON.stringify(r));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const run = await batch([input, '--out', join(tmp, 'huge-out.jsonl'), '--jobs', '2', '--quiet']);
    expect(run.code).toBe(0);
    const results = parseJsonl(readFileSync(join(tmp, 'huge-out.jsonl'), 'utf8'));
    expect(results.map((r) => r.id)).toEqual(['big', 'junk', 'after']);
    for (const span of results[0]!.removed as { end: number }[]) expect(span.end).toBeLessThanOrEqual(huge.length);
  }, 120_000);
});

describe('promostrip batch: inputs and outputs', () => {
  it('reads directories recursively, one article per .txt/.md file, id = relative path', async () => {
    const out = join(tmp, 'dir-out.jsonl');
    const run = await batch(['articles', '--out', out, '--jobs', '2']);
    expect(run.code).toBe(0);
    const results = parseJsonl(readFileSync(out, 'utf8'));
    expect(results.map((r) => r.id)).toEqual(['a.txt', 'junk.txt', 'sub/b.md', 'sub/deeper/c.txt']);
    expect(results[3]).toMatchObject({ text: '', removed: [] });
  });

  it('works as a stdin → stdout filter, with other field names', async () => {
    const stdin = ['{"key":"k1","body":"Erste Meldung.","x":1}', '{"key":"k2","body":"Zweite Meldung."}'].join('\n');
    const run = await batch(['-', '--out', '-', '--text-field', 'body', '--id-field', 'key'], { stdin });
    expect(run.code).toBe(0);
    const results = parseJsonl(run.stdout);
    expect(results.map((r) => [r.id, r.x])).toEqual([['k1', 1], ['k2', undefined]]);
    expect(results[0]).not.toHaveProperty('body');
    expect(run.stderr).toMatch(/2 records, 2 written, 0 failed/);
  });

  it('writes one <input name>.jsonl per input into an output directory', async () => {
    const outDir = join(tmp, 'per-input/');
    const run = await batch(['mixed.jsonl', 'articles', '-', '--out', outDir, '--quiet'], { stdin: '{"text":"Von stdin."}\n' });
    expect(run.code).toBe(2);
    expect(readdirSync(outDir).sort()).toEqual(['articles.jsonl', 'mixed.jsonl', 'stdin.jsonl']);
    expect(parseJsonl(readFileSync(join(outDir, 'stdin.jsonl'), 'utf8'))).toMatchObject([{ id: '-:1' }]);
    expect(parseJsonl(readFileSync(join(outDir, 'articles.jsonl'), 'utf8'))).toHaveLength(4);
  });
});

describe('promostrip batch: --resume', () => {
  let input: string;
  let full: string;

  beforeAll(async () => {
    input = join(tmp, 'resume-in.jsonl');
    goldCorpus(input, 4);
    const out = join(tmp, 'resume-full.jsonl');
    const run = await batch([input, '--out', out, '--jobs', '2', '--quiet', '--errors', join(tmp, 'resume-full.errors')]);
    expect(run.code).toBe(2);
    full = readFileSync(out, 'utf8');
  }, 120_000);

  it.each([0, 0.001, 0.37, 0.8, 1])('continues a run cut off at %f of its output, mid-line', async (fraction) => {
    const out = join(tmp, `resume-${fraction}.jsonl`);
    const cut = Buffer.from(full).subarray(0, Math.floor(fraction * Buffer.byteLength(full)) - (fraction === 1 ? 0 : 3));
    writeFileSync(out, cut);
    const run = await batch([input, '--out', out, '--resume', '--jobs', '2', '--quiet', '--errors', join(tmp, 'resume.errors')]);
    expect([0, 2]).toContain(run.code);
    expect(readFileSync(out, 'utf8')).toBe(full);
  }, 120_000);

  it('continues a killed run', async () => {
    const out = join(tmp, 'resume-killed.jsonl');
    const child = spawn(process.execPath, [dist.cli, 'batch', input, '--out', out, '--jobs', '1', '--quiet', '--errors', join(tmp, 'k.errors')]);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if ((existsSync(out) && statSync(out).size > 20_000) || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((resolve) => child.on('close', resolve));
    const run = await batch([input, '--out', out, '--resume', '--jobs', '2', '--quiet', '--errors', join(tmp, 'k.errors')]);
    expect([0, 2]).toContain(run.code);
    expect(readFileSync(out, 'utf8')).toBe(full);
  }, 120_000);

  it('refuses to resume an output that is not from these inputs', async () => {
    const out = join(tmp, 'foreign.jsonl');
    writeFileSync(out, '{"id":"nowhere","text":""}\n');
    const run = await batch([input, '--out', out, '--resume', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot resume/);
  }, 120_000);
});

describe('promostrip batch: usage errors', () => {
  it('refuses to overwrite an input, however it is named', async () => {
    const input = join(tmp, 'precious.jsonl');
    writeFileSync(input, '{"id":"p","text":"Keep me."}\n');
    symlinkSync(input, join(tmp, 'alias.jsonl'));
    for (const out of [input, join(tmp, '.', 'precious.jsonl'), join(tmp, 'alias.jsonl')]) {
      const run = await batch([input, '--out', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/refusing to write/);
    }
    expect(readFileSync(input, 'utf8')).toBe('{"id":"p","text":"Keep me."}\n');
    const dir = join(tmp, 'inputdir');
    mkdirSync(dir);
    copyFileSync(join(FIXTURES, 'articles', 'a.txt'), join(dir, 'a.txt'));
    expect((await batch([dir, '--out', join(dir, 'out.txt')])).code).toBe(1);
    expect((await batch([input, '--out', join(tmp, 'fine.jsonl'), '--errors', input])).code).toBe(1);
  });

  it.each([
    ['no --out', () => ['mixed.jsonl']],
    ['no input', () => ['--out', '-']],
    ['a missing input', () => ['nope.jsonl', '--out', '-']],
    ['--jobs 0', () => ['mixed.jsonl', '--out', '-', '--jobs', '0']],
    ['--jobs abc', () => ['mixed.jsonl', '--out', '-', '--jobs', 'abc']],
    ['--resume to stdout', () => ['mixed.jsonl', '--out', '-', '--resume']],
    ['stdin twice', () => ['-', '-', '--out', '-']],
    ['an unknown option', () => ['mixed.jsonl', '--out', '-', '--frobnicate']],
    ['two inputs with one output name', () => ['mixed.jsonl', '../batch/mixed.jsonl', '--out', join(tmp, 'clash/')]],
  ])('exits 1 on %s', async (_, args) => {
    const run = await batch(args());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });
});

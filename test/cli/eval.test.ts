import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenMetrics } from '../../src/index.js';
import { ROOT, snapshotDist, type DistSnapshot } from '../helpers/build.js';
import { runCli } from '../helpers/run-cli.js';

const GOLD_FILES = readdirSync(join(ROOT, 'corpus', 'gold')).filter((f) => f.endsWith('.txt'));

let dist: DistSnapshot;
let tmp: string;
beforeAll(async () => {
  dist = await snapshotDist();
  tmp = mkdtempSync(join(tmpdir(), 'promostrip-eval-'));
}, 120_000);
afterAll(() => {
  dist?.remove();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const inUnit = (x: number) => x >= 0 && x <= 1;

describe('promostrip eval', () => {
  it('scores corpus/gold by default: a row per file, the overall F1', async () => {
    const run = await runCli(dist, ['eval'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^F1 \d+\.\d% {2}precision \d+\.\d% {2}recall \d+\.\d%/m);
    expect(run.stdout).toContain(`all (${GOLD_FILES.length} files)`);
    for (const f of GOLD_FILES) expect(run.stdout).toContain(f);
  });

  it('prints overall and per-file metrics as JSON with --json', async () => {
    const run = await runCli(dist, ['eval', 'corpus/gold', '--json'], { cwd: ROOT });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { dir: string; overall: TokenMetrics; files: { file: string; metrics: TokenMetrics }[] };
    expect(report.dir).toBe('corpus/gold');
    expect(report.files).toHaveLength(GOLD_FILES.length);
    const { overall } = report;
    for (const x of [overall.precision, overall.recall, overall.f1, overall.editorialLoss, overall.residual]) expect(inUnit(x)).toBe(true);
    expect(Object.keys(overall.labelRecall).sort()).toEqual(['chrome', 'disclaimer', 'promo', 'related']);
    expect(report.files.reduce((sum, f) => sum + f.metrics.tokens, 0)).toBe(overall.tokens);
  });

  it('exits 1 on a missing directory', async () => {
    const run = await runCli(dist, ['eval', join(tmp, 'missing')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`promostrip: cannot read directory ${join(tmp, 'missing')}: no such file or directory\n`);
  });

  it('exits 1 on a directory without .txt files', async () => {
    const empty = mkdtempSync(join(tmp, 'empty-'));
    writeFileSync(join(empty, 'notes.md'), 'not gold\n');
    const run = await runCli(dist, ['eval', empty]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`promostrip: no .txt gold files in ${empty}\n`);
  });

  it('exits 1 naming a malformed gold file', async () => {
    const bad = mkdtempSync(join(tmp, 'bad-'));
    writeFileSync(join(bad, 'a-good.txt'), '---\nid: a\nlang: en\n---\nShares rose 3% on Monday. [[promo:Click here for a free report.]]\n');
    writeFileSync(join(bad, 'b-unclosed.txt'), '---\nid: b\nlang: en\n---\nShares rose. [[promo:Click here\n');
    const run = await runCli(dist, ['eval', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`promostrip: ${join(bad, 'b-unclosed.txt')}: unclosed [[promo: span\n`);
  });
});

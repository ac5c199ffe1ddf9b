import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripBoilerplate, type StripResult } from '../../src/index.js';
import { ROOT, snapshotDist, type DistSnapshot } from '../helpers/build.js';
import { runCli } from '../helpers/run-cli.js';

const SAMPLE = join(ROOT, 'corpus', 'seeds', '000_e3808821ec928f26.txt');
const text = readFileSync(SAMPLE, 'utf8');

let dist: DistSnapshot;
beforeAll(async () => {
  dist = await snapshotDist();
}, 120_000);
afterAll(() => dist?.remove());

describe('promostrip strip', () => {
  it('prints nothing but the cleaned text of a file on stdout', async () => {
    const run = await runCli(dist, ['strip', SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${stripBoilerplate(text).text}\n`);
  });

  it('reads stdin when given no file or -', async () => {
    const expected = `${stripBoilerplate(text).text}\n`;
    for (const args of [['strip'], ['strip', '-']]) {
      const run = await runCli(dist, args, { stdin: text });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(expected);
    }
  });

  it('prints the full result as JSON with --json', async () => {
    const run = await runCli(dist, ['strip', '--json', SAMPLE]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as StripResult;
    expect(Object.keys(result).sort()).toEqual(['language', 'segments', 'spamScore', 'text']);
    expect(result.language).toBe('de');
    expect(result.spamScore).toBeGreaterThan(0);
    expect(result.segments.map((s) => s.text).join('')).toBe(text);
    expect(result).toEqual(stripBoilerplate(text));
  });

  it('lists every removed unit with label, score and reasons after the text with --explain', async () => {
    const run = await runCli(dist, ['strip', '--explain', SAMPLE]);
    expect(run.code).toBe(0);
    const result = stripBoilerplate(text);
    const removed = result.segments.filter((s) => s.label !== 'editorial');
    expect(removed.length).toBeGreaterThan(0);
    expect(run.stdout.startsWith(`${result.text}\n\nRemoved: ${removed.length} of ${result.segments.length} units`)).toBe(true);
    const report = run.stdout.slice(run.stdout.indexOf('\nRemoved:'));
    for (const s of removed) {
      expect(report).toContain(`${s.label.padEnd(10)}  ${s.score.toFixed(2)}  ${s.text.trim().replace(/\s+/g, ' ').slice(0, 40)}`);
      expect(report).toContain(s.reasons.join('; '));
    }
  });

  it('refuses --json together with --explain', async () => {
    const run = await runCli(dist, ['strip', '--json', '--explain', SAMPLE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('reports a missing file in one line and exits 1', async () => {
    const run = await runCli(dist, ['strip', 'no-such-article.txt'], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('promostrip: cannot read no-such-article.txt: no such file or directory\n');
  });

  it('reports a directory given as file in one line and exits 1', async () => {
    const run = await runCli(dist, ['strip', 'corpus'], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('promostrip: cannot read corpus: is a directory\n');
  });
});

describe('promostrip segment', () => {
  it('prints the units as a JSON array of trimmed strings', async () => {
    const run = await runCli(dist, ['segment', SAMPLE]);
    expect(run.code).toBe(0);
    const units = JSON.parse(run.stdout) as unknown;
    expect(Array.isArray(units)).toBe(true);
    const strings = units as unknown[];
    expect(strings.length).toBeGreaterThan(10);
    for (const u of strings) {
      expect(typeof u).toBe('string');
      expect(u).toBe((u as string).trim());
    }
    expect(strings.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });

  it('reads stdin and reports a missing file', async () => {
    const fromStdin = await runCli(dist, ['segment'], { stdin: 'Erster Satz hier. Zweiter Satz dort.' });
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(['Erster Satz hier.', 'Zweiter Satz dort.']);
    const missing = await runCli(dist, ['segment', 'no-such-article.txt'], { cwd: ROOT });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('promostrip: cannot read no-such-article.txt: no such file or directory\n');
  });
});

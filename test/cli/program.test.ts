import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDist, type DistSnapshot } from '../helpers/build.js';
import { runCli } from '../helpers/run-cli.js';

let dist: DistSnapshot;
beforeAll(async () => {
  dist = await snapshotDist();
}, 120_000);
afterAll(() => dist?.remove());

describe('promostrip', () => {
  it('lists every command in --help', async () => {
    const run = await runCli(dist, ['--help']);
    expect(run.code).toBe(0);
    for (const command of ['strip', 'segment', 'eval', 'batch', 'feed', 'clickbait']) expect(run.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
  });

  it('exits 1 on an unknown command', async () => {
    const run = await runCli(dist, ['frobnicate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });
});

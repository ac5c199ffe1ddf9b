import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

interface Line {
  text: string;
  score: number;
  reasons: string[];
}

const parse = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('promostrip clickbait', () => {
  beforeAll(() => {
    if (!existsSync(cli)) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  it('scores each argument, one JSON object per line', () => {
    const run = spawnSync('node', [cli, 'clickbait', 'Amazon-Aktie: Kaufen oder verkaufen?!', 'Siemens erhöht Prognose für 2025'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const lines = parse(run.stdout);
    expect(lines.map((l) => l.text)).toEqual(['Amazon-Aktie: Kaufen oder verkaufen?!', 'Siemens erhöht Prognose für 2025']);
    expect(lines[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(lines[1]!.score).toBeLessThan(0.5);
    expect(Array.isArray(lines[0]!.reasons)).toBe(true);
  });

  it('scores each non-empty line of stdin when given no text', () => {
    const run = spawnSync('node', [cli, 'clickbait'], {
      input: 'This Stock Could Make You a Millionaire\n\nParliament approves pension reform bill\n',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const lines = parse(run.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(lines[1]!.score).toBeLessThan(0.5);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** These tests load the built package (`npm test` builds first). */
const root = new URL('../..', import.meta.url).pathname;

/**
 * A child process that records every file the fs module is asked to read or stat, then loads
 * promostrip, calls it, and reports the files touched after loading on stderr.
 */
const probe = (load: string) => `
const fs = require('node:fs');
const touched = [];
let loaded = false;
for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'statSync', 'existsSync', 'createReadStream', 'readdirSync']) {
  const orig = fs[name];
  fs[name] = function (p, ...rest) { if (loaded) touched.push(String(p)); return orig.call(this, p, ...rest); };
}
(async () => {
  const m = ${load};
  loaded = true;
  const r = m.stripBoilerplate('Amazon-Aktie: Kaufen oder verkaufen?! Die Aktie stieg am Mittwoch um 2 Prozent.');
  process.stderr.write(JSON.stringify({ touched, keys: Object.keys(m).sort(), natural: Object.keys(require.cache).filter((k) => k.includes('/natural/')), score: r.spamScore }));
})();
`;

describe('package loading', () => {
  it('is built', () => {
    expect(existsSync(`${root}dist/index.js`)).toBe(true);
    expect(existsSync(`${root}dist/index.cjs`)).toBe(true);
    expect(existsSync(`${root}dist/index.d.ts`)).toBe(true);
    expect(existsSync(`${root}dist/index.d.cts`)).toBe(true);
  });

  for (const [how, load] of [
    ['require() (CommonJS)', "require('promostrip')"],
    ['import() (ESM)', "await import('promostrip')"],
  ] as const) {
    it(`loads with ${how}, prints nothing, reads no file and never loads natural`, () => {
      const child = spawnSync(process.execPath, ['-e', probe(load)], { cwd: root, encoding: 'utf8' });
      expect(child.stdout).toBe('');
      const report = JSON.parse(child.stderr);
      expect(report.touched).toEqual([]);
      expect(report.natural).toEqual([]);
      expect(report.keys).toEqual(expect.arrayContaining(['stripBoilerplate', 'segment', 'clickbaitScore', 'LABELS']));
      expect(typeof report.score).toBe('number');
    });
  }

  it('the core bundles import no node: module', () => {
    // Read here, not through a child's stdout: a bundle outgrows spawnSync's 1 MB buffer.
    for (const bundle of ['dist/index.js', 'dist/index.cjs']) {
      const src = readFileSync(`${root}${bundle}`, 'utf8');
      expect(src).not.toMatch(/from ["']node:|require\(["']node:|from ["'](?:fs|path|os|child_process|worker_threads)["']/);
    }
  });
});

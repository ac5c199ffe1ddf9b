/**
 * `npm run bench`: throughput of the built package (dist/index.js) on one core.
 *
 * The raw articles of corpus/gold (header and span markers removed) are repeated to at least
 * 2 MB; every function runs over that set once per round, the functions taking turns, after
 * warm-up rounds, until a few seconds per function have passed; the table shows the median round. MB are 10^6 bytes of UTF-8 input.
 * "import + first call" is measured in fresh child processes (median of several).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist', 'index.js');
const GOLD = join(ROOT, 'corpus', 'gold');
const SAMPLE = join(ROOT, 'corpus', 'seeds', '000_e3808821ec928f26.txt');

const MIN_BYTES = 2_000_000;
const WARMUP_ROUNDS = 3;
const MIN_ROUNDS = 5;
const MIN_SECONDS = 3;
const COLD_STARTS = 5;
const TARGET_MB_S = 20;

/** The raw articles of corpus/gold and their languages, read with the package's own `parseGold`. */
function loadArticles(parseGold) {
  const files = readdirSync(GOLD).filter((f) => f.endsWith('.txt')).sort();
  const articles = files.map((f) => {
    const gold = parseGold(readFileSync(join(GOLD, f), 'utf8'), join(GOLD, f));
    return { text: gold.text, language: gold.lang === 'de' || gold.lang === 'en' ? gold.lang : 'und' };
  });
  const bytesOnce = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const copies = Math.ceil(MIN_BYTES / bytesOnce);
  return { articles: Array.from({ length: copies }, () => articles).flat(), files: files.length, copies, bytes: bytesOnce * copies };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Seconds of one pass of `run` over every article. */
function pass(articles, run) {
  const t0 = performance.now();
  for (const a of articles) run(a);
  return (performance.now() - t0) / 1000;
}

/**
 * Median seconds per pass of every case. The cases take turns, round after round, after
 * warm-up rounds of each: the JIT keeps warming up for the first thousand or so calls, and the
 * VM's speed drifts, so timing one case after the other would favour the later ones.
 */
function time(articles, cases) {
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const c of cases) pass(articles, c.run);
  const rounds = cases.map(() => []);
  const started = performance.now();
  while (rounds[0].length < MIN_ROUNDS || performance.now() - started < MIN_SECONDS * 1000 * cases.length) {
    cases.forEach((c, k) => rounds[k].push(pass(articles, c.run)));
  }
  return rounds.map((r) => ({ seconds: median(r), rounds: r.length }));
}

/** Milliseconds from before `import()` of dist/index.js to after the first `stripBoilerplate` call, in a fresh process. */
function coldStart() {
  const code = `
const text = require('node:fs').readFileSync(process.argv[1], 'utf8');
const t0 = performance.now();
import(process.argv[2]).then(({ stripBoilerplate }) => {
  stripBoilerplate(text);
  process.stdout.write(String(performance.now() - t0));
});`;
  return Number(execFileSync(process.execPath, ['-e', code, SAMPLE, pathToFileURL(DIST).href], { encoding: 'utf8' }));
}

const lib = await import(pathToFileURL(DIST).href);
const { articles, files, copies, bytes } = loadArticles(lib.parseGold);
const mb = bytes / 1e6;
const units = articles.reduce((sum, a) => sum + lib.stripBoilerplate(a.text, { language: a.language }).segments.length, 0);

// `perUnit`: whether the time per unit means anything (detectLanguage reads only a prefix).
const cases = [
  { name: 'stripBoilerplate (detect language)', run: (a) => lib.stripBoilerplate(a.text), target: true, perUnit: true },
  { name: 'stripBoilerplate (language given)', run: (a) => lib.stripBoilerplate(a.text, { language: a.language }), target: true, perUnit: true },
  { name: 'segment (language given)', run: (a) => lib.segment(a.text, { language: a.language }), target: false, perUnit: true },
  { name: 'detectLanguage', run: (a) => lib.detectLanguage(a.text), target: false, perUnit: false },
];

const rows = [['', 'MB/s', 'µs/unit', 'target', 'rounds']];
const timings = time(articles, cases);
for (const [k, c] of cases.entries()) {
  const { seconds, rounds } = timings[k];
  const rate = mb / seconds;
  const target = c.target ? `≥ ${TARGET_MB_S} MB/s ${rate >= TARGET_MB_S ? 'ok' : 'MISSED'}` : '';
  rows.push([c.name, rate.toFixed(1), c.perUnit ? ((seconds * 1e6) / units).toFixed(1) : '–', target, String(rounds)]);
}
const cold = median(Array.from({ length: COLD_STARTS }, coldStart));

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => (c === 0 || c === 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ').trimEnd();
console.log(`input: ${files} gold articles × ${copies} = ${mb.toFixed(2)} MB, ${articles.length} calls, ${units} units (${Math.round(units / mb)} units/MB); node ${process.version}, one core`);
console.log('');
for (const r of rows) console.log(line(r));
console.log('');
console.log(`import + first call (fresh process, median of ${COLD_STARTS}): ${cold.toFixed(0)} ms`);

/**
 * `npm run bench:batch [-- --sizes 50,500]`: throughput and memory of `promostrip batch`.
 *
 * Builds JSONL corpora of the given sizes (MB) from the gold articles (repeated, with varied
 * ids) in a temp dir, runs the built CLI with 1 and 2 jobs on each, and prints records/s, MB/s,
 * speed-up and peak RSS (the process with its worker threads). The speed of this VM drifts by
 * ±20 % from minute to minute, so corpora up to {@link ROUNDS_UP_TO_MB} MB are run several
 * times, alternating 1 and 2 jobs, and the medians are compared. It also measures the in-process
 * figure: `stripBoilerplate` over the smallest corpus in one thread, to compare per-job throughput.
 * Needs a current build (`npm run bench:batch` builds first).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { loadGoldDir } from './lib/gold.js';

const ROOT = new URL('../', import.meta.url);
const CLI = new URL('dist/cli/main.js', ROOT).pathname;
const GNU_TIME = '/usr/bin/time';

interface Run {
  seconds: number;
  /** User + system CPU seconds of the process and its threads (GNU time only). */
  cpuSeconds: number | undefined;
  records: number;
  peakRssMb: number;
}

/** Writes a corpus of about `mb` MB, appending slices of lines; returns the record count. */
function makeCorpus(path: string, mb: number): number {
  const articles = loadGoldDir(new URL('corpus/gold/', ROOT).pathname);
  writeFileSync(path, '');
  let records = 0;
  for (let bytes = 0; bytes < mb * 1e6; ) {
    const slice: string[] = [];
    for (; slice.length < 10_000 && bytes < mb * 1e6; records++) {
      const a = articles[records % articles.length]!;
      const line = JSON.stringify({ id: `${a.id}#${Math.floor(records / articles.length)}`, text: a.text, lang: a.lang });
      slice.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
    writeFileSync(path, `${slice.join('\n')}\n`, { flag: 'a' });
  }
  return records;
}

/** Peak RSS of a running process so far (VmHWM), in kB; used when GNU time is missing. */
function vmHwmKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Runs the CLI on a corpus, measuring wall time and peak RSS. */
async function runCli(input: string, out: string, jobs: number, records: number): Promise<Run> {
  const args = [CLI, 'batch', input, '--out', out, '--jobs', String(jobs), '--quiet'];
  const timeFile = `${out}.time`;
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const child = useTime
    ? spawn(GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args], { stdio: 'inherit' })
    : spawn(process.execPath, args, { stdio: 'inherit' });
  let peakKb = 0;
  const poll = useTime ? undefined : setInterval(() => (peakKb = Math.max(peakKb, vmHwmKb(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`batch exited with ${code}`);
  if (!useTime) return { seconds, cpuSeconds: undefined, records, peakRssMb: peakKb / 1024 };
  const [maxRssKb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, cpuSeconds: user! + system!, records, peakRssMb: maxRssKb! / 1024 };
}

/** Records per wall and per CPU second of `stripBoilerplate` over a corpus in this thread (parsing included). */
async function inProcess(input: string): Promise<{ rate: number; cpuRate: number }> {
  const { stripBoilerplate } = (await import(new URL('dist/index.js', ROOT).href)) as typeof import('../src/index.js');
  let records = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
    stripBoilerplate((JSON.parse(line) as { text: string }).text);
    records += 1;
  }
  const { user, system } = process.cpuUsage(cpu);
  return { rate: records / ((performance.now() - started) / 1000), cpuRate: records / ((user + system) / 1e6) };
}

/** The load average, to judge how much of the machine the run had. */
const load = (): string => loadavg()[0]!.toFixed(1);

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

/** Corpora up to this size are run `--rounds` times; larger ones once (a 500 MB round takes minutes). */
const ROUNDS_UP_TO_MB = 100;

const { sizes, rounds } = new Command('bench-batch')
  .option('--sizes <mb,...>', 'corpus sizes in MB', (v) => v.split(',').map(Number), [50, 500])
  .option('--rounds <n>', `rounds of 1 and 2 jobs (and in-process) on corpora up to ${ROUNDS_UP_TO_MB} MB`, positiveInteger, 3)
  .parse()
  .opts<{ sizes: number[]; rounds: number }>();

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'promostrip-bench-'));
try {
  const rows: { mb: number; jobs: number; run: Run; mbPerS: number }[] = [];
  let inProc: { rate: number; cpuRate: number } | undefined;
  for (const mb of sizes) {
    const input = join(dir, `corpus-${mb}.jsonl`);
    const records = makeCorpus(input, mb);
    const size = statSync(input).size / 1e6;
    console.log(`corpus ${mb} MB: ${records} records, ${size.toFixed(1)} MB`);
    if (!inProc) {
      const runs: { rate: number; cpuRate: number }[] = [];
      for (let round = 0; round < (mb <= ROUNDS_UP_TO_MB ? rounds : 1); round++) runs.push(await inProcess(input));
      inProc = { rate: median(runs.map((r) => r.rate)), cpuRate: median(runs.map((r) => r.cpuRate)) };
    }
    for (let round = 0; round < (mb <= ROUNDS_UP_TO_MB ? rounds : 1); round++) {
      for (const jobs of [1, 2]) {
        const before = load();
        const run = await runCli(input, join(dir, 'out.jsonl'), jobs, records);
        rows.push({ mb, jobs, run, mbPerS: size / run.seconds });
        const cpu = run.cpuSeconds === undefined ? '' : `, ${(records / run.cpuSeconds).toFixed(1)} records/CPU-s`;
        console.log(
          `  ${jobs} job(s): ${(records / run.seconds).toFixed(1)} records/s, ${(size / run.seconds).toFixed(2)} MB/s${cpu}, ` +
            `peak RSS ${run.peakRssMb.toFixed(0)} MB (load average ${before} → ${load()})`,
        );
      }
    }
    rmSync(input);
  }
  console.log(`\nin-process (1 thread, ${sizes[0]} MB corpus, median): ${inProc!.rate.toFixed(1)} records/s, ${inProc!.cpuRate.toFixed(1)} records/CPU-s`);
  for (const mb of sizes) {
    const rate = (jobs: number): number => median(rows.filter((r) => r.mb === mb && r.jobs === jobs).map((r) => r.run.records / r.run.seconds));
    const [one, two] = [rate(1), rate(2)];
    const n = rows.filter((r) => r.mb === mb && r.jobs === 1).length;
    console.log(
      `${mb} MB${n > 1 ? ` (median of ${n} rounds)` : ''}: speed-up 2 jobs / 1 job ${(two / one).toFixed(2)}× (target ≥ 1.7), ` +
        `per-job vs in-process ${((100 * one) / inProc!.rate).toFixed(0)}% (target ≥ 80%)`,
    );
  }
  const peak = (mb: number): number => Math.max(...rows.filter((r) => r.mb === mb).map((r) => r.run.peakRssMb));
  const [small, large] = [sizes[0]!, sizes.at(-1)!];
  console.log(`peak RSS ${large} MB vs ${small} MB: ${((100 * peak(large)) / peak(small) - 100).toFixed(0)}% (target within ±20%)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

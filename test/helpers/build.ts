/**
 * Shared by every test that runs the built package: builds `dist/` when it is missing or older
 * than the sources (one build at a time across concurrent vitest processes, by a lock
 * directory), then copies it to a private snapshot, so a `tsup` run elsewhere (which first
 * empties `dist/`) cannot pull the files away from under a running test.
 *
 * Use: `const dist = await snapshotDist()` in `beforeAll` (allow ~60 s), then run
 * `node ${dist.cli} …`, import `dist.file('node/index.js')`, and `dist.remove()` in `afterAll`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Files every build produces; all must be newer than every input. */
const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/cli/main.js', 'dist/node/index.js', 'dist/node/worker.js'];
const INPUTS = ['src', 'tsup.config.ts', 'package.json'];
const LOCK = join(ROOT, 'node_modules', '.cache', 'promostrip-build.lock');
/** A lock older than this was left by a killed process. */
const STALE_LOCK_MS = 120_000;

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function isStale(): boolean {
  const paths = OUTPUTS.map((o) => join(ROOT, o));
  if (!paths.every(existsSync)) return true;
  const built = Math.min(...paths.map((p) => statSync(p).mtimeMs));
  return INPUTS.some((i) => newestMtime(join(ROOT, i)) > built);
}

async function withLock<T>(work: () => T): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const since = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (since > STALE_LOCK_MS) rmSync(LOCK, { force: true, recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { force: true, recursive: true });
  }
}

/** A private copy of the built package. */
export interface DistSnapshot {
  /** Absolute path of the snapshot directory (the copy of `dist/`). */
  dir: string;
  /** Absolute path of the CLI entry. */
  cli: string;
  /** Absolute path of a file of the snapshot, e.g. `file('node/index.js')`. */
  file(relative: string): string;
  /** Deletes the snapshot. */
  remove(): void;
}

/** Builds `dist/` if stale and returns a private snapshot of it that resolves the project's dependencies. */
export async function snapshotDist(): Promise<DistSnapshot> {
  const dir = await withLock(() => {
    if (isStale()) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
    const snapshot = mkdtempSync(join(tmpdir(), 'promostrip-dist-'));
    cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
    return snapshot;
  });
  // package.json makes the `.js` files ES modules; bare imports (commander, piscina, …)
  // resolve through the link to the project's packages.
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    cli: join(dir, 'cli', 'main.js'),
    file: (relative) => join(dir, relative),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

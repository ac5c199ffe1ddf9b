import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import {
  addCounts,
  BOILERPLATE_LABELS,
  emptyCounts,
  evaluateArticle,
  parseGold,
  tokenMetrics,
  type ArticleEvaluation,
  type GoldArticle,
  type TokenMetrics,
} from '../../index.js';
import { describeError, fail } from '../io.js';

/** Directory evaluated when none is given. */
const DEFAULT_DIR = 'corpus/gold';

/** The metrics of one gold file. */
interface FileMetrics {
  file: string;
  id: string;
  lang: string;
  metrics: TokenMetrics;
}

/** What `promostrip eval --json` prints. Per-label recalls without gold tokens are `null`. */
interface EvalReport {
  dir: string;
  overall: TokenMetrics;
  files: FileMetrics[];
}

/** Reads and parses every `*.txt` file of `dir`, sorted by name; throws a message for the user. */
async function loadGold(dir: string): Promise<GoldArticle[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    throw new Error(`cannot read directory ${dir}: ${describeError(error)}`);
  });
  const files = names.filter((n) => n.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt gold files in ${dir}`);
  return Promise.all(
    files.map(async (name) => {
      const file = join(dir, name);
      const content = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new Error(`cannot read ${file}: ${describeError(error)}`);
      });
      return parseGold(content, file);
    }),
  );
}

/** Evaluates the bundled model on every article, per file and summed up. */
function report(dir: string, evaluations: readonly ArticleEvaluation[]): EvalReport {
  const total = emptyCounts();
  for (const e of evaluations) addCounts(total, e.counts);
  return {
    dir,
    overall: tokenMetrics(total),
    files: evaluations.map(({ article, counts }) => ({ file: article.file, id: article.id, lang: article.lang, metrics: tokenMetrics(counts) })),
  };
}

const percent = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);

const COLUMNS = ['tokens', 'precision', 'recall', 'F1', 'ed. loss', 'residual', ...BOILERPLATE_LABELS.map((l) => `${l} rec.`)];

function cells(m: TokenMetrics): string[] {
  return [String(m.tokens), ...[m.precision, m.recall, m.f1, m.editorialLoss, m.residual].map(percent), ...BOILERPLATE_LABELS.map((l) => percent(m.labelRecall[l]))];
}

/** The terminal table: one row per file, then the overall row. */
function formatTable(r: EvalReport): string {
  const rows = [
    ['file', ...COLUMNS],
    ...r.files.map((f) => [basename(f.file), ...cells(f.metrics)]),
    [`all (${r.files.length} files)`, ...cells(r.overall)],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: readonly string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = '-'.repeat(widths.reduce((sum, w) => sum + w + 2, -2));
  const o = r.overall;
  return [
    ...rows.slice(0, -1).map(line),
    rule,
    line(rows.at(-1)!),
    '',
    `F1 ${percent(o.f1)}  precision ${percent(o.precision)}  recall ${percent(o.recall)}  editorial loss ${percent(o.editorialLoss)}  residual ${percent(o.residual)}  (${o.tokens} tokens)`,
    '',
  ].join('\n');
}

/**
 * `promostrip eval [dir]`: scores the bundled model on a directory of gold-format files
 * (`corpus/ANNOTATION.md`) at token level, per file and overall.
 */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the bundled model on gold-format files (token precision, recall, F1, editorial loss, residual, per-label recall)')
    .argument('[dir]', 'directory of gold .txt files', DEFAULT_DIR)
    .option('--json', 'print { dir, overall, files } as JSON')
    .action(async (dir: string, opts: { json?: boolean }) => {
      let articles: GoldArticle[];
      try {
        articles = await loadGold(dir);
      } catch (error) {
        fail(describeError(error));
        return;
      }
      const r = report(dir, articles.map((a) => evaluateArticle(a)));
      process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : formatTable(r));
    });
}

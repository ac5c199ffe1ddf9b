import { isMenuBar, itemWords } from '../features/menu-bar.js';
import type { SmoothingPass } from './index.js';
import { aloneOnLine, runs } from './line-runs.js';
import { isRemoved, raiseTo } from './revise.js';

/** Score given to a bar of menu items. */
const MENU_SCORE = 0.9;
/** A menu set as a list has at least this many items… */
const MIN_MENU_ITEMS = 4;
/** …of at most this many words each, without figures or a sentence's ending. */
const MAX_MENU_ITEM_WORDS = 3;

/**
 * A line that is a bar of menu items, tabs or share buttons ("Banking  Investing  Retirement
 * Taxes") is page chrome, wherever it stands. So is a menu set as a list ("• Aktuelles",
 * "• Revier", "• Hunde", "• Shop"): a run of bulleted one- to three-word items above the
 * article's first kept sentence, right under or over removed text (the site's name, "Mein Konto").
 */
export const menuBars: SmoothingPass = ({ units, features, decisions, threshold }) => {
  units.forEach((_, i) => {
    if (aloneOnLine(units, i) && isMenuBar(features[i]!.shape.trimmed)) raiseTo(decisions, i, MENU_SCORE, 'chrome', 'a bar of menu items');
  });
  const firstKeptSentence = units.findIndex((u, k) => u.kind === 'sentence' && decisions[k]!.score < threshold);
  const removed = (k: number) => isRemoved(decisions, k, threshold);
  const menuItem = (j: number) => {
    const s = features[j]!.shape;
    return units[j]!.kind === 'list-item' && aloneOnLine(units, j) && s.end === '' && s.figures === 0 && itemWords(s.trimmed) <= MAX_MENU_ITEM_WORDS;
  };
  for (const [start, end] of runs(firstKeptSentence < 0 ? units.length : firstKeptSentence, menuItem)) {
    if (end - start < MIN_MENU_ITEMS || !(removed(start - 1) || removed(end))) continue;
    for (let k = start; k < end; k++) raiseTo(decisions, k, MENU_SCORE, 'chrome', 'a menu of short items above the article');
  }
};

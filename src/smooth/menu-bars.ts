import { isMenuBar } from '../features/menu-bar.js';
import type { SmoothingPass } from './index.js';
import { aloneOnLine } from './line-runs.js';
import { raiseTo } from './revise.js';

/** Score given to a bar of menu items. */
const MENU_SCORE = 0.9;

/**
 * A line that is a bar of menu items, tabs or share buttons ("Banking  Investing  Retirement
 * Taxes") is page chrome, wherever it stands.
 */
export const menuBars: SmoothingPass = ({ units, features, decisions }) => {
  units.forEach((u, i) => {
    if (aloneOnLine(units, i) && u.kind !== 'list-item' && isMenuBar(features[i]!.shape.trimmed)) raiseTo(decisions, i, MENU_SCORE, 'chrome', 'a bar of menu items');
  });
};

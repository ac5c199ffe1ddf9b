import type { SmoothingPass } from './index.js';
import { revise } from './revise.js';

/**
 * A link list sits right above the page's boilerplate tail: a run of list items and headings
 * without sentence endings, directly before the units that end the article and are removed,
 * joins that tail as related content. The run starts at the list's header ("More from …") when it
 * has one. A list introduced by a lead-in ("Die wichtigsten Punkte im Überblick:") or under the
 * title of the article's own box ("Hintergrund: Das Projekt in Zahlen") is the article's and stays.
 */
export const tailLists: SmoothingPass = ({ units, features, decisions, threshold }) => {
  let tail = units.length;
  while (tail > 0 && decisions[tail - 1]!.score >= threshold) tail--;
  if (tail === units.length || tail === 0) return;
  let start = tail;
  while (start > 0) {
    const u = units[start - 1]!;
    const s = features[start - 1]!.shape;
    if ((u.kind !== 'list-item' && u.kind !== 'heading') || s.end !== '' || s.words < 2) break;
    start--;
    // A list's header opens it: the lines above belong to something else (a timeline).
    if (features[start]!.cues.includes('related-header')) break;
    // Under the article's own box title ("Hintergrund: Das Projekt in Zahlen") the rows are its facts.
    if (features[start]!.cues.includes('summary-heading')) return;
  }
  const run = units.slice(start, tail).filter((u) => u.kind === 'list-item').length;
  if (run < 2 || features[start - 1]?.shape.end === ':') return;
  for (let i = start; i < tail; i++) {
    revise(decisions, i, Math.max(decisions[i]!.score, threshold), 'related', 'link list above the boilerplate tail');
  }
};

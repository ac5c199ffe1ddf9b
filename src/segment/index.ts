import type { SegmentationData } from '../lang/types.js';
import type { Unit } from '../types.js';

/**
 * Splits a text into units (headings, sentences, list items, lines) that cover it completely.
 * PLACEHOLDER: one unit per line, until the segmenter lands.
 */
export function splitUnits(text: string, _data: SegmentationData): Unit[] {
  const units: Unit[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let line = 0;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    units.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'sentence', block: 0, line: line++ });
  }
  return units;
}

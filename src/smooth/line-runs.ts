import type { Unit } from '../types.js';

/** The runs of units that share a line (a paragraph of the scraped text), as `[start, end)` index pairs in order. */
export function lineRuns(units: readonly Unit[]): [start: number, end: number][] {
  const runs: [number, number][] = [];
  for (let start = 0; start < units.length; ) {
    let end = start + 1;
    while (end < units.length && units[end]!.line === units[start]!.line) end++;
    runs.push([start, end]);
    start = end;
  }
  return runs;
}

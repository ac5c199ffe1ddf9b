import type { SegmentationData } from '../lang/types.js';
import type { SegmentKind, Unit } from '../types.js';
import { isWhitespace } from './chars.js';
import { continuesLine } from './continuation.js';
import { unitKind } from './kind.js';
import { readLine } from './lines.js';
import { listMarkerEnd } from './list-marker.js';
import { rulesFor } from './rules.js';
import { findSentenceStarts } from './sentence-boundaries.js';
import { measureWrap, type WrapProfile } from './wrap.js';

/** Where a unit's content starts, before its end and kind are known. */
interface UnitStart {
  start: number;
  block: number;
  line: number;
  alone: boolean;
  listItem: boolean;
}

/**
 * Finds where every unit starts: lines joined where a sentence was hard-wrapped, each such
 * paragraph line split into sentences.
 */
function findUnitStarts(text: string, data: SegmentationData): UnitStart[] {
  const rules = rulesFor(data);
  let wrap: WrapProfile | undefined;
  const wrapProfile = (): WrapProfile => (wrap ??= measureWrap(text));
  const units: UnitStart[] = [];
  const sentenceStarts: number[] = [];
  const lineStarts: number[] = [];
  const lineIndexes: number[] = [];
  let block = 0;
  let line = readLine(text, 0, 0);
  while (line) {
    if (line.blankBefore && units.length > 0) block++;
    lineStarts.length = 0;
    lineIndexes.length = 0;
    lineStarts.push(line.contentStart);
    lineIndexes.push(line.index);
    let last = line;
    let next = readLine(text, line.next, line.index + 1);
    while (next && continuesLine(text, last, next, rules, wrapProfile)) {
      lineStarts.push(next.contentStart);
      lineIndexes.push(next.index);
      last = next;
      next = readLine(text, next.next, next.index + 1);
    }
    const markerEnd = listMarkerEnd(text, line.contentStart, rules);
    sentenceStarts.length = 0;
    sentenceStarts.push(line.contentStart);
    findSentenceStarts(text, markerEnd, last.contentEnd, rules, sentenceStarts);
    let physical = 0;
    for (const start of sentenceStarts) {
      while (physical + 1 < lineStarts.length && lineStarts[physical + 1]! <= start) physical++;
      units.push({
        start,
        block,
        line: lineIndexes[physical]!,
        alone: sentenceStarts.length === 1,
        listItem: markerEnd !== line.contentStart,
      });
    }
    line = next;
  }
  return units;
}

/** Offset after the last non-whitespace character of `text[start, end)` (`start` if there is none). */
function trimmedEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isWhitespace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Splits a text into units (headings, sentences, list items, lines) that cover it completely.
 *
 * Line breaks end units except inside a hard-wrapped sentence; within a line, sentences end at
 * `.`, `!`, `?` or `…` (with closing quotes) before a sentence start, but not after
 * abbreviations, initials, ordinal dates, numbers, links or e-mail addresses. Each unit owns the
 * whitespace after it, the first also the whitespace before it; `block` counts paragraphs
 * (separated by blank lines) and `line` is the line where the unit's first visible character is.
 * Runs in linear time.
 *
 * @param text - The article as plain text.
 * @param data - Abbreviations and month names of the text's language (or of several merged).
 */
export function splitUnits(text: string, data: SegmentationData): Unit[] {
  if (text.length === 0) return [];
  const starts = findUnitStarts(text, data);
  if (starts.length === 0) return [{ start: 0, end: text.length, text, kind: 'line', block: 0, line: 0 }];
  const units = new Array<Unit>(starts.length);
  let nextKind: SegmentKind | undefined;
  for (let i = starts.length - 1; i >= 0; i--) {
    const unit = starts[i]!;
    const start = i === 0 ? 0 : unit.start;
    const end = i + 1 < starts.length ? starts[i + 1]!.start : text.length;
    const kind = unitKind(text, unit.start, trimmedEnd(text, unit.start, end), unit.alone, unit.listItem, nextKind);
    units[i] = { start, end, text: text.slice(start, end), kind, block: unit.block, line: unit.line };
    nextKind = kind;
  }
  return units;
}

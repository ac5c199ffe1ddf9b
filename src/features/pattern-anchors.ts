/**
 * Finds, for a regular-expression source, a set of "anchor" words such that every match of the
 * pattern contains a word token (a run of letters and digits) that starts with one of them.
 * The cue index uses anchors to test only the patterns that can match a unit: running every
 * pattern on every unit costs far more than the rest of the pipeline together.
 *
 * Handles the regex subset the cue lists use (literals, escapes, classes, groups, lookarounds,
 * alternation, quantifiers) and answers `undefined` whenever it cannot prove an anchor.
 */

import { hasBlankBetween, isBlankCode } from '../word-chars.js';

interface Item {
  kind: 'letter' | 'other' | 'boundary' | 'zero' | 'group' | 'wordy';
  /** The lower-cased letter for `letter` items. */
  char?: string;
  group?: Item[][];
  /** For `other` items: the literal characters it can match, when known. */
  chars?: string[];
  optional: boolean;
  /** Most repetitions the quantifier allows (1 without one). */
  max: number;
  /** For `boundary` items: the start of the text (`^`), not a word start. */
  start?: boolean;
  /** For `wordy` items: a digit (`\d`, `[0-9]`) only. */
  digit?: boolean;
  /**
   * Whether one repetition can match white space (`\s`): `only` when it matches nothing else
   * (" ", "\s"), `some` when it may ("\W", "[^.]"). Groups answer through their branches.
   */
  blank?: Blank;
  /** For `zero` items: the end of the text (`$`). */
  end?: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * The Unicode-aware word starts the pattern lists use where `\b` (ASCII-only) would fail:
 * "(?<![\p{L}\p{N}])" and "(?<![\p{L}\p{N}_])".
 */
const WORD_STARTS = [String.raw`(?<![\p{L}\p{N}])`, String.raw`(?<![\p{L}\p{N}_])`];
const CLASS_WITH_WORD_CHARS = /[\p{L}\p{N}]|\\[wdpPSD]/u;
/** A negated class that excludes every letter and digit ("[^\w]", "[^\p{L}\p{N}]", "[^\p{L}\d]"). */
const NEGATED_NON_WORD = /^\^(?:\\w|(?=.*\\p\{L\})(?=.*(?:\\p\{N\}|\\d)))/u;

/** The body of a class of ASCII digits only ("0-9", "1-4", "\d", "05-9"). */
const DIGITS_ONLY = /^(?:\d-\d|\d|\\d)+$/;

/**
 * The code unit an escape at `i` ("\u0020", "\x20", "\.") stands for, and where it ends; the
 * code is -1 for class escapes ("\s", "\d") and controls ("\t").
 */
function escapedCode(src: string, i: number): [number, number] {
  const e = src[i + 1] ?? '';
  const hex = (from: number, to: number): number => (/^[0-9a-fA-F]+$/.test(src.slice(from, to)) ? parseInt(src.slice(from, to), 16) : -1);
  if (e === 'u' && src[i + 2] === '{') {
    const close = src.indexOf('}', i);
    return [hex(i + 3, close), close + 1];
  }
  if (e === 'u') return [hex(i + 2, i + 6), i + 6];
  if (e === 'x') return [hex(i + 2, i + 4), i + 4];
  return [/[a-zA-Z0-9]/.test(e) ? -1 : e.charCodeAt(0), i + 2];
}

type Blank = 'some' | 'only' | undefined;

/** Unicode properties without white space: letters, marks, numbers, punctuation, symbols, scripts. */
const NON_BLANK_PROPERTY = /^\\p\{(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[cmko]?|(?:Script|sc|Script_Extensions|scx)=\w+)\}$/;

/** What white space a property escape ("\p{L}", "\P{Lu}") matches. */
const propertyBlank = (escape: string): Blank => (NON_BLANK_PROPERTY.test(escape) ? undefined : 'some');

/** What white space an escape outside a class matches ("\s", "\W", "\u0020", "\."). */
function escapeBlank(e: string, code: number): Blank {
  if (e === 's') return 'only';
  if (e === 'W' || (code < 0 && !/[bBwdStnrfv0-9]/.test(e))) return 'some';
  if ('tnrfv'.includes(e) || (code >= 0 && isBlankCode(code))) return 'only';
  return undefined;
}

/**
 * What white space a character class (its body between the brackets) matches. Errs towards
 * `some`: an escape it does not know may stand for white space.
 */
function classBlank(body: string): Blank {
  const negated = body.startsWith('^');
  let blanks = false;
  let others = false;
  let unknown = false;
  for (let k = negated ? 1 : 0; k < body.length; ) {
    let lo: number;
    if (body[k] === '\\') {
      const e = body[k + 1] ?? '';
      if (e === 'p' || e === 'P') {
        const end = body.indexOf('}', k) + 1;
        if (e === 'P' || propertyBlank(body.slice(k, end))) unknown = true;
        others = true;
        k = end;
        continue;
      }
      if ('sWDSwdb'.includes(e)) {
        if (e === 's') blanks = true;
        else if (e === 'W' || e === 'D') unknown = true;
        else others = true;
        k += 2;
        continue;
      }
      [lo, k] = escapedCode(body, k);
      if ('tnrfv'.includes(e)) lo = '\t\n\r\f\v'.charCodeAt('tnrfv'.indexOf(e));
    } else lo = body.charCodeAt(k++);
    let hi = lo;
    if (body[k] === '-' && k + 1 < body.length) {
      if (body[k + 1] === '\\') [hi, k] = escapedCode(body, k + 1);
      else [hi, k] = [body.charCodeAt(k + 1), k + 2];
    }
    if (lo < 0 || hi < 0) unknown = true;
    else if (hasBlankBetween(lo, hi)) {
      if (lo === hi) blanks = true;
      else unknown = true;
    } else others = true;
  }
  // A negated class matches white space unless it names all of it ("[^\s…]").
  if (negated) return blanks && !unknown && body.includes('\\s') ? undefined : 'some';
  if (unknown || (blanks && others)) return 'some';
  return blanks ? 'only' : undefined;
}

/**
 * The top-level branches of a pattern source ("a|b(?:c|d)" → "a", "b(?:c|d)"): a text matches the
 * source exactly when it matches one of them.
 */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from));
  return branches;
}

/** Parses an alternation starting at `i`; returns its branches and where it stopped. */
function parseAlternation(src: string, i: number): [Item[][], number] {
  const branches: Item[][] = [[]];
  while (i < src.length && src[i] !== ')') {
    if (src[i] === '|') {
      branches.push([]);
      i++;
      continue;
    }
    const [item, next] = parseAtom(src, i);
    i = parseQuantifier(src, next, item);
    branches[branches.length - 1]!.push(item);
  }
  return [branches, i];
}

function parseAtom(src: string, i: number): [Item, number] {
  const c = src[i]!;
  if (c === '\\') {
    const e = src[i + 1] ?? '';
    if (e === 'b') return [{ kind: 'boundary', optional: false, max: 1 }, i + 2];
    if (e === 'B') return [{ kind: 'zero', optional: false, max: 1 }, i + 2];
    if (e === 'p' || e === 'P') {
      const end = src.indexOf('}', i) + 1;
      return [{ kind: 'wordy', optional: false, max: 1, blank: propertyBlank(src.slice(i, end)) }, end];
    }
    if ('wdSD'.includes(e)) return [{ kind: 'wordy', optional: false, max: 1, digit: e === 'd', blank: e === 'D' ? 'some' : undefined }, i + 2];
    const [code, next] = escapedCode(src, i);
    const chars = code < 0 ? undefined : [String.fromCharCode(code)];
    return [{ kind: 'other', chars, optional: false, max: 1, blank: escapeBlank(e, code) }, next];
  }
  if (c === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    const body = src.slice(i + 1, j);
    // A negated class ("[^.!?]") matches letters unless it names them.
    const negated = body.startsWith('^');
    const blank = classBlank(body);
    if (negated ? !NEGATED_NON_WORD.test(body) : CLASS_WITH_WORD_CHARS.test(body)) {
      return [{ kind: 'wordy', optional: false, max: 1, digit: DIGITS_ONLY.test(body), blank }, j + 1];
    }
    const literal = /^[^\\^-]+$/.test(body) ? [...body] : undefined;
    return [{ kind: 'other', chars: literal, optional: false, max: 1, blank }, j + 1];
  }
  const wordStart = WORD_STARTS.find((w) => src.startsWith(w, i));
  if (wordStart) return [{ kind: 'boundary', optional: false, max: 1 }, i + wordStart.length];
  if (c === '(') {
    const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
    const start = look
      ? i + look[0].length
      : src.startsWith('(?:', i)
        ? i + 3
        : src.startsWith('(?<', i)
          ? src.indexOf('>', i) + 1
          : i + 1;
    const [branches, end] = parseAlternation(src, start);
    return [look ? { kind: 'zero', optional: false, max: 1 } : { kind: 'group', group: branches, optional: false, max: 1 }, end + 1];
  }
  if (c === '^') return [{ kind: 'boundary', optional: false, max: 1, start: true }, i + 1];
  if (c === '$') return [{ kind: 'zero', optional: false, max: 1, end: true }, i + 1];
  if (c === '.') return [{ kind: 'wordy', optional: false, max: 1, blank: 'some' }, i + 1];
  if (WORD_CHAR.test(c)) return [{ kind: 'letter', char: c.toLowerCase(), optional: false, max: 1 }, i + 1];
  return [{ kind: 'other', chars: c === ' ' ? undefined : [c], optional: false, max: 1, blank: isBlankCode(c.charCodeAt(0)) ? 'only' : undefined }, i + 1];
}

function parseQuantifier(src: string, i: number, item: Item): number {
  const c = src[i];
  if (c === '?' || c === '*') {
    item.optional = true;
    item.max = c === '?' ? 1 : Infinity;
  } else if (c === '{') {
    const end = src.indexOf('}', i);
    const bounds = src.slice(i + 1, end).split(',');
    if (bounds[0] === '0') item.optional = true;
    item.max = bounds.length === 1 ? Number(bounds[0]) : bounds[1] === '' ? Infinity : Number(bounds[1]);
    i = end;
  } else if (c === '+') item.max = Infinity;
  else return i;
  i++;
  return src[i] === '?' ? i + 1 : i;
}

/** Whether an item can contain a letter or digit. */
function hasWordChars(item: Item): boolean {
  if (item.kind === 'letter' || item.kind === 'wordy') return true;
  return item.kind === 'group' && item.group!.some((b) => b.some(hasWordChars));
}

/**
 * Whether every match of a group ends in a non-word character: each branch ends in a mandatory
 * separator such as a space, or in a mandatory group that does.
 */
function endsInSeparator(item: Item): boolean {
  return (
    item.kind === 'group' &&
    item.group!.every((branch) => {
      const last = branch.filter((b) => b.kind !== 'zero').at(-1);
      return last !== undefined && !last.optional && (last.kind === 'other' || endsInSeparator(last));
    })
  );
}

/** How rare a unit is likely to find an anchor set: the longer its shortest word, the rarer. */
const anchorSetScore = (set: readonly string[]): number => Math.min(...set.map((w) => w.length)) - set.length / 100;

/** Of a sequence's anchor sets, the one whose shortest word is longest, or undefined. */
function rarestAnchorSet(sets: readonly string[][]): string[] | undefined {
  let best: string[] | undefined;
  for (const set of sets) if (!best || anchorSetScore(set) > anchorSetScore(best)) best = set;
  return best;
}

/** Anchors of a sequence, or undefined. Prefers the anchor set whose shortest word is longest. */
const sequenceAnchors = (items: Item[], atBoundary: boolean): string[] | undefined => rarestAnchorSet(sequenceAnchorSets(items, atBoundary));

/**
 * Every anchor set of a sequence, in order: each mandatory word at a token start, and each
 * mandatory group whose every branch has anchors. A match needs a word of each set.
 */
function sequenceAnchorSets(items: Item[], atBoundary: boolean): string[][] {
  const sets: string[][] = [];
  const consider = (set: string[]) => sets.push(set);
  let boundary = atBoundary;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'zero') continue;
    if (item.kind === 'boundary') {
      boundary = true;
      continue;
    }
    if (item.optional) {
      // Skipped, it leaves the boundary as it was; matched, it must end in a separator for the
      // next word to start a token ("(?:table of )?contents").
      if (hasWordChars(item) && !endsInSeparator(item)) boundary = false;
      continue;
    }
    if (item.kind === 'letter') {
      let word = '';
      let j = i;
      while (j < items.length && items[j]!.kind === 'letter' && !items[j]!.optional) word += items[j++]!.char;
      if (boundary && word.length >= 2) consider([word]);
      i = j - 1;
      boundary = false;
      continue;
    }
    if (item.kind === 'group') {
      const set = alternationAnchors(item.group!, boundary);
      if (set) consider(set);
      boundary = !hasWordChars(item) ? boundary : endsInSeparator(item);
      continue;
    }
    boundary = item.kind === 'other';
  }
  return sets;
}

type SequenceAnchors = (items: Item[], atBoundary: boolean) => string[] | undefined;

/** The union of every branch's anchors, or undefined when one branch has none. */
function unionOfBranches(branches: Item[][], atBoundary: boolean, ofSequence: SequenceAnchors): string[] | undefined {
  const all: string[] = [];
  for (const b of branches) {
    const a = ofSequence(b, atBoundary);
    if (!a) return undefined;
    all.push(...a);
  }
  return [...new Set(all)];
}

const alternationAnchors = (branches: Item[][], atBoundary: boolean) => unionOfBranches(branches, atBoundary, sequenceAnchors);

/**
 * Anchor words of a pattern source (lower-cased), or `undefined` when every unit must be
 * tested against it.
 */
export function patternAnchors(source: string): string[] | undefined {
  return describePattern(source).anchors;
}

/**
 * Anchor words at which every match of the pattern starts (lower-cased): the pattern opens with a
 * word boundary and then one of these words. A pattern with leading anchors can be tested only
 * at the word starts where an anchor begins, instead of scanning the whole text. `undefined`
 * when the pattern may start elsewhere.
 */
export function leadingAnchors(source: string): string[] | undefined {
  return describePattern(source).leading;
}

const leadingOfAlternation = (branches: Item[][], atBoundary: boolean) => unionOfBranches(branches, atBoundary, leadingOfSequence);

function leadingOfSequence(items: Item[], atBoundary: boolean): string[] | undefined {
  let boundary = atBoundary;
  let i = 0;
  for (; i < items.length && (items[i]!.kind === 'zero' || items[i]!.kind === 'boundary'); i++) {
    if (items[i]!.kind === 'boundary') boundary = true;
  }
  const first = items[i];
  if (!boundary || !first || first.optional) return undefined;
  if (first.kind === 'group') return leadingOfAlternation(first.group!, true);
  if (first.kind !== 'letter') return undefined;
  let word = '';
  while (i < items.length && items[i]!.kind === 'letter' && !items[i]!.optional) word += items[i++]!.char;
  return word.length >= 2 ? [word] : undefined;
}

/**
 * For a pattern without anchor words: characters of which a match must contain at least one
 * (its first mandatory literal symbol, e.g. "©" or "»"), or `undefined`.
 */
export function patternSymbols(source: string): string[] | undefined {
  return describePattern(source).symbols;
}

/**
 * How a pattern whose every match starts at the start of the text begins: after at most
 * `prefix` non-word characters (`^\W{0,3}`), with one of `words` or, when `digit`, with a digit.
 */
export interface StartAnchor {
  words: string[] | undefined;
  digit: boolean;
  prefix: number;
}

/** The {@link StartAnchor} of a sequence that opens with `^`, or undefined. */
function startOfSequence(items: Item[]): StartAnchor | undefined {
  if (items[0]?.kind !== 'boundary' || !items[0].start) return undefined;
  let prefix = 0;
  let i = 1;
  for (; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'zero' || (item.kind === 'boundary' && !item.start)) continue;
    if (item.kind !== 'other') break;
    prefix += item.max;
  }
  const first = items[i];
  if (!Number.isFinite(prefix) || !first || first.optional) return undefined;
  if (first.kind === 'wordy') return first.digit ? { words: undefined, digit: true, prefix } : undefined;
  const words = leadingOfSequence(items.slice(i), true);
  return words ? { words, digit: false, prefix } : undefined;
}

/** The start anchor of a pattern: every branch's, all of words or all of a digit, merged. */
function startOfAlternation(branches: Item[][]): StartAnchor | undefined {
  const starts = branches.map(startOfSequence);
  if (starts.some((s) => s === undefined)) return undefined;
  const all = starts as StartAnchor[];
  const prefix = Math.max(...all.map((s) => s.prefix));
  if (all.every((s) => s.digit)) return { words: undefined, digit: true, prefix };
  if (all.some((s) => s.digit)) return undefined;
  return { words: [...new Set(all.flatMap((s) => s.words!))], digit: false, prefix };
}

/** What an index needs to know of a pattern, from one parse of its source. */
export interface PatternDescription {
  /** See {@link StartAnchor}; undefined unless every match starts at the start of the text. */
  start: StartAnchor | undefined;
  /** See {@link patternAnchors}. */
  anchors: string[] | undefined;
  /** See {@link leadingAnchors}. */
  leading: string[] | undefined;
  /**
   * Anchor sets a match needs all of: a unit can match only when, for each set, one of its
   * words starts a token. For a single branch {@link PatternDescription.anchors} is one of
   * them; a pattern of several branches has none (its anchors, the union, are all it needs).
   */
  requirements: string[][];
  /** See {@link patternSymbols}. */
  symbols: string[] | undefined;
  /**
   * Most runs of white space (`\s+`) a text the pattern matches can hold: finite when every
   * match spans the whole text (`^…$`, without the `m` flag) and the pattern bounds them, else
   * Infinity.
   */
  maxGaps: number;
  /** Whether every match contains an ASCII digit. */
  needsDigit: boolean;
}

/** Parses a pattern source once and derives its anchors, leading anchors and symbols. */
export function describePattern(source: string): PatternDescription {
  const [branches] = parseAlternation(source, 0);
  const requirements = branches.length === 1 ? sequenceAnchorSets(branches[0]!, false) : [];
  return {
    start: startOfAlternation(branches),
    anchors: branches.length === 1 ? rarestAnchorSet(requirements) : alternationAnchors(branches, false),
    requirements,
    leading: leadingOfAlternation(branches, false),
    symbols: unionOfSymbols(branches),
    maxGaps: branches.every(spansText) ? Math.max(...branches.map(sequenceGaps)) : Infinity,
    needsDigit: branches.every(sequenceNeedsDigit),
  };
}

/** Zero-width items other than `^` and `$`: lookarounds and word boundaries. */
const zeroWidth = (item: Item): boolean => (item.kind === 'zero' && !item.end) || (item.kind === 'boundary' && !item.start);

/** Whether every match of a sequence starts at the start of the text. */
function startsAtTextStart(items: Item[]): boolean {
  const first = items.find((item) => !zeroWidth(item));
  if (!first || first.optional) return false;
  return first.start === true || (first.kind === 'group' && first.group!.every(startsAtTextStart));
}

/** Whether every match of a sequence ends at the end of the text. */
function endsAtTextEnd(items: Item[]): boolean {
  const last = items.filter((item) => !zeroWidth(item)).at(-1);
  if (!last || last.optional) return false;
  return last.end === true || (last.kind === 'group' && last.group!.every(endsAtTextEnd));
}

/** Whether every match of a sequence is the whole text. */
const spansText = (items: Item[]): boolean => startsAtTextStart(items) && endsAtTextEnd(items);

/**
 * Most runs of white space a match of a sequence can touch: an item that matches only white
 * space touches one however often it repeats, any other item one per repetition that may be
 * white space.
 */
function sequenceGaps(items: Item[]): number {
  let sum = 0;
  for (const item of items) {
    if (item.kind === 'group') {
      const once = Math.max(...item.group!.map(sequenceGaps));
      if (once > 0) sum += once * item.max;
    } else if (item.blank === 'only') sum += 1;
    else if (item.blank === 'some') sum += item.max;
  }
  return sum;
}

/** Whether every match of a sequence contains an ASCII digit. */
function sequenceNeedsDigit(items: Item[]): boolean {
  return items.some(
    (item) =>
      !item.optional &&
      ((item.kind === 'wordy' && item.digit === true) ||
        (item.kind === 'letter' && item.char! >= '0' && item.char! <= '9') ||
        (item.kind === 'group' && item.group!.every(sequenceNeedsDigit))),
  );
}

/** Punctuation most units contain: a symbol test on them would select nearly every unit. */
const COMMON_SYMBOLS = new Set([...'.,!?:;-()/\'"’“”']);

/** The symbols of a group whose every branch has some ("(?:\/\/|[|/])"), or undefined. */
function unionOfSymbols(branches: Item[][]): string[] | undefined {
  const sets = branches.map(rarestSymbols);
  return sets.every((set) => set !== undefined) ? [...new Set(sets.flat())] : undefined;
}

/** Of the mandatory literal symbols of a sequence, the set a unit is least likely to contain. */
function rarestSymbols(items: Item[]): string[] | undefined {
  const cost = (chars: string[]): number => chars.reduce((sum, c) => sum + (COMMON_SYMBOLS.has(c) ? 100 : 1), 0);
  let best: string[] | undefined;
  for (const item of items) {
    if (item.optional) continue;
    const chars = item.kind === 'group' ? unionOfSymbols(item.group!) : item.kind === 'other' ? item.chars : undefined;
    if (chars && (!best || cost(chars) < cost(best))) best = chars;
  }
  return best;
}

import { describePattern, topLevelBranches, type PatternDescription } from './pattern-anchors.js';
import { isBlankCode, isNumberCode, isWordCode } from '../word-chars.js';

/** One pattern of a family, as data. */
export interface FamilyPattern {
  /** Index of the family the pattern belongs to (0…30). */
  family: number;
  /** Regular-expression source; its anchor words are derived from it (see `patternAnchors`). */
  source: string;
  /** Flags of the compiled expression (`u` is always added). */
  flags?: string;
  /** Tested against the lower-cased text instead of the original one. */
  onLower: boolean;
  /**
   * The pattern must match whole words: not preceded or followed by a letter, digit or "_" of
   * any script. The index adds the test once around each joined group of such patterns:
   * Unicode letter classes are costly to compile, and a process compiles every expression it uses.
   */
  wholeWord?: boolean;
}

const BEFORE_WORD = String.raw`(?<![\p{L}\p{N}_])`;
const AFTER_WORD = String.raw`(?![\p{L}\p{N}_])`;

/** A source wrapped so that it matches whole words only (see {@link FamilyPattern.wholeWord}). */
export const wholeWordSource = (source: string): string => `${BEFORE_WORD}(?:${source})${AFTER_WORD}`;

/** Whether a code unit is a word character in the sense of the whole-word test (`[\p{L}\p{N}_]`). */
const isWordOrUnderscore = (c: number): boolean => c === 95 || isWordCode(c);

/** The word characters below U+0100, as the body of a character class. */
function latin1WordClass(): string {
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
  let body = '';
  for (let c = 0; c < 0x100; c++) {
    if (!isWordOrUnderscore(c)) continue;
    const first = c;
    while (c + 1 < 0x100 && isWordOrUnderscore(c + 1)) c++;
    body += c === first ? hex(c) : `${hex(first)}-${hex(c)}`;
  }
  return body;
}

const LATIN1_WORD = latin1WordClass();

/**
 * The whole-word test with Latin-1 word classes: compiling `\p{L}` costs a millisecond per
 * expression, and a process compiles hundreds. On a text without word characters or surrogates
 * above U+00FF (see {@link beyondLatin1}) it matches exactly where {@link wholeWordSource} does.
 */
const latin1WholeWordSource = (source: string): string => `(?<![${LATIN1_WORD}])(?:${source})(?![${LATIN1_WORD}])`;

/** U+0345, not a word character, but its case fold is: case-insensitive word classes match it. */
const YPOGEGRAMMENI = 0x345;

/**
 * Whether a text has a code unit above U+00FF that a Unicode word class may match (a word
 * character, a surrogate, U+0345): where the Latin-1 test could differ.
 */
function beyondLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && (isWordCode(c) || (c >= 0xd800 && c <= 0xdfff) || c === YPOGEGRAMMENI)) return true;
  }
  return false;
}

/**
 * A source with its flags, compiled on first use: most expressions are never run in a process.
 * A whole-word source has two forms, the Unicode one and the cheap Latin-1 one.
 */
class LazyExpression {
  /** The expression as the source says (with the Unicode whole-word test when there is one). */
  private exact: RegExp | undefined;
  private latin1: RegExp | undefined;
  constructor(
    /** The source as given, without the whole-word test. */
    readonly source: string,
    readonly flags: string,
    readonly wholeWord: boolean,
  ) {}

  /** The expression for a text; `beyond` says whether {@link beyondLatin1} holds for it. */
  for(beyond: boolean): RegExp {
    if (!this.wholeWord) return (this.exact ??= new RegExp(this.source, this.flags));
    if (beyond) return (this.exact ??= new RegExp(wholeWordSource(this.source), this.flags));
    return (this.latin1 ??= new RegExp(latin1WholeWordSource(this.source), this.flags));
  }
}

/**
 * Families of patterns, indexed by anchor words: a text is tested only against the patterns
 * whose anchors start one of its word tokens (plus the few patterns without an anchor).
 * Equivalent to testing every pattern, at a fraction of the cost.
 */
export interface PatternIndex {
  /** The families that match, as a bit mask (bit `f` set when family `f` matched). */
  matchMask(text: string, lower: string): number;
}

/** Bit masks hold at most this many families. */
export const MAX_FAMILIES = 31;

/**
 * The patterns of one family (and flags) whose anchor ends at one trie node and whose matches
 * start where the anchor starts, joined into one sticky expression: tested at that offset only.
 */
interface PositionalTest {
  bit: number;
  onLower: boolean;
  /** The patterns joined, for texts whose lower-cased form has other offsets. */
  ids: readonly number[];
  expression: LazyExpression;
}

/** A node of the anchor trie while it is built (see {@link AnchorAutomaton} for the walk). */
interface TrieNode {
  kids: Map<number, TrieNode>;
  /** Patterns with an anchor ending here, to be tested on the whole text. */
  patterns: number[];
  /** Patterns whose matches start where an anchor ending here starts. */
  positional: number[];
  /** Requirements (see {@link PatternDescription.requirements}) that an anchor ending here meets. */
  meets: number[];
}

const newNode = (): TrieNode => ({ kids: new Map(), patterns: [], positional: [], meets: [] });

/** The node for `word`, created on the way. */
function nodeFor(root: TrieNode, word: string): TrieNode {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let next = node.kids.get(code);
    if (!next) {
      next = newNode();
      node.kids.set(code, next);
    }
    node = next;
  }
  return node;
}

/**
 * The anchor trie as a transition table: a step is two array reads, where a walk over node
 * objects searched each node's children. State 0 is the root; since no edge leads back to
 * it, 0 also stands for "no such anchor".
 */
interface AnchorAutomaton {
  /** Column of each code unit; 0 (a column of zeros) for code units no anchor has. */
  column: Uint8Array | Uint16Array;
  columns: number;
  /** `next[state * columns + column]`. */
  next: Int32Array;
  /** Per state, whether patterns or tests hang there. */
  hasWork: Uint8Array;
  patterns: (readonly number[])[];
  tests: PositionalTest[][];
  meets: (readonly number[])[];
}

/**
 * "ſ", which case-insensitive expressions match as "s", and "s": anchors are Latin words, and of
 * the code units such an expression matches with one of their letters, only "ſ" lower-cases to
 * something else. The automaton reads it as "s".
 */
const LONG_S = 0x17f;
const LATIN_S = 0x73;

/** Flattens a trie, breadth first; `testsOf` joins the positional patterns of a node. */
function automatonOf(root: TrieNode, testsOf: (ids: readonly number[]) => PositionalTest[]): AnchorAutomaton {
  const nodes: TrieNode[] = [root];
  const codes = new Set<number>();
  for (let k = 0; k < nodes.length; k++) {
    for (const [code, kid] of nodes[k]!.kids) {
      codes.add(code);
      nodes.push(kid);
    }
  }
  const columns = codes.size + 1;
  const column = columns <= 0x100 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  [...codes].forEach((code, k) => (column[code] = k + 1));
  column[LONG_S] = column[LATIN_S]!;
  const id = new Map(nodes.map((node, k) => [node, k]));
  const next = new Int32Array(nodes.length * columns);
  const hasWork = new Uint8Array(nodes.length);
  const tests = nodes.map((node) => testsOf(node.positional));
  nodes.forEach((node, k) => {
    for (const [code, kid] of node.kids) next[k * columns + column[code]!] = id.get(kid)!;
    hasWork[k] = node.patterns.length > 0 || tests[k]!.length > 0 || node.meets.length > 0 ? 1 : 0;
  });
  return { column, columns, next, hasWork, patterns: nodes.map((node) => node.patterns), tests, meets: nodes.map((node) => node.meets) };
}

/** Whether a text has a digit 0–9. */
function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The state after reading code unit `c` in `state` (0: no anchor goes on so). */
const step = (a: AnchorAutomaton, state: number, c: number): number => a.next[state * a.columns + a.column[c]!]!;

/** Sources with back-references or named groups cannot be joined with others. */
const STANDALONE = /\\[1-9]|\(\?<[^=!]/;

/** A pattern of a family, ready to be compiled. */
interface CompiledPattern {
  family: number;
  onLower: boolean;
  expression: LazyExpression;
  /** See {@link PatternDescription.maxGaps}. */
  maxGaps: number;
  /** See {@link PatternDescription.needsDigit}. */
  needsDigit: boolean;
  /** Ids of the requirements a unit must meet (see {@link PatternDescription.requirements}). */
  needs: readonly number[];
}

/**
 * Joins the positional patterns of a node into one sticky test per family, flags, target and
 * whole-word test. Joined whole-word patterns share one test around the group: at a given
 * offset, some pattern matches a whole word exactly when the group, backtracking through its
 * alternatives, does.
 */
function positionalTests(ids: readonly number[], patterns: readonly CompiledPattern[]): PositionalTest[] {
  const groups = new Map<string, number[]>();
  ids.forEach((id, k) => {
    const { family, onLower, expression: e } = patterns[id]!;
    const key = STANDALONE.test(e.source) ? `#${k}` : `${family}|${e.flags}|${onLower}|${e.wholeWord}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  });
  return [...groups.values()].map((group) => {
    const { family, onLower, expression: e } = patterns[group[0]!]!;
    const joined = group.map((id) => `(?:${patterns[id]!.expression.source})`).join('|');
    return { bit: 1 << family, onLower, ids: group, expression: new LazyExpression(joined, `${e.flags}y`, e.wholeWord) };
  });
}

/**
 * Anchors made of word characters only, else none: the walk starts at word characters and the
 * trie is meant to hold words (a lower-cased "İ" is not one).
 */
function wordsOnly(anchors: string[] | undefined): string[] | undefined {
  const isWord = (w: string): boolean => {
    for (let k = 0; k < w.length; k++) if (!isWordCode(w.charCodeAt(k))) return false;
    return true;
  };
  return anchors?.every(isWord) ? anchors : undefined;
}

const shortest = (words: readonly string[]): number => Math.min(...words.map((w) => w.length));

/**
 * The patterns with each one's top-level branches as patterns of their own: the index finds the
 * best anchors, start words and requirements of each branch, where the whole pattern's would be
 * the weakest of its branches', or none ("^\W{0,3}\d{1,2}\/\d{1,2}$|…views…"). A family
 * matches a text exactly when one of its patterns' branches does.
 */
function branchesOf(patterns: readonly FamilyPattern[]): FamilyPattern[] {
  return patterns.flatMap((p) => {
    const branches = STANDALONE.test(p.source) ? [p.source] : topLevelBranches(p.source);
    return branches.length > 1 && branches.every(Boolean) ? branches.map((source) => ({ ...p, source })) : [p];
  });
}

/** Compiles families of patterns into one index. */
export function compilePatternIndex(patterns: readonly FamilyPattern[]): PatternIndex {
  const compiled: CompiledPattern[] = [];
  /** Patterns without anchor words or symbols: tested on every text. */
  const always: number[] = [];
  /** Patterns without anchor words, by a symbol one of which a match needs ("©", "»"). */
  const bySymbol = new Map<number, number[]>();
  const root = newNode();
  /** Patterns whose matches start at the start of the text, by the words their first token starts with. */
  const startRoot = newNode();
  /** Start-anchored patterns whose first token starts with a digit ("12.11.2025, 14:30"). */
  const startDigit: number[] = [];
  /** Every start-anchored pattern: all are candidates where lower-casing shifted the offsets. */
  const startAll: number[] = [];
  /** Most characters before the first token of a start-anchored match. */
  let startPrefix = 0;
  /** Requirement ids by their words. */
  const requirementIds = new Map<string, number>();
  const requirementOf = (words: readonly string[]): number => {
    const key = [...words].sort().join(' ');
    let r = requirementIds.get(key);
    if (r === undefined) {
      r = requirementIds.size;
      requirementIds.set(key, r);
      for (const word of words) nodeFor(root, word).meets.push(r);
    }
    return r;
  };
  branchesOf(patterns).forEach((p, id) => {
    if (p.family < 0 || p.family >= MAX_FAMILIES) throw new RangeError(`promostrip: pattern family ${p.family} out of range`);
    const flags = (p.flags ?? '').includes('u') ? p.flags! : `${p.flags ?? ''}u`;
    const wholeWord = p.wholeWord ?? false;
    const described = describePattern(wholeWord ? wholeWordSource(p.source) : p.source);
    // The anchor set is among them: redundant where it made the pattern a candidate, not where
    // the pattern is tested by its start words.
    const needs = described.requirements.filter((set) => wordsOnly(set)).map(requirementOf);
    compiled.push({
      family: p.family,
      onLower: p.onLower,
      expression: new LazyExpression(p.source, flags, wholeWord),
      maxGaps: flags.includes('m') ? Infinity : described.maxGaps,
      needsDigit: described.needsDigit,
      needs,
    });
    const [anchors, leading, symbols] = [wordsOnly(described.anchors), wordsOnly(described.leading), described.symbols];
    // A match at the start of the text needs its first word in the first token or so: tested
    // only then, unless a word it contains anywhere is rarer (longer) than its first words.
    // With the `m` flag, `^` also matches after a line break: no longer a start of the text.
    const start = flags.includes('m') ? undefined : described.start;
    const startWords = wordsOnly(start?.words);
    const byStart = start?.digit ? !anchors : startWords !== undefined && (!anchors || shortest(startWords) >= shortest(anchors));
    if (start && byStart) {
      startAll.push(id);
      startPrefix = Math.max(startPrefix, start.prefix);
      if (start.digit) startDigit.push(id);
      for (const word of startWords ?? []) nodeFor(startRoot, word).patterns.push(id);
      return;
    }
    // Positional tests are cheap but run at every occurrence of an anchor: worth it unless the
    // leading words are shorter (so more common, like "to" or "the") than the best anchors.
    if (leading && (!anchors || shortest(leading) >= shortest(anchors))) {
      for (const anchor of leading) nodeFor(root, anchor).positional.push(id);
      return;
    }
    if (anchors) {
      for (const anchor of anchors) nodeFor(root, anchor).patterns.push(id);
      return;
    }
    if (!symbols) always.push(id);
    for (const symbol of symbols ?? []) {
      const code = symbol.charCodeAt(0);
      bySymbol.set(code, [...(bySymbol.get(code) ?? []), id]);
    }
  });
  const anchors = automatonOf(root, (ids) => positionalTests(ids, compiled));
  const { hasWork, patterns: anchored, tests: testsAt, meets } = anchors;
  const starts = automatonOf(startRoot, () => []);
  const isSymbol = new Uint8Array(65536);
  for (const code of bySymbol.keys()) isSymbol[code] = 1;

  // Reused across calls: a pattern is a candidate of the current call when its stamp is current.
  const stamp = new Uint32Array(compiled.length);
  // A requirement is met in the current call when its stamp is current.
  const met = new Uint32Array(requirementIds.size);
  const candidates: number[] = [];
  let call = 0;
  // Per call, whether the text and its lower-cased form pass beyondLatin1: 0 not known yet, 1 no, 2 yes.
  let textBeyond = 0;
  let lowerBeyond = 0;
  const expressionFor = (expression: LazyExpression, onLower: boolean, text: string, lower: string): RegExp => {
    if (!expression.wholeWord) return expression.for(false);
    if (onLower) return expression.for((lowerBeyond ||= beyondLatin1(lower) ? 2 : 1) === 2);
    return expression.for((textBeyond ||= beyondLatin1(text) ? 2 : 1) === 2);
  };
  const add = (ids: readonly number[]) => {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (stamp[id] !== call) {
        stamp[id] = call;
        candidates.push(id);
      }
    }
  };

  /** Adds the start-anchored patterns whose words the token at `from` starts with. */
  const walkStart = (lower: string, from: number): void => {
    for (let j = from, state = 0; j < lower.length; j++) {
      state = step(starts, state, lower.charCodeAt(j));
      if (state === 0) return;
      if (starts.hasWork[state] === 1) add(starts.patterns[state]!);
    }
  };

  const meetsAll = (needs: readonly number[]): boolean => {
    for (let k = 0; k < needs.length; k++) if (met[needs[k]!] !== call) return false;
    return true;
  };

  return {
    matchMask(text: string, lower: string): number {
      call++;
      candidates.length = 0;
      textBeyond = 0;
      lowerBeyond = 0;
      let found = 0;
      add(always);
      // Offsets in `lower` are offsets in `text` unless lower-casing changed the length ("İ").
      const sameOffsets = text.length === lower.length;
      if (!sameOffsets) add(startAll);
      const n = lower.length;
      // A token starts at a word character after a non-word one, and where ASCII word characters
      // meet others, because `\b` is ASCII-only ("Ωclick" has a `\b` before "click"). The Kelvin
      // sign lower-cases to an ASCII "k": when the text has one, every "k" counts as non-ASCII.
      const kelvin = text.includes('\u212a');
      const asciiWord = (c: number): boolean => c < 128 && (c !== 0x6b || !kelvin);
      // Lower-casing neither makes nor takes white space and ASCII digits: `lower` has the text's.
      let gaps = 0;
      let afterBlank = false;
      /** Whether `lower` has an ASCII digit: 0 not known yet, 1 no, 2 yes. */
      let digits = 0;
      for (let i = 0; i < n; ) {
        const code = lower.charCodeAt(i);
        if (!isWordCode(code)) {
          const blank = isBlankCode(code);
          if (blank && !afterBlank) gaps++;
          afterBlank = blank;
          if (isSymbol[code] === 1) add(bySymbol.get(code)!);
          i++;
          continue;
        }
        afterBlank = false;
        const ascii = asciiWord(code);
        const tokenStart = i;
        for (i++; i < n; i++) {
          const c = lower.charCodeAt(i);
          if (!isWordCode(c) || asciiWord(c) !== ascii) break;
        }
        if (tokenStart <= startPrefix && sameOffsets) {
          if (isNumberCode(code)) add(startDigit);
          walkStart(lower, tokenStart);
        }
        for (let j = tokenStart + 1, state = step(anchors, 0, code); state !== 0; j++) {
          if (hasWork[state] === 1) {
            add(anchored[state]!);
            const m = meets[state]!;
            for (let r = 0; r < m.length; r++) met[m[r]!] = call;
            const tests = testsAt[state]!;
            for (let t = 0; t < tests.length; t++) {
              const test = tests[t]!;
              if ((found & test.bit) !== 0) continue;
              if (test.onLower || sameOffsets) {
                const sticky = expressionFor(test.expression, test.onLower, text, lower);
                sticky.lastIndex = tokenStart;
                if (sticky.test(test.onLower ? lower : text)) found |= test.bit;
              } else add(test.ids);
            }
          }
          if (j === n) break;
          state = step(anchors, state, lower.charCodeAt(j));
        }
      }
      for (const id of candidates) {
        const p = compiled[id]!;
        if ((found & (1 << p.family)) !== 0 || gaps > p.maxGaps) continue;
        if (p.needsDigit && (digits ||= hasAsciiDigit(lower) ? 2 : 1) === 1) continue;
        if (!meetsAll(p.needs)) continue;
        if (expressionFor(p.expression, p.onLower, text, lower).test(p.onLower ? lower : text)) found |= 1 << p.family;
      }
      return found;
    },
  };
}

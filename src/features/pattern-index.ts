import { describePattern } from './pattern-anchors.js';
import { isWordCode } from './word-chars.js';

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
class PositionalTest {
  private compiled: RegExp | undefined;
  constructor(
    readonly bit: number,
    readonly onLower: boolean,
    /** The patterns joined, for texts whose lower-cased form has other offsets. */
    readonly ids: readonly number[],
    private readonly source: string,
    private readonly flags: string,
  ) {}

  /** The joined expression, built on first use: most tests never run in a process. */
  get sticky(): RegExp {
    this.compiled ??= new RegExp(this.source, this.flags);
    return this.compiled;
  }
}

/**
 * A node of the anchor trie. Children are found by a linear search over `codes`: nodes have few
 * children, and a short scan of a small array beats a hash lookup per character.
 */
interface TrieNode {
  codes: number[];
  kids: TrieNode[];
  /** Patterns with an anchor ending here, to be tested on the whole text. */
  patterns: number[];
  /** Patterns whose matches start where an anchor ending here starts. */
  positional: number[];
  tests: PositionalTest[];
}

const newNode = (): TrieNode => ({ codes: [], kids: [], patterns: [], positional: [], tests: [] });

function child(node: TrieNode, code: number): TrieNode | undefined {
  const { codes } = node;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.kids[k];
  return undefined;
}

/** The node for `word`, created on the way. */
function nodeFor(root: TrieNode, word: string): TrieNode {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let next = child(node, code);
    if (!next) {
      next = newNode();
      node.codes.push(code);
      node.kids.push(next);
    }
    node = next;
  }
  return node;
}

function forEachNode(node: TrieNode, visit: (node: TrieNode) => void): void {
  visit(node);
  for (const kid of node.kids) forEachNode(kid, visit);
}

/** Sources with back-references or named groups cannot be joined with others. */
const STANDALONE = /\\[1-9]|\(\?<[^=!]/;

/** A pattern with its flags, its expression built on first use (most are only ever tested joined). */
class CompiledPattern {
  private compiled: RegExp | undefined;
  constructor(
    readonly family: number,
    /** The source as given, without the whole-word test. */
    readonly source: string,
    readonly flags: string,
    readonly onLower: boolean,
    readonly wholeWord: boolean,
  ) {}

  /** The source the pattern matches with. */
  get fullSource(): string {
    return this.wholeWord ? wholeWordSource(this.source) : this.source;
  }

  get re(): RegExp {
    this.compiled ??= new RegExp(this.fullSource, this.flags);
    return this.compiled;
  }
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
    const p = patterns[id]!;
    const key = STANDALONE.test(p.source) ? `#${k}` : `${p.family}|${p.flags}|${p.onLower}|${p.wholeWord}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  });
  return [...groups.values()].map((group) => {
    const p = patterns[group[0]!]!;
    const joined = group.map((id) => `(?:${patterns[id]!.source})`).join('|');
    const source = p.wholeWord ? wholeWordSource(joined) : joined;
    return new PositionalTest(1 << p.family, p.onLower, group, source, `${p.flags}y`);
  });
}

/** Root children with a code unit below this are found by array index. */
const FIRST_LOW = 0x250;

/**
 * Anchors made of word characters only, else none: the walk resumes after the part of a word the
 * trie holds, which is right only when the trie holds word characters (a lower-cased "İ" is not one).
 */
function wordsOnly(anchors: string[] | undefined): string[] | undefined {
  const isWord = (w: string): boolean => {
    for (let k = 0; k < w.length; k++) if (!isWordCode(w.charCodeAt(k))) return false;
    return true;
  };
  return anchors?.every(isWord) ? anchors : undefined;
}

const shortest = (words: readonly string[]): number => Math.min(...words.map((w) => w.length));

/** Compiles families of patterns into one index. */
export function compilePatternIndex(patterns: readonly FamilyPattern[]): PatternIndex {
  const compiled: CompiledPattern[] = [];
  /** Patterns without anchor words or symbols: tested on every text. */
  const always: number[] = [];
  /** Patterns without anchor words, by a symbol one of which a match needs ("©", "»"). */
  const bySymbol = new Map<number, number[]>();
  const root = newNode();
  patterns.forEach((p, id) => {
    if (p.family < 0 || p.family >= MAX_FAMILIES) throw new RangeError(`promostrip: pattern family ${p.family} out of range`);
    const pattern = new CompiledPattern(p.family, p.source, (p.flags ?? '').includes('u') ? p.flags! : `${p.flags ?? ''}u`, p.onLower, p.wholeWord ?? false);
    compiled.push(pattern);
    const described = describePattern(pattern.fullSource);
    const [anchors, leading, symbols] = [wordsOnly(described.anchors), wordsOnly(described.leading), described.symbols];
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
  forEachNode(root, (node) => {
    node.tests = positionalTests(node.positional, compiled);
  });
  // The root has many children: index them by code unit for the first step (an array for the
  // code units most text is made of, a map for the rest).
  const firstLow: (TrieNode | undefined)[] = Array.from({ length: FIRST_LOW }, () => undefined);
  const firstHigh = new Map<number, TrieNode>();
  root.codes.forEach((code, k) => {
    if (code < FIRST_LOW) firstLow[code] = root.kids[k];
    else firstHigh.set(code, root.kids[k]!);
  });
  const isSymbol = new Uint8Array(65536);
  for (const code of bySymbol.keys()) isSymbol[code] = 1;

  // Reused across calls: a pattern is a candidate of the current call when its stamp is current.
  const stamp = new Uint32Array(compiled.length);
  const candidates: number[] = [];
  let call = 0;
  const add = (ids: readonly number[]) => {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (stamp[id] !== call) {
        stamp[id] = call;
        candidates.push(id);
      }
    }
  };

  return {
    matchMask(text: string, lower: string): number {
      call++;
      candidates.length = 0;
      let found = 0;
      add(always);
      // Offsets in `lower` are offsets in `text` unless lower-casing changed the length ("İ").
      const sameOffsets = text.length === lower.length;
      const n = lower.length;
      let i = 0;
      while (i < n) {
        let code = 0;
        for (; i < n; i++) {
          code = lower.charCodeAt(i);
          if (isWordCode(code)) break;
          if (isSymbol[code] === 1) add(bySymbol.get(code)!);
        }
        if (i === n) break;
        let node = code < FIRST_LOW ? firstLow[code] : firstHigh.get(code);
        let j = i + 1;
        for (; node; j++) {
          if (node.patterns.length > 0) add(node.patterns);
          const { tests } = node;
          for (let t = 0; t < tests.length; t++) {
            const test = tests[t]!;
            if ((found & test.bit) !== 0) continue;
            if (test.onLower || sameOffsets) {
              const { sticky } = test;
              sticky.lastIndex = i;
              if (sticky.test(test.onLower ? lower : text)) found |= test.bit;
            } else add(test.ids);
          }
          node = j < n ? child(node, lower.charCodeAt(j)) : undefined;
        }
        // The trie holds word characters only, and the walk stopped at the first code unit of the
        // word it does not hold (j − 1): the rest of the word needs no second look.
        i = j - 1;
        while (i < n && isWordCode(lower.charCodeAt(i))) i++;
      }
      for (const id of candidates) {
        const p = compiled[id]!;
        if ((found & (1 << p.family)) === 0 && p.re.test(p.onLower ? lower : text)) found |= 1 << p.family;
      }
      return found;
    },
  };
}

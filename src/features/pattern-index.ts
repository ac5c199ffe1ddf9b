import { patternAnchors, patternSymbols } from './pattern-anchors.js';
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
 * A node of the anchor trie. Children are found by a linear search over `codes`: nodes have few
 * children, and a short scan of a small array beats a hash lookup per character.
 */
interface TrieNode {
  codes: number[];
  kids: TrieNode[];
  /** Patterns whose anchor ends at this node. */
  patterns: number[];
}

const newNode = (): TrieNode => ({ codes: [], kids: [], patterns: [] });

function child(node: TrieNode, code: number): TrieNode | undefined {
  const { codes } = node;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.kids[k];
  return undefined;
}

/** Compiles families of patterns into one index. */
export function compilePatternIndex(patterns: readonly FamilyPattern[]): PatternIndex {
  const compiled = patterns.map((p) => {
    if (p.family < 0 || p.family >= MAX_FAMILIES) throw new RangeError(`promostrip: pattern family ${p.family} out of range`);
    const flags = (p.flags ?? '').includes('u') ? p.flags! : `${p.flags ?? ''}u`;
    return { bit: 1 << p.family, re: new RegExp(p.source, flags), onLower: p.onLower };
  });
  /** Patterns without anchor words or symbols: tested on every text. */
  const always: number[] = [];
  /** Patterns without anchor words, by a symbol one of which a match needs ("©", "»"). */
  const bySymbol = new Map<number, number[]>();
  const root = newNode();
  patterns.forEach((p, id) => {
    const anchors = patternAnchors(p.source);
    if (!anchors) {
      const symbols = patternSymbols(p.source);
      if (!symbols) always.push(id);
      for (const symbol of symbols ?? []) {
        const code = symbol.charCodeAt(0);
        bySymbol.set(code, [...(bySymbol.get(code) ?? []), id]);
      }
      return;
    }
    for (const anchor of anchors) {
      let node = root;
      for (let i = 0; i < anchor.length; i++) {
        const code = anchor.charCodeAt(i);
        let next = child(node, code);
        if (!next) {
          next = newNode();
          node.codes.push(code);
          node.kids.push(next);
        }
        node = next;
      }
      node.patterns.push(id);
    }
  });
  // The root has many children: index them by code unit for the first step.
  const first = new Map<number, TrieNode>(root.codes.map((code, k) => [code, root.kids[k]!]));

  // Reused across calls: a pattern is a candidate of the current call when its stamp is current.
  const stamp = new Uint32Array(compiled.length);
  const candidates: number[] = [];
  let call = 0;
  const add = (id: number) => {
    if (stamp[id] !== call) {
      stamp[id] = call;
      candidates.push(id);
    }
  };

  return {
    matchMask(text: string, lower: string): number {
      call++;
      candidates.length = 0;
      for (const id of always) add(id);
      const n = lower.length;
      let i = 0;
      while (i < n) {
        for (; i < n; i++) {
          const code = lower.charCodeAt(i);
          if (isWordCode(code)) break;
          const ids = bySymbol.get(code);
          if (ids) for (const id of ids) add(id);
        }
        let node = i < n ? first.get(lower.charCodeAt(i)) : undefined;
        for (let j = i + 1; node; j++) {
          for (const p of node.patterns) add(p);
          node = j < n ? child(node, lower.charCodeAt(j)) : undefined;
        }
        while (i < n && isWordCode(lower.charCodeAt(i))) i++;
      }
      let found = 0;
      for (const id of candidates) {
        const p = compiled[id]!;
        if ((found & p.bit) === 0 && p.re.test(p.onLower ? lower : text)) found |= p.bit;
      }
      return found;
    },
  };
}

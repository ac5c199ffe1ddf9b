import { CUE_NAMES, type CueName, type LanguagePack } from '../lang/types.js';
import { compilePatternIndex, type FamilyPattern } from './pattern-index.js';

/** The cue families of some language packs, compiled into one pattern index. */
export interface CueIndex {
  /** The families that match a unit, in {@link CUE_NAMES} order. */
  match(text: string, lower: string): CueName[];
}

/** Compiles the cue families of several language packs into one index. */
export function compileCueIndex(packs: readonly LanguagePack[]): CueIndex {
  const patterns: FamilyPattern[] = CUE_NAMES.flatMap((name, family) =>
    packs.flatMap((pack) => {
      const { patterns: sources, caseSensitive = false } = pack.cues[name];
      return sources.map((source) => ({ family, source, onLower: !caseSensitive }));
    }),
  );
  // Packs share language-neutral fragments (picture credits, "©"): each is tested once.
  const unique = new Map(patterns.map((p) => [`${p.family}|${p.onLower}|${p.source}`, p]));
  const index = compilePatternIndex([...unique.values()]);
  return {
    match(text: string, lower: string): CueName[] {
      const found = index.matchMask(text, lower);
      if (found === 0) return [];
      const out: CueName[] = [];
      for (let f = 0; f < CUE_NAMES.length; f++) if (found & (1 << f)) out.push(CUE_NAMES[f]!);
      return out;
    },
  };
}

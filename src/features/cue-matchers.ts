import { CUE_FAMILIES, CUE_NAMES, type CueName, type LanguagePack } from '../lang/types.js';

/** One compiled cue family: a test on the lower-cased text and/or one on the original text. */
export interface CueMatcher {
  name: CueName;
  /** Shown to users when the family matches. */
  reason: string;
  lower: RegExp | undefined;
  exact: RegExp | undefined;
}

const compile = (patterns: readonly string[]): RegExp | undefined =>
  patterns.length === 0 ? undefined : new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'u');

/**
 * Compiles the cue families of several language packs into one matcher per family, so a unit
 * is tested once per family whatever the number of languages.
 */
export function compileCueMatchers(packs: readonly LanguagePack[]): CueMatcher[] {
  return CUE_NAMES.map((name) => {
    const families = packs.map((p) => p.cues[name]);
    return {
      name,
      reason: CUE_FAMILIES[name].reason,
      lower: compile(families.filter((f) => !f.caseSensitive).flatMap((f) => f.patterns)),
      exact: compile(families.filter((f) => f.caseSensitive).flatMap((f) => f.patterns)),
    };
  });
}

/** Whether a cue family matches a unit, given its text and lower-cased text. */
export function cueMatches(m: CueMatcher, text: string, lower: string): boolean {
  return (m.lower !== undefined && m.lower.test(lower)) || (m.exact !== undefined && m.exact.test(text));
}

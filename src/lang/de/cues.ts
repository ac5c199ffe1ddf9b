import { CUE_NAMES, type CueFamily, type CueName } from '../types.js';

/** Cue families (placeholder until the cue lists land). */
export const cues = Object.fromEntries(
  CUE_NAMES.map((name): [CueName, CueFamily] => [name, { name, label: 'promo', reason: name, patterns: [] }]),
) as Record<CueName, CueFamily>;

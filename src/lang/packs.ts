import type { DetectedLanguage } from '../types.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import type { LanguagePack } from './types.js';

/** Every language pack. A new language is a new folder under `src/lang/` added here. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [de, en];

/** The packs whose data apply to a language: its own, or all of them for `und`. */
export function packsFor(language: DetectedLanguage): readonly LanguagePack[] {
  const own = LANGUAGE_PACKS.find((p) => p.code === language);
  return own ? [own] : LANGUAGE_PACKS;
}

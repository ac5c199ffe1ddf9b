import { clickbaitCues as de } from '../lang/de/clickbait.js';
import { clickbaitCues as en } from '../lang/en/clickbait.js';
import type { LanguageCode } from '../types.js';
import type { ClickbaitCues } from './types.js';

/** The clickbait cue data of every language with a language pack. */
export const CLICKBAIT_CUES: Readonly<Record<LanguageCode, ClickbaitCues>> = { de, en };

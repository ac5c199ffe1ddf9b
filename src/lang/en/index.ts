import type { LanguagePack } from '../types.js';
import { cues } from './cues.js';
import { segmentation } from './segmentation.js';

/** The en language pack. */
export const en: LanguagePack = { code: 'en', franc: 'eng', segmentation, cues };

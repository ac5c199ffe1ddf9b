import type { LanguagePack } from '../types.js';
import { cues } from './cues.js';
import { segmentation } from './segmentation.js';

/** The de language pack. */
export const de: LanguagePack = { code: 'de', franc: 'deu', segmentation, cues };

import type { LanguagePack } from '../types.js';
import { cues } from './cues.js';
import { segmentation } from './segmentation.js';

const functionWords = ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'auf', 'dem', 'den', 'sich', 'eine', 'einer', 'wird', 'werden', 'auch', 'nach', 'bei', 'über', 'noch', 'sind', 'wurde', 'zum', 'zur', 'vom'];

/** The de language pack. */
export const de: LanguagePack = { code: 'de', franc: 'deu', segmentation, cues, functionWords };

import type { LanguagePack } from '../types.js';
import { cues } from './cues.js';
import { segmentation } from './segmentation.js';

const functionWords = ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'are', 'by', 'its', 'from', 'has', 'have', 'this', 'which', 'will', 'be', 'their', 'were', 'been', 'said', 'would', 'after'];

/** The en language pack. */
export const en: LanguagePack = { code: 'en', franc: 'eng', segmentation, cues, functionWords };

import type { SegmentationData } from '../types.js';

/** Abbreviations and month names of de for the segmenter. */
export const segmentation: SegmentationData = {
  abbreviations: [],
  months: [],
};

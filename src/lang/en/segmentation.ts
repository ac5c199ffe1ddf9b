import type { SegmentationData } from '../types.js';

/** Abbreviations and month names of en for the segmenter. */
export const segmentation: SegmentationData = {
  abbreviations: [],
  months: [],
};

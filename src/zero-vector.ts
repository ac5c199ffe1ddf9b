import type { FeatureVector } from './classify.js';

/**
 * A feature vector of `length` zeros whose elements are stored as doubles from the start: vectors
 * that began as small integers and took a fraction later had another V8 element kind, and every
 * stage that read both kinds was optimised anew (about a second of compilation per thread).
 */
export function zeroVector(length: number): FeatureVector {
  return new Array<number>(length).fill(0.5).fill(0);
}

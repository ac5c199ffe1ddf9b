import type { FeatureVector } from './classify.js';

/**
 * A maker of feature vectors of `length` zeros whose elements are stored as doubles from the
 * start: vectors that began as small integers and took a fraction later had another V8 element
 * kind, and every stage that read both kinds was optimised anew. Copying a template is also
 * cheaper than filling a new array.
 */
export function zeroVectors(length: number): () => FeatureVector {
  const template = new Array<number>(length).fill(0.5).fill(0);
  return () => template.slice();
}

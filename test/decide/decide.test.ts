import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { CONTEXT_FEATURE_NAMES } from '../../src/context-features.js';
import { decide } from '../../src/decide.js';
import { DEFAULT_MODEL } from '../../src/model/default-model.js';

// Units written for this test (not corpus text).
const { features } = analyze('Sign up for our free newsletter today.\nThe shares rose 3.1% in early trading.\n', 'en');
const context = CONTEXT_FEATURE_NAMES.map(() => 0);
const ownPromo = [0.3, 0.7, 0, 0, 0];
const contextEditorial = [0.8, 0.2, 0, 0, 0];

describe('decide', () => {
  it('lets the context lower a unit without a strong cue', () => {
    expect(decide(ownPromo, contextEditorial, features[1]!, context, DEFAULT_MODEL).score).toBeCloseTo(0.2);
  });

  it('does not let the context talk a strong cue below the unit’s own verdict', () => {
    expect(features[0]!.cues.length).toBeGreaterThan(0);
    expect(decide(ownPromo, contextEditorial, features[0]!, context, DEFAULT_MODEL).score).toBeCloseTo(0.7);
  });
});

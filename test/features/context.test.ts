import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { FEATURE_NAMES } from '../../src/features/index.js';

// Sentences written for this test (not corpus text).
const AFTER_HEADER = FEATURE_NAMES.indexOf('ctx:after-related-header');
const lead = 'Harbor Freight Lines reported third-quarter revenue of $2.4 billion on Tuesday, up 6% from a year earlier.';
const next = 'Chief executive Dana Whitlock said bookings for the holiday season were the strongest in four years.';

function afterHeader(text: string, needle: string): number {
  const { units, features } = analyze(text, 'en');
  return features[units.findIndex((u) => u.text.includes(needle))]!.values[AFTER_HEADER]!;
}

describe('context features', () => {
  it('marks the units after a related-content header', () => {
    expect(afterHeader([lead, 'Related Articles', 'Why Nvidia shares fell 5% today'].join('\n\n'), 'Why Nvidia')).toBe(1);
  });

  it('a header that carries its own headline heads no list', () => {
    expect(afterHeader([lead, 'Read more: Why Nvidia shares fell 5% today', next].join('\n\n'), 'Chief executive')).toBe(0);
  });
});

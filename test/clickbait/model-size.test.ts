import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelDe } from '../../src/clickbait/model-de.js';
import { modelEn } from '../../src/clickbait/model-en.js';

/** The shipped models must stay small: a few hundred KB at most each. */
const MAX_BYTES = 300 * 1024;

describe('shipped clickbait models', () => {
  it.each(['en', 'de'])('model-%s.ts is generated and under 300 KB', (language) => {
    const url = new URL(`../../src/clickbait/model-${language}.ts`, import.meta.url);
    expect(statSync(url).size).toBeLessThan(MAX_BYTES);
  });

  it('have finite weights and the language they claim', () => {
    for (const [model, language] of [[modelEn, 'en'], [modelDe, 'de']] as const) {
      expect(model.language).toBe(language);
      expect(Number.isFinite(model.bias)).toBe(true);
      expect(Object.values(model.weights).every(Number.isFinite)).toBe(true);
      expect(Object.keys(model.weights).length).toBeGreaterThan(50);
    }
  });
});

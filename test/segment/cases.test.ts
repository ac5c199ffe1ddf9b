// Runs the boundary test set corpus/segmentation/cases.jsonl (synthetic cases plus verbatim gold excerpts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/types.js';
import { sentences } from './support.js';

interface BoundaryCase {
  lang: LanguageCode;
  text: string;
  sentences: string[];
  source?: string;
}

const cases: BoundaryCase[] = readFileSync(new URL('../../corpus/segmentation/cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as BoundaryCase);

function exactShare(language: (c: BoundaryCase) => LanguageCode | 'und'): { share: number; failures: string[] } {
  const failures = cases
    .filter((c) => JSON.stringify(sentences(c.text, language(c))) !== JSON.stringify(c.sentences))
    .map((c) => c.text);
  return { share: 1 - failures.length / cases.length, failures };
}

describe('corpus/segmentation/cases.jsonl', () => {
  it('has at least 150 cases, about half German and half English, some from gold articles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const german = cases.filter((c) => c.lang === 'de').length;
    expect(german / cases.length).toBeGreaterThan(0.4);
    expect(german / cases.length).toBeLessThan(0.6);
    expect(cases.some((c) => c.source?.startsWith('gold:'))).toBe(true);
  });

  it('is split exactly right in at least 95 % of cases with the case language', () => {
    const { share, failures } = exactShare((c) => c.lang);
    expect(share, failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('is split exactly right in at least 95 % of cases with all languages merged', () => {
    const { share, failures } = exactShare(() => 'und');
    expect(share, failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/detect.js';

describe('detectLanguage', () => {
  it('votes with function words, reading words as runs of letters of any script', () => {
    expect(detectLanguage('Der Konzern hat die Prognose für das Jahr erhöht, und die Aktie stieg.')).toBe('de');
    expect(detectLanguage('The company said that the outlook for the year was raised and the shares rose.')).toBe('en');
    // Letters beyond the BMP join the word they touch: "𝐀der" is not the function word "der".
    expect(detectLanguage('𝐀der 𝐀die 𝐀und 𝐀das 𝐀ist The company said that the outlook was raised for the year.')).toBe('en');
  });

  it('answers und for text too short or without letters', () => {
    expect(detectLanguage('Hallo')).toBe('und');
    expect(detectLanguage('12345 67890 !!! ??? 12345 67890 --- 12345')).toBe('und');
    expect(detectLanguage('\uD835\uD835\uDC00 \uDC00 der die')).toBe('und');
  });
});

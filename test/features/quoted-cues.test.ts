import { describe, expect, it } from 'vitest';
import { languageContext } from '../../src/context.js';
import { withoutQuotedCues } from '../../src/features/quoted-cues.js';
import type { CueName } from '../../src/lang/types.js';

// Sentences written for these tests (not corpus text).
const cuesOf = (text: string, language: 'de' | 'en' = 'en') => {
  const index = languageContext(language).cues;
  const lower = text.toLowerCase();
  return withoutQuotedCues(index, text, lower, index.match(text, lower));
};

/** Each sentence is reported speech, and none of the `absent` families fires on it. */
const expectReportedWithout = (sentences: readonly (readonly [string, 'de' | 'en'])[], absent: readonly CueName[]) => {
  for (const [text, language] of sentences) {
    const cues = cuesOf(text, language);
    expect(cues).toContain('reported-speech');
    for (const family of absent) expect(cues).not.toContain(family);
  }
};

describe('quoted pitches', () => {
  it('a pitch the sentence quotes and tells about is reported speech, not the page’s promotion', () => {
    expectReportedWithout(
      [
        ['„Jetzt 30 Tage kostenlos testen!“ – mit diesem Versprechen werben fast alle großen Börsenbriefe um neue Leser.', 'de'],
        ['The emails quoted in the complaint read like the genre: "Act now and claim your free report today."', 'en'],
      ],
      ['cta', 'free-offer'],
    );
  });

  it('a disclaimer the sentence quotes from a document is reported speech, not the page’s notice', () => {
    const cues = cuesOf('The memo notes that the figures are unaudited and that "past performance is not necessarily indicative of future results".');
    expect(cues).toContain('reported-speech');
    expect(cues).not.toContain('disclosure');
  });

  it('what a filing or a document says is reported, not a notice', () => {
    expect(cuesOf('In the filing, the company cautioned that its estimate is a forward-looking statement.')).toContain('reported-speech');
    expect(cuesOf('Die Brauerei weist in den Zeichnungsunterlagen darauf hin, dass ein Totalverlust möglich ist.', 'de')).toContain('reported-speech');
    expect(cuesOf('Ohne höhere Erlöse würden weitere Höfe aufgeben, warnt er.', 'de')).toContain('reported-speech');
  });

  it('a quotation the sentence split inside is quoted to the end of the sentence', () => {
    const cues = cuesOf('An die Bürgermeister gewandt fügte sie hinzu: „Melden Sie sich jetzt an.', 'de');
    expect(cues).toContain('reported-speech');
    expect(cues).not.toContain('cta');
    expect(cuesOf('At the end of the call she told the dealers: “Sign up now and claim your free report.', 'en')).not.toContain('cta');
  });

  it('a source’s quoted advice to its own audience does not address the page’s reader', () => {
    expectReportedWithout(
      [
        ['Einen Rat gibt die Gründerin jungen Forschern an der Hochschule mit auf den Weg: „Reden Sie früh mit möglichen Kunden.“', 'de'],
        ['The founder had one piece of advice for the students in the hall: "Talk to your customers before you build anything."', 'en'],
      ],
      ['second-person'],
    );
  });

  it('keeps the reader address of a quotation a call to action wraps, and of one outside any quotation', () => {
    expect(cuesOf('Find out why Example Research subscribers like the service so much: "Your Feedback (Thank You)".')).toContain('second-person');
    expect(cuesOf('Einen Rat gibt die Gründerin Ihnen mit auf den Weg: „Reden früh mit möglichen Kunden.“', 'de')).toContain('second-person');
  });

  it('keeps the cues of a pitch outside the quotation, of a quoted button name and of a bare quotation', () => {
    expect(cuesOf('Our analyst says "this stock could double" – claim your free report now!')).toContain('cta');
    expect(cuesOf('Click the "+Follow" button next to my byline to get my new articles.')).toContain('cta');
    expect(cuesOf('„Jetzt 30 Tage kostenlos testen!“', 'de')).not.toContain('reported-speech');
  });
});

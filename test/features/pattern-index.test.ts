import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CLICKBAIT_CUES } from '../../src/clickbait/cues.js';
import { CLICKBAIT_FAMILIES } from '../../src/clickbait/types.js';
import { describePattern, leadingAnchors, patternAnchors, topLevelBranches } from '../../src/features/pattern-anchors.js';
import { compilePatternIndex, wholeWordSource, type FamilyPattern } from '../../src/features/pattern-index.js';
import { LANGUAGE_PACKS } from '../../src/lang/packs.js';
import { CUE_NAMES } from '../../src/lang/types.js';
import { hasBlankBetween, isBlankCode } from '../../src/word-chars.js';

const WHOLE_WORD = wholeWordSource;

/** Every pattern the library ships: cue families of all packs, clickbait families of all languages. */
const SHIPPED: { name: string; patterns: FamilyPattern[] }[] = [
  {
    name: 'cue families',
    patterns: CUE_NAMES.flatMap((name, family) =>
      LANGUAGE_PACKS.flatMap((pack) => pack.cues[name].patterns.map((source) => ({ family, source, onLower: !pack.cues[name].caseSensitive }))),
    ),
  },
  ...(['de', 'en'] as const).map((lang) => ({
    name: `clickbait families (${lang})`,
    patterns: CLICKBAIT_FAMILIES.flatMap((name, family) => [
      ...CLICKBAIT_CUES[lang].families[name].patterns.map((source) => ({ family, source, flags: 'iu', onLower: false, wholeWord: true })),
      ...(CLICKBAIT_CUES[lang].families[name].exactCase ?? []).map((source) => ({ family, source, flags: 'u', onLower: false, wholeWord: true })),
    ]),
  })),
];

/** The mask that testing every pattern on the whole text gives. */
function bruteForce(patterns: readonly FamilyPattern[], text: string): number {
  const lower = text.toLowerCase();
  let mask = 0;
  for (const p of patterns) {
    const flags = (p.flags ?? '').includes('u') ? p.flags! : `${p.flags ?? ''}u`;
    if (new RegExp(p.wholeWord ? WHOLE_WORD(p.source) : p.source, flags).test(p.onLower ? lower : text)) mask |= 1 << p.family;
  }
  return mask;
}

const SENTENCES = [
  'Should you invest $1,000 in Amazon right now? Click here to get our free report!',
  'Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg bei Amazon?',
  'Amazon-Aktie: Kaufen oder verkaufen?! Neue Amazon-Analyse vom 29. Januar liefert die Antwort: Hier weiterlesen...',
  'The Motley Fool has positions in and recommends Amazon. The Motley Fool has a disclosure policy.',
  'Related Articles',
  '© 2024 Benzinga.com. Benzinga does not provide investment advice. All rights reserved.',
  'Here’s Why THIS Stock Could Make You a Millionaire — Before It’s Too Late',
  'İstanbul İş Bankası: Sie können jetzt Ihre Gratis-Analyse anfordern »',
  'Der Konzern hatte im Quartal einen Umsatz von 50 Mrd. USD erzielt, teilte das Unternehmen mit.',
  'Want the latest recommendations from our analysts? Sign up for our newsletter to your inbox.',
  // Word characters above U+00FF and surrogates next to cue words: the whole-word test must
  // treat them as the Unicode classes do.
  'Before it’s too lateж. Жtoo late! Buy nowǅ, Ωclick here, too late𝐀 and 𝐀too late, 3 Aktienሀ jetzt kaufen?',
  'ſtock picks: get our ſpecial Gratiſ-Analyse, the 3 beſt ſtocks to buy now',
  // U+0345 is matched by case-insensitive word classes; the Kelvin sign lower-cases to "k".
  'Before it’s too late\u0345!',
  '\u0345click here, \u0345too late',
  'This stock could make you a millionaire\uD835 — before it’s too late\uDC00 (Gratis-Analyse\u0130)',
  // Units that open with a cue word or a date: patterns anchored at the start are looked up by
  // their first token only.
  '» Download now',
  '12.11.2025, 14:30 Uhr',
  'Share',
  '[Anzeige] Jetzt Depot eröffnen',
  'We value your privacy',
  'ÿShare — „Newsletter“',
  // Short lines that patterns spanning the whole text match: their spaces and digits are counted.
  'Tradegate | 12.11.2025 | 14:30 Uhr',
  'Max Mustermann | 3. März 2026',
  'KGV 12 | KBV 1,4 | Div. 3 %',
  '#Börse #Aktien #DAX',
  '1T | 1W | 1M | YTD | MAX',
  'Mo., 12.11.2025',
];

describe('white space', () => {
  it('is what `\\s` matches, code unit by code unit and over ranges', () => {
    const blank = /\s/;
    for (let c = 0; c < 0x10000; c++) expect(isBlankCode(c), c.toString(16)).toBe(blank.test(String.fromCharCode(c)));
    for (const [lo, hi] of [[0x21, 0x9f], [0x00, 0x08], [0x00, 0x09], [0x1fff, 0x2000], [0x200b, 0x2027], [0x3001, 0xfefe], [0xfeff, 0xffff]] as const) {
      let some = false;
      for (let c = lo; c <= hi; c++) some ||= blank.test(String.fromCharCode(c));
      expect(hasBlankBetween(lo, hi), `${lo.toString(16)}-${hi.toString(16)}`).toBe(some);
    }
  });
});

describe('pattern anchors', () => {
  it('splits a source into its top-level branches, not inside groups, classes or after escapes', () => {
    expect(topLevelBranches(String.raw`a|b(?:c|d)|[|]e|f\|g`)).toEqual(['a', 'b(?:c|d)', '[|]e', String.raw`f\|g`]);
    expect(topLevelBranches('abc')).toEqual(['abc']);
  });

  it('finds the words every match starts with, when there are such words', () => {
    expect(leadingAnchors(String.raw`\bclick (?:here|to)\b`)).toEqual(['click']);
    expect(leadingAnchors(WHOLE_WORD('the one'))).toEqual(['the']);
    expect(leadingAnchors(String.raw`\b(?:our|the) (?:analyst|research) team\b`)).toEqual(['our', 'the']);
    expect(leadingAnchors(String.raw`^\W*(?:why|how)`)).toBeUndefined();
    expect(leadingAnchors('kauf')).toBeUndefined();
    expect(leadingAnchors(String.raw`\b(?:a|the) stock`)).toBeUndefined();
  });

  it('does not take a word after a negated class for a word start: "[^.!?]" matches letters', () => {
    expect(patternAnchors(String.raw`\bersetzt keine\b[^.!?]{0,80}beratung\b`)).toEqual(['ersetzt']);
    expect(patternAnchors(String.raw`^[^\p{L}\d„"]{0,3}folgen uns`)).toEqual(['folgen']);
    expect(patternAnchors(String.raw`^[^.!?]{0,3}folgen uns`)).toEqual(['uns']);
  });

  it('finds how a pattern anchored at the start of the text begins', () => {
    expect(describePattern(String.raw`^\W{0,3}(?:download|trade) now\W{0,3}$`).start).toEqual({ words: ['download', 'trade'], digit: false, prefix: 3 });
    expect(describePattern(String.raw`^\W{0,3}\d{1,2}\.\d{1,2}\.`).start).toEqual({ words: undefined, digit: true, prefix: 3 });
    expect(describePattern(String.raw`^\W*(?:why|how)`).start).toBeUndefined();
    expect(describePattern(String.raw`(?:^\W{0,3}|\band )join`).start).toBeUndefined();
  });

  it('finds a word that every match contains', () => {
    expect(patternAnchors(String.raw`\b(?:our|the) (?:analyst|research) team\b`)).toEqual(['analyst', 'research']);
    expect(patternAnchors('©')).toBeUndefined();
  });

  it('finds every set of words a match needs one of, in order', () => {
    expect(describePattern(String.raw`\bjetzt\b[^.!?]{0,40}\b(?:sichern|testen)\b`).requirements).toEqual([['jetzt'], ['sichern', 'testen']]);
    expect(describePattern(String.raw`\bclick here|\btap here`).requirements).toEqual([]);
    expect(describePattern(String.raw`\bfree (?:trial)?report`).requirements).toEqual([['free']]);
  });

  it('takes a word after a group whose every branch ends in a separator, however deep', () => {
    expect(patternAnchors(String.raw`^(?:she |(?:[\p{L}-]+ ){1,3})covers\b`)).toEqual(['covers']);
    expect(patternAnchors(String.raw`^(?:she |[\p{L}-]+)covers\b`)).toBeUndefined();
  });

  it('picks the rarest mandatory symbol of a pattern without anchor words, not common punctuation', () => {
    expect(describePattern(String.raw`^\p{L}+ \d+[.,]\d+ [+-]\d+ ?%$`).symbols).toEqual(['%']);
    expect(describePattern(String.raw`[.!?]\s+©\s*\p{L}+$`).symbols).toEqual(['©']);
    expect(describePattern(String.raw`\u00a9\s*\d{4}`).symbols).toEqual(['©']);
  });

  it('finds the symbols of a mandatory group from its branches', () => {
    expect(describePattern(String.raw`^\W{0,3}(?:\p{L}+ ?(?:\/\/|[|·]) ?){1,3}\d+$`).symbols).toEqual(['/', '|', '·']);
    expect(describePattern(String.raw`^(?:\p{L}+ ?(?:\/\/|[|·]) ?)?\d+$`).symbols).toBeUndefined();
    expect(describePattern(String.raw`#\p{L}+|@\p{L}+`).symbols).toEqual(['#', '@']);
  });

  it('bounds the runs of white space of a pattern whose every match is the whole text', () => {
    const gaps = (source: string): number => describePattern(source).maxGaps;
    expect(gaps(String.raw`^\W{0,3}(?:[\p{L}-]+ ){0,2}\p{L}+\W{0,3}$`)).toBe(8);
    expect(gaps(String.raw`^(?:share|teilen)$|^\p{L}+ \p{L}+$`)).toBe(1);
    expect(gaps(String.raw`(?<!x)(?:^\d+ ?[.:]\d+$)(?!y)`)).toBe(1);
    // White space only, however long: one run.
    expect(gaps(String.raw`^\s*#\p{L}+\s+\p{L}+$`)).toBe(2);
    expect(gaps(String.raw`^[!-~]{1,9}$`)).toBe(0);
    expect(gaps(String.raw`^[\p{L}\p{N}.-]{1,9}$`)).toBe(0);
    expect(gaps(String.raw`^[\x00-\x7f]{1,4}$`)).toBe(4);
    expect(gaps(String.raw`^[^\s]{1,4}$`)).toBe(0);
    expect(gaps(String.raw`^[^ ]{1,4}$`)).toBe(4);
    expect(gaps(String.raw`^[^.]{1,4}$`)).toBe(4);
    expect(gaps(String.raw`^[\p{L}\u0020]{1,4}$`)).toBe(4);
    expect(gaps(String.raw`^\p{Cc}{1,4}$`)).toBe(4);
    // Unbounded, or not tied to both ends of the text.
    expect(gaps(String.raw`^(?:\s*#\p{L}+)+$`)).toBe(Infinity);
    expect(gaps(String.raw`^\p{L}+ \p{L}+`)).toBe(Infinity);
    expect(gaps(String.raw`^a b$|c d$`)).toBe(Infinity);
    expect(gaps(String.raw`^(?:a b$)?`)).toBe(Infinity);
  });

  it('finds the patterns whose every match has a digit', () => {
    const digit = (source: string): boolean => describePattern(source).needsDigit;
    expect(digit(String.raw`^\W{0,3}\d{1,2}\.\d{1,2}\.`)).toBe(true);
    expect(digit(String.raw`\b(?:q[1-4]|20[0-9]{2})\b`)).toBe(true);
    expect(digit(String.raw`(?:ab)?[0-9]`)).toBe(true);
    expect(digit(String.raw`(?:\d|x)y`)).toBe(false);
    expect(digit(String.raw`\d?x|\d`)).toBe(false);
    expect(digit(String.raw`(?=\d)\w+`)).toBe(false);
  });
});

describe('pattern index', () => {
  it('finds matches where `\\b` (ASCII-only) sees a word start inside a Unicode word', () => {
    const patterns: FamilyPattern[] = [
      { family: 0, source: String.raw`\bclick here`, onLower: false },
      { family: 1, source: String.raw`\bhere\b`, flags: 'i', onLower: false },
      { family: 2, source: 'too late', onLower: false, wholeWord: true, flags: 'iu' },
    ];
    const index = compilePatternIndex(patterns);
    for (const text of ['\u212Aclick here', 'Ωclick here', 'ſclick hereſ', 'xäclick', 'Kelvin \u212Aclick \u212Ahere', 'too late\u0345', 'too late\u212A']) {
      expect(index.matchMask(text, text.toLowerCase()), text).toBe(bruteForce(patterns, text));
    }
  });

  it('matches like testing every pattern when an anchor lower-cases to a non-word character ("İ")', () => {
    const patterns: FamilyPattern[] = [
      { family: 0, source: String.raw`\bİş bankası\b`, onLower: true },
      { family: 1, source: String.raw`\bbank\b`, onLower: true },
      { family: 2, source: 'İstanbul', onLower: false },
    ];
    const index = compilePatternIndex(patterns);
    for (const text of ['İş Bankası bank', 'iş bankası', 'İstanbul bank', 'İ̇bank bank', 'bank']) {
      expect(index.matchMask(text, text.toLowerCase()), text).toBe(bruteForce(patterns, text));
    }
  });

  for (const { name, patterns } of SHIPPED) {
    const index = compilePatternIndex(patterns);
    it(`matches the same ${name} as testing every pattern`, () => {
      for (const text of SENTENCES) expect(index.matchMask(text, text.toLowerCase()), text).toBe(bruteForce(patterns, text));
    });
  }

  it('matches the same families as testing every pattern, on random texts of cue words', () => {
    const words = [...new Set(SENTENCES.join(' ').split(/\s+/))];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '? ', '!\n', ' — ', '’', '-')), { maxLength: 12 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    const { patterns } = SHIPPED[0]!;
    const index = compilePatternIndex(patterns);
    fc.assert(fc.property(text, (t) => index.matchMask(t, t.toLowerCase()) === bruteForce(patterns, t)), { numRuns: 150 });
  });

  it('skips a pattern spanning the text only where the text has more runs of white space or no digit, and not with the `m` flag', () => {
    const patterns: FamilyPattern[] = [
      { family: 0, source: String.raw`^\W{0,3}(?:\p{L}+ ){0,2}\p{L}+\W{0,3}$`, onLower: false },
      { family: 1, source: String.raw`^\p{L}+ \d+$`, onLower: true },
      { family: 2, source: String.raw`^share$`, flags: 'm', onLower: true },
    ];
    const index = compilePatternIndex(patterns);
    for (const text of ['a b c', 'a b c d', '- a b c -', 'a\u00a0b c d', 'a \u00a0 b\t\tc', 'a \u2009b c\u3000d', 'Q 3', 'Q 3 4', 'q x', 'x y z\nshare', 'share it']) {
      expect(index.matchMask(text, text.toLowerCase()), text).toBe(bruteForce(patterns, text));
    }
    expect(index.matchMask('- a b c -', '- a b c -')).toBe(1);
    expect(index.matchMask('x y z\nshare', 'x y z\nshare')).toBe(4);
  });

  it('tests a pattern only on texts with a word of each set it needs', () => {
    const patterns: FamilyPattern[] = [{ family: 0, source: String.raw`[^.!?]{0,9}\bsubscribe\b.*\b(?:today|now)\b`, onLower: true }];
    const index = compilePatternIndex(patterns);
    const spy = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(index.matchMask('Subscribe to the paper', 'subscribe to the paper')).toBe(0);
      expect(spy).not.toHaveBeenCalled();
      expect(index.matchMask('Subscribe now', 'subscribe now')).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('tests each branch of a pattern by its own anchors, start or symbols', () => {
    // As one pattern, the unanchored second branch would have it tested on every text.
    const patterns: FamilyPattern[] = [{ family: 0, source: String.raw`[^.!?]{0,9}\bsubscribe\b.*\bnow\b|^\d{1,2} ?\/ ?\d{1,2}$|\s©\s\p{L}+$`, onLower: true }];
    const index = compilePatternIndex(patterns);
    const spy = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(index.matchMask('Subscribe to the paper', 'subscribe to the paper')).toBe(0);
      expect(spy).not.toHaveBeenCalled();
      for (const text of ['Subscribe now', '3 / 12', 'Photo © Example']) expect(index.matchMask(text, text.toLowerCase()), text).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('leaves no more cue pattern branches to be tested on every unit than the known few', () => {
    // A branch without anchor words, start or symbol is tested on every unit.
    const everywhere = LANGUAGE_PACKS.flatMap((pack) =>
      CUE_NAMES.flatMap((name) =>
        pack.cues[name].patterns.flatMap(topLevelBranches).filter((source) => {
          const d = describePattern(source);
          return !d.start && !d.anchors?.length && !d.leading?.length && !d.symbols?.length;
        }),
      ),
    );
    expect(everywhere.length).toBeLessThanOrEqual(15);
  });

  it('refuses a family that does not fit a bit mask', () => {
    expect(() => compilePatternIndex([{ family: 31, source: 'x', onLower: true }])).toThrow(RangeError);
  });
});

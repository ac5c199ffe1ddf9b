import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/feed/html-to-text.js';

describe('htmlToText', () => {
  it('separates paragraphs by blank lines and br/div by line breaks', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p><div>Four</div><div>Five</div>')).toBe(
      'One\n\nTwo\nThree\n\nFour\nFive',
    );
  });

  it('treats headings, blockquotes and tables as blocks and rows as lines', () => {
    expect(htmlToText('<h2>Title</h2>Lead<blockquote>Quote</blockquote><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe(
      'Title\n\nLead\n\nQuote\n\na b\nc',
    );
  });

  it('turns list items into "- " lines', () => {
    expect(htmlToText('<p>Punkte:</p><ul><li>Eins</li><li> Zwei <b>fett</b></li></ul><p>Ende</p>')).toBe(
      'Punkte:\n\n- Eins\n- Zwei fett\n\nEnde',
    );
  });

  it('decodes entities and keeps no-break spaces', () => {
    expect(htmlToText('<p>AT&amp;T &lt;3 &euro;&nbsp;5 &#x201E;ok&#8220;</p>')).toBe('AT&T <3 €\u00a05 „ok“');
  });

  it('drops script, style and the like', () => {
    expect(htmlToText('<p>a<script>alert("x")</script>b</p><style>p{}</style><noscript>n</noscript><p>c</p>')).toBe('ab\n\nc');
  });

  it('collapses whitespace inside blocks and trims lines', () => {
    expect(htmlToText('\n  <p>  Viele \n\t Leerzeichen   hier </p>\n\n  <p>\nund da</p>  ')).toBe('Viele Leerzeichen hier\n\nund da');
  });

  it('makes a blank line of two br in a row', () => {
    expect(htmlToText('a<br><br>b<br/>c')).toBe('a\n\nb\nc');
  });

  it('keeps inline markup inline', () => {
    expect(htmlToText('<p>Die <a href="x">Amazon</a>-Aktie <em>steigt</em>.</p>')).toBe('Die Amazon-Aktie steigt.');
  });

  it('recovers the text of any escaped string, whitespace collapsed', () => {
    const escape = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const collapse = (s: string): string => s.split(/[ \t\n\r\f]+/).filter(Boolean).join(' ');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(collapse(htmlToText(`<p>${escape(s)}</p>`))).toBe(collapse(s));
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => typeof htmlToText(s) === 'string'));
  });
});

describe('looksLikeHtml', () => {
  it('sees tags, comments and declarations', () => {
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('a</b>')).toBe(true);
    expect(looksLikeHtml('<!-- c -->')).toBe(true);
  });

  it('does not mistake comparisons for tags', () => {
    expect(looksLikeHtml('KGV < 10 und 3<4')).toBe(false);
    expect(looksLikeHtml('plain text')).toBe(false);
  });
});

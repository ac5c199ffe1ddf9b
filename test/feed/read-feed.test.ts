import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/feed/read-feed.js';
import { scanXml } from '../../src/feed/xml-guard.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'feeds');
const fixture = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');

const rss = (items: string, extra = ''): string =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"${extra}><channel><title>Feed &amp; Co</title>${items}</channel></rss>`;

describe('readFeed: formats and fields', () => {
  it('takes content:encoded before description, as plain text', () => {
    const doc = readFeed(
      rss('<item><title>A &amp; B</title><link> https://x.example/a </link><description>kurz</description><content:encoded><![CDATA[<p>Eins &amp; zwei</p><p>Drei</p>]]></content:encoded></item>'),
      10,
    );
    expect(doc).toEqual({
      format: 'rss',
      title: 'Feed & Co',
      entries: [{ title: 'A & B', link: 'https://x.example/a', text: 'Eins & zwei\n\nDrei' }],
    });
  });

  it('reads escaped HTML in description', () => {
    const doc = readFeed(rss('<item><title>t</title><description>&lt;p&gt;Hallo&lt;/p&gt;&lt;ul&gt;&lt;li&gt;x&lt;/li&gt;&lt;/ul&gt;</description></item>'), 10);
    expect(doc.entries[0]!.text).toBe('Hallo\n\n- x');
  });

  it('passes plain-text descriptions through with their line breaks', () => {
    const doc = readFeed(rss('<item><title>t</title><description>Zeile eins\r\nZeile zwei\n\nAbsatz, KGV &lt; 10</description></item>'), 10);
    expect(doc.entries[0]!.text).toBe('Zeile eins\nZeile zwei\n\nAbsatz, KGV < 10');
  });

  it('falls back to the next field when one is empty or only markup', () => {
    const doc = readFeed(rss('<item><title>t</title><description>Fallback</description><content:encoded><![CDATA[<p> </p>]]></content:encoded></item>'), 10);
    expect(doc.entries[0]!.text).toBe('Fallback');
  });

  it('reads Atom content by type, and summary when there is no content', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">F &lt;i&gt;eed&lt;/i&gt;</title>
      <entry><title>A</title><link rel="self" href="https://x.example/self"/><link href="https://x.example/a"/><content type="html">&lt;p&gt;x&lt;/p&gt;&lt;p&gt;y&lt;/p&gt;</content></entry>
      <entry><title>B</title><summary type="text">&lt;b&gt; stays
literal</summary></entry>
      <entry><title>C</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi &amp; there</p></div></content></entry></feed>`;
    const doc = readFeed(atom, 10);
    expect(doc.format).toBe('atom');
    expect(doc.title).toBe('F eed');
    expect(doc.entries).toEqual([
      { title: 'A', link: 'https://x.example/a', text: 'x\n\ny' },
      { title: 'B', link: '', text: '<b> stays\nliteral' },
      { title: 'C', link: '', text: 'Hi & there' },
    ]);
  });

  it('reads RSS 1.0 / RDF', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>R</title><link>l</link><description>d</description></channel><item rdf:about="i"><title>I</title><link>https://x.example/i</link><description>&lt;p&gt;text&lt;/p&gt;</description></item></rdf:RDF>`;
    expect(readFeed(rdf, 10)).toEqual({ format: 'rdf', title: 'R', entries: [{ title: 'I', link: 'https://x.example/i', text: 'text' }] });
  });

  it('detects JSON Feed and reads content_html, content_text, summary in that order', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [
        { id: '1', url: 'https://x.example/1', title: 'H', content_html: '<p>a</p><p>b</p>', content_text: 'no' },
        { id: '2', title: 'T', content_text: 'plain <b>\n\nkept</b>' },
        { id: '3', external_url: 'https://x.example/3', summary: 'sum' },
      ],
    });
    expect(readFeed(`\ufeff  ${json}`, 10)).toEqual({
      format: 'json',
      title: 'J',
      entries: [
        { title: 'H', link: 'https://x.example/1', text: 'a\n\nb' },
        { title: 'T', link: '', text: 'plain <b>\n\nkept</b>' },
        { title: '', link: 'https://x.example/3', text: 'sum' },
      ],
    });
  });

  it('reads at most maxItems items', () => {
    const items = Array.from({ length: 5 }, (_, i) => `<item><title>${i}</title></item>`).join('');
    expect(readFeed(rss(items), 2).entries.map((e) => e.title)).toEqual(['0', '1']);
  });

  it('reads every generated fixture in its format', () => {
    expect(readFeed(fixture('rss2-seed-de.xml'), 100).format).toBe('rss');
    expect(readFeed(fixture('atom-en.xml'), 100).format).toBe('atom');
    expect(readFeed(fixture('rdf-mixed.rdf'), 100).format).toBe('rdf');
    expect(readFeed(fixture('json-feed.json'), 100).format).toBe('json');
  });
});

describe('readFeed: errors say what was expected and what was found', () => {
  it.each([
    ['', /expected .*RSS 2\.0.*found an empty document/],
    ['   \n', /found an empty document/],
    ['hello world', /expected .*JSON Feed, found text starting with "hello world"/],
    ['<?xml version="1.0"?><!-- nothing -->', /found XML without elements/],
    ['<html><body><p>page</p></body></html>', /expected .*<feed>.*found a <html> document/],
    ['<rss version="2.0"><channel><title>x</title><item><title>a</title></channel></rss>', /expected well-formed XML, found <\/channel> at line 1 where <\/item> for the <item> of line 1 was expected/],
    ['<rss version="2.0"><channel><title>x</title>', /expected well-formed XML, found <channel> of line 1 is never closed/],
    ['<rss version="2.0"><channel><title>x</tit', /expected well-formed XML, found unclosed tag at line 1/],
    ['<rss version="2.0"><channel><description><![CDATA[x</description></channel></rss>', /unclosed CDATA section/],
    ['<rss><channel><title>a < b</title></channel></rss>', /a "<" that starts no tag/],
    ['{"title": "x"', /expected a JSON Feed, found malformed JSON/],
    ['{"name": "x", "entries": []}', /expected a JSON Feed .*found a JSON object with the keys name, entries/],
  ])('%j', (input, message) => {
    expect(() => readFeed(input, 10)).toThrow(message);
  });

  it('reports feedsmith failures with the cause', () => {
    expect(() => readFeed('<rss version="2.0"><foo/></rss>', 10)).toThrow(/found a <rss> document feedsmith cannot read/);
  });

  it('throws only Error on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => `<rss><channel>${s}</channel></rss>`)), (s) => {
        try {
          readFeed(s, 10);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^promostrip: /);
        }
      }),
    );
  });
});

describe('entity declarations are refused', () => {
  it('refuses the billion-laughs fixture without expanding it', () => {
    expect(() => readFeed(fixture('entity-bomb.xml'), 10)).toThrow(/refused feed: it declares XML entities \(<!ENTITY at line 3\)/);
  });

  it('refuses the external-entity fixture and never shows the file', () => {
    let message = '';
    try {
      readFeed(fixture('external-entity.xml'), 10);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/refused feed: it declares XML entities/);
    expect(message).not.toMatch(/root:/);
  });

  it('refuses parameter entities, entities in lower case and outside a DOCTYPE', () => {
    expect(() => readFeed('<!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]><rss/>', 10)).toThrow(/declares XML entities/);
    expect(() => readFeed('<!doctype rss [<!entity a "b">]><rss/>', 10)).toThrow(/declares XML entities/);
    expect(() => readFeed('<!ENTITY a "b"><rss/>', 10)).toThrow(/declares XML entities/);
    expect(() => readFeed("<!DOCTYPE rss [<!-- ' --><!ENTITY a 'b'><!-- ' -->]><rss/>", 10)).toThrow(/declares XML entities/);
  });

  it('accepts a DOCTYPE without entities, and entity-like text in CDATA', () => {
    const doc = readFeed(
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">' +
        rss('<item><title>t</title><description><![CDATA[<p>&lt;!ENTITY x "y"&gt; is how</p>]]></description></item>'),
      10,
    );
    expect(doc.entries[0]!.text).toBe('<!ENTITY x "y"> is how');
  });

  it('leaves undeclared entity references as text', () => {
    expect(readFeed(rss('<item><title>&lol9;</title></item>'), 10).entries[0]!.title).toBe('&lol9;');
  });
});

describe('scanXml', () => {
  it('finds the root and accepts balanced documents with comments, PIs, CDATA and > in attributes', () => {
    expect(scanXml('<?xml version="1.0"?><!-- <x> --><a:feed b="1 > 0"><c/><d><![CDATA[</e>]]></d></a:feed>')).toEqual({
      root: 'a:feed',
      problem: undefined,
    });
  });

  it('reports a stray end tag', () => {
    expect(scanXml('<a></a></b>').problem).toBe('</b> at line 1 where no end tag was expected');
  });
});

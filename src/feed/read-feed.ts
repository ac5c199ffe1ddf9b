/**
 * Reads RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed documents into one plain shape: a title and,
 * per item, a title, a link and the article as plain text.
 */
import { parseFeed, type AnyFeed, type AtomFeed } from 'feedsmith';
import type { FeedFormat } from './types.js';
import { htmlToText, looksLikeHtml } from './html-to-text.js';
import { scanXml } from './xml-guard.js';

/** One feed item, as plain text. */
export interface FeedEntry {
  title: string;
  link: string;
  /** The item's article, from the first non-empty of its full content, content, description or summary. */
  text: string;
}

/** A feed read into plain text. */
export interface FeedDocument {
  format: FeedFormat;
  title: string;
  entries: FeedEntry[];
}

/** A field of a feed and whether its format declares it plain text (otherwise it may hold HTML). */
interface Field {
  value: string | undefined;
  plain: boolean;
}

const EXPECTED = 'an RSS 2.0 (<rss>), RSS 1.0/RDF (<rdf:RDF>) or Atom (<feed>) document, or a JSON Feed';

/** XML root elements (local names, lower-case) of the supported formats. */
const FEED_ROOTS = new Set(['rss', 'rdf', 'feed']);

/**
 * Parses a feed document and turns every item into plain text.
 *
 * @param source - The document: XML, or JSON for a JSON Feed.
 * @param maxItems - Read at most this many items.
 * @throws Error naming what was expected and what was found when the document is malformed,
 *   in no supported format, or declares XML entities.
 */
export function readFeed(source: string, maxItems: number): FeedDocument {
  const parsed = parseDocument(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, maxItems);
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return {
        format: parsed.format,
        title: plainText({ value: parsed.feed.title, plain: false }),
        entries: (parsed.feed.items ?? []).map((item) => ({
          title: plainText({ value: item.title, plain: false }),
          link: item.link?.trim() ?? '',
          text: firstText([
            { value: item.content?.encoded, plain: false },
            { value: item.description, plain: false },
          ]),
        })),
      };
    case 'atom':
      return {
        format: 'atom',
        title: plainText(atomField(parsed.feed.title)),
        entries: (parsed.feed.entries ?? []).map((entry) => ({
          title: plainText(atomField(entry.title)),
          link: atomLink(entry.links),
          text: firstText([atomField(entry.content), atomField(entry.summary)]),
        })),
      };
    case 'json':
      return {
        format: 'json',
        title: plainText({ value: parsed.feed.title, plain: true }),
        entries: (parsed.feed.items ?? []).map((item) => ({
          title: plainText({ value: item.title, plain: true }),
          link: (item.url ?? item.external_url ?? '').trim(),
          text: firstText([
            { value: item.content_html, plain: false },
            { value: item.content_text, plain: true },
            { value: item.summary, plain: true },
          ]),
        })),
      };
  }
}

/** Detects the format, pre-scans XML, and parses with feedsmith; every failure becomes a clear Error. */
function parseDocument(source: string, maxItems: number): AnyFeed {
  const start = firstNonSpace(source);
  if (start === -1) throw new Error(`promostrip: expected ${EXPECTED}, found an empty document`);
  if (source[start] === '{') return parseJsonFeed(source, maxItems);
  if (source[start] !== '<') {
    throw new Error(`promostrip: expected ${EXPECTED}, found text starting with ${JSON.stringify(source.slice(start, start + 20))}`);
  }
  const { root, problem } = scanXml(source);
  if (root === undefined) throw new Error(`promostrip: expected ${EXPECTED}, found XML without elements`);
  if (!FEED_ROOTS.has(localName(root))) throw new Error(`promostrip: expected ${EXPECTED}, found a <${root}> document`);
  if (problem !== undefined) throw new Error(`promostrip: expected well-formed XML, found ${problem}`);
  try {
    return parseFeed(source, { maxItems });
  } catch (error) {
    throw new Error(`promostrip: expected ${EXPECTED}, found a <${root}> document feedsmith cannot read (${errorText(error)})`, {
      cause: error,
    });
  }
}

/** Parses a JSON Feed, checking the JSON first so that syntax errors are reported as such. */
function parseJsonFeed(source: string, maxItems: number): AnyFeed {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new Error(`promostrip: expected a JSON Feed, found malformed JSON (${errorText(error)})`, { cause: error });
  }
  let parsed: AnyFeed | undefined;
  try {
    parsed = parseFeed(json, { maxItems });
  } catch {
    parsed = undefined;
  }
  if (parsed?.format !== 'json') {
    const keys = json !== null && typeof json === 'object' ? Object.keys(json).slice(0, 5).join(', ') : '';
    throw new Error(
      `promostrip: expected a JSON Feed (an object with "version": "https://jsonfeed.org/version/…", "title" and "items"), ` +
        `found a JSON object with the keys ${keys === '' ? '(none)' : keys}`,
    );
  }
  return parsed;
}

/** The text of the first field that is non-empty once turned into plain text. */
function firstText(fields: readonly Field[]): string {
  for (const field of fields) {
    const text = plainText(field);
    if (text !== '') return text;
  }
  return '';
}

/** A field as plain text: HTML is converted, plain text passes through with its line breaks. */
function plainText(field: Field): string {
  const value = field.value ?? '';
  const text = !field.plain && looksLikeHtml(value) ? htmlToText(value) : value.replace(/\r\n?/g, '\n');
  return text.trim();
}

/** An Atom text construct or content: `type="text"` (the default) is plain, `html` and `xhtml` are markup. */
function atomField(text: { value?: string; type?: string } | undefined): Field {
  const type = text?.type?.toLowerCase() ?? 'text';
  return { value: text?.value, plain: type === 'text' || type.startsWith('text/plain') };
}

/** The entry's alternate link, or its first link. */
function atomLink(links: AtomFeed.Link<string>[] | undefined): string {
  const link = links?.find((l) => l.rel === undefined || l.rel === 'alternate') ?? links?.[0];
  return link?.href?.trim() ?? '';
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!' \t\r\n'.includes(text[i]!)) return i;
  return -1;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

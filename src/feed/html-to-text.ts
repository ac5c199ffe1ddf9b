/** Turns the HTML of a feed item into plain text with the paragraph structure the segmenter expects. */
import { Parser } from 'htmlparser2';

/** Elements that stand apart as paragraphs: a blank line before and after. */
const PARAGRAPH_ELEMENTS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'table', 'pre', 'hr',
  'figure', 'address', 'article', 'section', 'aside', 'header', 'footer', 'nav', 'main', 'details',
  'fieldset', 'form',
]);

/** Elements that start and end a line (`br` is handled on its own). */
const LINE_ELEMENTS = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'center',
]);

/** Elements whose content is not text a reader sees. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'math']);

const LIST_ITEM_PREFIX = '- ';

/** Collects text line by line; breaks are requested and only written once more text follows. */
class TextCollector {
  private readonly lines: string[] = [];
  private line = '';
  /** 0: none, 1: line break, 2: blank line. */
  private pendingBreak = 0;
  private pendingSpace = false;
  private pendingPrefix = '';

  requestBreak(level: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, level);
    this.pendingSpace = false;
  }

  /** A `<br>`: a line break; two in a row make a blank line. */
  addLineBreak(): void {
    this.requestBreak(this.pendingBreak === 0 ? 1 : 2);
  }

  /** The next text starts a line with `prefix` (a list item's marker). */
  startLineWith(prefix: string): void {
    this.requestBreak(1);
    this.pendingPrefix = prefix;
  }

  /** Cells of a table row are separated by a space. */
  requestSpace(): void {
    if (this.line !== '') this.pendingSpace = true;
  }

  addText(data: string): void {
    let word = '';
    for (const ch of data) {
      if (isCollapsibleSpace(ch)) {
        this.flushWord(word);
        word = '';
        if (this.line !== '') this.pendingSpace = true;
      } else {
        word += ch;
      }
    }
    this.flushWord(word);
  }

  finish(): string {
    if (this.line !== '') this.lines.push(this.line);
    return this.lines.join('\n');
  }

  private flushWord(word: string): void {
    if (word === '') return;
    if (this.pendingBreak > 0 || this.pendingPrefix !== '') {
      if (this.line !== '') this.lines.push(this.line);
      if (this.pendingBreak === 2 && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') {
        this.lines.push('');
      }
      this.line = this.pendingPrefix;
      this.pendingBreak = 0;
      this.pendingPrefix = '';
      this.pendingSpace = false;
    }
    if (this.pendingSpace) this.line += ' ';
    this.pendingSpace = false;
    this.line += word;
  }
}

/** HTML's inter-element whitespace (no-break spaces are text and are kept). */
function isCollapsibleSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
}

/**
 * Converts HTML to plain text with a real HTML parser: paragraph-level elements (`p`, `h1`–`h6`,
 * `blockquote`, lists, tables, …) are separated by blank lines, line-level elements (`br`, `div`,
 * `li`, `tr`, …) by line breaks, list items become `- ` lines, entities are decoded, hidden
 * content (`script`, `style`, …) is dropped and whitespace inside a line is collapsed to one space.
 */
export function htmlToText(html: string): string {
  const out = new TextCollector();
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hiddenDepth += 1;
        else if (name === 'br') out.addLineBreak();
        else if (name === 'li') out.startLineWith(LIST_ITEM_PREFIX);
        else if (PARAGRAPH_ELEMENTS.has(name)) out.requestBreak(2);
        else if (LINE_ELEMENTS.has(name)) out.requestBreak(1);
        else if (name === 'td' || name === 'th') out.requestSpace();
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        else if (PARAGRAPH_ELEMENTS.has(name)) out.requestBreak(2);
        else if (LINE_ELEMENTS.has(name)) out.requestBreak(1);
      },
      ontext(data) {
        if (hiddenDepth === 0) out.addText(data);
      },
    },
    { decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(html);
  parser.end();
  return out.finish();
}

/**
 * Whether a string looks like HTML rather than plain text: it contains a start tag, end tag,
 * comment or `<!`/`<?` construct (a `<` directly followed by a letter, `/`, `!` or `?`).
 */
export function looksLikeHtml(text: string): boolean {
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (isLetter || next === 47 || next === 33 || next === 63) return true;
  }
  return false;
}

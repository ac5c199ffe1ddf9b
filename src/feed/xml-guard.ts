/**
 * A linear pre-scan of an XML feed before it is parsed: refuses entity declarations (entity bombs,
 * external entities) and reports unbalanced tags, which the lenient feed parser would accept.
 */

/** What the pre-scan found. */
export interface XmlScan {
  /** Name of the first element (the root), as written; undefined when there is none. */
  root: string | undefined;
  /** The first well-formedness problem, with its line; undefined when the tags balance. */
  problem: string | undefined;
}

/**
 * Scans an XML document once, left to right, in time linear in its length.
 *
 * @throws Error when the document declares entities (`<!ENTITY …>`): they are never expanded
 *   or fetched, and documents that declare them are refused outright.
 */
export function scanXml(xml: string): XmlScan {
  const stack: { name: string; at: number }[] = [];
  let root: string | undefined;
  let i = xml.indexOf('<');
  while (i !== -1) {
    const construct = SKIPPED_CONSTRUCTS.find(([open]) => xml.startsWith(open, i));
    if (construct) {
      const [open, close, what] = construct;
      const end = xml.indexOf(close, i + open.length);
      if (end === -1) return { root, problem: `unclosed ${what} at line ${lineOf(xml, i)}` };
      i = xml.indexOf('<', end + close.length);
      continue;
    }
    if (xml.startsWith('<!', i)) {
      const end = declarationEnd(xml, i);
      if (end === -1) return { root, problem: `unclosed <! declaration at line ${lineOf(xml, i)}` };
      i = xml.indexOf('<', end + 1);
      continue;
    }
    const isEndTag = xml[i + 1] === '/';
    const name = tagName(xml, isEndTag ? i + 2 : i + 1);
    if (name === '') return { root, problem: `a "<" that starts no tag at line ${lineOf(xml, i)}` };
    const end = tagEnd(xml, i);
    if (end === -1) return { root, problem: `unclosed tag at line ${lineOf(xml, i)}` };
    if (isEndTag) {
      const open = stack.pop();
      if (open?.name !== name) {
        const expected = open ? `</${open.name}> for the <${open.name}> of line ${lineOf(xml, open.at)}` : 'no end tag';
        return { root, problem: `</${name}> at line ${lineOf(xml, i)} where ${expected} was expected` };
      }
    } else {
      root ??= name;
      if (xml[end - 1] !== '/') stack.push({ name, at: i });
    }
    i = xml.indexOf('<', end + 1);
  }
  const unclosed = stack.pop();
  return { root, problem: unclosed ? `<${unclosed.name}> of line ${lineOf(xml, unclosed.at)} is never closed` : undefined };
}

/** Constructs whose content is not markup: opening, closing, and name for messages. */
const SKIPPED_CONSTRUCTS: readonly (readonly [string, string, string])[] = [
  ['<!--', '-->', 'comment'],
  ['<![CDATA[', ']]>', 'CDATA section'],
  ['<?', '?>', 'processing instruction'],
];

const ENTITY_DECLARATION = '<!ENTITY';

/**
 * End (index of the closing `>`) of a `<!DOCTYPE …>` or other `<!` declaration starting at
 * `start`, skipping an internal subset in brackets and quoted strings; -1 when unclosed.
 *
 * @throws Error when the declaration declares an entity.
 */
function declarationEnd(xml: string, start: number): number {
  refuseEntityDeclaration(xml, start);
  let depth = 0;
  let quote = '';
  for (let i = start + 2; i < xml.length; i++) {
    const ch = xml[i]!;
    // checked even inside quotes, so that a stray quote in a comment cannot hide a declaration
    if (ch === '<') refuseEntityDeclaration(xml, i);
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[') {
      depth += 1;
    } else if (ch === ']') {
      depth -= 1;
    } else if (ch === '>' && depth <= 0) {
      return i;
    }
  }
  return -1;
}

/** @throws Error when an entity declaration starts at `at`. */
function refuseEntityDeclaration(xml: string, at: number): void {
  if (xml.slice(at, at + ENTITY_DECLARATION.length).toUpperCase() !== ENTITY_DECLARATION) return;
  throw new Error(
    `promostrip: refused feed: it declares XML entities (${ENTITY_DECLARATION} at line ${lineOf(xml, at)}); ` +
      'entity declarations are never expanded or fetched',
  );
}

/** Index of the `>` that ends the tag starting at `start` (quoted attribute values may hold `>`); -1 when none. */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    } else if (ch === '<') {
      return -1;
    }
  }
  return -1;
}

/** The tag name starting at `start`: everything up to whitespace, `/` or `>`. */
function tagName(xml: string, start: number): string {
  let end = start;
  while (end < xml.length && !' \t\r\n/>'.includes(xml[end]!)) end += 1;
  return xml.slice(start, end);
}

/** 1-based line number of an offset (only computed for messages). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

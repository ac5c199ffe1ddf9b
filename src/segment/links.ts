import { isWhitespace } from './chars.js';

const AT = 0x40;
const COLON = 0x3a;
const SLASH = 0x2f;
/** How far into or back through a token the link tests read. */
const MAX_LINK_PREFIX = 64;

/**
 * Whether the character at `i` of a token that starts at `tokenStart` shows the token is a link
 * or an e-mail address: the ":" of "://", an "@", or a "www." at the token's start.
 */
export function marksLink(text: string, i: number, tokenStart: number): boolean {
  const c = text.charCodeAt(i);
  if (c === AT) return true;
  if (c === COLON) return text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i + 2) === SLASH;
  return i === tokenStart && (c | 0x20) === 0x77 && text.startsWith('ww.', i + 1);
}

/** Whether the token starting at `start` is a link or e-mail address ("www.x.de", "https://…", "a@b.de"). */
export function isLinkAt(text: string, start: number): boolean {
  const limit = Math.min(text.length, start + MAX_LINK_PREFIX);
  for (let i = start; i < limit && !isWhitespace(text.charCodeAt(i)); i++) if (marksLink(text, i, start)) return true;
  return false;
}

/**
 * Whether the mark at `at` may be inside a link, a path or an e-mail address: the token around
 * it (read back to whitespace, no further than `floor`) has a "/" or "@" or starts with "www.",
 * or is too long to read back.
 */
export function mayBeInLink(text: string, at: number, floor: number): boolean {
  const limit = Math.max(floor, at - MAX_LINK_PREFIX);
  let i = at;
  while (i > limit && !isWhitespace(text.charCodeAt(i - 1))) {
    i--;
    const c = text.charCodeAt(i);
    if (c === SLASH || c === AT) return true;
  }
  if (i === limit && i > floor && !isWhitespace(text.charCodeAt(i - 1))) return true;
  return (text.charCodeAt(i) | 0x20) === 0x77 && text.startsWith('ww.', i + 1);
}

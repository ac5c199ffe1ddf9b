/** What separates the items of a menu bar as HTML-to-text writes it: runs of spaces, pipes, middle dots, bullets, guillemets, slashes between spaces. */
const ITEM_SEPARATOR = / *[|·•»] *| \/ | {2,}/u;
/** Most lines have no separator at all: the cheap test first. */
const HAS_SEPARATOR = / {2}|[|·•»]| \/ /;
/** A bullet before a bar's first item, when bullets separate its other items too (one bullet opens a list's item). */
const LEADING_BULLET = /^([·•»])\s*(?=[^\n]*\1)/u;
/** The first item, which may be the site's name in lower case or its web address ("example.net"). */
const SITE_ITEM = /^(?:\p{Ll}[^.!?:;,]*|[\p{L}\d-]+\.\p{Ll}{2,4})$/u;
/** An item of symbols only: an icon ("🔍", "✉"). */
const ICON = /^[^\p{L}\p{N}#&+]+$/u;
/** A menu bar has at least this many items… */
const MIN_ITEMS = 4;
/** …each of at most this many words… */
const MAX_ITEM_WORDS = 3;
/** …but a bar of this many items may hold one item of up to this many words. */
const LONG_BAR_ITEMS = 6;
const MAX_LONG_ITEM_WORDS = 5;
/** …starting with a capital letter, a hashtag or a brand's small letter before a capital ("ePaper"), maybe after an icon ("☰ MENU"), ending without punctuation. */
const ITEM = /^(?:[^\p{L}\p{N}\s#&+] )?(?:[\p{Lu}#]|\p{Ll}\p{Lu})[^.!?:;,]*$/u;
/**
 * An item with a figure, which it may only end in as a word of its own ("Level 2", "Web 3") or
 * behind a brand's capitals ("AJ100"): not a price, date or table cell ("Q1 2025").
 */
const FIGURE_ITEM = /^(?:[^\p{N}]*\p{L} \p{N}{1,2}|\p{Lu}{2,}\p{N}{1,4})$/u;

/** The words of a bar's item; a lone "&" or "+" is no word ("Fonds & Asset Management"). */
export const itemWords = (item: string): number => item.split(' ').filter((w) => /[\p{L}#]/u.test(w)).length;

/**
 * Whether a line is a bar of menu items, tabs or share buttons set side by side ("Banking  Investing
 * Retirement  Taxes", "News | Markets | Opinion | Podcasts", "NEWS / BUS / COACH / JOBS", "Share on Facebook  Share on X  Email"):
 * four or more short capitalised items without punctuation or figures (but "Level 2", "AJ100"), maybe after a bullet, with
 * icons among them and the site's name in lower case first. Language-neutral. A table's header row
 * has that shape too; the table guard, which runs later, keeps it with its rows.
 */
export function isMenuBar(line: string): boolean {
  if (!HAS_SEPARATOR.test(line)) return false;
  // A bar may open with the bullet that separates its items ("• News • Retail • Brands • Jobs").
  // An icon's item without letters ("🔍") names nothing: it neither counts nor breaks the bar.
  const items = line.trim().replace(LEADING_BULLET, '').split(ITEM_SEPARATOR).filter((item) => !ICON.test(item));
  if (items.length < MIN_ITEMS) return false;
  // The first item may be the site's name in lower case ("example Startseite | Handwerk | …").
  const shaped = items.every(
    (item, k) => item !== '' && (ITEM.test(item) || (k === 0 && SITE_ITEM.test(item))) && (!/\p{N}/u.test(item) || FIGURE_ITEM.test(item)),
  );
  if (!shaped) return false;
  // A long bar may hold one longer item: a search field's hint ("Search symbols or users").
  const long = items.filter((item) => itemWords(item) > MAX_ITEM_WORDS);
  return long.length === 0 || (items.length >= LONG_BAR_ITEMS && long.length === 1 && itemWords(long[0]!) <= MAX_LONG_ITEM_WORDS);
}

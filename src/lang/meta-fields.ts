/**
 * Short fields after a date on a page's meta line, each behind a bar or dot, the same in every
 * language: " | Aktien | Jane Roe", " | 4 min read", " • Jane Roe". A field cannot hold a bar,
 * so the repetition cannot backtrack into the next one.
 */
export const BAR_FIELDS = String.raw`(?:\s?[|·•]\s?[\p{L}\d&.'’ -]{2,40}){1,3}`;

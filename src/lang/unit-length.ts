/**
 * A pattern prefix, the same in every language: what follows it matches only in a unit of at
 * most 20 words. A sign-up box names its newsletter or the reader's mailbox in a short line; a
 * longer sentence that names one reports on it ("The owner of six titles is moving reporters onto
 * a 6am newsletter as …"). The words are runs of non-spaces between runs of spaces, so the count
 * cannot backtrack.
 */
export const IN_A_SHORT_UNIT = String.raw`^(?=\s*(?:\S+\s+){0,19}\S*$)[\s\S]*?`;

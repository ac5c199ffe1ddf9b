const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching a date or clock time in lower-cased text: "20.01.2025", "18:38",
 * "jan 15, 2024", "29. januar 2025", "september 19, 2024", with the given month names.
 */
export function buildDatePattern(months: readonly string[]): RegExp {
  const names = [...new Set(months.map((m) => m.toLowerCase().replace(/\.$/, '')))]
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const month = names.length > 0 ? `(?:${names.join('|')})\\.?` : '(?!)';
  return new RegExp(
    [
      String.raw`\b\d{1,2}\.\d{1,2}\.\d{2,4}\b`,
      String.raw`\b\d{4}-\d{2}-\d{2}\b`,
      String.raw`\b\d{1,2}:\d{2}\b`,
      String.raw`\b${month} \d{1,2},? \d{4}\b`,
      String.raw`\b\d{1,2}\.? ${month} \d{4}\b`,
    ].join('|'),
    'u',
  );
}

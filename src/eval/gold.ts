/**
 * Reads the gold annotation format (`corpus/ANNOTATION.md`): a `---` header of `key: value`
 * lines, then the raw article with non-editorial spans wrapped as `[[label:` … `]]`.
 */
import { LABELS, type Label } from '../types.js';

/** A labelled character span of the raw article. */
export interface GoldSpan {
  /** Offset of the span's first UTF-16 code unit in {@link GoldArticle.text}. */
  start: number;
  /** Offset just after the span (exclusive). */
  end: number;
  /** The span's gold label (never `editorial`: unwrapped text is editorial). */
  label: Label;
}

/** One parsed gold article. */
export interface GoldArticle {
  /** The header's `id`, or the file name when there is none. */
  id: string;
  /** The header's `lang` (ISO 639-1), or `und` when there is none. */
  lang: string;
  /** Publisher as annotated, e.g. "The Motley Fool (via Yahoo Finance)". */
  publisher: string;
  /** Publisher family used for leave-one-publisher-out: the part before " (". */
  publisherGroup: string;
  /** True for articles written by us (synthetic variants): kept out of real-data figures. */
  synthetic: boolean;
  /** Every `key: value` line of the header. */
  header: Record<string, string>;
  /** The raw article, byte for byte, markers removed. */
  text: string;
  /** Non-editorial spans, in order, not overlapping. */
  spans: GoldSpan[];
  /** Path of the gold file (as given to {@link parseGold}). */
  file: string;
}

const OPEN = /\[\[(promo|related|disclaimer|chrome):/y;

/**
 * Parses one gold file (format: `corpus/ANNOTATION.md`): a `---` header of `key: value` lines,
 * then the raw article with non-editorial spans wrapped as `[[label:` … `]]`.
 *
 * @param content - The file's content.
 * @param file - The file's name, used as fallback id and in error messages.
 * @returns The article with the markers removed and its labelled spans.
 * @throws Error naming `file` when the header is missing or a span is not closed.
 */
export function parseGold(content: string, file = '<memory>'): GoldArticle {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!m) throw new Error(`${file}: missing --- header`);
  const header: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) header[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  const body = content.slice(m[0].length);
  let text = '';
  const spans: GoldSpan[] = [];
  let open: { start: number; label: Label } | undefined;
  let i = 0;
  while (i < body.length) {
    OPEN.lastIndex = i;
    const o = open ? null : OPEN.exec(body);
    if (o) {
      open = { start: text.length, label: o[1] as Label };
      i += o[0].length;
    } else if (open && body.startsWith(']]', i)) {
      spans.push({ start: open.start, end: text.length, label: open.label });
      open = undefined;
      i += 2;
    } else {
      text += body[i];
      i += 1;
    }
  }
  if (open) throw new Error(`${file}: unclosed [[${open.label}: span`);
  for (const s of spans) if (!LABELS.includes(s.label)) throw new Error(`${file}: bad label ${s.label}`);
  const publisher = header.publisher ?? 'unknown';
  return {
    id: header.id ?? file,
    lang: header.lang ?? 'und',
    publisher,
    publisherGroup: publisher.split(' (')[0]!.trim(),
    synthetic: header.synthetic === 'true',
    header,
    text,
    spans,
    file,
  };
}

/** The gold label of every character of the article (editorial outside spans). */
export function charLabels(article: GoldArticle): Label[] {
  const labels = new Array<Label>(article.text.length).fill('editorial');
  for (const s of article.spans) labels.fill(s.label, s.start, s.end);
  return labels;
}

/** The editorial body: the article with every span removed. */
export function goldEditorialText(article: GoldArticle): string {
  let out = '';
  let at = 0;
  for (const s of article.spans) {
    out += article.text.slice(at, s.start);
    at = s.end;
  }
  return out + article.text.slice(at);
}

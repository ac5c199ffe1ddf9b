/**
 * Loads feed documents for `promostrip feed`: over HTTP(S) with a time limit, a size limit
 * enforced while the body streams in, and redirects followed by hand up to a limit; or from a file.
 */
import { readFile, stat } from 'node:fs/promises';

/** Limits of one feed download. */
export interface FetchLimits {
  /** Time for the whole download, redirects and body included, in milliseconds. */
  timeoutMs: number;
  /** Largest body accepted, in bytes after content decoding (so a gzip bomb stops here too). */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

/** Default limits: 15 s, 10 MB, 5 redirects. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 10_000_000, maxRedirects: 5 };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const REQUEST_HEADERS = {
  accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5',
  'user-agent': 'promostrip (feed analysis; +https://www.npmjs.com/package/promostrip)',
};

/** Whether a command-line argument is an http or https URL (anything else is a file path). */
export function isHttpUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/**
 * Downloads a feed and decodes it to a string.
 *
 * @throws Error on a network failure, a non-2xx status, too many redirects, a redirect to a
 *   non-HTTP URL, a body over `maxBytes`, or when `timeoutMs` runs out.
 */
export async function fetchFeed(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = new URL(url);
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: REQUEST_HEADERS });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) throw new Error(`more than ${limits.maxRedirects} redirects (last to ${current.href})`);
        current = redirectTarget(current, response.headers.get('location'));
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${current.href}`);
      }
      return decodeFeed(await readCapped(response, limits.maxBytes), response.headers.get('content-type'));
    }
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`timed out after ${limits.timeoutMs / 1000} s`, { cause: error });
    throw error instanceof Error && error.cause instanceof Error
      ? new Error(`${error.message}: ${error.cause.message}`, { cause: error })
      : error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a feed file and decodes it to a string.
 *
 * @throws Error when the file cannot be read or is larger than `maxBytes`.
 */
export async function readFeedFile(path: string, maxBytes: number): Promise<string> {
  const { size } = await stat(path);
  if (size > maxBytes) throw new Error(`file of ${size} bytes exceeds the limit of ${maxBytes} bytes`);
  return decodeFeed(await readFile(path));
}

/** The URL a redirect points to, resolved against the current one; only http and https are followed. */
function redirectTarget(current: URL, location: string | null): URL {
  if (location === null || location === '') throw new Error(`redirect without a Location header from ${current.href}`);
  const target = new URL(location, current);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new Error(`refused redirect from ${current.href} to a ${target.protocol} URL`);
  }
  return target;
}

/** Reads a response body, stopping as soon as it grows past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`body of ${declared} bytes exceeds the limit of ${maxBytes} bytes`);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`body exceeds the limit of ${maxBytes} bytes`);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Decodes a feed's bytes: a byte-order mark wins, then the charset of the Content-Type header,
 * then the encoding of the XML declaration, then UTF-8. Unknown charsets fall back to UTF-8;
 * invalid bytes become U+FFFD.
 */
function decodeFeed(bytes: Uint8Array, contentType: string | null = null): string {
  const label = bomEncoding(bytes) ?? charsetOf(contentType) ?? xmlDeclarationEncoding(bytes) ?? 'utf-8';
  return decoderFor(label).decode(bytes);
}

function decoderFor(label: string): { decode(bytes: Uint8Array): string } {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetOf(contentType: string | null): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

function xmlDeclarationEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  return /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
}

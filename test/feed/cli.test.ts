import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'feeds');
const RSS = readFileSync(join(FIXTURES, 'rss2-seed-de.xml'));
const LATIN1 = Buffer.from(
  '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Börse für Anleger</title>' +
    '<item><title>Kursrückgang</title><description>Die Aktie fällt um 3 Prozent.</description></item></channel></rss>',
  'latin1',
);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI asynchronously (the test server lives in this process). */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const redirect = /^\/r\/(\d+)$/.exec(path);
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(RSS);
    } else if (path === '/latin1.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' }).end(LATIN1);
    } else if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(302, { location: n === 0 ? '/feed.xml' : `/r/${n - 1}` }).end();
    } else if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>'); // and never more
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < 40 && !res.destroyed) {
          sent += 1;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(5_000_000) });
      res.write('<rss>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('promostrip feed', () => {
  it('prints one JSON document { feed, items } per feed and line', async () => {
    const run = await cli('feed', '--json', `${base}/feed.xml`, join(FIXTURES, 'json-feed.json'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const docs = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { feed: Record<string, unknown>; items: unknown[] });
    expect(docs).toHaveLength(2);
    expect(Object.keys(docs[0]!)).toEqual(['feed', 'items']);
    expect(Object.keys(docs[0]!.feed)).toEqual(['title', 'items', 'promoRatio', 'meanSpamScore', 'promoShare', 'recurring']);
    expect(docs.map((d) => [d.feed.title, d.feed.items, d.items.length])).toEqual([
      ['Börsen-Ticker: Amazon (Fixture)', 5, 5],
      ['Mixed News (Fixture)', 4, 4],
    ]);
  });

  it('prints a table with the feed figures and one row per item', async () => {
    const run = await cli('feed', join(FIXTURES, 'atom-en.xml'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Markets Wire (Fixture)');
    expect(run.stdout).toMatch(/items 4 {3}promo ratio \d+\.\d% {3}mean spam score \d\.\d\d {3}promo share \d+\.\d%/);
    expect(run.stdout).toMatch(/\d\.\d\d +\d+\.\d% +\d\.\d\d {2}Is Apple Stock Dead Money\?/);
  });

  it('decodes the charset of the XML declaration', async () => {
    const run = await cli('feed', '--json', `${base}/latin1.xml`);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { feed: { title: string }; items: { title: string }[] };
    expect([doc.feed.title, doc.items[0]!.title]).toEqual(['Börse für Anleger', 'Kursrückgang']);
  });

  it('follows up to 5 redirects', async () => {
    const run = await cli('feed', '--json', `${base}/r/4`);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { feed: { items: number } }).feed.items).toBe(5);
  });

  it('reports each failed feed on stderr, goes on with the others and exits with 2', async () => {
    const run = await cli(
      'feed', '--json', '--timeout', '0.5', '--max-bytes', '100000',
      `${base}/r/5`, `${base}/slow`, `${base}/big`, `${base}/big-declared`, `${base}/missing`, `${base}/to-file`,
      join(FIXTURES, 'entity-bomb.xml'), join(FIXTURES, 'external-entity.xml'), join(FIXTURES, 'no-such-file.xml'),
      `${base}/feed.xml`,
    );
    expect(run.code).toBe(2);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(9);
    expect(errors[0]).toMatch(/\/r\/5: more than 5 redirects/);
    expect(errors[1]).toMatch(/\/slow: timed out after 0\.5 s/);
    expect(errors[2]).toMatch(/\/big: body exceeds the limit of 100000 bytes/);
    expect(errors[3]).toMatch(/\/big-declared: body of 5000000 bytes exceeds the limit of 100000 bytes/);
    expect(errors[4]).toMatch(/\/missing: HTTP 404 Not Found/);
    expect(errors[5]).toMatch(/\/to-file: refused redirect .* to a file: URL/);
    expect(errors[6]).toMatch(/entity-bomb\.xml: refused feed: it declares XML entities/);
    expect(errors[7]).toMatch(/external-entity\.xml: refused feed: it declares XML entities/);
    expect(errors[8]).toMatch(/no-such-file\.xml: ENOENT/);
    expect(run.stderr).not.toMatch(/root:/);
  });

  it('caps the size of files too', async () => {
    const run = await cli('feed', '--max-bytes', '100', join(FIXTURES, 'atom-en.xml'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/atom-en\.xml: file of \d+ bytes exceeds the limit of 100 bytes/);
  });

  it('exits with 1 on usage errors', async () => {
    expect((await cli('feed')).code).toBe(1);
    expect((await cli('feed', '--timeout', 'soon', join(FIXTURES, 'atom-en.xml'))).code).toBe(1);
    expect((await cli('feed', '--max-bytes', '1.5', join(FIXTURES, 'atom-en.xml'))).code).toBe(1);
  });
});

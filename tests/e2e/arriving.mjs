// A slow network, made exact. The site is served again by a server of its own:
// one page in pieces, each sent only when the test asks for it, and every other
// file as nginx serves it. A test then sees each state the browser can paint
// while that page arrives, where a throttled connection would split the page
// wherever its packets happen to end.
import { test } from '@playwright/test';
import { createServer } from 'node:http';

/** Registers the server for the calling spec file. Returns `arrive(page, path,
 *  cuts)`: goes to `path` (relative to the site), whose text stops at each of
 *  the offsets that `cuts(text)` gives, and returns `next()`, which sends the
 *  next piece. Call `arrive` once per test. */
export function piecemealSite() {
  let server;
  let origin;
  let site;
  let piece = null;
  test.beforeAll(async ({ baseURL }) => {
    site = new URL(baseURL);
    server = createServer(async (req, res) => {
      const answer = await fetch(new URL(req.url, site.origin));
      const type = answer.headers.get('content-type') ?? 'application/octet-stream';
      if (piece && req.url === piece.path) {
        const text = await answer.text();
        const at = [...piece.cuts(text), text.length];
        res.writeHead(answer.status, { 'content-type': type, 'cache-control': 'no-store' });
        let from = 0;
        for (const [i, to] of at.entries()) {
          res.write(text.slice(from, to));
          from = to;
          if (i < at.length - 1) await holdAt(piece);
        }
        res.end();
        return;
      }
      // fetch() has already undone any compression.
      res.writeHead(answer.status, { 'content-type': type });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  test.afterAll(() => new Promise((done) => {
    // A page a failed test left half-sent must not hold the server open.
    server.closeAllConnections();
    server.close(done);
  }));
  return async (page, path, cuts) => {
    const url = new URL(path, site);
    const mine = { path: url.pathname + url.search, cuts, held: null, reached: null };
    piece = mine;
    await page.goto(`${origin}${mine.path}`, { waitUntil: 'commit' });
    return async () => {
      // The server may not have come to the cut yet.
      if (!mine.held) await new Promise((r) => { mine.reached = r; });
      const go = mine.held;
      mine.held = null;
      go();
    };
  };
}

/** Holds the page's answer at a cut until the test sends the next piece. */
function holdAt(piece) {
  return new Promise((go) => {
    piece.held = go;
    piece.reached?.();
    piece.reached = null;
  });
}

/** Waits until the page has drawn what it has: two animation frames. */
export async function painted(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

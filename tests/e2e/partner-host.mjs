// A partner's web page for the embed tests: served by a real server of its own
// on another port, so it is another origin (and, like a partner's site, not the
// dashboard's). `partnerHost()` registers the server for the calling spec file
// and returns `open(page, html, waitUntil)`, which serves `html` and goes there
// (waiting for `load`, unless told a state the page reaches before its frames have).
import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';

export function partnerHost() {
  let html = '';
  let server;
  let address;
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    address = `http://127.0.0.1:${server.address().port}/partner/`;
  });
  test.afterAll(() => new Promise((done) => server.close(done)));
  return async (page, content, waitUntil = 'load') => {
    html = content;
    await page.goto(address, { waitUntil });
  };
}

/** Waits until the iframe `frame` (a locator) is as tall as its content, as the
 *  loader sizes it. */
export async function fitsContent(frame) {
  const content = frame.contentFrame();
  await expect
    .poll(async () => {
      const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
      const inner = await content.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
      return Math.abs(outer - inner) <= 1;
    }, { timeout: 20_000 })
    .toBe(true);
}

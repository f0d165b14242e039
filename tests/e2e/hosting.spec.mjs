// The production hosting: nginx with deploy/nginx/ serves dist/ (see
// playwright.config.mjs). Its headers, pre-compressed files and caching, and on
// every page: no CSP violation, no request to another origin, no cookie, nothing
// in storage.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const dist = new URL('../../dist/', import.meta.url);
const files = readdirSync(dist);
// Each page's app, by the binary it is built from (src/main*.rs).
const wasmOf = (bin) => files.find((f) => f.startsWith(`${bin}-`) && f.endsWith('_bg.wasm'));
const wasm = wasmOf('iop-dashboard');
// Trunk writes its hash without leading zeros: 15 digits one build in sixteen.
const icon = files.find((f) => /^favicon-[0-9a-f]{8,16}\.svg$/.test(f));

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function metaCsp(html) {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
}

test('every kind of file gets its type, caching and security headers', async ({ request }) => {
  const cases = [
    ['./', 'text/html', 'no-cache'],
    ['./?lang=en&section=sources', 'text/html', 'no-cache'],
    ['embed.html', 'text/html', 'no-cache'],
    [wasm, 'application/wasm', 'public, max-age=31536000, immutable'],
    // Trunk names the other apps' wasm by their binary alone; the build hashes it.
    [wasmOf('iop-embed'), 'application/wasm', 'public, max-age=31536000, immutable'],
    [wasmOf('iop-check'), 'application/wasm', 'public, max-age=31536000, immutable'],
    [wasmOf('iop-import'), 'application/wasm', 'public, max-age=31536000, immutable'],
    [icon, 'image/svg+xml', 'public, max-age=31536000, immutable'],
    ['embed.js', 'javascript', 'no-cache'],
    ['data/iop-ensamkommande.json', 'application/json', 'no-cache'],
    ['data/figures.csv', 'text/csv', 'no-cache'],
    ['data/README.md', 'text/markdown', 'no-cache'],
    ['data/catalog.rdf', 'application/rdf+xml', 'no-cache'],
    ['data/releases/index.json', 'application/json', 'no-cache'],
    ['embed.html?chart=key-figures&lang=sv', 'text/html', 'no-cache'],
    ['oembed/key-figures.sv.json', 'application/json', 'no-cache'],
    ['oembed?url=embed.html%3Fchart%3Dkey-figures%26lang%3Dsv', 'application/json', 'no-cache'],
  ];
  for (const [path, type, cache] of cases) {
    expect(path, 'every kind of file is in dist/').toBeTruthy();
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    expect(h['content-type'], path).toContain(type);
    expect(h['cache-control'], path).toBe(cache);
    for (const [name, value] of Object.entries(COMMON)) expect(h[name], `${path} ${name}`).toBe(value);
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h.server, path).toBe('nginx');
  }
  // The pages of each section and language are only sent for their addresses.
  expect((await request.get('page/sources.en.html')).status()).toBe(404);
  const data = (await request.get('data/figures.csv')).headers();
  expect(data['access-control-allow-origin']).toBe('*');
});

test('pages carry a strict CSP: their own policy with hashes, and who may frame them', async ({ request }) => {
  const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  // The dashboard inlines the language picker, the first view's language swap,
  // the boot script and the stylesheet; the embed page also its frame script (theme, widget, height) and
  // the rule that shows its chart's picture.
  const PAGES = [
    ['./', "frame-ancestors 'self'", ['documentElement.lang', 'currentScript.previousElementSibling', '(with_boot)'], 1],
    ['embed.html', 'frame-ancestors *', ['iop-embed:height', 'documentElement.lang', '(with_boot)'], 2],
    // A widget's own page (with its oEmbed discovery link), served at its embed address.
    ['embed.html?chart=key-figures&lang=en', 'frame-ancestors *', ['iop-embed:height', 'documentElement.lang', '(with_boot)'], 2],
  ];
  for (const [path, ancestors, scriptMarkers, styleCount] of PAGES) {
    const res = await request.get(path);
    const html = await res.text();
    const meta = metaCsp(html);
    expect(meta, `${path} has a meta CSP`).toBeTruthy();
    const directives = Object.fromEntries(meta.split('; ').map((d) => [d.split(' ')[0], d]));
    // Those inline blocks, and nothing else inline, are allowed by their hashes.
    // (A data block, the schema.org markup, is never run and needs no hash.)
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(scripts, `${path}: inline scripts`).toHaveLength(scriptMarkers.length);
    scriptMarkers.forEach((marker, i) => expect(scripts[i]).toContain(marker));
    expect(styles, `${path}: inline styles`).toHaveLength(styleCount);
    expect(directives['script-src']).toBe(`script-src 'self' 'wasm-unsafe-eval' ${scripts.map(sha256).join(' ')}`);
    // The rendered charts' style attributes (a mark's place, `--lift:0.18`) are
    // allowed one by one, by hash, and are nothing but custom properties.
    const attributes = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]))];
    for (const a of attributes) expect(a, path).toMatch(/^(--[a-z]+:[0-9.]+;)+$/);
    const allowed = attributes.length ? ` 'unsafe-hashes' ${attributes.sort().map(sha256).join(' ')}` : '';
    expect(directives['style-src']).toBe(`style-src 'self' ${styles.map(sha256).join(' ')}${allowed}`);
    expect(directives['default-src']).toBe("default-src 'self'");
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(meta).not.toContain('unsafe-inline');
    // The header adds who may frame the page and repeats every directive that
    // does not depend on the page's code.
    const header = res.headers()['content-security-policy'];
    const repeated = ['img-src', 'connect-src', 'object-src', 'base-uri', 'form-action'].map((d) => directives[d]);
    expect(header).toBe(`${repeated.join('; ')}; ${ancestors}`);
  }
});

test('text files and the wasm are sent pre-compressed, brotli first', async ({ request }) => {
  for (const path of ['./', wasm, 'data/iop-ensamkommande.json', 'embed.js']) {
    const br = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers()['content-encoding'], path).toBe('br');
    expect(br.headers().vary, path).toContain('Accept-Encoding');
    const gz = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers()['content-encoding'], path).toBe('gzip');
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    // The decoded bodies are the same file.
    expect((await br.body()).equals(await plain.body()), path).toBe(true);
    expect((await gz.body()).equals(await plain.body()), path).toBe(true);
  }
  const wasmBr = readFileSync(new URL(`${wasm}.br`, dist)).length;
  const wasmPlain = readFileSync(new URL(wasm, dist)).length;
  expect(wasmBr).toBeLessThan(wasmPlain / 2);
});

const PAGES = [
  ['dashboard', './?lang=sv', 'figure.chart'],
  ['dashboard in English, a table open', './?lang=en&chart=money&view=table', '#chart-money .table-view'],
  ['parties', './?lang=sv&section=parties', '.party'],
  ['sources and downloads', './?lang=en&section=sources', '.source-list'],
  ['embed of a chart', 'embed.html?chart=reach&lang=sv&theme=auto&view=chart#reach', 'body > main figure.chart'],
  ['embed of the key figures', 'embed.html?chart=key-figures&lang=en&theme=dark&view=chart#key-figures', 'body > main [data-figure]'],
  ['list of embeds', 'embed.html?lang=sv', '.widget-list'],
];

for (const [name, path, ready] of PAGES) {
  test(`${name}: no CSP violation, no other origin, no cookie, nothing stored`, async ({ page, context, baseURL }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    // Use it a little: open the download panel and switch the language.
    const details = page.locator('details.download-panel summary').first();
    if (await details.count()) await details.click();
    await page.waitForLoadState('networkidle');
    const origin = new URL(baseURL).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0, idb: 0, caches: 0, workers: 0 });
  });
}

test('the violation probe used above does notice a violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await page.goto('./');
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.locator('figure.chart').first()).toBeVisible();
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.ran = 1';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => window.__violations.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.ran)).toBeUndefined();
});

// The app's files are asked for from the top of the head, so their round trips
// run while the page (its first view included) is still arriving: each starts
// before anything is painted, and each is fetched once (the boot script takes
// the preloads up, it does not fetch them again). The wasm-bindgen glue is in
// the page, so no script file is fetched at all. Each page loads its own app
// and no other's. The check page reads the reader's own file, never the
// published one. The glue files in the build are the download tools', which
// a page imports only when a reader opens a chart's downloads (downloads.spec),
// and the workbook import's, which the check page imports only when a keeper
// chooses a workbook (editing.spec).
test('the build leaves no glue file behind but the download tools\' and the workbook import\'s: the apps\' are in the pages', () => {
  expect(files.filter((f) => f.endsWith('.js')).sort()).toEqual([
    'embed.js',
    expect.stringMatching(/^iop-import-[0-9a-f]{16}\.js$/),
    expect.stringMatching(/^iop-tools-[0-9a-f]{16}\.js$/),
  ]);
});

for (const [name, path, ready, files] of [
  ['dashboard', './?lang=sv', 'figure.chart', [wasm, 'iop-ensamkommande.json']],
  ['embed', 'embed.html?chart=reach&lang=sv&theme=auto&view=chart#reach', 'body > main figure.chart', [wasmOf('iop-embed'), 'iop-ensamkommande.json']],
  ['embed in its table view', 'embed.html?chart=reach&lang=sv&theme=auto&view=table#reach', 'figure.chart table', [wasmOf('iop-embed'), 'iop-ensamkommande.json']],
  ['check page', 'check.html?lang=sv', 'h1', [wasmOf('iop-check')]],
]) {
  test(`${name}: the app's files are asked for with the head, each once`, async ({ page }) => {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname.split('/').pop()));
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      files: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), e.startTime]),
    }));
    expect(timing.paint).toBeGreaterThan(0);
    expect(requested.filter((f) => f.endsWith('.json'))).toEqual(files.filter((f) => f.endsWith('.json')));
    expect(requested.filter((f) => f.endsWith('.js'))).toEqual([]);
    expect(requested.filter((f) => f.endsWith('.wasm'))).toEqual(files.filter((f) => f.endsWith('.wasm')));
    for (const file of files) {
      expect(requested.filter((f) => f === file), file).toHaveLength(1);
      const started = timing.files.filter(([f]) => f === file).map(([, t]) => t);
      expect(started, file).toHaveLength(1);
      expect(started[0], `${file} starts before anything is painted`).toBeLessThan(timing.paint);
    }
  });
}

// Embeds on a partner page from another origin, in real Chromium.
import { test, expect } from '@playwright/test';
import { appStarted, embedUrl, expectNoShifts, holdBack, openEmbed, recordShifts } from './app.mjs';
import AxeBuilder from '@axe-core/playwright';
import { fitsContent, partnerHost } from './partner-host.mjs';
import { painted, piecemealSite } from './arriving.mjs';
import { readFileSync } from 'node:fs';

// The partner page, of another origin (tests/e2e/partner-host.mjs).
const openHost = partnerHost();
const arrive = piecemealSite();
const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));

async function snippets(page) {
  await page.goto('./?lang=sv');
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.locator('figure.chart')).toHaveCount(6);
  const take = async (chart, kind) => {
    const panel = page.locator(`#chart-${chart} details.embed-panel`);
    await panel.locator('summary').click();
    await expect(panel).toHaveAttribute('open', '');
    // The snippet is written once the panel is open.
    const code = panel.locator(`textarea[id$="-${kind}"]`);
    await expect(code).toHaveValue(/embed\.html/);
    return code.inputValue();
  };
  return {
    housing: await take('housing', 'loader'),
    reach: await take('reach', 'loader'),
    context: await take('context', 'iframe'),
  };
}

function hostPage({ housing, reach, context }) {
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partnerorganisationens sida</title></head>
<body><header><a href="#start" id="first-link">Till början</a></header>
<main id="start"><h1>Våra resultat</h1>
<p>Text före diagrammen.</p>
${housing}
${reach}
${context}
<p><a href="#start" id="last-link">Tillbaka upp</a></p>
</main>
<script>
  // Every height message the page receives, once all of its listeners (the
  // loader's among them) have handled it: the tests' sentinel.
  window.heightsSeen = [];
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'iop-embed:height') setTimeout(() => heightsSeen.push(e.data.height));
  });
</script></body></html>`;
}


/** Waits until every iframe the loader sizes (its own two, and the plain one it
 * adopts) has been sized to its content. */
async function settled(page) {
  const frames = page.locator('iframe[data-iop-ready]');
  await expect(frames).toHaveCount(3);
  for (const frame of await frames.all()) {
    await frame.scrollIntoViewIfNeeded();
    const content = frame.contentFrame();
    await expect(content.locator('body > main figure.chart')).toBeVisible();
    await fitsContent(frame);
  }
  return frames;
}

test('the Embed panel builds pinned snippets, copies them and previews the chart', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?lang=en');
  const panel = page.locator('#chart-money details.embed-panel');
  await panel.locator('summary').click();
  const iframe = panel.locator('textarea[id$="-iframe"]');
  await expect(iframe).toHaveValue(/embed\.html\?chart=money&amp;lang=en&amp;theme=auto&amp;view=chart#money/);
  await expect(iframe).toHaveValue(/title="The money – IOP Ensamkommande in Göteborg" loading="lazy"/);
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await expect(iframe).toHaveValue(/theme=dark/);
  // The table view of the page carries over into the snippet, once the
  // preview's own app has started (it shares the page's thread while it does).
  const previewApp = panel.locator('iframe.embed-preview').contentFrame();
  await expect(previewApp.locator('body > main h1')).toBeVisible();
  await expect(previewApp.locator('#first-view')).toHaveCount(0);
  await page.locator('#chart-money a[data-view="table"]').click();
  await expect(page).toHaveURL(/chart=money&view=table/);
  await expect(iframe).toHaveValue(/view=table/);
  await page.bringToFront();
  await panel.locator('button[data-copy="iframe"]').click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await iframe.inputValue());
  const panelAxe = await new AxeBuilder({ page }).include('#chart-money details.embed-panel').analyze();
  expect(panelAxe.violations, JSON.stringify(panelAxe.violations, null, 1)).toEqual([]);
  const preview = panel.locator('iframe.embed-preview');
  await expect(preview).toHaveAttribute('title', 'The money – IOP Ensamkommande in Göteborg');
  await expect(preview.contentFrame().locator('body > main h1')).toHaveText('The money');
  await expect(preview.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
});

// The first view's download and embed panels are the app's to fill. Opened
// before the app had run, one was an empty box that closed again when the app
// took over (a clean clone's run of the test below once opened the first
// view's and waited in vain for its preview). Until the app runs they keep
// their place unseen; then the app's, in that place, open and work.
test('the first view offers the download and embed panels only once the app can fill them', async ({ page }) => {
  const release = await holdBack(page, '**/*.wasm');
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('./?lang=sv', { waitUntil: 'domcontentloaded' });
  const early = page.locator('#first-view :is(details.download-panel, details.embed-panel) > summary');
  await expect(early.first()).toBeAttached();
  expect(await early.count()).toBeGreaterThanOrEqual(2);
  expect(await early.evaluateAll((all) => all.filter((s) => s.checkVisibility({ visibilityProperty: true })).length)).toBe(0);
  const place = await page.locator('#first-view #chart-context details.embed-panel').boundingBox();
  release();
  await appStarted(page);
  const panel = page.locator('#chart-context details.embed-panel');
  await expect(panel.locator('summary')).toBeVisible();
  expect(await panel.boundingBox()).toEqual(place);
  await panel.locator('summary').click();
  await expect(panel.locator('iframe.embed-preview')).toBeVisible();
});

// An embed's notes are a click away. Opened while the app was on its way (a
// slow line, a partner's busy page), they closed when the app's copy of the
// widget replaced the build's, and the focus on them fell to the page's start.
test('notes opened before the app runs stay open, with the focus, when it takes over', async ({ page }) => {
  const release = await holdBack(page, '**/*.wasm');
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto(embedUrl('context', 'sv'), { waitUntil: 'domcontentloaded' });
  const early = page.locator('#first-view details.chart-notes-more:visible > summary');
  await expect(early).toHaveCount(1);
  await early.focus();
  await page.keyboard.press('Enter');
  await expect(early.locator('xpath=..')).toHaveAttribute('open', '');
  const words = await early.textContent();
  release();
  await appStarted(page);
  const notes = page.locator('details.chart-notes-more');
  await expect(notes).toHaveAttribute('open', '');
  await expect(notes.locator('> summary')).toBeFocused();
  await expect(notes.locator('> summary')).toHaveText(words);
  // The app's own: the keyboard closes it.
  await page.keyboard.press('Enter');
  await expect(notes).not.toHaveAttribute('open', '');
});

// The preview shows the widget whole, at the height the loader will give it on
// a partner's page: a box of 480 px once cut the context chart at its second
// panel on a phone and hid its sources and licence. The loader is held back
// until the preview has drawn its widget and told its height to no one (as on
// a slow line, or a partner's page where a pasted iframe loads before the
// loader): it asks the frame again. Again after the theme changes, which makes
// a new preview.
test('the Embed panel previews the whole widget at its own height', async ({ page }) => {
  const release = await holdBack(page, '**/embed.js');
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('./?lang=sv');
  const panel = page.locator('#chart-context details.embed-panel');
  await panel.locator('summary').click();
  const preview = panel.locator('iframe.embed-preview');
  await expect(preview.contentFrame().locator('body > footer')).toBeAttached();
  await expect(preview.contentFrame().locator('#first-view')).toHaveCount(0);
  release();
  await fitsContent(preview);
  expect(await preview.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(600);
  await panel.getByRole('radio', { name: 'Mörkt' }).check();
  await expect(preview.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
  await fitsContent(preview);
});

const TOOLS = /\/iop-tools-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

// The plain iframe's code is what a web editor pastes where scripts are
// stripped: nothing will ever size that frame, so its code's height is all
// it gets. It was a count of the chart's marks that had nothing to do with
// the page: 624 px for the housing chart's 308, 2,400 for the matrix's 631.
// Now the key figures, and each chart as a chart and as its table, are given
// the height they have in an article column of 600 px, with room for the estimate's error: it does
// not scroll inside, and the frame is at most 20 % taller than its content
// (measured 2026-12-07: 3 % for the timeline's table to 16 % for the English
// reach chart; 29 % for the English context chart before the words around a
// chart's panels and the timeline's events were counted as the embed sets
// them).
for (const lang of ['sv', 'en']) {
  test(`a plain iframe's code gives the key figures and each chart the height they have in a 600 px column (${lang})`, async ({ page }) => {
    // Worked out by the tools' wasm, which the panel asks as it first opens:
    // until they answer, the box says the code is being written.
    const release = await holdBack(page, (url) => TOOLS.test(url.pathname));
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const codes = [];
    // The key figures (cards either way), then each chart and its table.
    for (const id of ['key-figures', ...data.views.map((v) => v.id)]) {
      const panel = page.locator(id === 'key-figures' ? '.key-figures details.embed-panel' : `#chart-${id} details.embed-panel`);
      await panel.locator('summary').click();
      const code = panel.locator('textarea[id$="-iframe"]');
      if (!codes.length) {
        await expect(code).toHaveAttribute('placeholder', lang === 'sv' ? 'Koden skrivs …' : 'Writing the code …');
        await expect(code).toHaveValue('');
        await expect(panel.locator('textarea[id$="-loader"]')).toHaveValue(/embed\.js/);
        release();
      }
      await expect(code).toHaveValue(new RegExp(`chart=${id}&amp;lang=${lang}&amp;theme=auto&amp;view=chart#.*height:\\d+px`));
      codes.push({ id, view: 'chart', code: await code.inputValue() });
      if (id !== 'key-figures') {
        // The page's table view carries over, with its own height.
        await page.locator(`#chart-${id} a[data-view="table"]`).click();
        await expect(code).toHaveValue(new RegExp(`view=table#.*height:\\d+px`));
        codes.push({ id, view: 'table', code: await code.inputValue() });
      }
      await panel.locator('summary').click();
    }
    await page.setViewportSize({ width: 1000, height: 900 });
    await openHost(page, `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Spalt</title></head>
<body style="margin:0">${codes.map(({ code }) => `<div style="width:600px;margin:0 0 40px">${code}</div>`).join('\n')}</body></html>`);
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(codes.length);
    const seen = [];
    for (const [i, { id, view }] of codes.entries()) {
      const frame = frames.nth(i);
      await frame.scrollIntoViewIfNeeded();
      const inner = frame.contentFrame();
      await expect(inner.locator('html.app-shown')).toHaveCount(1);
      await expect(inner.locator(id === 'key-figures' ? '.key-figure-list' : view === 'table' ? 'table.chart-table' : '.plot')).toBeVisible();
      const given = await frame.evaluate((f) => f.getBoundingClientRect());
      const content = await inner.locator('html').evaluate((h) => ({ height: Math.ceil(h.getBoundingClientRect().height), scrolls: h.scrollHeight > h.clientHeight }));
      expect(given.width).toBe(600);
      seen.push({ id, view, given: given.height, content: content.height, scrolls: content.scrolls });
    }
    const off = seen.filter((s) => s.scrolls || s.content > s.given || s.given > s.content * 1.2);
    expect(off, JSON.stringify(seen)).toEqual([]);
  });
}

for (const width of [320, 768, 1280]) {
  test(`loader embeds settle to their content height with no inner scrollbar at ${width} px`, async ({ page }) => {
    const html = hostPage(await snippets(page));
    await page.setViewportSize({ width, height: 900 });
    await openHost(page, html);
    const frames = await settled(page);
    for (const frame of await frames.all()) {
      await expect(frame).toHaveAttribute('title', /– IOP Ensamkommande i Göteborg$/);
      await expect(frame).toHaveAttribute('loading', 'lazy');
      const inner = frame.contentFrame().locator('html');
      const scroll = await inner.evaluate((h) => ({ sh: h.scrollHeight, ch: h.clientHeight, sw: h.scrollWidth, cw: h.clientWidth }));
      expect(scroll.sh).toBeLessThanOrEqual(scroll.ch + 1);
      expect(scroll.sw).toBeLessThanOrEqual(scroll.cw);
      const border = await frame.evaluate((f) => getComputedStyle(f).borderTopWidth);
      expect(border).toBe('0px');
    }
    // The host page itself does not scroll sideways either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

// A host page whose layout makes the frame's width follow the frame's height
// (a classic scrollbar that comes with a taller page does this): narrower when
// the page is short, wider when it is tall, so each height the frame reports
// brings the other. The frame keeps the larger height and the page settles.
test('a frame that the host page bounces between two widths settles at the larger height', async ({ page }) => {
  const { housing } = await snippets(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openHost(page, `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Studsande sida</title></head>
<body><main id="box" style="width:900px">${housing}</main>
<script>
  window.changes = [];
  const box = document.getElementById('box');
  setInterval(() => {
    const tall = box.getBoundingClientRect().height > 760;
    box.style.width = tall ? '900px' : '420px';
  }, 20);
  new MutationObserver(() => {
    const f = document.querySelector('.iop-embed iframe');
    if (f) changes.push([performance.now(), f.style.height, box.style.width]);
  }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['style'] });
</script></body></html>`);
  const frame = page.locator('.iop-embed iframe');
  await expect(frame.contentFrame().locator('body > main figure.chart')).toBeVisible();
  // Settled: the frame's height has not changed for 2.5 s (its own once-a-second
  // check has run twice since); a page that keeps bouncing never gets there.
  await expect
    .poll(() => page.evaluate(() => {
      const heights = changes.filter((c, i) => i === 0 || c[1] !== changes[i - 1][1]);
      return heights.length > 0 && performance.now() - heights.at(-1)[0] > 2500;
    }), { timeout: 20_000 })
    .toBe(true);
  // At the height the content needs at its narrower width: nothing is cut off.
  const inner = await frame.contentFrame().locator('html').evaluate((h) => Math.ceil(h.scrollHeight));
  const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
  expect(outer).toBeGreaterThanOrEqual(inner);
});

test('an embed never scrolls the page it is on', async ({ page }) => {
  const html = hostPage(await snippets(page));
  // The partner's page, read from the top: the frames below load without moving it.
  await openHost(page, html);
  const bare = page.locator('main > iframe');
  await expect(bare.contentFrame().locator('body > main figure.chart')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // The dashboard's own preview of an embed does not move the dashboard either.
  await page.goto('./?lang=sv');
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.locator('figure.chart')).toHaveCount(6);
  const panel = page.locator('#chart-money details.embed-panel');
  await panel.locator('summary').click();
  await expect(panel).toHaveAttribute('open', '');
  const before = await page.evaluate(() => window.scrollY);
  await expect(panel.frameLocator('iframe.embed-preview').locator('body > main figure.chart')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test('forged height messages change nothing', async ({ page }) => {
  const html = hostPage(await snippets(page));
  await openHost(page, html);
  const frames = await settled(page);
  const heights = () => frames.evaluateAll((fs) => fs.map((f) => f.style.height));
  const before = await heights();
  // From the host page itself (wrong origin and not a frame).
  await page.evaluate(() => window.postMessage({ type: 'iop-embed:height', height: 77 }, '*'));
  // From a frame of another origin (an opaque srcdoc frame).
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.title = 'forger';
    f.srcdoc = "<script>parent.postMessage({type:'iop-embed:height',height:88},'*')<\/script>";
    document.body.appendChild(f);
  });
  // From our own origin, but a frame the loader neither made nor adopted (put
  // in the page after it looked).
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.title = 'unknown';
    f.id = 'unknown-frame';
    f.src = src;
    document.body.appendChild(f);
  }, new URL('./embed.html?chart=housing&lang=sv&theme=auto&view=chart', test.info().project.use.baseURL).href);
  const unknown = page.locator('#unknown-frame');
  await unknown.scrollIntoViewIfNeeded();
  await unknown.contentFrame().locator('body > main figure.chart').waitFor();
  await unknown.contentFrame().locator('html').evaluate(() => parent.postMessage({ type: 'iop-embed:height', height: 99 }, '*'));
  // Malformed values from a real embed frame.
  const real = frames.first().contentFrame().locator('html');
  for (const height of ['9999px', -5, 1e9, null]) {
    await real.evaluate((h, value) => parent.postMessage({ type: 'iop-embed:height', height: value }, '*'), height);
  }
  // Once the page has received every forged message (and so the loader has
  // handled each), nothing has changed.
  const forged = [77, 88, 99, '9999px', -5, 1e9, null];
  await expect
    .poll(() => page.evaluate((all) => all.every((h) => heightsSeen.some((s) => s === h)), forged))
    .toBe(true);
  expect(await heights()).toEqual(before);
});

test('a theme message from the host switches the widgets theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const html = hostPage(await snippets(page));
  await openHost(page, html);
  const frames = await settled(page);
  const inner = frames.first().contentFrame().locator('html');
  await expect(inner).toHaveAttribute('data-theme', 'auto');
  const light = await inner.evaluate((h) => getComputedStyle(h).backgroundColor);
  await page.evaluate(() => window.IopEmbed.setTheme('dark'));
  await expect(inner).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => inner.evaluate((h) => getComputedStyle(h).backgroundColor)).not.toBe(light);
  // Anything else is ignored.
  await page.evaluate(() => window.IopEmbed.setTheme('neon'));
  await expect(inner).toHaveAttribute('data-theme', 'dark');
});

/** Where the host page's focus is: `frame:N` while inside the Nth iframe, else the element's id. */
function focusedPlace(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (a && a.tagName === 'IFRAME') return `frame:${[...document.querySelectorAll('iframe')].indexOf(a)}`;
    return a ? a.id || a.tagName : 'none';
  });
}

test('Tab enters and leaves each iframe without a trap', async ({ page }) => {
  const html = hostPage(await snippets(page));
  await openHost(page, html);
  await settled(page);
  await page.locator('main > iframe').contentFrame().locator('body > main figure.chart').waitFor();
  await page.locator('#first-link').focus();
  const visited = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const where = await focusedPlace(page);
    if (visited[visited.length - 1] !== where) visited.push(where);
    if (where === 'last-link') break;
  }
  expect(visited).toEqual(['frame:0', 'frame:1', 'frame:2', 'last-link']);
  // And back out with Shift+Tab through every frame.
  const back = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Shift+Tab');
    const where = await focusedPlace(page);
    if (back[back.length - 1] !== where) back.push(where);
    if (where === 'first-link') break;
  }
  expect(back).toEqual(['frame:2', 'frame:1', 'frame:0', 'first-link']);
});

test('axe finds nothing on the partner page with its embeds', async ({ page }) => {
  const html = hostPage(await snippets(page));
  await openHost(page, html);
  await settled(page);
  await page.locator('main > iframe').contentFrame().locator('body > main figure.chart').waitFor();
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations, JSON.stringify(result.violations, null, 1)).toEqual([]);
});

test('without JavaScript the embed page shows its widget as the app draws it, and the placeholder its figures', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(embedUrl('reach', 'sv', { theme: 'auto' }));
  const reach = page.locator('section.ef[data-w="reach"]');
  await expect(reach).toBeVisible();
  // The Swedish rendering, a real chart with its named marks, its sources and the licence.
  const sv = reach.locator('> [lang="sv"]');
  await expect(sv.getByRole('heading', { level: 1 })).toHaveText('Räckvidd och resultat första året');
  await expect(sv.locator('figure.chart [aria-label^="Krissamtal"]').first()).toBeVisible();
  await expect(sv.getByRole('link', { name: 'CC0 1.0' })).toBeVisible();
  await expect(reach.locator('> [lang="en"]')).toBeHidden();
  await expect(page.locator('section.ef[data-w="housing"]')).toBeHidden();
  await expect(page.getByRole('main')).toHaveCount(1);
  // Without a fragment, every widget is shown.
  await page.goto('./embed.html');
  await expect(page.locator('section.ef:visible')).toHaveCount(7);

  // A partner page without JavaScript shows the placeholder's text.
  const withJs = await browser.newPage({ baseURL });
  const html = hostPage(await snippets(withJs));
  await openHost(page, html);
  await expect(page.locator('.iop-embed').first()).toContainText('Boendeplatser 2015');
  await expect(page.locator('.iop-embed').first()).toContainText('oktober 2015: 410 platser');
  await context.close();
});

test('before the wasm starts, an embed shows its widget as the app draws it, in its language, and the app takes over without a shift', async ({ page }) => {
  await recordShifts(page);
  const release = await holdBack(page, '**/*.wasm');
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(embedUrl('context', 'en'));
  const first = page.locator('#first-view');
  const shown = first.locator('figure.chart:visible');
  await expect(shown).toHaveCount(1);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Unaccompanied children in Sweden and Göteborg');
  await expect(page.getByRole('main')).toHaveCount(1);
  const said = (root) => root.locator('figure.chart .plot .mark:visible').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label')));
  const staticMarks = await said(first);
  expect(staticMarks.length).toBeGreaterThan(5);
  expect(staticMarks.join(' ')).toContain('2015');
  const staticBox = await shown.boundingBox();
  const staticHeight = await page.evaluate(() => document.body.getBoundingClientRect().height);
  // Within the rendering every label points inside it.
  const dangling = await shown.evaluate((fig) => [...fig.querySelectorAll('[aria-labelledby]')]
    .flatMap((e) => e.getAttribute('aria-labelledby').split(' '))
    .filter((id) => !fig.ownerDocument.getElementById(id)?.closest('section.ef')?.contains(fig)));
  expect(dangling).toEqual([]);
  // An embed has no list of sources: its source links open the dashboard's,
  // in a new tab, in the build's rendering as in the app's.
  const links = (root) => root.locator('figure.chart a.source-ref:visible')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target')]));
  const staticLinks = await links(first);
  expect(staticLinks.length).toBeGreaterThan(0);
  for (const [href, target] of staticLinks) {
    expect(href).toMatch(/^\.\/\?lang=en&section=sources#source-[a-z0-9-]+$/);
    expect(target).toBe('_blank');
  }
  const released = await page.evaluate(() => Math.round(performance.now()));
  release();
  // The app's interactive chart takes its place: the same marks, in the same place.
  await expect(page.locator('figure#chart-context')).toBeVisible();
  await expect(first).toHaveCount(0);
  expect(await said(page.locator('body'))).toEqual(staticMarks);
  expect(await links(page.locator('body'))).toEqual(staticLinks);
  expect(await page.locator('figure#chart-context').boundingBox()).toEqual(staticBox);
  expect(await page.evaluate(() => document.body.getBoundingClientRect().height)).toBe(staticHeight);
  await expectNoShifts(page, `wasm released at ${released} ms:`);
  // No picture or other page was fetched for it.
  expect(requested.filter((p) => p.includes('/data/charts/'))).toEqual([]);

  // A dark embed's first view is dark too.
  await page.unroute('**/*.wasm');
  await page.route('**/*.wasm', () => {});
  await page.goto(embedUrl('housing', 'sv', { theme: 'dark' }));
  const bar = page.locator('#first-view figure.chart rect.bar:visible').first();
  await expect(bar).toBeVisible();
  const [pageBg, fill] = await bar.evaluate((el) => [getComputedStyle(document.body).backgroundColor, getComputedStyle(el).fill]);
  expect(pageBg).not.toBe('rgb(255, 255, 255)');
  expect(fill).not.toBe(pageBg);
  // A table view waits for the app (the build drew charts only).
  await page.goto(embedUrl('housing', 'sv', { view: 'table' }));
  await expect(page.locator('#first-view figure.chart:visible')).toHaveCount(0);
});

// The data does not come to an embed: its widget stays as the build drew it
// from the same file, in its language, as when its wasm does not come, rather
// than a message in its place on a partner's page. It once gave way to "The
// figures could not be shown".
for (const lang of ['sv', 'en']) {
  test(`an embed whose data does not come keeps its widget as drawn, in its language (${lang})`, async ({ page }) => {
    await page.route('**/data/iop-ensamkommande.json', (route) => route.abort('failed'));
    const view = data.views.find((v) => v.id === 'context') ?? data.views[0];
    await page.goto(embedUrl(view.id, lang));
    // The app has answered: its own (hidden) nodes say what failed.
    await expect(page.locator('body > :not(#first-view) [role="alert"]')).toHaveCount(1);
    await expect(page.locator('body > :not(#first-view) [role="alert"]')).toBeHidden();
    const shown = page.locator('#first-view figure.chart:visible');
    await expect(shown).toHaveCount(1);
    await expect(page.locator('#first-view main:visible h1')).toHaveText(view.title[lang]);
    await expect(shown.locator('.plot .mark').first()).toHaveAttribute('aria-label', /\S+: \S/);
    // As when its wasm does not come: no control that would need the app
    // (the table view is another address, which would ask for the data again).
    await expect(shown.locator('.view-switch')).toBeHidden();
    await expect(page.locator('html')).toHaveClass(/\bapp-failed\b/);
  });
}

// The stylesheet states the dark colours twice: for the system's dark mode and
// for an embed whose address asks for dark whatever the system says (CSS has
// no one selector for both). They must be the same colours, token for token.
test('an embed asked for a theme gets the colours the system would give it', async ({ page }) => {
  const tokens = () => {
    const names = new Set();
    const walk = (rules) => {
      for (const r of rules) {
        if (r.style) for (const p of r.style) if (p.startsWith('--')) names.add(p);
        if (r.cssRules) walk(r.cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    const style = getComputedStyle(document.documentElement);
    return Object.fromEntries([...names].sort().map((n) => [n, style.getPropertyValue(n).trim()]).concat([['color-scheme', style.colorScheme]]));
  };
  const at = async (scheme, theme) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(embedUrl('housing', 'sv', { theme }));
    await expect(page.locator('body > main figure.chart')).toBeVisible();
    return page.evaluate(tokens);
  };
  const systemDark = await at('dark', 'auto');
  const systemLight = await at('light', 'auto');
  expect(Object.keys(systemDark).length).toBeGreaterThan(10);
  expect(systemDark['--bg']).not.toBe(systemLight['--bg']);
  expect(await at('light', 'dark')).toEqual(systemDark);
  // Light pinned is light only (the system's light page may still offer dark).
  expect(await at('dark', 'light')).toEqual({ ...systemLight, 'color-scheme': 'light' });
});

// An embed folds a chart's notes away, and with them what the matrix's
// empty cells mean: read without a key, an empty cell says "not delivered",
// which no source says. The key stands in the matrix's corner, each swatch a
// cell as the matrix draws it, in the words the cells' names use; at a
// partner's column width it takes no height of its own.
for (const [lang, scheme] of [['sv', 'light'], ['en', 'dark']]) {
  test(`the matrix keys its cells while the notes are folded (${lang}, ${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [600, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await openEmbed(page, 'services', lang);
      await expect(page.locator('main details.chart-notes-more')).not.toHaveAttribute('open', '');
      const items = page.locator('main .matrix-legend-item');
      await expect(items).toHaveCount(2);
      for (const item of await items.all()) await expect(item).toBeInViewport();
      const keyed = await page.evaluate(() => {
        const paint = (rect) => {
          const s = getComputedStyle(rect);
          return [rect.getAttribute('class'), s.fill, s.stroke, s.strokeDasharray].join(' | ');
        };
        const cells = [...document.querySelectorAll('main [role="gridcell"]')].map((c) => ({
          name: c.getAttribute('aria-label') ?? '',
          paint: paint(c.querySelector('rect')),
        }));
        return [...document.querySelectorAll('main .matrix-legend-item')].map((item) => {
          const words = item.textContent.trim();
          const swatch = paint(item.querySelector('rect'));
          const alike = cells.filter((c) => c.paint === swatch);
          return { words, cells: alike.length, named: alike.length > 0 && alike.every((c) => c.name.includes(`: ${words}`)) };
        });
      });
      expect(keyed.map((k) => k.words)).toEqual(lang === 'sv' ? ['levererade enligt källorna', 'inte känt'] : ['delivered, according to the sources', 'not known']);
      for (const k of keyed) {
        expect(k.cells, k.words).toBeGreaterThan(0);
        expect(k.named, k.words).toBe(true);
      }
      if (width === 600) {
        // Beside the turned headings, in the corner's room: what the corner
        // holds is no taller than the tallest heading.
        const { held, heading } = await page.evaluate(() => {
          const corner = document.querySelector('main .matrix-corner');
          const gap = parseFloat(getComputedStyle(corner).rowGap);
          const parts = [...corner.children].map((c) => c.getBoundingClientRect().height);
          return {
            held: parts.reduce((a, b) => a + b, 0) + gap * (parts.length - 1),
            heading: Math.max(...[...document.querySelectorAll('main .matrix-column')].map((c) => c.getBoundingClientRect().height)),
          };
        });
        expect(held).toBeLessThanOrEqual(heading);
      }
    }
  });
}

test('embed.html without a chart lists every widget with its id', async ({ page }) => {
  await page.goto('./embed.html?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charts to embed');
  const items = page.locator('.widget-list li');
  await expect(items).toHaveCount(7);
  await expect(items.first()).toContainText('key-figures');
  await page.getByRole('link', { name: 'Who did what' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who did what');
  await expect(page.locator('.mark')).not.toHaveCount(0);
});

test('the embed page sets no cookies and stores nothing', async ({ page, context }) => {
  await page.goto('./embed.html?chart=housing&lang=sv&theme=auto&view=chart');
  await expect(page.locator('body > main figure.chart')).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('the dashboard and the embed page run under a strict CSP with no violation', async ({ page }) => {
  const messages = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && messages.push(m.text()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // The dashboard's address, and its page for one language (what the server
  // sends for ?lang=…), then the embed's.
  for (const url of ['./', './?lang=sv', './embed.html?chart=context&lang=en&theme=dark&view=chart', './embed.html']) {
    await page.goto(url);
    await appStarted(page);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    // The inline scripts (language picker and boot; on the embed page also its
    // frame script) are allowed by their hashes, one each (the hashes themselves
    // are checked in hosting.spec); the schema.org markup is a data block,
    // never run.
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(inline.length).toBe(url.startsWith('./embed') ? 3 : 2);
    expect(inline.at(-2)).toContain('documentElement.lang');
    expect(inline.at(-1)).toContain('(with_boot)');
    const hashes = csp.match(/script-src 'self' 'wasm-unsafe-eval'((?: 'sha256-[A-Za-z0-9+/]+=*')+);/);
    // The dashboard's address also allows its first view's language swap,
    // which went with the first view (a page of one language has none).
    expect(hashes?.[1].trim().split(' ')).toHaveLength(inline.length + (url === './' ? 1 : 0));
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
  }
  expect(messages).toEqual([]);
});

test('while an embed arrives in pieces, its chart shows only whole, and nothing moves', async ({ page }) => {
  // A matrix sizes its columns from every name and cell: shown half-built, it
  // would be laid out again as each one came.
  const matrix = data.views.find((v) => v.panels.some((p) => p.kind === 'matrix'));
  await page.setViewportSize({ width: 600, height: 800 });
  await recordShifts(page);
  await page.route('**/*.wasm', () => {});
  const next = await arrive(page, `./embed.html?chart=${matrix.id}&lang=sv`, (html) => {
    const column = html.indexOf('</span>', html.indexOf('class="matrix-line"')) + '</span>'.length;
    const row = html.indexOf('</div>', html.indexOf('class="matrix-party"')) + '</div>'.length;
    expect(column).toBeLessThan(row);
    return [column, row];
  });
  const chart = page.locator('#first-view figure.chart');
  // In: the first column's name, then the first party's row.
  for (const part of ['.matrix-column', '.matrix-party']) {
    await expect(chart.locator(part)).toHaveCount(1);
    await painted(page);
    await expect(chart).toBeHidden();
    await next();
  }
  await expect(chart.locator('.matrix-party').last()).toBeAttached();
  await expect(chart).toBeVisible();
  await painted(page);
  await expectNoShifts(page);
});

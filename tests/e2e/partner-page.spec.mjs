// A busy partner page: every widget embedded twice, once by the loader and once
// as a plain iframe, in mixed languages and themes, one more in a tab that is
// hidden until the reader opens it; the page is of another origin. Every frame
// gets its content's height once, within 2 s of its content being there; the
// reader's place on the page does not move; a theme sent to one part of the
// page reaches only the frames in it; a frame's message sizes only that frame.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fitsContent, partnerHost } from './partner-host.mjs';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const WIDGETS = ['key-figures', ...data.views.map((v) => v.id)];
const THEMES = ['auto', 'light', 'dark'];
const title = (id, lang) => `${id === 'key-figures' ? { sv: 'Nyckeltal', en: 'Key figures' }[lang] : data.views.find((v) => v.id === id).title[lang]} – ${data.title[lang]}`;

const openHost = partnerHost();

/** The two snippets the dashboard gives for one chart, as a partner copies them. */
async function copied(page) {
  await page.goto('./?lang=sv');
  await expect(page.locator('#first-view')).toHaveCount(0);
  const panel = page.locator('#chart-housing details.embed-panel');
  await panel.locator('summary').click();
  const code = (kind) => panel.locator(`textarea[id$="-${kind}"]`);
  await expect(code('loader')).toHaveValue(/embed\.html/);
  // The plain iframe's code waits for its height, which the tools work out.
  await expect(code('iframe')).toHaveValue(/embed\.html/);
  return { loader: await code('loader').inputValue(), iframe: await code('iframe').inputValue() };
}

/** The snippet of `kind` for widget `id` in `lang` and `theme`: the copied one
 * with its address and name changed, as the panel would write them. */
function snippet(snippets, kind, id, lang, theme) {
  return snippets[kind]
    .replace(/chart=housing&amp;lang=sv&amp;theme=auto/g, `chart=${id}&amp;lang=${lang}&amp;theme=${theme}`)
    .replace(/#housing"/g, `#${id}"`)
    .replace(/(data-title|title)="[^"]*"/g, (_, attr) => `${attr}="${title(id, lang)}"`);
}

function busyPage(snippets, pageLang) {
  const other = pageLang === 'sv' ? 'en' : 'sv';
  const text = '<p>' + 'Text om partnerskapet och vad det gjorde för barnen. '.repeat(12) + '</p>';
  const blocks = WIDGETS.map((id, i) => {
    const loader = snippet(snippets, 'loader', id, i % 2 ? other : pageLang, THEMES[i % 3]);
    const iframe = snippet(snippets, 'iframe', id, i % 2 ? pageLang : other, THEMES[(i + 1) % 3]);
    return `<section class="part" data-part="${id}"><h2>${id}</h2>${loader}${text}${iframe}${text}</section>`;
  });
  const half = Math.floor(blocks.length / 2);
  return `<!DOCTYPE html>
<html lang="${pageLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner</title></head>
<body><main><h1>Partner</h1>
${blocks.slice(0, half).join('\n')}
<p id="middle">Mitt på sidan.</p>
${blocks.slice(half).join('\n')}
<button id="show-tab" type="button">Fler diagram</button>
<div id="tab" hidden>${snippet(snippets, 'loader', 'money', other, 'dark')}</div>
</main>
<script>
  document.getElementById('show-tab').addEventListener('click', () => { document.getElementById('tab').hidden = false; });
  // Every height an iframe is given, with when (ms since the epoch).
  window.sizes = [];
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.tagName !== 'IFRAME') continue;
      const all = [...document.querySelectorAll('iframe')];
      sizes.push({ frame: all.indexOf(r.target), height: r.target.style.height, at: performance.timeOrigin + performance.now() });
    }
  }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['style'] });
</script></body></html>`;
}

/** Waits until `frame` shows its content at its content's height, where it is. */
async function fits(frame) {
  const content = frame.contentFrame();
  await expect(content.locator('body > main')).toBeVisible({ timeout: 20_000 });
  await fitsContent(frame);
}

/** Scrolls to `frame` and waits until it fits its content; returns when
 * its content was there (DOMContentLoaded, ms since the epoch). */
async function sized(frame) {
  await frame.scrollIntoViewIfNeeded();
  await fits(frame);
  return frame.contentFrame().locator('html').evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return performance.timeOrigin + nav.domContentLoadedEventEnd;
  });
}

for (const pageLang of ['sv', 'en']) {
  test(`a partner page with every widget twice sizes each frame once, keeps its place and themes only what it asks (${pageLang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1000, height: 800 });
    await openHost(page, busyPage(await copied(page), pageLang));
    const frames = page.locator('main iframe');
    // Two per widget, and the one in the closed tab (not loaded while hidden).
    await expect(frames).toHaveCount(WIDGETS.length * 2 + 1);
    await expect(page.locator('iframe[data-iop-ready]')).toHaveCount(WIDGETS.length * 2 + 1);

    // The top of the page: the frames there load and size without moving it.
    await sized(frames.nth(0));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // A reader who has scrolled to the middle stays there while the frames
    // around the middle load and size.
    await page.locator('#middle').evaluate((m) => m.scrollIntoView({ block: 'center' }));
    const place = () => page.locator('#middle').evaluate((m) => Math.round(m.getBoundingClientRect().top));
    const before = await place();
    const half = Math.floor(WIDGETS.length / 2);
    const near = [frames.nth(2 * half - 1), frames.nth(2 * half)];
    for (const frame of near) await fits(frame);
    expect(await place()).toBe(before);

    // Through the whole page, then the tab.
    const ready = [];
    for (let i = 0; i < WIDGETS.length * 2; i++) ready[i] = await sized(frames.nth(i));
    await page.locator('#show-tab').click();
    ready[WIDGETS.length * 2] = await sized(frames.nth(WIDGETS.length * 2));

    // Each frame was given a height at most once, and it is its content's:
    // within 2 s of its content being there.
    const sizes = await page.evaluate(() => window.sizes);
    for (let i = 0; i < ready.length; i++) {
      const mine = sizes.filter((s) => s.frame === i);
      const where = `frame ${i} (${await frames.nth(i).getAttribute('title')}): ${JSON.stringify(mine)}`;
      expect(mine.length, where).toBeLessThanOrEqual(1);
      for (const s of mine) expect(s.at - ready[i], where).toBeLessThan(2000);
    }

    // A theme for one part of the page reaches only the frames in it.
    const themes = () => Promise.all([...Array(ready.length).keys()].map((i) => frames.nth(i).contentFrame().locator('html').getAttribute('data-theme')));
    const was = await themes();
    const part = WIDGETS[2];
    await page.evaluate((id) => window.IopEmbed.setTheme('dark', document.querySelector(`[data-part="${id}"]`)), part);
    const inPart = [4, 5];
    for (const i of inPart) await expect(frames.nth(i).contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
    // Once the frames outside it have handled a later message, they are unchanged.
    await page.evaluate((id) => window.IopEmbed.setTheme('light', document.querySelector(`[data-part="${id}"]`)), part);
    for (const i of inPart) await expect(frames.nth(i).contentFrame().locator('html')).toHaveAttribute('data-theme', 'light');
    const now = await themes();
    for (let i = 0; i < ready.length; i++) if (!inPart.includes(i)) expect(now[i], `frame ${i}`).toBe(was[i]);

    // A frame's height message sizes that frame, whatever widget it names.
    const heights = () => frames.evaluateAll((fs) => fs.map((f) => f.style.height));
    const sized0 = await heights();
    await frames.nth(3).contentFrame().locator('html').evaluate(() => parent.postMessage({ type: 'iop-embed:height', widget: 'housing', height: 321 }, '*'));
    await expect(frames.nth(3)).toHaveAttribute('style', /height: 321px/);
    const after = await heights();
    for (let i = 0; i < after.length; i++) if (i !== 3) expect(after[i], `frame ${i}`).toBe(sized0[i]);
  });
}

// A loader that comes while a plain iframe's page is still being read asks the
// frame for its height (as on the busy page above, where the loader's script
// can arrive first): the part read so far is not its height. Here the frame's
// page is held at its footer (a script of the test's, which the parser waits
// for) while the loader is added to the host page and asks; once the frame has
// handled that question and said whatever it would, nothing has been sized.
// Let go, the page tells its whole height once, and the frame is sized once.
test('a frame asked for its height while its page is still being read is sized once, at its whole height', async ({ page }) => {
  const { iframe, loader } = await copied(page);
  const loaderSrc = /src="([^"]+embed\.js)"/.exec(loader)[1];
  let held;
  let holding;
  const asked = new Promise((resolve) => (holding = resolve));
  await page.route('**/held-by-the-test.js', (route) => { held = route; holding(); });
  await page.route((url) => url.pathname.endsWith('/embed.html'), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<footer aria-label="Boendeplatser 2015', '<script src="held-by-the-test.js"></script>$&');
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([k]) => !['content-encoding', 'content-length'].includes(k)));
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.setViewportSize({ width: 800, height: 800 });
  await openHost(page, `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Partner</title></head>
<body><main><h1>Partner</h1>${iframe.replace(' loading="lazy"', '')}</main>
<script>
  window.sizes = [];
  new MutationObserver(() => sizes.push(document.querySelector('iframe').style.height))
    .observe(document.querySelector('iframe'), { attributes: true, attributeFilter: ['style'] });
</script></body></html>`, 'domcontentloaded');
  await asked;
  const frame = page.locator('main iframe');
  const inside = frame.contentFrame().locator('html');
  expect(await inside.evaluate(() => document.readyState)).toBe('loading');
  // The part read so far shows: the chart, not yet its footer.
  await expect(frame.contentFrame().locator('#main--housing-sv figure.chart')).toBeVisible();
  await expect(frame.contentFrame().locator('footer[aria-label^="Boendeplatser 2015"]')).toHaveCount(0);

  // The loader arrives and asks. Then a message of the test's, after the
  // loader's question on the same way in: when the frame answers it, it has
  // handled the question, and anything it said then has reached the host page.
  await page.evaluate((src) => new Promise((resolve) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    document.body.append(s);
  }), loaderSrc);
  await inside.evaluate(() => {
    addEventListener('message', (e) => { if (e.data === 'test:after') parent.postMessage('test:answered', '*'); });
  });
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener('message', (e) => { if (e.data === 'test:answered') resolve(); });
    document.querySelector('iframe').contentWindow.postMessage('test:after', '*');
  }));
  expect(await page.evaluate(() => sizes)).toEqual([]);

  await held.fulfill({ contentType: 'text/javascript', body: '' });
  await expect(frame.contentFrame().locator('#first-view')).toHaveCount(0);
  await fitsContent(frame);
  const whole = await inside.evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  expect(await page.evaluate(() => sizes)).toEqual([`${whole}px`]);
});

// Beyond the dashboard (issue 18): an embed address pasted into WordPress, the
// oEmbed answers and their discovery, the nginx endpoint's answers to maxwidth,
// maxheight and format, the CORS headers the sandboxed embed needs (and no
// more), and the releases a citation or an embed can name.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { partnerHost } from './partner-host.mjs';
import AxeBuilder from '@axe-core/playwright';
import { appStarted, calendarDay } from './app.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
/** The address the build was told it is published at (scripts/test). */
const SITE = `http://127.0.0.1:${port}/iop/`;
const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const WIDGETS = ['key-figures', ...data.views.map((v) => v.id)];
const embedUrl = (id, lang) => `${SITE}embed.html?chart=${id}&lang=${lang}&theme=auto&view=chart#${id}`;

/** WordPress's discovery: the first JSON oEmbed link in the page's head. */
async function discover(url) {
  const res = await fetch(url.replace(/#.*/, ''));
  expect(res.status).toBe(200);
  const html = await res.text();
  const head = html.slice(0, html.toLowerCase().indexOf('</head>'));
  const links = [...head.matchAll(/<link([^<>]+)\/?>/gi)].map((m) => m[1]);
  const link = links.find((l) => /type=["']?application\/json\+oembed/i.test(l));
  if (!link) return null;
  return /href=["']([^"']+)["']/.exec(link)[1].replace(/&amp;/g, '&');
}

/** WordPress's request for the answer: its width and height wishes, the url. */
async function ask(provider, url, { maxwidth = 600, maxheight = 900 } = {}) {
  const q = new URL(provider);
  q.searchParams.set('maxwidth', maxwidth);
  q.searchParams.set('maxheight', maxheight);
  q.searchParams.set('url', url);
  q.searchParams.set('dnt', '1');
  q.searchParams.set('format', 'json');
  return fetch(q);
}

test('every widget’s embed address has a discovery link to its oEmbed answer', async () => {
  for (const id of WIDGETS) {
    for (const lang of ['sv', 'en']) {
      const provider = await discover(embedUrl(id, lang));
      expect(provider, `${id} ${lang}`).toBe(`${SITE}oembed/${id}.${lang}.json`);
      const res = await ask(provider, embedUrl(id, lang));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const a = await res.json();
      expect(a).toMatchObject({ type: 'rich', version: '1.0', width: 600, provider_url: SITE, author_name: data.catalogue.publisher.name[lang], author_url: data.catalogue.publisher.url });
      expect(a.title).toContain(data.title[lang]);
      expect(a.height).toBeGreaterThanOrEqual(200);
      expect(a.html).toContain(`<iframe src="${embedUrl(id, lang).replace(/&/g, '&amp;')}" width="600" height="${a.height}" title="`);
      expect(a.html).toMatch(/^<blockquote><a href="http:\/\/127\.0\.0\.1:\d+\/iop\/\?lang=/);
    }
  }
  // The page of every widget (no widget named) has none: it is no one widget.
  expect(await discover(`${SITE}embed.html`)).toBeNull();
});

// Each page the build writes is named and described from the data file, as
// the app names it once it runs: the embed pages and the check page had
// names written in the code ("IOP Ensamkommande i Göteborg – inbäddning", in
// Swedish for every widget and language), and every page index.html's
// description, in Swedish, of the partnership in the code's words.
test('every page the build writes takes its title and description from the data file', async ({ page }) => {
  // As the server sends them, read by the browser's own HTML parser.
  const head = async (path) => {
    const res = await fetch(`${SITE}${path}`);
    expect(res.status, path).toBe(200);
    return page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return { title: doc.title, description: doc.querySelector('meta[name="description"]').content };
    }, await res.text());
  };
  expect(await head('')).toEqual({ title: data.title.sv, description: data.description.sv });
  expect(await head('?section=sources&lang=en')).toEqual({ title: `Sources – ${data.title.en}`, description: data.description.en });
  expect(await head('embed.html')).toEqual({ title: `Diagram att bädda in – ${data.title.sv}`, description: data.description.sv });
  // The check page reads any file, not the bundled one: it is named as its app
  // names it, with the dashboard's own name, and keeps that name when the app
  // starts (the build once named it from the file's title, the app from its
  // code: the same words today, two rules).
  const check = await head('check.html');
  expect(check.title).toMatch(/^Kontrollera din datafil – /);
  await page.goto('check.html');
  await expect(page.locator('html')).toHaveClass(/app-shown/);
  expect(await page.title()).toBe(check.title);
  expect(check.description).toMatch(/^Välj eller släpp en datafil/);
  for (const view of data.views) {
    for (const lang of ['sv', 'en']) {
      expect(await head(`embed.html?chart=${view.id}&lang=${lang}`)).toEqual({ title: `${view.title[lang]} – ${data.title[lang]}`, description: data.description[lang] });
    }
  }
});

test('the endpoint answers maxwidth and maxheight as the spec asks, 404 and 501 where it says', async () => {
  const endpoint = `${SITE}oembed`;
  const url = embedUrl('key-figures', 'en');
  const get = (params) => fetch(`${endpoint}?${new URLSearchParams(params)}`);
  // URL-encoded (as tools send it) and the widest width that fits.
  for (const [maxwidth, width] of [[1200, 600], [600, 600], [599, 480], [480, 480], [479, 320], [320, 320]]) {
    const res = await get({ url, maxwidth });
    expect(res.status, `maxwidth ${maxwidth}`).toBe(200);
    const a = await res.json();
    expect(a.width).toBe(width);
    expect(a.html).toContain(`width="${width}"`);
    expect(a.title).toContain('Key figures');
  }
  // A height limit below the widget cuts the answer to the hundred below it.
  const full = await (await get({ url, maxwidth: 320 })).json();
  expect(full.height).toBeGreaterThan(300);
  const cut = await (await get({ url, maxwidth: 320, maxheight: 350 })).json();
  expect(cut.height).toBe(300);
  expect(cut.html).toContain('height="300"');
  const roomy = await (await get({ url, maxwidth: 320, maxheight: 5000 })).json();
  expect(roomy.height).toBe(full.height);
  // The address as it is, not encoded, and in Swedish.
  const sv = await fetch(`${endpoint}?url=${embedUrl('key-figures', 'sv')}&maxwidth=600`);
  expect((await sv.json()).title).toContain('Nyckeltal');
  // No answer in XML, none narrower than 320 px or lower than 200 px.
  expect((await get({ url, format: 'xml' })).status).toBe(501);
  expect((await get({ url, maxwidth: 200 })).status).toBe(501);
  expect((await get({ url, maxheight: 150 })).status).toBe(501);
  // No widget of ours: 404.
  expect((await get({ url: `${SITE}embed.html?chart=no-such-chart&lang=sv` })).status).toBe(404);
  expect((await get({ url: 'https://example.com/some/page' })).status).toBe(404);
  expect((await get({})).status).toBe(404);
});

test('the oEmbed heights are the embeds’ measured heights', async ({ page }) => {
  const seen = [];
  for (const lang of ['sv', 'en']) {
    for (const width of [320, 480, 600]) {
      await page.setViewportSize({ width, height: 900 });
      for (const id of WIDGETS) {
        await page.goto(`./embed.html?chart=${id}&lang=${lang}&theme=auto&view=chart`);
        await expect(page.locator('html.app-shown')).toHaveCount(1);
        const measured = await page.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
        const a = await (await fetch(`${SITE}oembed?${new URLSearchParams({ url: embedUrl(id, lang), maxwidth: width })}`)).json();
        expect(a.width).toBe(width);
        seen.push({ id, lang, width, measured, answered: a.height });
      }
    }
  }
  // Close enough that the frame neither jumps much nor shows a gap while it
  // waits for its own height message: within 15 % of the measured height
  // (the estimate was 8 % under to 9 % over when this was written; the
  // matrix's at 320 px, before it was counted as its page sets it, 24 % over).
  const off = seen.filter((s) => Math.abs(s.answered - s.measured) > s.measured * 0.15);
  expect(off, JSON.stringify(seen)).toEqual([]);
});

/** A page that does what WordPress does with a discovered rich answer from a
 * site it does not know (wp_filter_oembed_result, wp-embed.js): it keeps only a
 * blockquote with links and a titled iframe, hides the iframe behind the quote,
 * sandboxes it (scripts only), adds a secret to its address, and sizes it only
 * on the height message carrying that secret, between 200 and 1000 px. */
function wordpressPage(answerHtml) {
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ett inlägg</title></head>
<body><main style="max-width:600px;margin:0 auto"><h1>Ett inlägg</h1><p>Text före.</p>
<div id="post"></div><p>Text efter.</p></main>
<script>
  window.heights = [];
  const ALLOWED = { a: ['href'], blockquote: [], iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'] };
  // wp_kses: disallowed elements go, their text stays; disallowed attributes go.
  function kses(node) {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 1) {
        const tag = child.tagName.toLowerCase();
        kses(child);
        if (!ALLOWED[tag]) { child.replaceWith(...child.childNodes); continue; }
        for (const attr of [...child.attributes]) if (!ALLOWED[tag].includes(attr.name)) child.removeAttribute(attr.name);
      } else if (child.nodeType !== 3) child.remove();
    }
  }
  const doc = new DOMParser().parseFromString(${JSON.stringify(answerHtml)}, 'text/html');
  kses(doc.body);
  const quote = doc.body.querySelector('blockquote');
  const frame = doc.body.querySelector('iframe');
  const secret = 'Ab3dE6gH9k';
  frame.setAttribute('src', frame.getAttribute('src') + '#?secret=' + secret);
  frame.setAttribute('data-secret', secret);
  const post = document.getElementById('post');
  if (quote) {
    quote.setAttribute('data-secret', secret);
    quote.className = 'wp-embedded-content';
    frame.setAttribute('style', 'position: absolute; clip: rect(1px, 1px, 1px, 1px);');
    post.append(quote);
  }
  frame.className = 'wp-embedded-content';
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('security', 'restricted');
  frame.addEventListener('load', () => frame.contentWindow.postMessage({ message: 'ready', secret }, '*'));
  post.append(frame);
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
    for (const q of document.querySelectorAll('blockquote[data-secret="' + d.secret + '"]')) q.style.display = 'none';
    for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
      if (e.source !== f.contentWindow) continue;
      f.removeAttribute('style');
      if (d.message === 'height') {
        let h = parseInt(d.value, 10);
        if (h > 1000) h = 1000; else if (~~h < 200) h = 200;
        f.height = h;
        window.heights.push(h);
      } else if (d.message === 'link') {
        const from = new URL(f.getAttribute('src')), to = new URL(d.value);
        if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === f) window.top.location.href = d.value;
      }
    }
  });
</script></body></html>`;
}

const openHost = partnerHost();

for (const lang of ['sv', 'en']) {
  test(`pasted into WordPress (${lang}), an embed is titled, sized and interactive in its sandbox`, async ({ page }) => {
    const id = data.views.find((v) => v.panels.some((p) => p.kind === 'bars'))?.id ?? data.views[0].id;
    // The link a web editor copies from the chart's embed panel.
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const panel = page.locator(`#chart-${id} details.embed-panel`);
    await panel.locator('summary').click();
    // The link is written once the panel is open (its toggle event).
    const link = panel.locator('textarea[id$="-link"]');
    await expect(link).toHaveValue(embedUrl(id, lang));
    const url = await link.inputValue();
    const provider = await discover(url);
    const answer = await (await ask(provider, url)).json();
    await openHost(page, wordpressPage(answer.html));
    const frame = page.locator('iframe.wp-embedded-content');
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
    await expect(frame).toHaveAttribute('title', answer.title);
    const quote = page.locator('blockquote.wp-embedded-content');
    // The quote carries the figures as text, with the link to the dashboard.
    await expect(quote.locator('a')).toHaveAttribute('href', new RegExp(`^${SITE.replace(/[./]/g, '\\$&')}\\?lang=${lang}&chart=${id}`));
    const inner = frame.contentFrame();
    // The app starts in the sandbox: its script, wasm and data load across origins.
    await expect(inner.locator('html.app-shown')).toHaveCount(1, { timeout: 20_000 });
    // The height message with the secret showed the frame, hid the quote and
    // sized the frame to its content.
    await expect(quote).toBeHidden();
    await expect(frame).not.toHaveAttribute('style', /clip/);
    await expect
      .poll(async () => {
        const content = await inner.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
        const height = Number(await frame.getAttribute('height'));
        return Math.abs(height - Math.min(1000, Math.max(200, content)));
      }, { timeout: 10_000 })
      .toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
    // Interactive: the chart's marks take focus and follow the arrow keys.
    const marks = inner.locator('.plot .mark');
    expect(await marks.count()).toBeGreaterThan(1);
    await marks.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(marks.nth(1)).toBeFocused();
    expect(await marks.nth(1).getAttribute('aria-label')).toMatch(/\d/);
  });
}

test('only the sandboxed embed’s own files are open to other origins', async () => {
  const page = await (await fetch(`${SITE}embed.html?chart=key-figures&lang=sv`)).text();
  // The wasm the boot script loads (the glue is in the page).
  const assets = [...page.matchAll(/["']\.\/([^"' >]+-[0-9a-f]{8,16}_bg\.wasm)["']/g)].map((m) => m[1]);
  expect(assets.length, page.slice(0, 2000)).toBeGreaterThan(0);
  for (const file of new Set(assets)) {
    const res = await fetch(`${SITE}${file}`, { headers: { Origin: 'null' } });
    expect(res.status, file).toBe(200);
    expect(res.headers.get('access-control-allow-origin'), file).toBe('*');
  }
  const json = await fetch(`${SITE}data/iop-ensamkommande.json`, { headers: { Origin: 'null' } });
  expect(json.headers.get('access-control-allow-origin')).toBe('*');
  // The pages are not: no other site reads them with a script.
  for (const path of ['', 'embed.html', 'check.html']) {
    const res = await fetch(`${SITE}${path}`, { headers: { Origin: 'null' } });
    expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
  }
  // A widget's own page is served only as the widget's embed address.
  expect((await fetch(`${SITE}embed/key-figures.sv.html`)).status).toBe(404);
});

test('each release stays at its own address, with what changed since the one before', async () => {
  const index = await (await fetch(`${SITE}data/releases/index.json`)).json();
  const dates = index.releases.map((r) => r.release);
  expect(dates[0]).toBe(data.updated);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const r of index.releases) {
    const res = await fetch(`${SITE}data/${r.path}`);
    expect(res.status, r.path).toBe(200);
    expect((await res.json()).updated).toBe(r.release);
  }
  // The latest release is the published file, byte for byte.
  const latest = await (await fetch(`${SITE}data/${index.releases[0].path}`)).text();
  expect(latest).toBe(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
  // Its changes are computed from the two files (the figures did not change).
  const previous = await (await fetch(`${SITE}data/${index.releases[1].path}`)).json();
  const changedFigures = data.figures.filter((f) => JSON.stringify(f) !== JSON.stringify(previous.figures.find((p) => p.id === f.id))).map((f) => f.id);
  expect(index.releases[0].changes.figures.changed).toEqual(changedFigures);
  const changes = await (await fetch(`${SITE}data/releases/CHANGES.md`)).text();
  expect(changes).toContain(`## ${data.updated}`);
});

test('the dashboard and an embed show a release named in their address, and cite and embed it', async ({ page }) => {
  const index = await (await fetch(`${SITE}data/releases/index.json`)).json();
  const old = index.releases[index.releases.length - 1];
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`./?lang=en&release=${old.release}`);
  await appStarted(page);
  expect(requested).toContain(`/iop/data/${old.path}`);
  expect(requested).not.toContain('/iop/data/iop-ensamkommande.json');
  // The page says which release it shows, with the way to the latest.
  const note = page.locator('.release-note');
  await expect(note).toContainText('as published on');
  await expect(note.getByRole('link', { name: 'Show the latest data' })).toHaveAttribute('href', './?lang=en');
  // Its figures are as recent as the release, not the latest file.
  expect(old.release).not.toBe(data.updated);
  await expect(page.locator('.partnership .updated')).toHaveText(`Updated ${calendarDay(old.release, 'en-GB')}`);
  // Without a release, no note.
  await page.goto('./?lang=en');
  await appStarted(page);
  await expect(page.locator('.release-note')).toHaveCount(0);
  await page.goto(`./?lang=en&release=${old.release}`);
  await appStarted(page);
  // The release stays in the address as the reader moves about.
  await page.getByRole('link', { name: /parties|partner/i }).first().click();
  await expect(page).toHaveURL(new RegExp(`release=${old.release}`));
  // The embed code given for a chart names the release.
  await page.goto(`./?lang=en&release=${old.release}`);
  await appStarted(page);
  const panel = page.locator('details.embed-panel').first();
  await panel.locator('summary').click();
  await expect(panel.locator('textarea[id$="-iframe"]')).toHaveValue(new RegExp(`release=${old.release}`));
  // An embed of the release reads that file.
  requested.length = 0;
  await page.goto(`./embed.html?chart=key-figures&lang=en&theme=auto&view=chart&release=${old.release}`);
  await expect(page.locator('html.app-shown')).toHaveCount(1);
  expect(requested).toContain(`/iop/data/${old.path}`);
});

// A release the server does not have: a citation mistyped, or a release not
// kept. Trying again cannot help, and the build's first view (the latest
// data) must not stand in for it, on the dashboard or in an embed.
for (const lang of ['sv', 'en']) {
  test(`an address naming a release that is not published says so, with the way to the latest and to every release (${lang})`, async ({ page }) => {
    const words = {
      sv: { title: 'Det finns ingen version av datan från 3 februari 2001', latest: 'Visa den senaste datan', list: 'Alla versioner och vad som ändrades i var och en (CHANGES.md)', retry: 'Försök igen', sources: 'Källor' },
      en: { title: 'There is no release of the data from 3 February 2001', latest: 'Show the latest data', list: 'Every release and what changed in each (CHANGES.md)', retry: 'Try again', sources: 'Sources' },
    }[lang];
    const missing = '2001-02-03';
    const answered = [];
    page.on('response', (r) => answered.push(`${r.status()} ${new URL(r.url()).pathname}`));
    await page.goto(`./?lang=${lang}&release=${missing}`);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText(words.title);
    expect(answered).toContain(`404 /iop/data/releases/${missing}/iop-ensamkommande.json`);
    // Nothing of the latest data in its place, and no retry.
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.locator('[data-figure], figure.chart')).toHaveCount(0);
    await expect(page.getByRole('button', { name: words.retry })).toHaveCount(0);
    // No charts to skip to: the skip link to them is not offered.
    await expect(page.locator('.skip-link[href="#charts"]')).toBeHidden();
    // The footer offers a file there is: the latest, which the page links
    // to, not the release's, which is not published.
    const offered = page.locator('footer a[type="application/json"]');
    await expect(offered).toHaveAttribute('href', 'data/iop-ensamkommande.json');
    expect((await page.request.get(new URL(await offered.getAttribute('href'), page.url()).href)).status()).toBe(200);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    // The list of every release is there to be read.
    const list = alert.getByRole('link', { name: words.list });
    const changes = await page.request.get(new URL(await list.getAttribute('href'), page.url()).href);
    expect(changes.status()).toBe(200);
    expect(await changes.text()).toContain(`## ${data.updated}`);
    // The rest of the page works: its sections keep the release, and say the same.
    await page.locator('nav.section-nav').getByRole('link', { name: words.sources, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`section=sources.*release=${missing}|release=${missing}.*section=sources`));
    await expect(page.getByRole('alert').getByRole('heading', { level: 1 })).toHaveText(words.title);
    // The way to the latest data: the dashboard, drawn, with no release note.
    await page.getByRole('alert').getByRole('link', { name: words.latest }).click();
    await expect(page).not.toHaveURL(/release=/);
    await appStarted(page);
    await expect(page.locator('main figure.chart').first()).toBeVisible();
    await expect(page.locator('.release-note')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link[href="#charts"]')).toBeFocused();
    // An embed of it shows the failure, not the latest figures.
    await page.goto(`./embed.html?chart=key-figures&lang=${lang}&theme=light&view=chart&release=${missing}#key-figures`);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.locator('[data-figure]')).toHaveCount(0);
  });
}

// The same release, first out of reach (the network failed), then found not
// published when the reader tries again: the footer, built with the first
// answer, once went on offering the release's file, which is not there.
test('a release found missing on a retry has the footer offer the latest file', async ({ page }) => {
  const missing = '2001-02-03';
  let down = true;
  await page.route(`**/data/releases/${missing}/iop-ensamkommande.json`, (route) => (down ? route.abort('failed') : route.continue()));
  await page.goto(`./?lang=en&release=${missing}`);
  const offered = page.locator('footer a[type="application/json"]');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Out of reach, the release's file is what the page would show.
  await expect(offered).toHaveAttribute('href', `data/releases/${missing}/iop-ensamkommande.json`);
  down = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert').getByRole('heading', { level: 1 })).toHaveText('There is no release of the data from 3 February 2001');
  await expect(offered).toHaveAttribute('href', 'data/iop-ensamkommande.json');
  expect((await page.request.get(new URL(await offered.getAttribute('href'), page.url()).href)).status()).toBe(200);
});

test('each published chart picture says whose it is, how recent its figures are and where the chart lives', async ({ page }) => {
  // The data's date as the browser's own Intl writes it ("30 november 2026").
  const when = (lang, parts) => new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { ...parts, timeZone: 'UTC' })
    .format(new Date(`${data.updated}T00:00:00Z`));
  const pictures = [];
  for (const view of data.views) {
    for (const lang of ['sv', 'en']) {
      const res = await fetch(`${SITE}data/charts/${view.id}-${lang}.svg`);
      expect(res.status, view.id).toBe(200);
      expect(res.headers.get('content-type')).toContain('image/svg+xml');
      pictures.push({ id: view.id, lang, svg: await res.text() });
    }
  }
  // A page of its own: no style of ours around the pictures.
  await page.setContent('<!doctype html><title>pictures</title><body></body>');
  for (const { id, lang, svg } of pictures) {
    // Read by the browser's XML parser and laid out in its own fonts, not
    // ours: each line of text as drawn, and its box.
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return null;
      const svg = document.importNode(doc.documentElement, true);
      document.body.append(svg);
      // Each box as the picture shows it: a turned line's corners through
      // its own transform.
      const lines = [...svg.querySelectorAll('text')].map((t) => {
        const b = t.getBBox();
        const m = t.getCTM();
        const xs = [], ys = [];
        for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]) {
          const p = new DOMPoint(x, y).matrixTransform(m);
          xs.push(p.x);
          ys.push(p.y);
        }
        return { text: t.textContent.replace(/\u00a0/g, ' '), left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
      });
      const width = svg.viewBox.baseVal.width;
      svg.remove();
      return { title: doc.querySelector('title').textContent.replace(/\u00a0/g, ' '), lines, width };
    }, svg);
    expect(read, `${id}-${lang}.svg parses`).not.toBeNull();
    const texts = read.lines.map((l) => l.text);
    const all = texts.join(' ');
    expect(all.startsWith(read.title), `${id}-${lang}: ${all}`).toBe(true);
    expect(all).toContain(`${lang === 'sv' ? 'Licens' : 'Licence'} ${data.licence.id.replace(/-(?=[^-]*$)/, ' ')}`);
    // The date with its word on one line, the year at most on the next.
    const updated = `${lang === 'sv' ? 'Uppdaterad' : 'Updated'} ${when(lang, { day: 'numeric', month: 'long' })}`;
    expect(texts.some((t) => t.includes(updated)), `${id}-${lang}: ${updated} in ${JSON.stringify(texts)}`).toBe(true);
    expect(all).toContain(`${updated} ${when(lang, { year: 'numeric' })}`);
    // The address is a line of its own, whole.
    expect(texts, `${id}-${lang}`).toContain(`${SITE}?lang=${lang}&chart=${id}`);
    // In this browser's fonts every line stays inside the margins (24 px,
    // a glyph's bearing aside) and clear of every other.
    const wrong = read.lines.filter((l) => l.left < 22 || l.right > read.width - 22).map((l) => `outside: ${l.text}`);
    for (const [i, a] of read.lines.entries()) {
      for (const b of read.lines.slice(i + 1)) {
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 0 && down > 2) wrong.push(`"${a.text}" and "${b.text}" overlap`);
      }
    }
    expect(wrong, `${id}-${lang}`).toEqual([]);
  }
  // The address opens that chart, in that language.
  const { id, lang } = pictures.at(-1);
  await page.goto(`${SITE}?lang=${lang}&chart=${id}`);
  await appStarted(page);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator(`figure#chart-${id}`)).toBeInViewport();
});

// Downloads for journalists, clicked in real Chromium: every chart's CSV, JSON,
// PNG, SVG and BibTeX (file name, type, rows, pixels, entries), the citation in both languages, the
// static files beside the dataset, and the list of sources with what each backs.
import { test, expect } from '@playwright/test';
import { appStarted, contrast, inPixels, overviewDrawn } from './app.mjs';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
// The bundled file's views, in page order.
const CHARTS = data.views.map((v) => v.id);
// A view's shorter labels, by the record's own label in a language: what the
// chart, and so its picture, shows for a record its table names in full.
const shorter = (id, lang) => new Map(data.views.find((v) => v.id === id).panels.flatMap((p) => p.marks)
  .filter((m) => m.label)
  .map((m) => {
    const own = m.figure ? data.figures.find((f) => f.id === m.figure).label
      : m.event ? data.timeline.find((e) => e.id === m.event).label
        : m.party ? data.partnership.parties.find((p) => p.id === m.party).name
          : data.services.find((s) => s.id === m.service).label;
    return [own[lang], m.label[lang]];
  }));

/** The rows of a CSV file as Python's csv module reads them: a reader the
 *  project did not write (tests/readers/csv_rows.py), in the tidy or the
 *  Excel dialect; it fails on bytes that do not have the dialect's form. */
function readCsv(bytes, dialect = 'tidy') {
  const script = fileURLToPath(new URL('../readers/csv_rows.py', import.meta.url));
  return JSON.parse(execFileSync('python3', [script, dialect], { input: bytes }).toString('utf8'));
}

/** BibTeX as Better BibTeX's parser reads it, the one Zotero's Better BibTeX
 *  imports with (tests/readers/bibtex.mjs): a reader the project did not
 *  write. Its entries; it must report no error. */
function readBib(bytes) {
  const script = fileURLToPath(new URL('../readers/bibtex.mjs', import.meta.url));
  const read = JSON.parse(execFileSync('node', [script], { input: bytes }).toString('utf8'));
  expect(read.errors, bytes.toString('utf8')).toEqual([]);
  return read.entries;
}

async function openPanel(page, id) {
  const panel = page.locator(`#chart-${id} details.download-panel`);
  await panel.locator('summary').click();
  await expect(panel.locator('button[data-download="csv"]')).toBeVisible();
  return panel;
}

async function download(page, panel, format) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator(`button[data-download="${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The table view's rows: [mark id, category, value as shown]. The table is
 *  built when first shown, so the page must have opened it (`view=table`). */
async function tableRows(page, id) {
  const rows = await page.locator(`#chart-${id} .chart-table tr[data-mark]`).evaluateAll((rows) =>
    rows.map((r) => [r.dataset.mark, r.querySelector('th').textContent.trim(), r.querySelector('td.num').textContent.trim()]));
  expect(rows.length, `${id}: the table is shown`).toBeGreaterThan(0);
  return rows;
}

test('every chart downloads its rows as CSV and JSON that match its table', async ({ page }) => {
  test.setTimeout(90_000);
  // A fresh page per chart: Chromium may hold back a page's many downloads in a row
  // (its multiple-downloads prompt; seen once in eleven).
  for (const id of CHARTS) {
    await page.goto(`./?lang=sv&chart=${id}&view=table`);
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.locator('figure.chart')).toHaveCount(CHARTS.length);
    const panel = await openPanel(page, id);
    const expected = await tableRows(page, id);
    const csv = await download(page, panel, 'csv');
    expect(csv.name).toBe(`${data.id}-${id}-sv.csv`);
    const [header, ...rows] = readCsv(csv.bytes);
    expect(header).toEqual(['chart', 'panel', 'mark_id', 'category', 'value', 'value_as_published', 'kind', 'note', 'sources']);
    expect(rows.map((r) => [r[2], r[3], r[5]])).toEqual(expected);
    for (const r of rows) {
      if (r[4] !== '') expect(Number.isFinite(Number(r[4])), r[4]).toBe(true);
    }
    await expect(page.getByRole('status').filter({ hasText: `${data.id}-${id}-sv.csv` })).toHaveCount(1);

    const json = await download(page, panel, 'json');
    expect(json.name).toBe(`${data.id}-${id}-sv.json`);
    const doc = JSON.parse(json.bytes.toString('utf8'));
    expect(doc.rows.map((r) => [r.mark_id, r.category, r.value_as_published])).toEqual(expected);
    expect(doc.licence.id).toBe('CC0-1.0');
    expect(doc.title).toBe((await page.locator(`#chart-${id} h3`).innerText()).trim());
    expect(doc.sources.length).toBeGreaterThan(0);
    expect(doc.citation).toContain(doc.title);
    // The file names the release it was made from, as its citation does.
    expect(doc.url).toBe(`${new URL('./', page.url()).href}?lang=sv&chart=${id}&view=chart&release=${data.updated}`);
    expect(doc.citation).toContain(doc.url);
  }
});

test('every chart downloads as a 2× PNG and an SVG with title, sources and licence', async ({ page, context }) => {
  test.setTimeout(90_000);
  for (const id of CHARTS) {
    await page.goto(`./?lang=en&chart=${id}&view=table`);
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.locator('figure.chart')).toHaveCount(CHARTS.length);
    const panel = await openPanel(page, id);
    const title = (await page.locator(`#chart-${id} h3`).innerText()).trim();

    const svg = await download(page, panel, 'svg');
    expect(svg.name).toBe(`${data.id}-${id}-en.svg`);
    const svgText = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        title: doc.querySelector('title')?.textContent,
        desc: doc.querySelector('desc')?.textContent,
      };
    }, svgText);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe(title);
    // The picture's description is the chart's takeaway, then a time series'
    // trend; the alt text offered for the PNG says the title, then the same.
    const takeaway = (await page.locator(`#chart-${id} .takeaway`).innerText()).trim();
    expect(parsed.desc.startsWith(takeaway), parsed.desc).toBe(true);
    const trend = page.locator(`#chart-${id} .chart-trend`);
    if (await trend.count()) expect(parsed.desc).toBe(`${takeaway} ${await trend.textContent()}`);
    else expect(parsed.desc).toBe(takeaway);
    await expect(panel.locator('textarea.alt-text')).toHaveValue(`${title}. ${parsed.desc}`);
    expect(parsed.text).toContain('Licence CC0 1.0');
    expect(parsed.text).toMatch(/Sources?: /);
    const short = shorter(id, 'en');
    for (const [, category] of await tableRows(page, id)) {
      // Long labels wrap onto several lines: check the first word of what
      // the chart shows for the row (the view's shorter label, if any).
      expect(parsed.text).toContain((short.get(category) ?? category).split(' ')[0]);
    }

    const png = await download(page, panel, 'png');
    expect(png.name).toBe(`${data.id}-${id}-en.png`);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBe(parsed.width * 2);
    expect(height).toBe(Math.round(parsed.height * 2));
    // Decoded, it is a light picture with dark text and the chart's blue in it.
    const pixels = await inPixels(context, [png.bytes], ([img]) => {
      const d = img.data;
      let white = 0, dark = 0, blue = 0;
      for (let i = 0; i < d.length; i += 4) {
        const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
        if (r > 250 && g > 250 && b > 250) white++;
        else if (r < 60 && g < 60 && b < 60) dark++;
        if (Math.abs(r - 0x1d) < 8 && Math.abs(g - 0x4f) < 8 && Math.abs(b - 0x91) < 8) blue++;
      }
      return { total: d.length / 4, white, dark, blue, w: img.width };
    });
    expect(pixels.w).toBe(width);
    expect(pixels.white / pixels.total).toBeGreaterThan(0.5);
    expect(pixels.dark, 'text is painted').toBeGreaterThan(500);
    // Lists (who did what) have no bars; every other chart has marks in its blue.
    if (svgText.includes('#1d4f91')) {
      expect(pixels.blue, 'marks are painted in the chart colour').toBeGreaterThan(100);
    }
    if (process.env.SAVE_IMAGES) await (await import('node:fs/promises')).writeFile(`${process.env.SAVE_IMAGES}/${png.name}`, png.bytes);
  }
});

// A chart's files and citation are made by a wasm of its own (src/app/tools.rs),
// which no reader waits for until a chart's downloads open.
const TOOLS = /\/iop-tools-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

test('the download tools are fetched when a chart\'s downloads first open, and once', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => { if (TOOLS.test(new URL(r.url()).pathname)) asked.push(r.url()); });
  await page.goto('./?lang=en');
  await appStarted(page);
  await expect(page.locator('figure.chart .plot')).toHaveCount(CHARTS.length);
  expect(asked).toEqual([]);
  const first = await openPanel(page, CHARTS[0]);
  await expect(first.locator('textarea.citation-text')).toHaveValue(/Retrieved/);
  expect(asked.map((u) => (u.endsWith('.js') ? 'glue' : 'wasm')).sort()).toEqual(['glue', 'wasm']);
  const second = await openPanel(page, CHARTS[1]);
  await expect(second.locator('textarea.citation-text')).toHaveValue(/Retrieved/);
  expect(asked).toHaveLength(2);
});

for (const [lang, notMade, noCitation, noCode] of [
  ['sv', 'Det gick inte att skapa filen.', 'Citatet kunde inte skrivas. Ladda om sidan och försök igen.', 'Koden kunde inte skrivas. Ladda om sidan och försök igen.'],
  ['en', 'The file could not be made.', 'The citation could not be written. Reload the page and try again.', 'The code could not be written. Reload the page and try again.'],
]) {
  test(`without its download tools a chart says so in words, and the rest works (${lang})`, async ({ page }) => {
    await page.route((url) => TOOLS.test(url.pathname), (route) => route.abort('internetdisconnected'));
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const panel = await openPanel(page, 'reach');
    const box = panel.locator('textarea.citation-text');
    await expect(box).toHaveAttribute('placeholder', noCitation);
    await expect(box).toHaveValue('');
    // What the box says is text, and as legible as the rest (4.5:1), in both themes.
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const [fg, bg] = await box.evaluate((t) => [getComputedStyle(t, '::placeholder').color, getComputedStyle(t).backgroundColor]
        .map((c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number)));
      expect(contrast(fg, bg), `${scheme}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    const status = page.getByRole('status');
    await panel.locator('button[data-download="csv"]').click();
    await expect(status.filter({ hasText: notMade })).toHaveCount(1);
    // Copying an empty box says why there is nothing to copy.
    await panel.locator('button[data-copy="citation"]').click();
    await expect(status.filter({ hasText: noCitation })).toHaveCount(1);
    // The plain iframe's height is theirs to work out too: its box says so,
    // and the other two ways to embed are there.
    const embed = page.locator('#chart-reach details.embed-panel');
    await embed.locator('summary').click();
    const plain = embed.locator('textarea[id$="-iframe"]');
    await expect(plain).toHaveAttribute('placeholder', noCode);
    await expect(plain).toHaveValue('');
    await expect(embed.locator('textarea[id$="-loader"]')).toHaveValue(/embed\.js/);
    await expect(embed.locator('textarea[id$="-link"]')).toHaveValue(/embed\.html\?chart=reach/);
    // The charts themselves do not need the tools.
    await page.locator('#chart-housing a[data-view="table"]').click();
    await expect(page.locator('#chart-housing table tbody tr[data-mark] td.num')).toHaveText(['95', '410', '200']);
    // Once the line is back, the next request loads them.
    await page.unrouteAll();
    const other = await openPanel(page, 'housing');
    await expect(other.locator('textarea.citation-text')).toHaveValue(/.+/);
    const [file] = await Promise.all([page.waitForEvent('download'), other.locator('button[data-download="csv"]').click()]);
    expect(file.suggestedFilename()).toBe(`${data.id}-housing-${lang}.csv`);
  });
}

// Safari saves a file the page starts only while the press that asked for it
// still counts (its transient activation, a few seconds); a slow line can
// take longer to bring the tools. A browser that says the press has run out
// (navigator.userActivation, made to say so here) gets a link to save the
// file with a press of its own, which takes the focus; a press that still
// counts saves at once, and the link goes.
for (const [lang, ready, save] of [
  ['sv', 'är klar. Spara den med länken under knapparna.', 'Spara'],
  ['en', 'is ready. Save it with the link below the buttons.', 'Save'],
]) {
  test(`a file made after its press has run out is offered as a link to save (${lang})`, async ({ page, context }) => {
    await page.addInitScript(() => {
      window.pressSpent = true;
      Object.defineProperty(Navigator.prototype, 'userActivation', {
        configurable: true,
        get: () => ({ isActive: !window.pressSpent, hasBeenActive: true }),
      });
    });
    const saved = [];
    page.on('download', (d) => saved.push(d.suggestedFilename()));
    await page.goto(`./?lang=${lang}&chart=housing&view=table`);
    await expect(page.locator('#first-view')).toHaveCount(0);
    const panel = await openPanel(page, 'housing');
    const expected = await tableRows(page, 'housing');

    const csvName = `${data.id}-housing-${lang}.csv`;
    await panel.locator('button[data-download="csv"]').click();
    const link = panel.locator('.download-ready a');
    await expect(link).toHaveText(`${save} ${csvName}`);
    await expect(link).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `${csvName} ${ready}` })).toHaveCount(1);
    expect(saved, 'the page saved nothing by itself').toEqual([]);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toBe(csvName);
    const [, ...rows] = readCsv(await readFile(await csv.path()));
    expect(rows.map((r) => [r[2], r[3], r[5]])).toEqual(expected);

    // A picture the same way, read back by the browser's own decoder; the
    // CSV's link gives way to it.
    const pngName = `${data.id}-housing-${lang}.png`;
    await panel.locator('button[data-download="png"]').click();
    await expect(link).toHaveText(`${save} ${pngName}`);
    await expect(link).toBeFocused();
    const [png] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(png.suggestedFilename()).toBe(pngName);
    const bytes = await readFile(await png.path());
    const size = await inPixels(context, [bytes], ([img]) => [img.width, img.height]);
    expect(size[0]).toBeGreaterThan(600);
    expect(size[1]).toBeGreaterThan(200);

    // With the press still counting, the file is saved at once and the link goes.
    await page.evaluate(() => { window.pressSpent = false; });
    const [svg] = await Promise.all([page.waitForEvent('download'), panel.locator('button[data-download="svg"]').click()]);
    expect(svg.suggestedFilename()).toBe(`${data.id}-housing-${lang}.svg`);
    await expect(link).toHaveCount(0);
  });
}

for (const [lang, word, retrieved, kind] of [['sv', 'Licens: CC0 1.0', 'Hämtad', 'Diagram och data'], ['en', 'Licence: CC0 1.0', 'Retrieved', 'Chart and data']]) {
  test(`the citation names title, publisher, year, version, URL, licence and date, copies, and its address shows what was cited (${lang})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?lang=${lang}`);
    const panel = await openPanel(page, 'reach');
    const title = (await page.locator('#chart-reach h3').innerText()).trim();
    // Written by the download tools, which load as the panel opens.
    await expect(panel.locator('textarea.citation-text')).toHaveValue(new RegExp(retrieved));
    const text = await panel.locator('textarea.citation-text').inputValue();
    const site = lang === 'sv' ? 'IOP Ensamkommande i Göteborg' : 'IOP Ensamkommande in Göteborg';
    expect(text).toContain(title);
    expect(text).toContain(site);
    expect(text).toMatch(/\(20\d\d\)/);
    expect(text).toContain(`${kind}, version ${data.updated}.`);
    // The address names the release on screen, the data's own date, so that
    // it keeps showing these figures after the data is updated.
    const address = text.match(/ (https?:\/\/\S+)\. /)?.[1];
    expect(address).toBe(`${new URL('./', page.url()).href}?lang=${lang}&chart=reach&view=chart&release=${data.updated}`);
    // Shown whole, to be read before it is copied, on a phone too.
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const box = panel.locator('textarea.citation-text');
      expect(await box.evaluate((b) => b.scrollHeight - b.clientHeight), `${width} px`).toBeLessThanOrEqual(0);
    }
    expect(text).toContain(word);
    expect(text).toContain(retrieved);
    const year = String(new Date().getFullYear());
    expect(text.slice(text.indexOf(retrieved))).toContain(year);
    await page.bringToFront();
    await panel.locator('button[data-copy="citation"]').click();
    const copied = lang === 'sv' ? 'Kopierat till urklipp.' : 'Copied to the clipboard.';
    await expect(page.getByRole('status').filter({ hasText: copied })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // The image's alt text, read and copied as the citation is.
    const alt = panel.getByRole('textbox', { name: lang === 'sv' ? 'Alternativtext till bilden (PNG)' : 'Alt text for the image (PNG)' });
    const altText = await alt.inputValue();
    expect(altText.startsWith(`${title}. ${(await page.locator('#chart-reach .takeaway').innerText()).trim()}`), altText).toBe(true);
    expect(await alt.evaluate((b) => b.scrollHeight - b.clientHeight)).toBeLessThanOrEqual(0);
    await panel.getByRole('button', { name: lang === 'sv' ? 'Kopiera alternativtexten' : 'Copy alt text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(altText);
    const axe = await new AxeBuilder({ page }).include('#chart-reach details.download-panel').analyze();
    expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
    // Followed, as the citation's reader would: the release's own file, the
    // chart, and the page saying which data it shows.
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(address);
    await appStarted(page);
    expect(requested).toContain(`/iop/data/releases/${data.updated}/iop-ensamkommande.json`);
    expect(requested).not.toContain('/iop/data/iop-ensamkommande.json');
    await expect(page.locator('.release-note')).toHaveCount(1);
    await expect(page.locator('#chart-reach h3')).toHaveText(title);
    await expect(page.locator('#chart-reach .plot')).toBeVisible();
  });
}

for (const [lang, kind, retrieved, latest] of [['sv', 'Datamängd', 'Hämtad', 'Visa den senaste datan'], ['en', 'Dataset', 'Retrieved', 'Show the latest data']]) {
  test(`the dataset is cited at its release, and a release's page offers that release's data (${lang})`, async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?lang=${lang}&section=sources`);
    await appStarted(page);
    const files = page.locator('section.data-files');
    // Every release and what changed in each, for people.
    const changes = await request.get(await files.locator('a[data-file="releases"]').getAttribute('href'));
    expect(changes.status()).toBe(200);
    expect(await changes.text()).toContain(`## ${data.updated}`);
    // The dataset's citation, at the address of the release on screen.
    const panel = files.locator('details.download-panel');
    await panel.locator('summary').click();
    const box = panel.locator('textarea.citation-text');
    await expect(box).toHaveValue(new RegExp(retrieved));
    const text = await box.inputValue();
    expect(text).toContain(`${kind}, version ${data.updated}.`);
    expect(text.slice(text.indexOf(retrieved))).toContain(String(new Date().getFullYear()));
    const address = text.match(/ (https?:\/\/\S+)\. /)?.[1];
    expect(address).toBe(`${new URL('./', page.url()).href}?lang=${lang}&section=sources&release=${data.updated}`);
    expect(await box.evaluate((b) => b.scrollHeight - b.clientHeight)).toBeLessThanOrEqual(0);
    await page.bringToFront();
    await panel.locator('button[data-copy="dataset-citation"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    const axe = await new AxeBuilder({ page }).include('section.data-files').analyze();
    expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
    // Followed: the release's page offers the release's own file, the one
    // it shows, and says where the workbook and the tables are.
    await page.goto(address);
    await appStarted(page);
    const json = files.locator('a[data-file="json"]');
    await expect(json).toHaveAttribute('href', `data/releases/${data.updated}/iop-ensamkommande.json`);
    const served = await request.get(await json.getAttribute('href'));
    expect(served.status()).toBe(200);
    expect((await served.json()).updated).toBe(data.updated);
    await expect(files.locator('a[data-file="xlsx"], a[data-file="datapackage"], a[data-file="bibtex"], a[download$=".csv"]')).toHaveCount(0);
    await expect(files.getByRole('link', { name: latest })).toHaveAttribute('href', `./?lang=${lang}&section=sources`);
    // The footer's data file is the release's too.
    await expect(page.locator('footer a[type="application/json"]')).toHaveAttribute('href', `data/releases/${data.updated}/iop-ensamkommande.json`);
  });
}

for (const [lang, site, kind, dataKind, langid] of [
  ['sv', 'IOP Ensamkommande i Göteborg', 'Diagram och data', 'Datamängd', 'swedish'],
  ['en', 'IOP Ensamkommande in Göteborg', 'Chart and data', 'Dataset', 'english'],
]) {
  test(`every chart's citation for a reference manager (BibTeX), and the dataset's with them all, as Zotero's parser reads them (${lang})`, async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.goto(`./?lang=${lang}`);
    await overviewDrawn(page);
    const base = new URL('./', page.url()).href;
    const publisher = data.catalogue.publisher.name[lang];
    const licence = lang === 'sv' ? 'Licens: CC0 1.0.' : 'Licence: CC0 1.0.';
    const downloaded = [];
    for (const id of CHARTS) {
      const panel = await openPanel(page, id);
      const { name, bytes } = await download(page, panel, 'bib');
      expect(name).toBe(`${data.id}-${id}-${lang}.bib`);
      const entries = readBib(bytes);
      expect(entries.length, name).toBe(1);
      const [e] = entries;
      expect(e.type).toBe('misc');
      expect(e.key).toBe(`${data.id}-${id}`);
      // The chart's title as the page shows it, no word recased ("IOP",
      // "Göteborg", "Sweden"), credited to the partnership as one name.
      expect(e.fields.title).toBe((await page.locator(`#chart-${id} h3`).innerText()).trim());
      expect(e.fields.author).toEqual([site]);
      expect(e.fields.publisher).toEqual([publisher]);
      expect(e.fields.year).toBe(data.updated.slice(0, 4));
      expect(e.fields.version).toBe(data.updated);
      // The address the citation to copy gives: the chart at the release on screen.
      expect(e.fields.url).toBe(`${base}?lang=${lang}&chart=${id}&view=chart&release=${data.updated}`);
      await expect(panel.locator('textarea.citation-text')).toHaveValue(new RegExp(` ${e.fields.url.replace(/[?.]/g, '\\$&')}\\. `));
      expect(e.fields.note).toBe(`${kind}. ${licence}`);
      expect(e.fields.langid).toBe(langid);
      downloaded.push(e);
      await panel.locator('summary').click();
    }
    // The Sources view offers the build's file: the dataset, then every chart,
    // the same entries the charts' downloads give.
    await page.goto(`./?lang=${lang}&section=sources`);
    await appStarted(page);
    const link = page.locator('section.data-files a[data-file="bibtex"]');
    await expect(link).toHaveText(lang === 'sv'
      ? 'Referenser för referenshanterare (BibTeX): datamängden och varje diagram'
      : 'Citations for reference managers (BibTeX): the dataset and every chart');
    await expect(link).toHaveAttribute('href', `data/iop-ensamkommande-${lang}.bib`);
    const res = await request.get(await link.getAttribute('href'));
    expect(res.status()).toBe(200);
    // The type Zotero's browser connector offers to import.
    expect(res.headers()['content-type']).toBe('application/x-bibtex; charset=utf-8');
    const [dataset, ...charts] = readBib(Buffer.from(await res.body()));
    expect(dataset.key).toBe(data.id);
    expect(dataset.fields.title).toBe(site);
    expect(dataset.fields.author).toEqual([site]);
    expect(dataset.fields.url).toBe(`${base}?lang=${lang}&section=sources&release=${data.updated}`);
    expect(dataset.fields.note).toBe(`${dataKind}. ${licence}`);
    expect(charts).toEqual(downloaded);
  });
}

test('a release\'s page cites that release in a chart\'s BibTeX: the file on screen', async ({ page }) => {
  const releases = readdirSync(new URL('../../data/releases/', import.meta.url)).filter((r) => r < data.updated).sort();
  const older = releases[0];
  expect(older, 'an older release to look at').toBeTruthy();
  await page.goto(`./?lang=en&release=${older}`);
  await overviewDrawn(page);
  const panel = await openPanel(page, CHARTS[0]);
  const [e] = readBib((await download(page, panel, 'bib')).bytes);
  expect(e.fields.version).toBe(older);
  expect(e.fields.year).toBe(older.slice(0, 4));
  expect(e.fields.url).toBe(`${new URL('./', page.url()).href}?lang=en&chart=${CHARTS[0]}&view=chart&release=${older}`);
});

test('the static downloads are linked and hold the dataset’s values', async ({ page, request }) => {
  await page.goto('./?lang=en&section=sources');
  const files = page.locator('section.data-files');
  await expect(files.getByRole('heading', { name: 'Download the data' })).toBeVisible();
  const hrefs = await files.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('data/iop-ensamkommande.json');
  expect(hrefs).toContain('data/datapackage.json');
  expect(hrefs).toContain('data/excel/figures.csv');
  for (const href of hrefs) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    const type = res.headers()['content-type'];
    if (href.endsWith('.csv')) expect(type).toContain('text/csv');
    if (href.endsWith('.json')) expect(type).toContain('application/json');
    if (href.endsWith('.bib')) expect(type).toBe('application/x-bibtex; charset=utf-8');
  }
  expect(hrefs).toContain('data/iop-ensamkommande-en.bib');
  const dataset = await (await request.get('data/iop-ensamkommande.json')).json();
  const [header, ...rows] = readCsv(Buffer.from(await (await request.get('data/figures.csv')).body()));
  const col = (name) => header.indexOf(name);
  const readings = dataset.figures.flatMap((f) => f.values.map((v) => [f.id, v.value]));
  expect(rows.length).toBe(readings.length);
  rows.forEach((r, i) => {
    const [id, value] = readings[i];
    expect(r[col('figure_id')]).toBe(id);
    if (value === '<5') expect([r[col('value')], r[col('suppressed')]]).toEqual(['', 'true']);
    else expect(Number(r[col('value')])).toBe(value);
  });
  // The Excel copy: BOM, semicolons, CRLF (the reader checks the form), the
  // same rows, decimal commas.
  const excel = readCsv(Buffer.from(await (await request.get('data/excel/figures.csv')).body()), 'excel');
  expect(excel.length).toBe(rows.length + 1);
  expect(excel[0]).toEqual(header);
  excel.slice(1).forEach((r, i) => {
    const tidy = rows[i][col('value')];
    expect(r[col('value')]).toBe(tidy.replace('.', ','));
  });
  const pkg = await (await request.get('data/datapackage.json')).json();
  expect(pkg.licenses[0].name).toBe('CC0-1.0');
  // Every table, tidy and Excel copy alike, reads back with Python's csv
  // module: the same header and rows, numbers with a decimal comma in Excel.
  for (const r of pkg.resources) {
    const tidy = readCsv(Buffer.from(await (await request.get(`data/${r.path}`)).body()));
    const copy = readCsv(Buffer.from(await (await request.get(`data/excel/${r.path}`)).body()), 'excel');
    expect(tidy[0], r.path).toEqual(r.schema.fields.map((f) => f.name));
    expect(copy.length, r.path).toBe(tidy.length);
    for (const [j, field] of r.schema.fields.entries()) {
      if (field.type !== 'number') continue;
      tidy.slice(1).forEach((row, k) => expect(copy[k + 1][j], `${r.path} ${field.name}`).toBe(row[j].replace('.', ',')));
    }
  }
});

/** The workbook as openpyxl reads it (tests/readers/xlsx_sheets.py): a reader
 *  the project did not write, as a spreadsheet user's script would. */
function readWorkbook(bytes) {
  const script = fileURLToPath(new URL('../readers/xlsx_sheets.py', import.meta.url));
  return JSON.parse(execFileSync('python3', [script], { input: bytes, maxBuffer: 64 << 20 }).toString('utf8'));
}

for (const lang of ['sv', 'en']) {
  test(`the workbook is linked, and every sheet holds the dataset’s values as their types (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&section=sources`);
    const link = page.locator('section.data-files a[data-file="xlsx"]');
    await expect(link).toHaveText(lang === 'sv' ? 'Hela datasetet som Excel-arbetsbok (.xlsx)' : 'The whole dataset as an Excel workbook (.xlsx)');
    await expect(link).toHaveAttribute('href', 'data/iop-ensamkommande.xlsx');
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const sheets = readWorkbook(await readFile(await file.path()));
    const pkg = await (await page.request.get('data/datapackage.json')).json();
    // The about sheet first: the title, licence, citation and disclosure rule
    // in both languages side by side.
    expect(sheets.map((s) => s.name)).toEqual(['Om – About', ...pkg.resources.map((r) => r.name)]);
    const about = sheets[0].rows.flat().filter((c) => typeof c === 'string');
    for (const l of ['sv', 'en']) {
      expect(about).toContain(data.title[l]);
      expect(about).toContain(data.disclosure_rule[l]);
    }
    expect(about.some((c) => c.includes(data.licence.url))).toBe(true);
    // Every table: the header row frozen, the rows of its tidy CSV, each cell
    // as its type (a number, true/false, a whole day as a date, else text).
    for (const [i, r] of pkg.resources.entries()) {
      const sheet = sheets[i + 1];
      expect(sheet.frozen, r.name).toBe('A2');
      const [header, ...rows] = readCsv(Buffer.from(await (await page.request.get(`data/${r.path}`)).body()));
      expect(sheet.rows[0], r.name).toEqual(header);
      expect(sheet.rows.length, r.name).toBe(rows.length + 1);
      rows.forEach((row, k) => row.forEach((text, j) => {
        const got = sheet.rows[k + 1][j] ?? null;
        const at = `${r.name} row ${k + 2} ${header[j]}`;
        const type = r.schema.fields[j].type;
        if (text === '') expect(got, at).toBeNull();
        else if (type === 'number' || type === 'integer') expect(got, at).toBe(Number(text));
        else if (type === 'boolean') expect(got, at).toBe(text === 'true');
        else if (got && typeof got === 'object') expect(got.date, at).toBe(text);
        else expect(got, at).toBe(text);
      }));
    }
    // A suppressed count is no number in the workbook either.
    const figures = sheets.find((s) => s.name === 'figures');
    const col = (name) => figures.rows[0].indexOf(name);
    const suppressed = figures.rows.slice(1).filter((row) => row[col('suppressed')] === true);
    for (const row of suppressed) expect(row[col('value')]).toBeNull();
  });
}

// A short citation names one source: two sources by one publisher in one year
// (the bundled file has two such pairs) are told apart by their dates, in both
// languages, on every source line of the overview and the parties page.
for (const lang of ['sv', 'en']) {
  test(`each short citation on the page names one source (${lang})`, async ({ page }) => {
    for (const section of ['', '&section=parties']) {
      await page.goto(`./?lang=${lang}${section}`);
      await (section ? appStarted : overviewDrawn)(page);
      const cited = await page.locator('main .source-line cite').evaluateAll((cites) =>
        cites.map((c) => [c.textContent.trim(), c.dataset.source, c.querySelector('[lang="sv"]')?.textContent]));
      expect(cited.length).toBeGreaterThan(5);
      const named = new Map();
      for (const [text, id] of cited) named.set(text, new Set([...(named.get(text) ?? []), id]));
      const shared = [...named].filter(([, ids]) => ids.size > 1).map(([text, ids]) => `${text}: ${[...ids]}`);
      expect(shared).toEqual([]);
      // And each begins with the name the file gives that source, marked as
      // Swedish; the date after it is in the page's language.
      for (const [text, id, swedish] of cited) {
        const source = data.sources.find((s) => s.id === id);
        expect(text.startsWith(source.short_name ?? source.publisher), text).toBe(true);
        expect(swedish, text).toBe(source.short_name ?? source.publisher);
      }
      const month = lang === 'sv' ? /\b(mars|augusti|november)\b/ : /\b(March|August|November)\b/;
      if (section === '') expect(cited.some(([text]) => month.test(text)), JSON.stringify(cited)).toBe(true);
    }
  });
}

test('a figure’s source links to its entry in the list, which lists what it backs', async ({ page }) => {
  await page.goto('./?lang=en');
  await appStarted(page);
  const figure = page.locator('.key-figure').first();
  const link = figure.locator('a.source-ref').first();
  const source = await link.evaluate((a) => a.closest('cite').dataset.source);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`section=sources.*#source-${source}$`));
  const entry = page.locator(`#source-${source}`);
  await expect(entry).toBeFocused();
  await expect(entry.locator('.source-uses li').first()).toBeVisible();
  // Every source of the list says what it backs, or that it backs no figure.
  const entries = page.locator('.source-list > li');
  const count = await entries.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    await expect(entries.nth(i).locator('.source-uses, .source-uses-none')).toHaveCount(1);
  }
  // A reload of that URL lands on the same entry.
  await page.reload();
  await expect(page.locator(`#source-${source}`)).toBeFocused();
  // Back returns to the overview.
  await page.goBack();
  await expect(page.locator('.key-figure').first()).toBeVisible();
});

/** Presses Tab (or Shift+Tab) until `selector` has focus; fails after `max`. */
async function tabTo(page, selector, { back = false, max = 250 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with the keyboard in ${max} presses`);
}

for (const [lang, summary, copied] of [
  ['sv', 'Ladda ner och citera', 'Kopierat till urklipp.'],
  ['en', 'Download and cite', 'Copied to the clipboard.'],
]) {
  test(`with the keyboard alone: a chart's downloads, its citation and a source's entry (${lang})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.locator('figure.chart')).toHaveCount(CHARTS.length);
    // From the top of the page to the first chart's "Download and cite".
    const panel = page.locator('#chart-housing details.download-panel');
    await tabTo(page, '#chart-housing details.download-panel > summary');
    await expect(page.locator(':focus')).toHaveText(summary);
    await page.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('open', '');
    // The first button is the CSV; Enter saves it.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-download', 'csv');
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe(`${data.id}-housing-${lang}.csv`);
    // On to the citation's copy button.
    await tabTo(page, '#chart-housing button[data-copy="citation"]', { max: 10 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: copied })).toHaveCount(1);
    const citation = await panel.locator('textarea.citation-text').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    // Back up to a key figure's source: Enter opens its entry in the list of
    // sources, which takes the focus.
    await tabTo(page, '.key-figure a.source-ref', { back: true });
    const source = await page.evaluate(() => document.activeElement.closest('cite').dataset.source);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`section=sources.*#source-${source}$`));
    await expect(page.locator(`#source-${source}`)).toBeFocused();
    // The next Tab stays in that entry's neighbourhood, not the top of the page.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement.closest('.source-list') !== null);
    expect(next).toBe(true);
  });
}

// A series of many periods: each place is narrower than "figure" inside its
// dashed box, so the gap's label is turned, reading upwards, in the picture
// as on the page. The PNG is painted by plotters' canvas backend from the
// same scene as the SVG: read back, its label's ink in the gap's box is
// taller than wide (level, "no / figure" would be wider than tall).
test('a gap label turned in a narrow place is turned in both pictures', async ({ page, context }) => {
  const second = JSON.parse(readFileSync(new URL('../data/test-partnership.json', import.meta.url), 'utf8'));
  const series = second.series[0];
  const earlier = Array.from({ length: 9 }, (_, i) => ({ period: String(2010 + i), value: 100 + 10 * i, sources: series.points[0].sources }));
  series.points = [...earlier, ...series.points];
  await page.route('**/data/iop-ensamkommande.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(second) }));
  await page.goto('./?lang=en&chart=besok');
  await appStarted(page);
  const panel = page.locator('#chart-besok details.download-panel');
  await panel.locator('summary').click();
  const svg = (await download(page, panel, 'svg')).bytes.toString('utf8');
  const read = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const gap = doc.querySelector('rect[stroke="#6b7480"][fill="none"]');
    return {
      box: ['x', 'y', 'width', 'height'].map((a) => Number(gap.getAttribute(a))),
      turned: [...doc.querySelectorAll('text[transform^="rotate(-90 "]')].map((t) => t.textContent),
    };
  }, svg);
  expect(read.turned).toEqual(['no', 'figure']);
  const png = (await download(page, panel, 'png')).bytes;
  const ink = await inPixels(context, [png], ([img], [x, y, w, h]) => {
    // The box's inside at 2×, clear of its dashed edge: the label's dark ink.
    const [x0, y0, x1, y1] = [x + 3, y + 3, x + w - 3, y + h - 3].map((v) => Math.round(v * 2));
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let py = y0; py < y1; py++) {
      for (let px = x0; px < x1; px++) {
        const i = (py * img.width + px) * 4;
        if (Math.max(img.data[i], img.data[i + 1], img.data[i + 2]) < 150) {
          [left, top, right, bottom] = [Math.min(left, px), Math.min(top, py), Math.max(right, px), Math.max(bottom, py)];
        }
      }
    }
    return { wide: right - left, tall: bottom - top };
  }, read.box);
  expect(ink.wide, 'ink in the gap').toBeGreaterThan(10);
  expect(ink.tall, `turned: ${JSON.stringify(ink)}`).toBeGreaterThan(ink.wide * 1.2);
});

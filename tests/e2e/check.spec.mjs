// check.html: a publisher chooses or drops a data file; it is checked in the
// page by the app's own reader and validator, every problem listed in the
// page's language at its path, the result focused and announced, and a file
// that can be read shown as the dashboard it would make, marked as a preview.
// Nothing is requested once the page has loaded, and nothing is stored.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { appStarted, contrast, openEmbed } from './app.mjs';

const bundledText = readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8');
const secondText = readFileSync(new URL('../data/test-partnership.json', import.meta.url), 'utf8');
const second = JSON.parse(secondText);
const WORDS = {
  sv: { title: 'Kontrollera din datafil', choose: 'Datafil (JSON)', button: 'Välj fil …', noneChosen: 'Ingen fil vald', ok: 'inga problem', problems: '2 problem', preview: 'Förhandsvisning av din fil', none: 'Filen kan inte visas', nonePlural: 'Filen kan inte visas förrän problemen ovan är åtgärdade.', noneOne: 'Filen kan inte visas förrän problemet ovan är åtgärdat.', overview: 'Översikt', parties: 'Parter och insatser', sources: 'Källor', embeds: 'Inbäddningar' },
  en: { title: 'Check your data file', choose: 'Data file (JSON)', button: 'Choose file …', noneChosen: 'No file chosen', ok: 'no problems', problems: '2 problems', preview: 'Preview of your file', none: 'The file cannot be shown', nonePlural: 'The file cannot be shown until the problems above are fixed.', noneOne: 'The file cannot be shown until the problem above is fixed.', overview: 'Overview', parties: 'Parties and services', sources: 'Sources', embeds: 'Embeds' },
};

/** A copy of the bundled file with two rules broken, each in one figure: a
 *  count of 3 children (the disclosure rule) and a share of 101 per cent. */
function broken() {
  const doc = JSON.parse(bundledText);
  const i = doc.figures.findIndex((f) => f.unit === 'children' && typeof f.values[0].value === 'number');
  const j = doc.figures.findIndex((f) => f.unit === 'percent');
  doc.figures[i].values[0].value = 3;
  doc.figures[j].values[0].value = 101;
  return { doc, figure: i, percent: j };
}

for (const lang of ['sv', 'en']) {
  test(`a publisher checks files in the page, with nothing sent or stored (${lang})`, async ({ page, context }) => {
    // Two files, each preview's four parts walked with axe (eight runs): 20 to
    // 29 s alone on two cores, past the default 30 s once beside the workbook
    // tests, which start the import command. A budget for its length, not a wait.
    test.setTimeout(60_000);
    const w = WORDS[lang];
    await page.goto(`./check.html?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
    await expect(page).toHaveTitle(new RegExp(`^${w.title} – `));
    await page.waitForLoadState('networkidle');
    // From here on, nothing may leave the page: the requests made are for the
    // site's own download tools, when the preview's downloads open, and its
    // published data, to compare with (GETs with nothing of the file in them).
    const sent = [];
    page.on('request', (r) => sent.push({ url: new URL(r.url()), method: r.method(), body: r.postData() }));
    const input = page.getByLabel(w.choose);
    // Its chooser speaks the page's language, not the browser's (whose own
    // says "No file chosen" in English on a Swedish page, and nothing of a
    // dropped file), and is a button as large as the page's others, not the
    // browser's own 21 px one.
    const button = page.locator('.check-chooser .button');
    await expect(button).toHaveText(w.button);
    expect((await button.boundingBox()).height).toBeGreaterThanOrEqual(44);
    await expect(input).toHaveAccessibleDescription(w.noneChosen);
    await expect(page.locator('.check-chosen')).toHaveText(w.noneChosen);
    await expect(page.locator('.check-chosen')).toBeVisible();

    // A valid file of another partnership, chosen with the keyboard alone:
    // Tab reaches the chooser, which shows its focus, and Space opens it.
    // Playwright takes the browser's chooser over once asked to wait for
    // one, by a message to the browser of its own: asked before the Tab, so
    // that it is in place when Space comes (asked with the key press, the
    // wait ran out once in the full suite).
    const opened = page.waitForEvent('filechooser');
    await page.locator('.language-nav a').focus();
    // On the way, the published workbook and data file to start from.
    await expect(page.locator('.check-start a')).toHaveCount(2);
    for (const start of await page.locator('.check-start a').all()) {
      await page.keyboard.press('Tab');
      await expect(start).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    await page.keyboard.press('Space');
    const chooser = await opened;
    await chooser.setFiles({ name: 'partner.json', mimeType: 'application/json', buffer: Buffer.from(secondText) });
    await expect(input).toHaveAccessibleDescription('partner.json');
    // The input is emptied once its file is taken, so that the same file
    // chosen again after an edit is a change the browser reports.
    await expect(input).toHaveValue('');
    const result = page.locator('#check-result');
    await expect(result).toContainText(`partner.json: ${w.ok}`);
    await expect(result).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: w.ok })).toHaveCount(1);
    const preview = page.locator('section.check-preview');
    await expect(preview.getByRole('heading', { name: w.preview })).toBeVisible();
    await expect(preview.locator('figure.chart')).toHaveCount(second.views.length);
    await expect(preview.locator('figure.chart h5').first()).toHaveText(second.views[0].title[lang]);
    // Its charts' downloads are made from the chosen file, as the dashboard's
    // are from the published one (by the same download tools).
    const downloads = preview.locator('figure.chart').first().locator('details.download-panel');
    await downloads.locator('summary').click();
    await expect.poll(() => downloads.locator('textarea.citation-text').inputValue()).toContain(second.views[0].title[lang]);
    const [csv] = await Promise.all([page.waitForEvent('download'), downloads.locator('button[data-download="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe(`${second.id}-${second.views[0].id}-${lang}.csv`);
    // Its other sections, and every widget as its embed shows it, one at a time.
    const part = (name) => preview.getByRole('group').getByRole('button', { name, exact: true });
    await part(w.parties).click();
    await expect(part(w.parties)).toHaveAttribute('aria-pressed', 'true');
    await expect(preview.locator('.party')).toHaveCount(second.partnership.parties.length);
    await part(w.sources).click();
    await expect(preview.locator('.source-list > li')).toHaveCount(second.sources.length);
    await part(w.embeds).click();
    const embeds = preview.locator('.check-embed');
    await expect(embeds).toHaveCount(second.views.length + 1);
    await expect(embeds.nth(1).locator('figure.chart h3')).toHaveText(second.views[0].title[lang]);
    await expect(preview.locator('figure.chart')).toHaveCount(second.views.length);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    // One outline for a screen reader's heading list: the page's h1, the
    // result's and the preview's h2, and every part of the preview below them,
    // never a second h1 and never a skipped level; and axe finds nothing in
    // any part (the key figures' embed was a region inside a region of the
    // same name).
    const outline = async (file) => {
      for (const name of [w.overview, w.parties, w.sources, w.embeds]) {
        await part(name).click();
        const at = `${file}, ${name}`;
        const levels = await page.locator('main').locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        expect(levels.filter((l) => l === 1), at).toHaveLength(1);
        const inPreview = await preview.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        expect(inPreview[0], at).toBe(2);
        expect(Math.min(...inPreview.slice(1)), at).toBeGreaterThanOrEqual(3);
        levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1], `${at}: ${levels.join(' ')}`).toBeLessThanOrEqual(1));
        const axe = await new AxeBuilder({ page }).include('main').analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), at).toEqual([]);
      }
      await part(w.overview).click();
    };
    await outline('partner.json');

    // A file held over the zone lights it up (its edge solid, not dashed)
    // until it leaves or lands; dropped, it is checked as a chosen one, and named.
    const zone = page.locator('.check-drop');
    const edge = () => zone.evaluate((z) => getComputedStyle(z).borderTopStyle);
    // A drag event over the zone, carrying a file named `name` when given.
    const drag = (type, name, text) => zone.evaluate((z, [t, n, body]) => {
      const data = new DataTransfer();
      if (n) data.items.add(new File([body], n, { type: 'application/json' }));
      z.dispatchEvent(new DragEvent(t, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [type, name, text]);
    expect(await edge()).toBe('dashed');
    await drag('dragover');
    await expect.poll(edge).toBe('solid');
    await drag('dragleave');
    await expect.poll(edge).toBe('dashed');
    await drag('dragover');
    await expect.poll(edge).toBe('solid');
    await drag('drop', 'dropped.json', bundledText);
    await expect(result).toContainText(`dropped.json: ${w.ok}`);
    await expect(page.locator('.check-chosen')).toHaveText('dropped.json');
    expect(await edge()).toBe('dashed');

    // A file with two broken rules: both listed at their paths, in the page's
    // language; the lenient reading still previews what it can.
    const { doc, figure, percent } = broken();
    await input.setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc, null, 2)) });
    await expect(result).toContainText(`draft.json: ${w.problems}`);
    await expect(result).toBeFocused();
    const problems = page.locator('.check-result li');
    await expect(problems).toHaveCount(2);
    await expect(problems.filter({ hasText: `$.figures[${figure}].values[0].value` })).toHaveCount(1);
    await expect(problems.filter({ hasText: `$.figures[${percent}].values[0].value` })).toHaveCount(1);
    await expect(problems.filter({ hasText: lang === 'sv' ? 'röjande' : 'disclosure' })).toHaveCount(1);
    // Each at its line in the file as written, for a text editor: the line a
    // sentinel put in the value's place lands on in the same pretty-printing.
    const lineOf = (i) => {
      const marked = structuredClone(doc);
      marked.figures[i].values[0].value = '@@here@@';
      return JSON.stringify(marked, null, 2).split('\n').findIndex((l) => l.includes('@@here@@')) + 1;
    };
    for (const i of [figure, percent]) {
      await expect(problems.filter({ hasText: `$.figures[${i}].values[0].value` })).toContainText(`${lang === 'sv' ? 'rad' : 'line'} ${lineOf(i)}, $.figures`);
    }
    // The preview is what the dashboard would show: the rest of the file, and
    // what it had to leave out, with why.
    await expect(preview.locator('figure.chart').first()).toBeVisible();
    await expect(preview.locator('.data-warning')).toBeVisible();
    // Its notice of what was left out is a sibling of the section's heading.
    await outline('draft.json');

    // A fault outside the figures and views (a date in words on the timeline)
    // rejects the file: its problem, and no preview.
    doc.timeline[0].date = 'våren 2015';
    await input.setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc, null, 2)) });
    await expect(result).toContainText(`draft.json: ${lang === 'sv' ? '3 problem' : '3 problems'}`);
    await expect(page.getByText(w.none)).toHaveText(w.nonePlural);
    await expect(page.locator('section.check-preview')).toHaveCount(0);

    // Not JSON at all: the place of the fault, and no preview.
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "figures": [1, 2,\n') });
    // One problem is one problem, in words, not "1 problems".
    await expect(result).toContainText(`notes.json: ${lang === 'sv' ? 'ett problem' : 'one problem'}.`);
    await expect(page.locator('.check-result li')).toHaveCount(1);
    // Said by its line and column, without the whole file's path ("$").
    await expect(page.locator('.check-result li')).toHaveText(lang === 'sv' ? /^inte giltig JSON på rad 3, kolumn \d+: / : /^not valid JSON at line 3, column \d+: /);
    await expect(page.getByText(w.none)).toHaveText(w.noneOne);
    await expect(page.locator('section.check-preview')).toHaveCount(0);

    const tools = sent.filter((r) => /\/iop-tools-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(r.url.pathname));
    expect(tools.map((r) => [r.method, r.url.search, r.body])).toEqual([['GET', '', null], ['GET', '', null]]);
    // The published data, read to compare each file without problems with:
    // the site's own file, a GET with nothing of the keeper's in it.
    const origin = new URL(page.url()).origin;
    const published = sent.filter((r) => r.url.origin === origin && r.url.pathname.endsWith('/data/iop-ensamkommande.json'));
    expect(published.length).toBeGreaterThan(0);
    expect(new Set(published.map((r) => `${r.method} ${r.url.search} ${r.body}`))).toEqual(new Set(['GET  null']));
    expect(sent.filter((r) => !tools.includes(r) && !published.includes(r)).map((r) => r.url.href)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
  });
}

// A count withheld by the disclosure rule ("<5") on a time axis: the keeper
// previews a file with one after the series' last year. Its place is a
// dashed gap labelled "fewer than 5", visible inside the place, not an empty
// place (a period the file does not list), on a phone too.
for (const lang of ['sv', 'en']) {
  test(`a withheld count on a time axis is a labelled gap in the preview (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.setViewportSize({ width: 360, height: 800 });
    const doc = JSON.parse(bundledText);
    const view = doc.views.find((v) => v.panels.some((p) => p.kind === 'columns'));
    const id = view.panels.find((p) => p.kind === 'columns').marks[0].series;
    const series = doc.series.find((s) => s.id === id);
    const last = series.points[series.points.length - 1];
    const year = String(Number(last.period) + 1);
    series.points.push({ period: year, value: '<5', sources: last.sources });
    await page.goto(`./check.html?lang=${lang}`);
    await page.getByLabel(w.choose).setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await expect(page.locator('.check-result')).toContainText(`draft.json: ${w.ok}`);
    const mark = page.locator(`.check-preview [data-mark="${id}-${year}"]`);
    const fewer = lang === 'sv' ? 'färre än 5' : 'fewer than 5';
    await expect(mark).toHaveClass(/\bmark-gap\b/);
    await expect(mark).toHaveAttribute('aria-label', new RegExp(`^${year}: ${fewer} `));
    const label = mark.locator('.mark-value');
    await expect(label).toHaveText(fewer);
    await expect(label).toBeVisible();
    const [place, text] = await Promise.all([mark.boundingBox(), label.boundingBox()]);
    expect(text.width * text.height).toBeGreaterThan(0);
    expect(text.x).toBeGreaterThanOrEqual(place.x - 0.5);
    expect(text.x + text.width).toBeLessThanOrEqual(place.x + place.width + 0.5);
    expect(text.y).toBeGreaterThanOrEqual(place.y - 0.5);
  });
}

// A keeper's count far smaller than its neighbour's (95 beside 987,654, a
// twentieth of a pixel at its true length) is drawn as a sliver at the
// narrowest width, so it is not read as nothing; a zero is still no bar.
test('a bar far smaller than its neighbours is a sliver, and a zero no bar', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const doc = JSON.parse(bundledText);
  const view = doc.views.find((v) => v.panels[0].kind === 'bars' && v.panels[0].marks.filter((m) => m.figure).length >= 3);
  const [small, large, zero] = view.panels[0].marks.map((m) => m.figure);
  const set = (id, value) => { doc.figures.find((f) => f.id === id).values[0].value = value; };
  set(small, 95);
  set(large, 987654);
  set(zero, 0);
  await page.goto('./check.html?lang=en');
  await page.getByLabel(WORDS.en.choose).setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.locator('.check-result')).toContainText(`draft.json: ${WORDS.en.ok}`);
  const bar = (id) => page.locator(`.check-preview #chart-${view.id} [data-mark="${id}"] rect.bar`);
  const [sliver, longest, none] = await Promise.all([small, large, zero].map((id) => bar(id).boundingBox()));
  // About a pixel (its true length would be a twentieth of one).
  expect(sliver.width).toBeGreaterThan(0.9);
  expect(sliver.width).toBeLessThan(longest.width / 100);
  expect(none?.width ?? 0).toBe(0);
  await expect(page.locator(`.check-preview #chart-${view.id} [data-mark="${small}"]`)).toContainText('95');
});

// A view that lists its events out of date order (a keeper added one at the
// end): the preview's timeline is in date order all the same, on the page
// and for the keys, which step through the marks in document order.
test('a timeline is drawn in date order whatever order its view lists the events', async ({ page }) => {
  const w = WORDS.en;
  const doc = JSON.parse(bundledText);
  const view = doc.views.find((v) => v.panels.some((p) => p.kind === 'timeline'));
  const panel = view.panels.find((p) => p.kind === 'timeline');
  const listed = panel.marks.map((m) => m.event);
  panel.marks.reverse();
  await page.goto('./check.html?lang=en');
  await page.getByLabel(w.choose).setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.locator('.check-result')).toContainText(`draft.json: ${w.ok}`);
  const marks = page.locator(`.check-preview #chart-${view.id} .panel-timeline .mark`);
  await expect(marks).toHaveCount(listed.length);
  expect(await marks.evaluateAll((ms) => ms.map((m) => m.dataset.mark))).toEqual(listed);
  // The keys walk them in that order: from the first, End goes to the last.
  await marks.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(marks.last()).toBeFocused();
  await expect(marks.last()).toHaveAttribute('data-mark', listed[listed.length - 1]);
});

test('the Sources view links to the check page in its language', async ({ page }) => {
  await page.goto('./?lang=en&section=sources');
  const link = page.getByRole('link', { name: 'Publishing figures in this format? Check your file' });
  await expect(link).toHaveAttribute('href', 'check.html?lang=en');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your data file');
});

// A publisher comes from the dashboard's Sources view: the check page's
// header is the dashboard's, its name where the dashboard's name is and the
// language where the dashboard's language is, over the column the page is set
// in (it was the other way round, the page's text 64 px to the right of it).
test(`the check page keeps the dashboard's header: the name, then the language, over its column`, async ({ page }) => {
  for (const width of [390, 1280, 1600]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?lang=en&section=sources');
    const board = await page.evaluate(() => ({
      name: document.querySelector('.site-title').getBoundingClientRect().left,
      language: document.querySelector('.language-nav a').getBoundingClientRect().right,
    }));
    await page.goto('./check.html?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const check = await page.evaluate(() => {
      const box = (q) => document.querySelector(q).getBoundingClientRect();
      return { name: box('.check-back a'), language: box('.language-nav a'), title: box('h1'), drop: box('.check-drop'), header: box('.site-header'), intro: box('.check-main > p') };
    });
    const at = `at ${width} px`;
    expect(Math.round(check.name.left), `the name ${at}`).toBe(Math.round(board.name));
    expect(Math.round(check.language.right), `the language ${at}`).toBe(Math.round(board.language));
    expect(Math.round(check.title.left), `the heading ${at}`).toBe(Math.round(board.name));
    expect(Math.round(check.drop.left), `the chooser ${at}`).toBe(Math.round(board.name));
    // In reading order too: the name comes first, as on the dashboard.
    expect(check.name.top < check.language.top || check.name.right < check.language.left, at).toBe(true);
    // The heading has the column's space under the header (it stood 7 px
    // under its rule), and the sentences lines a reader can follow, as the
    // overview's lede (they ran 1,248 px wide at 1280).
    expect(check.title.top - check.header.bottom, at).toBeGreaterThanOrEqual(16);
    expect(check.intro.width, at).toBeLessThanOrEqual(Math.min(720, width));
  }
  await page.keyboard.press('Tab');
  await expect(page.locator('.check-back a')).toBeFocused();
});

/** Every heading under `root` as the page sets it: its text and its look
 *  (size, line height, spacing, weight), the tag left out, since the preview's
 *  are two levels deeper (the preview's own title left out). Runs in the
 *  page. */
const headingLooks = (root) => [...document.querySelectorAll(`${root} :is(h1, h2, h3, h4, h5, h6):not(#check-preview-title)`)].map((h) => {
  const s = getComputedStyle(h);
  return [h.textContent.trim(), [s.fontSize, s.lineHeight, s.marginTop, s.marginBottom, s.fontWeight].join(' ')];
});

// "This is how the dashboard would look with your file": the preview sets
// the dashboard's headings two levels deeper, under the check page's own h1
// and h2, and styled by their tags they came out in the wrong sizes: the
// charts' titles at 13 px under takeaways of 17, "Key figures" at 16 px
// instead of 24. And the part shown was a filled button among filled buttons.
test('the preview looks as the dashboard and its embeds will, and shows which part it is', async ({ page }) => {
  const w = WORDS.en;
  await page.setViewportSize({ width: 1280, height: 900 });
  const doc = JSON.parse(bundledText);
  // The overview's charts come one after another: all of them, before their
  // headings are read.
  const charts = { overview: doc.views.length, parties: 0, sources: 0 };
  const board = {};
  for (const section of ['overview', 'parties', 'sources']) {
    await page.goto(`./?lang=en&section=${section}`);
    await appStarted(page);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main figure.chart')).toHaveCount(charts[section]);
    board[section] = new Map(await page.evaluate(headingLooks, 'main'));
  }
  const widgets = ['key-figures', ...doc.views.map((v) => v.id)];
  const embeds = {};
  for (const id of widgets) {
    await openEmbed(page, id, 'en');
    embeds[id] = await page.evaluate(headingLooks, 'main');
  }

  await page.goto('./check.html?lang=en');
  await page.getByLabel(w.choose).setInputFiles({ name: 'iop.json', mimeType: 'application/json', buffer: Buffer.from(bundledText) });
  const part = (name) => page.locator('.check-parts').getByRole('button', { name, exact: true });
  for (const [section, name] of [['overview', w.overview], ['parties', w.parties], ['sources', w.sources]]) {
    await part(name).click();
    await expect(page.locator('.check-preview h3').first()).toBeVisible();
    await expect(page.locator('.check-preview figure.chart')).toHaveCount(charts[section]);
    const seen = await page.evaluate(headingLooks, '.check-preview');
    // Every heading of the section is in the preview, as it looks there.
    expect(seen.length, section).toBe(board[section].size);
    for (const [text, look] of seen) expect(`${section}: ${text}: ${look}`).toBe(`${section}: ${text}: ${board[section].get(text)}`);
  }
  await part(w.embeds).click();
  await expect(page.locator('.check-embed')).toHaveCount(widgets.length);
  const seen = new Map(await page.evaluate(headingLooks, '.check-embed'));
  for (const id of widgets) {
    expect(embeds[id].length, id).toBeGreaterThan(0);
    for (const [text, look] of embeds[id]) expect(`${id}: ${text}: ${seen.get(text)}`).toBe(`${id}: ${text}: ${look}`);
  }
  // And each widget is as tall as its embed at the same width: what a partner
  // sizes the frame by (the preview's were 88-142 px taller at 390 px).
  const sizes = await page.locator('.check-embed').evaluateAll((es) => es.map((e) => {
    const s = getComputedStyle(e);
    return { width: e.clientWidth, height: e.getBoundingClientRect().height - parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth) };
  }));
  const framed = await page.context().newPage();
  for (const [i, id] of widgets.entries()) {
    await framed.setViewportSize({ width: sizes[i].width, height: 900 });
    await openEmbed(framed, id, 'en');
    const height = await framed.locator('main').evaluate((m) => m.getBoundingClientRect().height);
    expect(Math.abs(sizes[i].height - height), `${id}: the preview ${sizes[i].height} px, the embed ${height} px`).toBeLessThanOrEqual(1);
  }
  await framed.close();

  // The part shown stands out from the others, whose words can still be read,
  // in either theme and in forced colours.
  const colours = () => page.locator('.check-parts .button').evaluateAll((buttons) => buttons.map((b) => {
    const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
    const s = getComputedStyle(b);
    return { pressed: b.getAttribute('aria-pressed') === 'true', fg: rgb(s.color), bg: rgb(s.backgroundColor) };
  }));
  for (const [scheme, forcedColors] of [['light', 'none'], ['dark', 'none'], ['light', 'active']]) {
    await page.emulateMedia({ colorScheme: scheme, forcedColors });
    const buttons = await colours();
    const at = `${scheme}, forced colours ${forcedColors}`;
    expect(buttons.filter((b) => b.pressed), at).toHaveLength(1);
    const shown = buttons.find((b) => b.pressed);
    for (const b of buttons) {
      expect(contrast(b.fg, b.bg), at).toBeGreaterThanOrEqual(4.5);
      if (!b.pressed) expect(contrast(b.bg, shown.bg), `${at}: the part shown against another`).toBeGreaterThanOrEqual(3);
    }
  }
});

// A publisher reading the preview's sources, who switches the language or
// checks the file again after an edit, stays at the sources: the part shown
// went back to the overview with either.
test('the preview keeps the part shown across a language switch and a new check', async ({ page }) => {
  await page.goto('./check.html?lang=en');
  const file = { name: 'iop.json', mimeType: 'application/json', buffer: Buffer.from(bundledText) };
  await page.getByLabel(WORDS.en.choose).setInputFiles(file);
  const shown = async (lang) => {
    const w = WORDS[lang];
    await expect(page.locator('.check-parts [aria-pressed="true"]')).toHaveText(w.sources);
    await expect(page.locator('.check-preview h3').first()).toHaveText(w.sources);
  };
  await page.locator('.check-parts').getByRole('button', { name: WORDS.en.sources, exact: true }).click();
  await shown('en');
  await page.getByRole('link', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.sv.title);
  await shown('sv');
  await page.getByLabel(WORDS.sv.choose).setInputFiles({ ...file, name: 'iop-2.json' });
  await expect(page.locator('#check-result')).toContainText('iop-2.json');
  await shown('sv');
});

// The data files under the Sources view are the published data's, written
// from the file before the keeper's: the preview says where they will be and
// links none of them, so that none is taken for the file being checked.
test('the preview names the data files the published file will have, and offers none of the site\'s', async ({ page }) => {
  const doc = JSON.parse(bundledText);
  doc.figures.find((f) => f.unit === 'children' && typeof f.values[0].value === 'number').values[0].value += 7;
  const said = { sv: 'Förhandsvisningen erbjuder inte datafilerna', en: 'The preview does not offer the data files' };
  for (const lang of ['sv', 'en']) {
    await page.goto(`./check.html?lang=${lang}`);
    await page.getByLabel(WORDS[lang].choose).setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await page.locator('.check-parts').getByRole('button', { name: WORDS[lang].sources, exact: true }).click();
    const files = page.locator('.check-preview .data-files');
    await expect(files).toContainText(said[lang]);
    await expect(files.getByRole('heading')).toHaveCount(1);
    // None of the data's own files; the list of releases and the files'
    // description stay, as they are the site's, not the data's.
    await expect(files.locator('a[data-file="json"], a[data-file="xlsx"], a[data-file="datapackage"], a[data-file="bibtex"], a[href$=".csv"]')).toHaveCount(0);
    await expect(files.locator('a[data-file="releases"]')).toHaveCount(1);
    // The preview's sources themselves are listed as the dashboard lists them.
    await expect(page.locator('.check-preview .source-list li').first()).toBeVisible();
  }
  // The dashboard's own Sources view offers the files.
  await page.goto('./?lang=en&section=sources');
  await expect(page.locator('.data-files a[data-file="json"]')).toBeVisible();
});

test('without JavaScript the check page says that the check needs it, in both languages, and leads back', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto('./check.html');
  // In the page's column (it was flush with the window's edge, with no way
  // on), each language with its way to the dashboard, which works without.
  const notes = page.locator('main .no-js-note');
  await expect(notes).toHaveText([
    'Kontrollen av en datafil görs i webbläsaren och behöver JavaScript. Till instrumentpanelen',
    'The check of a data file runs in the browser and needs JavaScript. To the dashboard',
  ]);
  await expect(notes.nth(1)).toHaveAttribute('lang', 'en');
  for (const box of [await notes.nth(0).boundingBox(), await notes.nth(1).boundingBox()]) {
    expect(box.x).toBeGreaterThanOrEqual(16);
    expect(box.x + box.width).toBeLessThanOrEqual(390 - 16);
  }
  await page.getByRole('link', { name: 'To the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(bundledText).partnership.name.en);
  await context.close();
});

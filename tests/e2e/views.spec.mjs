// What the dashboard shows comes from the published file: a second, made-up
// partnership's file (tests/data/test-partnership.json: other ids, four views in
// another order and mix of kinds, another licence) is drawn, embedded and
// downloaded with no code for it; a version-1 file is told how to migrate; and
// files with the defects found by trying the dashboard as a new user would.
import { test, expect } from '@playwright/test';
import { appStarted, openEmbed } from './app.mjs';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const bundled = read('../../data/iop-ensamkommande.json');
const second = read('../data/test-partnership.json');
const plain = (s) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** The page gets `doc` in place of the published file. */
async function serve(page, doc) {
  await page.route('**/data/iop-ensamkommande.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(doc) }));
}

const TAKEAWAYS = {
  sv: {
    forlopp: 'Avtalet skrevs under i januari 2019 och skulle gälla till 2024; det avslutades 2023 efter 5 händelser.',
    besok: 'Flest hembesök gjordes 2020: 1 250.',
    'vem-och-vad': '4 parter, 2 av dem ideella med bekräftad underskrift, erbjöd 3 insatser; för 2 är utföraren okänd.',
    'deltagare-och-pengar': 'Deltagarna ökade från 120 år 2020 till cirka 410 respektive 436 år 2021. Staden stod för 72 % av budgeten.',
  },
  en: {
    forlopp: 'The agreement was signed in January 2019 to run until 2024; it ended in 2023 after 5 events.',
    besok: 'Most home visits were made in 2020: 1,250.',
    'vem-och-vad': '4 parties, 2 of them nonprofits with a confirmed signature, offered 3 services; for 2 the provider is not known.',
    'deltagare-och-pengar': 'Participants rose from 120 in 2020 to about 410 and 436 in 2021. The town paid 72% of the budget.',
  },
};

for (const lang of ['sv', 'en']) {
  test(`a second partnership's file is drawn from its views alone (${lang})`, async ({ page }) => {
    await serve(page, second);
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    await expect(page).toHaveTitle(second.title[lang]);
    await expect(page.locator('.site-title')).toHaveText(second.title[lang]);
    const charts = page.locator('figure.chart');
    await expect(charts).toHaveCount(second.views.length);
    expect(await charts.evaluateAll((fs) => fs.map((f) => f.id))).toEqual(second.views.map((v) => `chart-${v.id}`));
    for (const view of second.views) {
      const chart = page.locator(`#chart-${view.id}`);
      await expect(chart.getByRole('heading', { level: 3 }).first()).toHaveText(view.title[lang]);
      expect(plain(await chart.locator('.takeaway').innerText())).toBe(TAKEAWAYS[lang][view.id]);
      // One Tab stop per chart, its marks named.
      await expect(chart.locator('[role="img"][tabindex="0"]')).toHaveCount(1);
    }
    await expect(page.locator(`#chart-${second.views[0].id} .subtitle`)).toHaveText(second.views[0].subtitle[lang]);
    // Nothing of the bundled partnership's charts.
    for (const view of bundled.views) await expect(page.getByText(view.title[lang], { exact: true })).toHaveCount(0);
    // Its notes, the caveats of what it shows, and what the marks' looks mean.
    const notes = page.locator('#chart-besok .chart-notes');
    await expect(notes).toContainText(second.views[1].notes[0][lang]);
    await expect(notes).toContainText(second.series[0].caveat[lang]);
    await expect(notes).toContainText(lang === 'sv' ? 'perioder utan siffra' : 'periods without a figure');
    await expect(page.locator('#chart-besok [data-mark="besok-per-ar-2022"]')).toHaveClass(/mark-gap/);
    // A count of 1-4 people stays "<5", in words.
    await expect(page.locator('#chart-deltagare-och-pengar [data-mark="volontarer-nya"]'))
      .toContainText(lang === 'sv' ? 'färre än 5' : 'fewer than 5');
    // The licence is the file's own.
    const licence = page.getByRole('contentinfo').getByRole('link', { name: 'CC-BY 4.0' });
    await expect(licence).toHaveAttribute('href', second.licence.url);
    await expect(page.getByText('CC0 1.0')).toHaveCount(0);
  });
}

test('a chart of the second file opens from its URL, and an id it lacks shows the overview', async ({ page }) => {
  await serve(page, second);
  await page.goto('./?lang=en&chart=besok&view=table');
  await appStarted(page);
  const table = page.locator('#chart-besok .table-view');
  await expect(table).toBeVisible();
  await expect(table.locator('tr[data-mark]')).toHaveCount(second.series[0].points.length);
  // A bundled chart's id means nothing here: the overview, no error.
  await page.goto('./?lang=en&chart=housing');
  await appStarted(page);
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.locator('figure.chart')).toHaveCount(second.views.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the second file is embedded, each widget under its own name and licence', async ({ page }) => {
  await serve(page, second);
  const view = second.views[0];
  await openEmbed(page, view.id, 'en', { theme: 'auto' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.title.en);
  await expect(page).toHaveTitle(`${view.title.en} – ${second.title.en}`);
  await expect(page.getByRole('main')).toHaveAttribute('aria-label', view.title.en);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'CC-BY 4.0' })).toHaveAttribute('href', second.licence.url);
  await expect(page.locator('[role="img"][data-mark]')).toHaveCount(second.timeline.length);

  // Without a chart: every widget of this file, by its id.
  await page.goto('./embed.html?lang=sv');
  await appStarted(page);
  const ids = await page.locator('.widget-list [data-widget]').evaluateAll((li) => li.map((l) => l.dataset.widget));
  expect(ids).toEqual(['key-figures', ...second.views.map((v) => v.id)]);
});

test('the second file downloads with its own names, rows, licence and citation', async ({ page }) => {
  await serve(page, second);
  const view = second.views[3];
  await page.goto(`./?lang=en&chart=${view.id}`);
  await appStarted(page);
  const panel = page.locator(`#chart-${view.id} details.download-panel`);
  await panel.locator('summary').click();
  const download = async (format) => {
    const [file] = await Promise.all([page.waitForEvent('download'), panel.locator(`button[data-download="${format}"]`).click()]);
    return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
  };
  const json = await download('json');
  expect(json.name).toBe(`${second.id}-${view.id}-en.json`);
  const doc = JSON.parse(json.text);
  expect(doc.chart).toBe(view.id);
  expect(doc.title).toBe(view.title.en);
  expect(doc.licence).toEqual({ id: second.licence.id, name: second.licence.name.en, url: second.licence.url });
  expect(doc.citation).toContain('CC-BY 4.0');
  expect(doc.citation).toContain(second.title.en);
  // Every record the view shows: the two sources of 2021 each keep their row.
  expect(doc.rows.map((r) => r.mark_id)).toEqual(['deltagare-2020', 'deltagare-2021-1', 'deltagare-2021-2', 'volontarer-nya', 'nojda-andel', 'budget-total', 'budget-stad']);
  expect(doc.rows.find((r) => r.mark_id === 'volontarer-nya').value).toBeNull();
  const svg = await download('svg');
  expect(svg.name).toBe(`${second.id}-${view.id}-en.svg`);
  expect(svg.text).toContain(`>${view.title.en}</title>`);
  expect(svg.text).toContain('Licence CC-BY 4.0');
});

/** The bundled file as a version-1 file: no views. */
function version1() {
  const doc = structuredClone(bundled);
  doc.schema_version = 1;
  delete doc.views;
  return doc;
}

for (const [lang, words] of [
  ['sv', ['formatversion 1', 'cargo run --bin validate -- --migrate FIL']],
  ['en', ['format version 1', 'cargo run --bin validate -- --migrate FILE']],
]) {
  test(`a version-1 file is told how to migrate (${lang})`, async ({ page }) => {
    await serve(page, version1());
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('$.schema_version');
    for (const w of words) await expect(alert).toContainText(w);
    await expect(alert.getByRole('button')).toBeVisible();
  });
}

test('a series that lists a year twice is left out, and its chart says why', async ({ page }) => {
  const doc = structuredClone(bundled);
  const points = doc.series[0].points;
  points[2].period = points[1].period;
  await serve(page, doc);
  await page.goto('./?lang=en');
  await appStarted(page);
  const notice = page.locator('.data-warning');
  await expect(notice).toContainText(`$.series[0].points[2].period: period "${points[1].period}" is already listed at $.series[0].points[1].period`);
  const context = page.locator('#chart-context');
  await expect(context).toHaveClass(/chart-unavailable/);
  await expect(context.getByRole('heading')).toHaveText(doc.views.find((v) => v.id === 'context').title.en);
  await expect(context).toContainText(`\`series\` "${doc.series[0].id}" was left out because of its own problems`);
  await expect(page.locator('#chart-housing [role="img"]')).toHaveCount(3);
});

for (const [lang, words] of [
  ['sv', ['Diagrammet kan inte visas', '`figure` "crisis-conversations" finns inte i filen']],
  ['en', ['This chart cannot be shown', '`figure` "crisis-conversations" is not in the file']],
]) {
  test(`a chart whose figure is missing from the file says which and why (${lang})`, async ({ page }) => {
    const doc = structuredClone(bundled);
    doc.figures = doc.figures.filter((f) => f.id !== 'crisis-conversations');
    await serve(page, doc);
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const reach = page.locator('#chart-reach');
    await expect(reach.getByRole('heading')).toHaveText(doc.views.find((v) => v.id === 'reach').title[lang]);
    for (const w of words) await expect(reach).toContainText(w);
    await expect(reach.locator('[role="img"]')).toHaveCount(0);
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.locator('figure.chart')).toHaveCount(doc.views.length);
    await expect(page.locator('#chart-money [role="img"]').first()).toBeVisible();
    // Its embed says the same in its place.
    await openEmbed(page, 'reach', lang, { theme: 'auto' });
    const embedded = page.locator('#chart-reach');
    await expect(embedded.getByRole('heading', { level: 1 })).toHaveText(doc.views.find((v) => v.id === 'reach').title[lang]);
    for (const w of words) await expect(embedded).toContainText(w);
  });
}

test('text of any length wraps: no page scrolls sideways, down to 320 px', async ({ page }) => {
  const long = 'Ett' + 'mycketlångtordutanmellanrum'.repeat(15);
  const doc = structuredClone(bundled);
  const headline = doc.figures.find((f) => f.headline);
  headline.label.sv = long;
  doc.views[0].title.sv = long;
  doc.views[0].takeaway.sv = `${long} {value:${doc.views[0].panels[0].marks[0].figure}}`;
  doc.views[0].takeaway.en = `${long} {value:${doc.views[0].panels[0].marks[0].figure}}`;
  doc.views[0].panels[0].title.sv = long;
  doc.views[0].notes = [{ sv: long, en: long }];
  doc.partnership.name.sv = long;
  doc.partnership.parties[1].name.sv = long;
  doc.sources[0].publisher = long;
  doc.sources[0].title = long;
  doc.services[0].label.sv = long;
  await serve(page, doc);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const url of ['./?lang=sv', './?lang=sv&section=parties', './?lang=sv&section=sources', `./?lang=sv&chart=${doc.views[0].id}&view=table`, `./embed.html?chart=${doc.views[0].id}&lang=sv&theme=auto&view=chart`]) {
      await page.goto(url);
      await appStarted(page);
      await expect(page.getByText(long).first()).toBeVisible();
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, `${url} at ${width} px`).toBeLessThanOrEqual(client);
    }
  }
});

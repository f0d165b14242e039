// The served release build in real Chromium: what a visitor sees and can do.
import { test, expect } from '@playwright/test';
import { appStarted, calendarDay, expectNoShifts, holdBack, recordShifts } from './app.mjs';
import { painted, piecemealSite } from './arriving.mjs';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const sourceById = new Map(data.sources.map((s) => [s.id, s]));
const headline = data.figures.filter((f) => f.headline);
const arrive = piecemealSite();
const digits = (s) => s.replace(/\D/g, '');
// How a source line names a source: "Forum 2017".
const short = (s) => `${s.short_name ?? s.publisher} ${s.date.slice(0, 4)}`;

test('the headline figures are shown with their values and linked sources', async ({ page }) => {
  await page.goto('./');
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Nyckeltal' })).toBeVisible();
  expect(headline.length).toBeGreaterThanOrEqual(4);
  for (const figure of headline) {
    const card = page.locator(`[data-figure="${figure.id}"]`);
    await expect(card.getByRole('heading', { level: 3 })).toContainText(figure.label.sv);
    // One big number: every value, in the order the file gives them, never averaged.
    const shown = await card.locator('.key-figure-value [aria-hidden="true"], .key-figure-value:not(:has(*))').first().innerText();
    const parts = shown.split(/\s·\s/);
    expect(parts.map(digits), `${figure.id} values`).toEqual(figure.values.map((v) => String(v.value)));
    // A short line, each source linked to its full entry in the list.
    for (const id of new Set(figure.values.flatMap((v) => v.sources))) {
      const source = sourceById.get(id);
      const link = card.locator(`cite[data-source="${id}"]`).getByRole('link');
      await expect(link).toHaveText(short(source));
      await expect(link).toHaveAttribute('href', new RegExp(`section=sources#source-${id}$`));
      // The full citation on hover; the entry itself in the list of sources.
      expect(await link.getAttribute('title')).toContain(`${source.publisher}, `);
    }
  }
});

test('the partnership name, period and every party are shown', async ({ page }) => {
  await page.goto('./');
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.partnership.name.sv);
  await expect(page.locator('.period')).toContainText('mars 2015');
  // How recent the figures are: the file's own date, as the browser's
  // calendar writes it in Swedish.
  await expect(page.locator('.partnership .updated')).toHaveText(`Uppdaterad ${calendarDay(data.updated, 'sv-SE')}`);
  await page.goto('./?section=parties');
  for (const party of data.partnership.parties) {
    await expect(page.locator(`[data-party="${party.id}"]`)).toContainText(party.name.sv);
  }
  // Unconfirmed, said in the parentheses with when it joined; its caveat on a
  // line of its own below them, not run on from the flag.
  const gole = page.locator('[data-party="fc-gole"]');
  await expect(gole.locator('.party-joined')).toHaveText('(gick med mars 2015, osäker uppgift)');
  const joined = await gole.locator('.party-joined').boundingBox();
  const caveat = await gole.locator('.caveat').boundingBox();
  expect(caveat.y).toBeGreaterThanOrEqual(joined.y + joined.height - 1);
  expect(Math.abs(caveat.x - (await gole.locator('.party-name').boundingBox()).x)).toBeLessThan(1);
});

for (const [lang, skip] of [['sv', 'Hoppa till diagrammen'], ['en', 'Skip to the charts']]) {
  test(`the first chart is reached within 5 presses of Tab (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    let presses = 0;
    do {
      await page.keyboard.press('Tab');
      presses += 1;
    } while ((await focused()) !== skip && presses < 5);
    expect(await focused()).toBe(skip);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    presses += 1;
    expect(presses).toBeLessThanOrEqual(5);
    const chart = await page.evaluate(() => document.activeElement.closest('figure.chart')?.id);
    expect(chart).toBe(`chart-${data.views[0].id}`);
  });
}

test('the keys of a chart are shown while a mark has keyboard focus, not printed on every chart', async ({ page }) => {
  await page.goto('./?lang=en');
  await appStarted(page);
  const keys = page.locator(`#chart-${data.views[0].id} .chart-keys`);
  const shown = () => keys.evaluate((k) => k.getBoundingClientRect().width > 50);
  expect(await shown()).toBe(false);
  // Every chart's keys are in its plot's description all the same.
  const plot = page.locator(`#chart-${data.views[0].id} .plot`);
  const describedBy = (await plot.getAttribute('aria-describedby')).split(' ');
  expect(describedBy).toContain(await keys.getAttribute('id'));
  await page.locator(`#chart-${data.views[0].id} [role="img"][tabindex="0"]`).focus();
  await page.keyboard.press('ArrowRight');
  expect(await shown()).toBe(true);
  await expect(keys).toContainText('arrow keys');
});

test('Swedish by default, with landmarks, a skip link and visible focus', async ({ page }) => {
  await page.goto('./');
  await appStarted(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page).toHaveTitle('IOP Ensamkommande i Göteborg');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.locator('[data-figure]').first()).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('every request stays on our origin and under the sub-path, none fails', async ({ page, baseURL }) => {
  const requests = [];
  const failures = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failures.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  await page.goto('./');
  await appStarted(page);
  await expect(page.locator('[data-figure]').first()).toBeVisible();
  expect(failures).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  for (const url of requests) expect(url.startsWith(baseURL), url).toBe(true);
  expect(requests.some((u) => u.endsWith('/iop/data/iop-ensamkommande.json'))).toBe(true);
});

const APP_FAILED = {
  sv: 'De interaktiva diagrammen kunde inte laddas',
  en: 'The interactive charts could not be loaded',
};

// The data did not come: the page keeps what the build drew from the same
// file (below) and says so; once the line is back, a reload brings the app.
test('after the data did not come, a reload brings the app', async ({ page }) => {
  let block = true;
  await page.route('**/data/iop-ensamkommande.json', (route) => (block ? route.abort('failed') : route.continue()));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(APP_FAILED.sv);
  await expect(page.getByRole('contentinfo')).toBeVisible();
  block = false;
  await page.reload();
  await appStarted(page);
  await expect(page.locator('[data-figure="crisis-conversations"]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// A file that came but cannot be shown (here: empty) is the publisher's to
// mend: the page says what is wrong and offers a retry.
for (const [lang, retry] of [['sv', 'Försök igen'], ['en', 'Try again']]) {
  test(`after a failed load, the retry is reached and pressed with the keyboard alone (${lang})`, async ({ page }) => {
    let empty = true;
    await page.route('**/data/iop-ensamkommande.json', (route) => (empty ? route.fulfill({ status: 200, body: '' }) : route.continue()));
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole('alert')).toBeVisible();
    empty = false;
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.closest('[role="alert"]') !== null)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(page.locator(':focus')).toHaveText(retry);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-figure="crisis-conversations"]')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('a broken data file is explained with the paths of its problems', async ({ page }) => {
  const broken = structuredClone(data);
  broken.partnership.name.en = '';
  await page.route('**/data/iop-ensamkommande.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Datafilen har fel');
  await expect(alert).toContainText('$.partnership.name.en');

  await page.route('**/data/iop-ensamkommande.json', (route) => route.fulfill({ status: 200, body: '{"schema_version": 1,' }));
  await alert.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByRole('alert')).toContainText('inte giltig JSON på rad 1, kolumn 21: filen tar slut mitt i datan');

  // Shape problems too are in the page's language, with their path.
  const misspelt = structuredClone(data);
  misspelt.licence.adress = misspelt.licence.url;
  await page.route('**/data/iop-ensamkommande.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(misspelt) }),
  );
  await page.goto('./?lang=en');
  await expect(page.getByRole('alert')).toContainText('$.licence.adress: unknown field `adress` (misspelt?)');
});

// The app cannot start (its wasm does not come), or cannot show the data (the
// file does not come): either way the page keeps the first view, drawn by the
// build from the same file, as the page without scripts. When the data did
// not come, the page once put a message alone in place of every figure.
for (const [lang, cause, pattern] of [
  ['sv', 'its wasm', '**/*_bg.wasm'],
  ['en', 'its wasm', '**/*_bg.wasm'],
  ['sv', 'its data', '**/data/iop-ensamkommande.json'],
  ['en', 'its data', '**/data/iop-ensamkommande.json'],
]) {
  test(`${lang}: when the app cannot load ${cause}, the page says so and keeps every chart`, async ({ page }) => {
    // Every chart of the first view in turn, and axe over the whole page in
    // two themes: 21 s alone on a 2-core machine, more beside another worker.
    test.setTimeout(60_000);
    await page.route(pattern, (route) => route.abort('connectionreset'));
    await page.goto(`./?lang=${lang}`);
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(new RegExp(APP_FAILED[lang]));
    await expect(alert).toHaveCount(1);
    // The first view stays, with the key figures and all six charts, drawn by
    // the build from the app's own components, each mark named.
    const view = page.locator(`#first-view > [lang="${lang}"]`);
    await expect(view.locator('.key-figure').first()).toBeVisible();
    const charts = view.locator('figure.chart');
    await expect(charts).toHaveCount(data.views.length);
    for (const [i, chart] of (await charts.all()).entries()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      await expect(chart.locator('.plot .mark').first()).toHaveAttribute('aria-label', /\S+: \S/);
      await expectNoScriptChart(chart, data.views[i].id);
    }
    await expect(view.locator('.fv-loading')).toBeHidden();
    // The page in that state passes axe, in the light and the dark theme.
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations, `${colorScheme}: ${JSON.stringify(axe.violations, null, 1)}`).toEqual([]);
    }
  });
}

// The parties and the sources have no chart and lose nothing without the
// app: kept when it cannot load its wasm or its data, they say nothing of
// charts (they said "The interactive charts could not be loaded", and told a
// screen reader the charts were loading).
test('a section without charts, kept without the app, says nothing of charts', async ({ page }) => {
  for (const [pattern, section, lang] of [
    ['**/*_bg.wasm', 'parties', 'en'],
    ['**/data/iop-ensamkommande.json', 'sources', 'sv'],
  ]) {
    await page.unrouteAll();
    await page.route(pattern, (route) => route.abort('failed'));
    await page.goto(`./?lang=${lang}&section=${section}`);
    await expect(page.locator('html')).toHaveClass(/\bapp-failed\b/);
    await expect(page.locator('#first-view main h1')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect(page.locator('#first-view')).not.toContainText(APP_FAILED[lang]);
  }
});

// A missing file: the page keeps its first view, as when no answer comes. A
// release's page has none to keep (the build drew the latest data): a release
// not found is said so (publishing.spec.mjs), any other status is reported,
// with a retry.
test('a missing data file keeps the page as built; a release that fails reports the HTTP status', async ({ page }) => {
  let status = 404;
  await page.route('**/iop-ensamkommande.json', (route) => route.fulfill({ status, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(APP_FAILED.sv);
  await expect(page.locator('#first-view > [lang="sv"] figure.chart')).toHaveCount(data.views.length);
  status = 503;
  await page.goto(`./?release=${data.updated}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('felkod 503');
  await expect(alert.getByRole('button', { name: 'Försök igen' })).toBeVisible();
  await expect(page.locator('#first-view')).toHaveCount(0);
});

test('the page reflows at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  await appStarted(page);
  await expect(page.locator('[data-figure]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the data and its schema are downloadable from the footer', async ({ page, request }) => {
  await page.goto('./');
  const dataHref = await page.getByRole('link', { name: 'Ladda ner data (JSON)' }).getAttribute('href');
  const schemaHref = await page.getByRole('link', { name: 'Dataformatet (JSON Schema)' }).getAttribute('href');
  const json = await (await request.get(dataHref)).json();
  expect(json.schema_version).toBe(2);
  expect(json.figures.length).toBe(data.figures.length);
  const schema = await (await request.get(schemaHref)).json();
  expect(schema.$schema).toContain('2020-12');
});

// Whom to ask about the figures, or tell of an error: the file's contact (its
// catalogue description's, as Sveriges dataportal has it), in the footer of
// every page, with JavaScript and without.
const ASK = {
  sv: 'Frågor om siffrorna, eller har du hittat ett fel? Kontakta',
  en: 'Questions about the figures, or found an error? Contact',
};
const contactHref = (c) => (c.email ? `mailto:${c.email}` : c.url);

for (const lang of ['sv', 'en']) {
  test(`the footer says whom to ask about the figures, from the file (${lang})`, async ({ page, browser }) => {
    const contact = data.catalogue.contact;
    for (const section of ['overview', 'sources']) {
      await page.goto(`./?lang=${lang}&section=${section}`);
      await appStarted(page);
      const line = page.getByRole('contentinfo').locator('.footer-contact');
      await expect(line).toHaveText(`${ASK[lang]} ${contact.name[lang]}.`);
      await expect(line.getByRole('link', { name: contact.name[lang], exact: true })).toHaveAttribute('href', contactHref(contact));
    }
    // The build's page says the same to a reader without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`./?lang=${lang}`);
    const line = plain.locator(`#first-view > [lang="${lang}"] .footer-contact`);
    await expect(line).toHaveText(`${ASK[lang]} ${contact.name[lang]}.`);
    await expect(line.getByRole('link')).toHaveAttribute('href', contactHref(contact));
    await context.close();
  });
}

test('the footer asks by e-mail where the file gives an address, says a hostile name as text, and is silent where the file names no one', async ({ page }) => {
  const file = structuredClone(data);
  file.catalogue.contact = {
    name: { sv: '<img src=x onerror="window.__hit=1">Statistik', en: 'Statistics <b>desk</b>' },
    email: 'statistik@example.se',
    url: 'https://example.se/fragor',
  };
  let served = file;
  await page.route('**/data/iop-ensamkommande.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(served) }));
  await page.goto('./?lang=en');
  await appStarted(page);
  const line = page.getByRole('contentinfo').locator('.footer-contact');
  await expect(line).toHaveText(`${ASK.en} Statistics <b>desk</b>.`);
  await expect(line.getByRole('link')).toHaveAttribute('href', 'mailto:statistik@example.se');
  await expect(line.locator('b')).toHaveCount(0);
  await page.getByRole('link', { name: 'Svenska' }).click();
  await expect(line).toHaveText(`${ASK.sv} <img src=x onerror="window.__hit=1">Statistik.`);
  await expect(line.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__hit)).toBeUndefined();
  // A file without a catalogue description names no one: no line, and the
  // rest of the footer as before.
  served = structuredClone(data);
  delete served.catalogue;
  await page.reload();
  await appStarted(page);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'CC0 1.0' })).toBeVisible();
  await expect(page.locator('.footer-contact')).toHaveCount(0);
});

test('a stalled server shows loading, then keeps the page as built and says so', async ({ page }) => {
  test.setTimeout(60_000);
  let stall = true;
  await page.route('**/data/iop-ensamkommande.json', (route) => (stall ? undefined : route.continue()));
  await page.goto('./');
  // While it waits, the static first view shows the key figures and says the
  // charts are loading.
  await expect(page.locator('#first-view > [lang="sv"] .fv-loading')).toHaveText('De interaktiva diagrammen laddas …');
  await expect(page.locator('#first-view > [lang="sv"] .key-figure').first()).toBeVisible();
  // No answer in time: the first view stays, no longer loading, and says so.
  await expect(page.getByRole('alert')).toContainText(APP_FAILED.sv, { timeout: 30_000 });
  await expect(page.locator('#first-view > [lang="sv"] .fv-loading')).toBeHidden();
  await expect(page.locator('#first-view > [lang="sv"] figure.chart')).toHaveCount(data.views.length);
  stall = false;
  await page.reload();
  await expect(page.locator('[data-figure="crisis-conversations"]')).toBeVisible();
});

test('an empty answer and an oversized file are explained', async ({ page }) => {
  await page.route('**/data/iop-ensamkommande.json', (route) => route.fulfill({ status: 200, body: '' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Datafilen är tom.');
  await page.route('**/data/iop-ensamkommande.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: `{"pad":"${'x'.repeat(20_000_000)}"}` }),
  );
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByRole('alert')).toContainText('Datafilen är 20 MB, men högst 5 MB kan visas.');
});

test('markup in a label is shown as text, and direction overrides are refused', async ({ page }) => {
  const hostile = structuredClone(data);
  const figure = hostile.figures.find((f) => f.id === 'crisis-conversations');
  figure.label.sv = '<img src=x onerror="window.pwned=1">Krissamtal';
  await page.route('**/data/iop-ensamkommande.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }));
  await page.goto('./');
  const card = page.locator('[data-figure="crisis-conversations"]');
  await expect(card.getByRole('heading')).toContainText('<img src=x onerror="window.pwned=1">Krissamtal');
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();

  figure.label.sv = 'Krissamtal \u202e005';
  await page.route('**/data/iop-ensamkommande.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }));
  await page.reload();
  // The figure is left out with the reason; the rest of the page stays.
  await expect(page.locator('.data-warning')).toContainText('U+202E ändrar textriktningen');
  await expect(page.locator('[data-figure="crisis-conversations"]')).toHaveCount(0);
  await expect(page.locator('[data-figure]').first()).toBeVisible();
});

test('one broken figure and one broken series disable only the charts that need them', async ({ page }) => {
  const broken = structuredClone(data);
  broken.figures.find((f) => f.id === 'housing-places-october-2015').values[0].value = 'många';
  broken.series[0].points[1].value = -3;
  const fi = data.figures.findIndex((f) => f.id === 'housing-places-october-2015');
  await page.route('**/data/iop-ensamkommande.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }));
  await page.goto('./');
  const warning = page.locator('aside.data-warning');
  await expect(warning.getByRole('heading', { name: 'Några siffror kunde inte visas' })).toBeVisible();
  await expect(warning).toContainText(`$.figures[${fi}].values[0].value`);
  await expect(warning).toContainText('$.series[0].points[1].value');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#chart-housing.chart-unavailable')).toContainText('housing-places-october-2015');
  await expect(page.locator('#chart-context.chart-unavailable')).toBeVisible();
  for (const id of ['reach', 'timeline', 'services', 'money']) {
    await expect(page.locator(`#chart-${id} .plot .mark`).first()).toBeVisible();
  }
  await expect(page.locator('[data-figure]').first()).toBeVisible();
  // In English too.
  await page.goto('./?lang=en');
  await expect(page.locator('aside.data-warning')).toContainText('Some figures could not be shown');
});

test('the first view is the app\'s own markup, rendered by the build, and the app replaces it without a shift', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain('id="first-view"');
  for (const f of headline) {
    expect(html).toContain(f.label.sv);
    expect(html).toContain(f.label.en);
  }
  // Layout shifts while the app takes over (none may happen without input).
  await recordShifts(page);
  // Hold the wasm back: the whole overview is already there, in the language
  // the app will choose.
  const release = await holdBack(page, '**/*.wasm');
  const pictureFiles = [];
  page.on('request', (r) => { if (r.url().includes('/data/charts/')) pictureFiles.push(r.url()); });
  await page.goto('./?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const first = page.locator('#first-view > [lang="en"]');
  await expect(first.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
  await expect(first.locator('.key-figure')).toHaveCount(headline.length);
  await expect(page.locator('#first-view > [lang="sv"]')).toBeHidden();
  await expect(first.locator('.fv-loading')).toHaveText('Loading the interactive charts …');
  const staticCharts = first.locator('figure.chart');
  await expect(staticCharts).toHaveCount(data.views.length);
  // What the static charts say, mark by mark, and where the first one is.
  const said = (root) => root.locator('figure.chart .plot .mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label')));
  const staticMarks = await said(first);
  const staticBox = await staticCharts.first().boundingBox();
  const staticPeriod = await first.locator('.period').innerText();
  // Within one block every label points inside it (ids are the block's own).
  const dangling = await first.evaluate((block) => [...block.querySelectorAll('[aria-labelledby]')]
    .flatMap((e) => e.getAttribute('aria-labelledby').split(' '))
    .filter((id) => !block.querySelector(`[id="${id}"]`)));
  expect(dangling).toEqual([]);
  release();
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.locator('figure.chart')).toHaveCount(data.views.length);
  await expect(page.getByRole('main')).toHaveCount(1);
  // The app draws exactly what was there, in the same place.
  expect(await said(page.locator('body'))).toEqual(staticMarks);
  expect(await page.locator('figure.chart').first().boundingBox()).toEqual(staticBox);
  await expect(page.locator('.partnership .period')).toHaveText(staticPeriod);
  await expectNoShifts(page);
  expect(pictureFiles).toEqual([]);
});

// On a slow line the first view is the page for seconds, and a reader uses
// it: scrolls down the charts, tabs to a link. Before, the app took over with
// its first chart only (the others one per task): the charts the reader was
// at went for a few frames, and the focus fell back to the page's start, so
// the next Tab began at the top.
test('where a reader was in the first view, the app takes over there: the charts stay, the focus stays', async ({ page }) => {
  const release = await holdBack(page, '**/*.wasm');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=sv', { waitUntil: 'domcontentloaded' });
  const charts = page.locator('#first-view .charts > figure.chart');
  await expect(charts).toHaveCount(data.views.length);
  const fourth = charts.nth(3);
  const id = await fourth.getAttribute('id');
  const link = fourth.locator('a.view-link[data-view="chart"]');
  await link.focus();
  await expect(link).toBeFocused();
  const scrollY = await page.evaluate(() => scrollY);
  expect(scrollY).toBeGreaterThan(0);
  const box = await fourth.boundingBox();
  // Frame by frame until the app has it: the first view or the app's own
  // copy of that chart, never neither.
  await page.evaluate((id) => {
    window.__frames = [];
    const tick = () => {
      const first = document.querySelector('#first-view');
      window.__frames.push(first !== null || document.getElementById(id) !== null);
      if (first !== null || window.__frames.length < 3) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, id);
  release();
  await appStarted(page);
  const chart = page.locator(`#${id}`);
  const own = chart.locator('a.view-link[data-view="chart"]');
  await expect(own).toBeFocused();
  expect(await page.evaluate(() => window.__frames.every(Boolean))).toBe(true);
  expect(await page.evaluate(() => scrollY)).toBe(scrollY);
  expect(await chart.boundingBox()).toEqual(box);
  // The keyboard goes on from there, to the chart's table, which the app shows.
  await page.keyboard.press('Tab');
  const table = chart.locator('a.view-link[data-view="table"]');
  await expect(table).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chart.locator('.table-view')).toBeVisible();
});

// The first view is the build's, the app's page the published file's: when a
// keeper has changed the file since the build, the focused element may not be
// in the app's page as it was. The focus then goes to the nearest element of
// the same id (the same mark; else the chart), never to the top of the page.
for (const change of [
  {
    what: 'a value',
    edit: (d) => { d.figures.find((f) => f.id === 'housing-places-spring-2015').values[0].value = 96; },
    focus: (chart) => chart.locator('.mark').first(),
    lands: (chart) => chart.locator('.mark').first(),
    after: async (chart, page) => {
      await expect(chart.locator('.mark').first()).toContainText('96');
      // The app's mark: the arrows move along the chart.
      await page.keyboard.press('ArrowDown');
      await expect(chart.locator('.mark').nth(1)).toBeFocused();
    },
  },
  {
    what: "a source's name",
    edit: (d) => { d.sources.find((s) => s.id === 'srf-presentation-2015').short_name = 'Socialresurs'; },
    focus: (chart) => chart.locator('figcaption .source-line a').first(),
    lands: (chart) => chart,
    after: async (chart, page) => {
      await expect(chart.locator('figcaption .source-line a').first()).toHaveText('Socialresurs 2015');
      // On from the chart, into it: its first control.
      await page.keyboard.press('Tab');
      await expect(chart.locator('a.view-link[data-view="chart"]')).toBeFocused();
    },
  },
]) {
  test(`where the published file changed ${change.what} since the build, the focus in the first view goes to its nearest place in the app's page`, async ({ page }) => {
    const edited = structuredClone(data);
    change.edit(edited);
    await page.route('**/data/iop-ensamkommande.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(edited) }));
    const release = await holdBack(page, '**/*.wasm');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./?lang=sv', { waitUntil: 'domcontentloaded' });
    const first = page.locator('#first-view #chart-housing');
    const focused = change.focus(first);
    await focused.focus();
    await expect(focused).toBeFocused();
    release();
    await appStarted(page);
    const chart = page.locator('#chart-housing');
    await expect(change.lands(chart)).toBeFocused();
    await change.after(chart, page);
  });
}

test('while the page arrives in pieces, what is shown never moves: a key figure or chart shows once it is whole', async ({ page }) => {
  // The parser may stop anywhere and the browser paint what it has. A key
  // figure's value is drawn above its label, and a chart's grid sizes its
  // columns from all its marks: shown half-built, they would move when the rest came.
  await page.setViewportSize({ width: 1280, height: 720 });
  await recordShifts(page);
  await page.route('**/*.wasm', () => {});
  const next = await arrive(page, './?lang=en', (html) => {
    const label = html.indexOf('</h3>', html.indexOf('class="key-figure-label"')) + '</h3>'.length;
    const mark = html.indexOf('</span>', html.indexOf('class="mark-label"', html.indexOf('<figure'))) + '</span>'.length;
    expect(label).toBeLessThan(mark);
    return [label, mark];
  });
  const first = page.locator('#first-view');
  // In: the header, the partnership and the first key figure's label, not its value.
  await expect(first.locator('.key-figure-label')).toHaveCount(1);
  await expect(first.locator('.key-figure-value')).toHaveCount(0);
  await painted(page);
  await expect(first.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(first.locator('.key-figures h2')).toBeVisible();
  await expect(first.locator('.key-figure')).toBeHidden();
  await next();
  // In: every key figure, whole, and the first chart's first label.
  await expect(first.locator('figure.chart .mark-label')).toHaveCount(1);
  await painted(page);
  await expect(first.locator('.key-figure')).toHaveCount(headline.length);
  for (const figure of await first.locator('.key-figure').all()) await expect(figure).toBeVisible();
  await expect(first.locator('figure.chart')).toBeHidden();
  await next();
  // All in: every chart shows, and nothing that was shown moved.
  await expect(first.locator('figure.chart')).toHaveCount(data.views.length);
  for (const chart of await first.locator('figure.chart').all()) await expect(chart).toBeVisible();
  await painted(page);
  await expectNoShifts(page);
});

test('cut at any tag of its first screen, the page shows nothing that moves when the rest comes', async ({ page, request }) => {
  // The general form of the test above: each prefix of the page, as a slow
  // line could leave it, against the whole page, element by element.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.route('**/*.wasm', () => {});
  const html = await (await request.get('./?lang=en')).text();
  let body = html;
  await page.route((url) => url.search === '?lang=en', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  // Where each element that draws something is, by its place in the tree.
  const drawn = () => page.evaluate(() => {
    const out = {};
    const walk = (el, path) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const draws = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
        || (el instanceof SVGGraphicsElement && !['svg', 'g'].includes(el.localName))
        || parseFloat(style.borderTopWidth) > 0 || parseFloat(style.borderLeftWidth) > 0;
      const onScreen = box.bottom > 0 && box.top < innerHeight && box.width + box.height > 0;
      if (draws && onScreen && style.visibility === 'visible') out[path] = [Math.round(box.x), Math.round(box.y)];
      [...el.children].forEach((c, i) => walk(c, `${path}/${c.localName}${i}`));
    };
    walk(document.body, 'body');
    // The element the parser stopped in, and whether it is past the screen.
    let last = document.body;
    while (last.lastElementChild) last = last.lastElementChild;
    return { out, past: last.getBoundingClientRect().top > innerHeight };
  });
  await page.goto('./?lang=en');
  const whole = (await drawn()).out;
  const moved = [];
  const start = html.indexOf('<body');
  let cuts = 0;
  for (let at = html.indexOf('<', start + 1); at > 0; at = html.indexOf('<', at + 1)) {
    body = html.slice(0, at);
    await page.goto('./?lang=en');
    const { out, past } = await drawn();
    cuts += 1;
    for (const [path, [x, y]] of Object.entries(out)) {
      const [wx, wy] = whole[path] ?? [NaN, NaN];
      if (x !== wx || y !== wy) moved.push(`${path} at (${x}, ${y}), then (${wx}, ${wy}), cut after …${html.slice(at - 50, at)}`);
    }
    if (past) break;
  }
  expect(cuts).toBeGreaterThan(50);
  expect(moved.slice(0, 10)).toEqual([]);
});

test('in a dark theme the first view is dark too', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', locale: 'sv-SE' });
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {});
  await page.goto('./');
  const bar = page.locator('#first-view > [lang="sv"] figure.chart rect.bar').first();
  await expect(bar).toBeVisible();
  const [pageBg, fill] = await bar.evaluate((el) => [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(el).fill,
  ]);
  expect(pageBg).not.toBe('rgb(255, 255, 255)');
  expect(fill).not.toBe(pageBg);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
  await context.close();
});

test('without JavaScript the first view is the page: header, key figures, sources, data link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto('./');
  const first = page.locator('#first-view > [lang="sv"]');
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(data.partnership.name.sv);
  // The partnership: its description, period and ages, each with its source.
  await expect(first.locator('.lede')).toHaveText(data.description.sv);
  await expect(first.locator('.period')).toContainText('mars 2015');
  const periodSource = sourceById.get(data.partnership.period.sources[0]);
  await expect(first.locator('.partnership .source-line').first()).toContainText(short(periodSource));
  await expect(first.locator('.ages')).toContainText(String(data.partnership.age_range.min));
  await expect(first.locator('.key-figure')).toHaveCount(headline.length);
  for (const f of headline) {
    const card = first.locator(`[data-figure="${f.id}"]`);
    await expect(card).toContainText(f.label.sv);
    await expect(card.locator('.source-line').first()).toContainText(short(sourceById.get(f.values[0].sources[0])));
  }
  await expect(page.locator('#first-view > [lang="en"]')).toBeHidden();
  // It says what the page without scripts is, and what needs them: at the top
  // of the page's column, in the page's language (it was both languages,
  // after the footer, flush with the window's edge).
  await expectNoScriptNote(page, 'sv');
  await expect(first.locator('.fv-loading')).toBeHidden();
  await expect(first.getByRole('link', { name: 'Ladda ner data (JSON)' })).toHaveAttribute('href', 'data/iop-ensamkommande.json');
  // Every chart, drawn as the app draws it: titled, its takeaway, its marks
  // named, its sources linked; the matrix a grid with its headings.
  const charts = first.locator('figure.chart');
  await expect(charts).toHaveCount(data.views.length);
  for (const [i, view] of data.views.entries()) {
    const chart = charts.nth(i);
    await expect(chart.getByRole('heading', { level: 3 })).toHaveText(view.title.sv);
    await expect(chart.locator('.plot .mark').first()).toHaveAttribute('aria-label', /\S+: \S/);
    await expect(chart.locator('figcaption .source-line a').first()).toHaveAttribute('href', /section=sources#source-/);
    await expectNoScriptChart(chart, view.id);
  }
  await expect(first.getByRole('grid').getByRole('rowheader')).toHaveCount(data.partnership.parties.length);
  await context.close();
});

test('without JavaScript the dashboard’s own links lead to each section in each language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto('./');
  // The language link: the server sends the page in English.
  await page.getByRole('navigation', { name: 'Språk' }).getByRole('link').click();
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.partnership.name.en);
  await expectNoScriptNote(page, 'en');
  await expect(page.locator('figure.chart')).toHaveCount(data.views.length);
  // The sections, each with its own title, and back.
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveTitle(/^Sources – /);
  for (const source of data.sources) await expect(page.locator(`[id="source-${source.id}"]`)).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Parties and services' }).click();
  await expect(page).toHaveTitle(/^Parties and services – /);
  for (const party of data.partnership.parties) await expect(page.getByText(party.name.en ?? party.name, { exact: false }).first()).toBeVisible();
  // A chart's source line leads to the entry in the list of sources.
  await page.goto('./?lang=sv');
  const cite = page.locator('figure.chart figcaption .source-line a').first();
  const id = (await cite.getAttribute('href')).split('#source-')[1];
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`section=sources#source-${id}$`));
  await expect(page).toHaveTitle(/^Källor – /);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`source-${id}`);
  await context.close();
});

/** The note of a page without scripts: one, in `lang`, first in the main
 *  column and lined up with it, its link to the data file. */
async function expectNoScriptNote(page, lang) {
  const note = page.locator('.no-js-note');
  await expect(note).toHaveCount(1);
  await expect(note).toBeVisible();
  await expect(note).toContainText(lang === 'sv' ? 'Utan JavaScript visas diagrammen utan interaktion, med en tabell under varje.' : 'Without JavaScript the charts are shown without interaction, each with its table.');
  await expect(note.getByRole('link', { name: lang === 'sv' ? 'datafil (JSON)' : 'data file (JSON)' })).toHaveAttribute('href', 'data/iop-ensamkommande.json');
  const [box, title, main] = await Promise.all([note.boundingBox(), page.locator('main h1').boundingBox(), page.locator('main').boundingBox()]);
  expect(box.x).toBe(title.x);
  expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width);
  expect(box.y).toBeLessThan(title.y);
  await expect(page.locator('main').getByText(lang === 'sv' ? 'Without JavaScript' : 'Utan JavaScript')).toHaveCount(0);
}

/** A chart as readers without scripts get it: its table under it, a row for
 *  every mark the chart names (a matrix: one for each service), and no
 *  control that would need the app. */
async function expectNoScriptChart(chart, id) {
  const table = chart.getByRole('table');
  await expect(table, id).toBeVisible();
  const rows = await table.locator('tbody tr[data-mark]').evaluateAll((rs) => rs.map((r) => [r.dataset.mark, r.cells[0].textContent.trim(), r.cells[1].textContent.trim()]));
  expect(rows.length, id).toBeGreaterThan(0);
  for (const [mark, header, value] of rows) expect(header && value, `${id} ${mark}`).toBeTruthy();
  if ((await chart.getByRole('grid').count()) === 0) {
    const marks = await chart.locator('.plot [data-mark]').evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.mark))]);
    expect(rows.map(([mark]) => mark).sort(), id).toEqual(marks.sort());
  }
  for (const control of ['.view-switch', '.download-panel', '.embed-panel']) {
    await expect(chart.locator(control), `${id} ${control}`).toBeHidden();
  }
  await expect(chart.getByRole('button')).toHaveCount(0);
  // Nor does a mark's description promise keys that do nothing here.
  await expect(chart.locator('.chart-keys')).toHaveCount(0);
  // It is described by its takeaway, then a time series' trend, if any.
  const [takeaway, ...more] = (await chart.locator('.plot').getAttribute('aria-describedby')).split(' ');
  await expect(chart.locator(`[id="${takeaway}"]`)).toHaveClass(/takeaway/);
  for (const trend of more) await expect(chart.locator(`[id="${trend}"]`), `${id}: ${trend}`).toHaveClass(/chart-trend/);
  expect(more.length, id).toBe(await chart.locator('.panel-columns').count());
}

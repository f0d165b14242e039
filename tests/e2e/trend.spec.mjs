// A time series' trend in words: the description Chromium's own
// accessibility tree gives the chart's plot and its table (what a screen
// reader is handed), read back through the DevTools protocol, checked
// against the bundled file's numbers formatted by the browser's Intl.
import { test, expect } from '@playwright/test';
import { appStarted } from './app.mjs';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const withSeries = data.views.filter((v) => v.panels.some((p) => p.kind === 'columns'));
const view = withSeries[0];
const series = data.series.find((s) => s.id === view.panels.find((p) => p.kind === 'columns').marks[0].series);
const figures = series.points.filter((p) => typeof p.value === 'number');
// The first of equal highest and lowest, as a reader scanning left to right
// names them.
const highest = figures.reduce((a, b) => (b.value > a.value ? b : a));
const lowest = figures.reduce((a, b) => (b.value < a.value ? b : a));
const [first, last] = [figures[0], figures.at(-1)];
const perCent = Math.round(Math.abs(((last.value - first.value) / first.value) * 100));
const gaps = series.points.filter((p) => p.value === null);
// The steepest step between neighbouring periods that both have a figure.
const steps = series.points.slice(1).map((b, i) => [series.points[i], b]).filter(([a, b]) => typeof a.value === 'number' && typeof b.value === 'number');
const [stepFrom, stepTo] = steps.reduce((m, s) => (Math.abs(s[1].value - s[0].value) > Math.abs(m[1].value - m[0].value) ? s : m));
const stepPerCent = Math.round(Math.abs(((stepTo.value - stepFrom.value) / stepFrom.value) * 100));
const WORDS = {
  sv: { highest: 'Högst år', lowest: 'Lägst år', from: 'Över hela perioden: från', steepest: 'Störst förändring: från', change: (a, b) => (b.value < a.value ? 'färre' : 'fler'), gap: 'Uppgift saknas', uncertain: '(osäker)', table: 'Tabell', chart: 'Diagram' },
  en: { highest: 'Highest in', lowest: 'Lowest in', from: 'Over the whole period: from', steepest: 'Biggest change: from', change: (a, b) => (b.value < a.value ? 'fewer' : 'more'), gap: 'No figure', uncertain: '(uncertain)', table: 'Table', chart: 'Chart' },
};
const LOCALE = { sv: 'sv-SE', en: 'en-GB' };

/** The description Chromium computes for the element at `selector`. */
async function axDescription(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return (nodes[0].description?.value ?? '').replace(/\s+/g, ' ');
}

/** What the trend must say in `lang`: each part, numbers as the browser writes them. */
function expected(lang) {
  const w = WORDS[lang];
  const n = (v) => new Intl.NumberFormat(LOCALE[lang]).format(v).replace(/\s/g, ' ');
  const hedge = (p) => (p.uncertain ? ` ${w.uncertain}` : '');
  return [
    `${w.highest} ${highest.period}: ${n(highest.value)}`,
    `${w.lowest} ${lowest.period}: ${n(lowest.value)}`,
    `${w.from} ${n(first.value)}${hedge(first)}`,
    `${n(last.value)}${hedge(last)}`,
    `${perCent}${lang === 'sv' ? ' ' : ''}% ${w.change(first, last)}`,
    `${w.steepest} ${n(stepFrom.value)}${hedge(stepFrom)}`,
    `${n(stepTo.value)}${hedge(stepTo)}`,
    `${stepPerCent}${lang === 'sv' ? ' ' : ''}% ${w.change(stepFrom, stepTo)}`,
    ...gaps.map((g) => `${w.gap}: ${g.period}`),
  ];
}

for (const lang of ['sv', 'en']) {
  test(`a time series' plot and table are described by its trend in words, which the page does not show twice (${lang})`, async ({ page }) => {
    expect(gaps.length, 'the bundled series has a year without a figure').toBeGreaterThan(0);
    expect(figures.some((p) => p.uncertain), 'and an uncertain figure').toBe(true);
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const w = WORDS[lang];
    const figure = page.locator(`#chart-${view.id}`);
    const takeaway = (await figure.locator('.takeaway').innerText()).replace(/\s+/g, ' ');
    const plot = await axDescription(page, `#chart-${view.id} .plot`);
    // Takeaway first, then the trend, then the keys.
    expect(plot.startsWith(takeaway), plot).toBe(true);
    let at = takeaway.length;
    for (const part of expected(lang)) {
      const found = plot.indexOf(part, at);
      expect(found, `"${part}" after ${at} in: ${plot}`).toBeGreaterThan(0);
      at = found + part.length;
    }
    expect(plot.slice(at)).toContain(lang === 'sv' ? 'Piltangenterna' : 'arrow keys');
    // The uncertain figure is never said without its hedge.
    for (const p of figures.filter((f) => f.uncertain)) {
      const v = new Intl.NumberFormat(LOCALE[lang]).format(p.value).replace(/\s/g, ' ');
      for (const m of plot.matchAll(new RegExp(`(?<![\\d ,])${v}(?![\\d])( [a-zåäö]+)? ?(\\S+)`, 'g'))) expect(m[2], plot).toBe(w.uncertain);
    }
    // Not shown: the columns show it.
    await expect(figure.locator('.chart-trend')).toBeHidden();
    // The table says it too.
    await figure.getByRole('link', { name: w.table, exact: true }).click();
    await expect(figure.getByRole('table')).toBeVisible();
    const table = await axDescription(page, `#chart-${view.id} table`);
    for (const part of expected(lang)) expect(table).toContain(part);
    // Charts without a time series have none.
    for (const other of data.views.filter((v) => !withSeries.includes(v))) {
      await expect(page.locator(`#chart-${other.id} .chart-trend`)).toHaveCount(0);
      const d = await axDescription(page, `#chart-${other.id} .plot`);
      for (const word of [w.highest, w.lowest]) expect(d, other.id).not.toContain(word);
    }
  });
}

test('the trend follows the language switch', async ({ page }) => {
  await page.goto('./?lang=sv');
  await appStarted(page);
  expect(await axDescription(page, `#chart-${view.id} .plot`)).toContain(expected('sv')[0]);
  await page.locator('a[hreflang="en"]').first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const d = await axDescription(page, `#chart-${view.id} .plot`);
  for (const part of expected('en')) expect(d).toContain(part);
  expect(d).not.toContain(WORDS.sv.highest);
});

test('without scripts the plot is described by its takeaway and trend', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto('./');
  const d = await axDescription(page, `#first-view > [lang="sv"] figure.chart[id^="chart-${view.id}-"] .plot`);
  for (const part of expected('sv')) expect(d).toContain(part);
  await context.close();
});

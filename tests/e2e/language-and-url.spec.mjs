// Language choice and view state in the URL, in real Chromium.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const headline = data.figures.filter((f) => f.headline);

// UI words that must not survive a switch to English (data labels are checked separately).
const SWEDISH_UI = ['Nyckeltal', 'Hoppa till innehållet', 'Översikt', 'Källa:', 'Källor:', 'Avtalsperiod', 'Ladda ner data', 'Sammanställt'];
const ENGLISH_UI = ['Key figures', 'Skip to content', 'Overview', 'Source:', 'Sources:', 'Agreement period', 'Download the data', 'Compiled from'];

// The data has loaded and the section is rendered.
async function ready(page) {
  await expect(page.locator('h1#section-heading')).toBeVisible();
}

async function visibleText(page) {
  // Text a reader sees, including the skip link once focused, minus source titles
  // and publishers, which stay in Swedish by design (marked lang="sv").
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true);
    clone.querySelectorAll('[lang="sv"], noscript').forEach((e) => e.remove());
    return clone.textContent;
  });
}

test('?lang=en shows the English page with lang and title set', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('IOP Ensamkommande in Göteborg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.partnership.name.en);
  await expect(page.locator('[data-figure="internship-share"] .key-figure-value')).toHaveText('55%');
  // Disagreeing sources: one figure with both values, each said with its source.
  const children = page.locator('[data-figure="children-reached"] .key-figure-value');
  await expect(children.locator('[aria-hidden="true"]')).toHaveText('just over 270 · 272');
  await expect(children.locator('.visually-hidden')).toHaveText('just over 270 children (Forum 2017); 272 children (Räddningsmissionen 2017)');
});

for (const [locale, lang] of [['en-GB', 'en'], ['sv-SE', 'sv'], ['de-DE', 'sv']]) {
  test(`without ?lang a ${locale} browser gets ${lang}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale, baseURL });
    const page = await context.newPage();
    await page.goto('./');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await context.close();
  });
}

test('the URL parameter wins over the browser language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'en-US', baseURL });
  const page = await context.newPage();
  await page.goto('./?lang=sv');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await context.close();
});

test('the language switch changes every visible string, keeps the view and is announced', async ({ page }) => {
  await page.goto('./?section=parties');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parter och insatser');
  const before = await visibleText(page);
  for (const word of SWEDISH_UI.filter((w) => !['Nyckeltal', 'Avtalsperiod'].includes(w))) {
    expect(before, word).toContain(word);
  }

  const link = page.getByRole('link', { name: 'English' });
  await expect(link).toHaveAttribute('href', '?lang=en&section=parties');
  await expect(link).toHaveAttribute('hreflang', 'en');
  await link.click();

  await expect(page).toHaveURL(/\?lang=en&section=parties$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Parties and services – IOP Ensamkommande in Göteborg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parties and services');
  await expect(page.getByRole('status').filter({ hasText: 'The page is now in English.' })).toHaveCount(1);
  // Focus stays on the switch, now pointing back to Swedish.
  await expect(page.getByRole('link', { name: 'Svenska' })).toBeFocused();

  // Landmark names follow too.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Language' })).toBeVisible();
  const after = await visibleText(page);
  for (const word of SWEDISH_UI) expect(after, word).not.toContain(word);
  for (const service of data.services) expect(after).toContain(service.label.en);
  for (const aim of data.partnership.aims) expect(after).toContain(aim.label.en);
});

test('switching on the overview translates the figures and data labels', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  const text = await visibleText(page);
  for (const word of ENGLISH_UI) expect(text, word).toContain(word);
  for (const word of SWEDISH_UI) expect(text, word).not.toContain(word);
  for (const figure of headline) {
    await expect(page.locator(`[data-figure="${figure.id}"] h3`)).toContainText(figure.label.en);
  }
});

test('back and forward move between views', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('link', { name: 'Parter och insatser' }).click();
  await expect(page).toHaveURL(/\?section=parties$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parter och insatser');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parter och insatser');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.partnership.name.sv);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parter och insatser');
});

test('a copied URL restores that exact view after a reload', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('link', { name: 'Källor' }).click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?lang=en&section=sources$/);
  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
  for (const source of data.sources) {
    await expect(fresh.locator(`#source-${source.id}`)).toContainText(source.publisher);
  }
});

test('the language link works as a plain link too (new tab, no script handler)', async ({ page, context }) => {
  await page.goto('./?section=sources');
  await ready(page);
  const href = await page.getByRole('link', { name: 'English' }).getAttribute('href');
  const other = await context.newPage();
  await other.goto(new URL(href, page.url()).href);
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Sources');
});

test('unknown or malformed parameters fall back to defaults, never an error page', async ({ page }) => {
  for (const query of ['?lang=xx', '?section=nowhere&chart=pie&view=3d', '?lang=%E0%A4%A&mark=<script>alert(1)</script>', '?%%%=&&&', '?utm_source=newsletter']) {
    await page.goto(`./${query}`);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.partnership.name.sv);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
});

// A chart the address names that the data does not have (removed or renamed
// since the link was made, mistyped, or mangled into no id at all): the
// dashboard and an embed say so, and show what they have, the whole overview
// or the charts to embed. The address's words are never put on the page.
for (const lang of ['sv', 'en']) {
  test(`a chart the data does not have is said so, on the dashboard and in an embed (${lang})`, async ({ page }) => {
    const said = {
      sv: 'Diagrammet som adressen nämner finns inte i datan; det kan ha tagits bort eller bytt namn.',
      en: 'The chart this address names is not in the data; it may have been removed or renamed.',
    }[lang];
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>Call 0700');
    // A link's id with a full stop after it, as a sentence in an email ends.
    for (const chart of ['no-such-chart', hostile, `${data.views[1].id}.`]) {
      await page.goto(`./?lang=${lang}&chart=${chart}`);
      await ready(page);
      await expect(page.getByRole('note').filter({ hasText: said })).toHaveCount(1);
      await expect(page.locator('main figure.chart')).toHaveCount(data.views.length);
      await expect(page.locator('main img')).toHaveCount(0);
      expect(await page.locator('body').innerText()).not.toMatch(/no-such-chart|onerror|0700/);
      await page.goto(`./embed.html?chart=${chart}&lang=${lang}`);
      await expect(page.getByRole('note')).toHaveText(said);
      await expect(page.locator('li[data-widget]')).toHaveCount(data.views.length + 1);
      expect(await page.locator('body').innerText()).not.toMatch(/no-such-chart|onerror|0700/);
    }
    // A chart it has, or none named: no such note.
    await page.goto(`./?lang=${lang}&chart=${data.views[1].id}`);
    await ready(page);
    await expect(page.locator('main figure.chart')).toHaveCount(data.views.length);
    await expect(page.locator('.chart-missing')).toHaveCount(0);
    await page.goto(`./embed.html?lang=${lang}`);
    await expect(page.locator('li[data-widget]')).toHaveCount(data.views.length + 1);
    await expect(page.locator('.chart-missing')).toHaveCount(0);
  });
}

// A click with a modifier key is the browser's: the link's address opens in a
// new tab, and the page it was on stays as it was (the app changes the view in
// place only for a plain click). Each of the links that change the view in
// place: the language switch, a section, a source cited under a chart.
test('a Ctrl/Cmd-click on a link that changes the view opens it in a new tab and leaves this page as it was', async ({ page, context }) => {
  await page.goto('./?lang=en');
  await ready(page);
  const start = page.url();
  const links = [
    ['language', page.getByRole('link', { name: 'Svenska' }), 'sv', data.partnership.name.sv],
    ['section', page.locator('.section-nav a[data-section="sources"]'), 'en', 'Sources'],
    ['source', page.locator('figure.chart a.source-ref').first(), 'en', 'Sources'],
  ];
  for (const [what, link, lang, heading] of links) {
    const href = new URL(await link.getAttribute('href'), page.url()).href;
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
    await tab.waitForLoadState();
    expect(tab.url(), what).toBe(href);
    await expect(tab.locator('html'), what).toHaveAttribute('lang', lang);
    await expect(tab.getByRole('heading', { level: 1 }), what).toHaveText(heading);
    await tab.close();
    expect(page.url(), what).toBe(start);
    await expect(page.locator('html'), what).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 }), what).toHaveText(data.partnership.name.en);
  }
});

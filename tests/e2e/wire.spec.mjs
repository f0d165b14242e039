// Faults on the wire, as a reader meets them: the data file answered with an
// error page and status 200, with the wrong content type, cut off halfway, or
// changed since the page was built (a new release). Each ends in a clear
// message in the reader's language (beside the build's page where the file
// did not come at all), or in the new data, and never in a mix of the build's
// figures and the file's.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const text = readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8');
const data = JSON.parse(text);
const DATA = '**/data/iop-ensamkommande.json';

const MESSAGES = {
  webPage: {
    sv: 'Servern skickade en webbsida i stället för datafilen',
    en: 'The server sent a web page instead of the data file',
  },
  broken: { sv: 'Datafilen har fel och kan inte visas', en: 'The data file has errors and cannot be shown' },
  appFailed: { sv: 'De interaktiva diagrammen kunde inte laddas', en: 'The interactive charts could not be loaded' },
};

for (const lang of ['sv', 'en']) {
  // An error page where the file should be: the file did not come, so the
  // page keeps what the build drew from it and says the interactive charts
  // could not be loaded (as when no answer comes). A release's page has no
  // such view (the build drew the latest data): it names the fault.
  test(`an error page sent as the data, with status 200: the page as built stays, a release's names it (${lang})`, async ({ page }) => {
    await page.route('**/iop-ensamkommande.json', (route) => route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
    }));
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole('alert')).toContainText(MESSAGES.appFailed[lang]);
    await expect(page.locator(`#first-view > [lang="${lang}"] figure.chart`)).toHaveCount(data.views.length);
    await expect(page.getByText('502 Bad Gateway')).toHaveCount(0);

    await page.goto(`./?lang=${lang}&release=${data.updated}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(MESSAGES.webPage[lang]);
    await expect(alert.getByRole('button')).toBeVisible();
    // Nothing of the build's figures is left beside the message.
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.locator('figure.chart')).toHaveCount(0);
  });

  test(`a file cut off halfway says where it ends (${lang})`, async ({ page }) => {
    await page.route(DATA, (route) => route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: text.slice(0, Math.floor(text.length / 2)),
    }));
    await page.goto(`./?lang=${lang}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(MESSAGES.broken[lang]);
    await expect(alert).toContainText(lang === 'sv' ? /rad \d+/ : /line \d+/);
    await expect(page.locator('figure.chart')).toHaveCount(0);
  });
}

test('a data file sent with the wrong content type is read all the same', async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=iso-8859-1', body: text }));
  await page.goto('./?lang=sv');
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.locator('figure.chart')).toHaveCount(data.views.length);
  // Read as UTF-8 whatever the header says: the Swedish letters are intact.
  await expect(page.locator('figure.chart h3').first()).toHaveText(data.views[0].title.sv);
});

test('a file changed since the page was built: the app shows the new data only', async ({ page }) => {
  const changed = structuredClone(data);
  const figure = changed.figures.find((f) => f.headline && f.values.length === 1 && typeof f.values[0].value === 'number');
  const old = figure.values[0].value;
  figure.values[0].value = old + 7;
  changed.views[0].title.en = 'A chart retitled in the new release';
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(changed) }));
  await page.goto('./?lang=en');
  // The build's first view (the old release) goes as a whole.
  await expect(page.locator('#first-view')).toHaveCount(0);
  const card = page.locator(`[data-figure="${figure.id}"]`);
  await expect(card).toHaveCount(1);
  await expect(card.locator('.key-figure-value')).toHaveText(new RegExp(`^${old + 7}\\b`));
  await expect(page.getByRole('heading', { name: 'A chart retitled in the new release' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: data.views[0].title.en, exact: true })).toHaveCount(0);
});

// The data keeper's round trip, end to end (issue 17): the published workbook
// is edited with openpyxl as a person would in Excel, imported with
// `cargo run --bin import`, checked on check.html, and shown by the dashboard
// with the new figure; a mistake typed into the workbook is named by its sheet,
// row and column, in the editor's language. The same workbook chosen on
// check.html becomes there the file to publish, byte for byte the command's,
// so a keeper without Rust can take every step.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appStarted, calendarDay } from './app.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist/data/iop-ensamkommande.xlsx');
const data = JSON.parse(readFileSync(join(root, 'data/iop-ensamkommande.json'), 'utf8'));
// A key figure that counts children with one reading: what an editor updates.
// Without a qualifier and under 1,000, so that its value reads as the digits.
const figure = data.figures.find((f) => f.headline && f.unit === 'children' && f.values.length === 1 && typeof f.values[0].value === 'number' && !f.values[0].qualifier && f.values[0].value + 7 < 1000);
const changed = figure.values[0].value + 7;

/** The published workbook (or `from`) with one cell typed; returns the new file and the cell. */
function edit(value, from = dist) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-edit-'));
  const xlsx = join(dir, 'edited.xlsx');
  const cell = execFileSync('python3', [join(root, 'tests/readers/edit_workbook.py'), from, xlsx, figure.id, String(value)]).toString().trim();
  return { dir, xlsx, cell };
}

/** `cargo run --bin import` as the README tells an editor to run it. */
function importWorkbook(xlsx, args = []) {
  return spawnSync('cargo', ['run', '--quiet', '--bin', 'import', '--', xlsx, ...args], { cwd: root, encoding: 'utf8' });
}

let imported;
test.beforeAll(({}, testInfo) => {
  // The first `cargo run` may compile the command (./scripts/test builds it
  // before this suite; run alone, this spec may have to).
  testInfo.setTimeout(600_000);
  const { dir, xlsx } = edit(changed);
  const out = join(dir, 'iop-ensamkommande.json');
  const run = importWorkbook(xlsx, ['-o', out]);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stderr).toContain('imported and valid');
  imported = readFileSync(out, 'utf8');
});

test('the edited workbook imports to the same dataset with only that figure changed', () => {
  const doc = JSON.parse(imported);
  const expected = structuredClone(data);
  expected.figures.find((f) => f.id === figure.id).values[0].value = changed;
  // The same records in the same order; only the edited value differs.
  expect(doc.figures.map((f) => f.id)).toEqual(expected.figures.map((f) => f.id));
  expect(doc.figures.find((f) => f.id === figure.id).values[0].value).toBe(changed);
  for (const key of ['sources', 'series', 'timeline', 'views']) {
    expect(doc[key].map((r) => r.id), key).toEqual(expected[key].map((r) => r.id));
  }
});

const WORDS = {
  sv: { choose: 'Datafil (JSON)', ok: 'inga problem', problem: '1 problem', one: 'ett problem', where: 'bladet figures, rad', column: 'kolumn', what: 'är inte ett tal', download: 'Ladda ner datafilen (iop-ensamkommande.json)', noneOne: 'Filen kan inte visas förrän problemet ovan är åtgärdat.', notWorkbook: 'kunde inte öppnas som arbetsbok', notLoaded: 'sidans kod för arbetsböcker kom inte fram', compared: 'Jämfört med den publicerade datan', figuresChanged: 'Siffror ändrade', eventsRemoved: 'Händelser borttagna', chartsChanged: 'Diagram ändrade', noChange: 'Inga ändringar i innehållet.', notLater: 'inte senare än den publicerade datans', keep: 'ska den publicerade filen ligga kvar som', unreached: 'Den publicerade datan kunde inte läsas', startWorkbook: 'Hela datasetet som Excel-arbetsbok (.xlsx)', startJson: 'Datafil (JSON)', whole: 'inga problem. Filen följer formatet.' },
  en: { choose: 'Data file (JSON)', ok: 'no problems', problem: '1 problem', one: 'one problem', where: 'sheet figures, row', column: 'column', what: 'is not a number', download: 'Download the data file (iop-ensamkommande.json)', noneOne: 'The file cannot be shown until the problem above is fixed.', notWorkbook: 'could not be opened as a workbook', notLoaded: "the page's code for workbooks did not arrive", compared: 'Compared with the published data', figuresChanged: 'Figures changed', eventsRemoved: 'Events removed', chartsChanged: 'Charts changed', noChange: 'No change in content.', notLater: "not later than the published data's", keep: 'keep the published file as', unreached: 'The published data could not be read', startWorkbook: 'The whole dataset as an Excel workbook (.xlsx)', startJson: 'Data (JSON)', whole: 'no problems. The file follows the format.' },
};

// A date as the page writes it ("30 november 2026"; playwright reads its
// no-break space as a space).
const dated = (iso, lang) => calendarDay(iso, lang === 'sv' ? 'sv-SE' : 'en-GB');

const shown = (card) => card.locator('.key-figure-value [aria-hidden="true"], .key-figure-value:not(:has(*))').first();

for (const lang of ['sv', 'en']) {
  test(`the imported file passes check.html and its preview shows the new figure (${lang})`, async ({ page }) => {
    await page.goto(`./check.html?lang=${lang}`);
    await page.getByLabel(WORDS[lang].choose).setInputFiles({ name: 'iop-ensamkommande.json', mimeType: 'application/json', buffer: Buffer.from(imported) });
    await expect(page.locator('#check-result')).toContainText(`iop-ensamkommande.json: ${WORDS[lang].ok}`);
    const card = page.locator(`section.check-preview [data-figure="${figure.id}"]`);
    await expect(shown(card)).toHaveText(String(changed));
  });

  test(`the dashboard shows the imported figure once it is published (${lang})`, async ({ page }) => {
    await page.route('**/data/iop-ensamkommande.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: imported }));
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const card = page.locator(`main [data-figure="${figure.id}"]`);
    await expect(shown(card)).toHaveText(String(changed));
  });

  test(`a word typed for a number is named by its sheet, row and column (${lang})`, () => {
    const { xlsx, cell } = edit('tolv');
    const run = importWorkbook(xlsx, ['--lang', lang]);
    expect(run.status).toBe(1);
    const [, column, row] = cell.match(/^figures!([A-Z]+)(\d+)$/);
    const w = WORDS[lang];
    expect(run.stdout).toContain(w.problem);
    expect(run.stdout).toContain(`${w.where} ${row}, ${lang === 'sv' ? 'kolumn' : 'column'} ${column} (value): "tolv" ${w.what}`);
  });
}

for (const lang of ['sv', 'en']) {
  test(`the edited workbook chosen on check.html becomes the file to publish, the command's to the byte (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.goto(`./check.html?lang=${lang}`);
    await page.waitForLoadState('networkidle');
    // The keeper starts from the page itself: its links save the published
    // workbook and data file, the site's own bytes.
    const saved = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
      return download;
    };
    const json = await saved(w.startJson);
    expect(json.suggestedFilename()).toBe('iop-ensamkommande.json');
    expect(readFileSync(await json.path(), 'utf8')).toBe(readFileSync(join(root, 'dist/data/iop-ensamkommande.json'), 'utf8'));
    const book = await saved(w.startWorkbook);
    expect(book.suggestedFilename()).toBe('iop-ensamkommande.xlsx');
    const published = join(mkdtempSync(join(tmpdir(), 'iop-saved-')), book.suggestedFilename());
    await book.saveAs(published);
    const { xlsx } = edit(changed, published);
    // What the page asks for from here: the workbook import's own code and the
    // published data to compare with, GETs from the site with nothing of the
    // file in them; nothing else.
    const sent = [];
    page.on('request', (r) => sent.push({ url: new URL(r.url()), method: r.method(), body: r.postData() }));
    await page.getByLabel(w.choose).setInputFiles(xlsx);
    const result = page.locator('#check-result');
    await expect(result).toContainText(`edited.xlsx: ${w.ok}`);
    await expect(result).toBeFocused();
    // The preview is the dashboard built from it, with the new figure.
    await expect(shown(page.locator(`section.check-preview [data-figure="${figure.id}"]`))).toHaveText(String(changed));
    const button = page.getByRole('button', { name: w.download });
    // Against the published data: the one figure typed, by its name, with
    // its value as it was and as typed; the workbook kept the published
    // date, which a new file must not.
    const compared = page.locator('section.check-compared');
    await expect(compared.locator('li')).toHaveText([`${w.figuresChanged}: ${figure.label[lang]} (${figure.values[0].value} → ${changed})`]);
    await expect(compared.locator('.check-not-later')).toContainText(dated(data.updated, lang));
    // So the result does not say it can be published as it is: it follows
    // the format, and what publishing asks is said under it.
    await expect(result).toHaveText(`edited.xlsx: ${w.whole}`);
    // The result, its button, the comparison and the preview: axe finds nothing.
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('iop-ensamkommande.json');
    const file = readFileSync(await download.path(), 'utf8');
    expect(file).toBe(imported);
    expect(JSON.parse(file).figures.find((f) => f.id === figure.id).values[0].value).toBe(changed);
    expect(sent.map((r) => `${r.method} ${r.url.origin === new URL(page.url()).origin} ${r.url.pathname.split('/').pop().replace(/-[0-9a-f]{12,}(?=[_.])/, '')} ${r.body ?? ''}`).sort())
      .toEqual(['GET true iop-ensamkommande.json ', 'GET true iop-import.js ', 'GET true iop-import_bg.wasm ']);
  });

  test(`a word typed for a number, in a workbook chosen on check.html, is named by its sheet, row and column, in either language (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    const other = lang === 'sv' ? 'en' : 'sv';
    const { xlsx, cell } = edit('tolv');
    const [, column, row] = cell.match(/^figures!([A-Z]+)(\d+)$/);
    await page.goto(`./check.html?lang=${lang}`);
    await page.getByLabel(w.choose).setInputFiles(xlsx);
    const result = page.locator('#check-result');
    await expect(result).toContainText(`edited.xlsx: ${w.one}`);
    const said = (l) => `${WORDS[l].where} ${row}, ${WORDS[l].column} ${column} (value): "tolv" ${WORDS[l].what}`;
    const problems = page.locator('.check-result .load-error-problems > li');
    await expect(problems).toHaveCount(1);
    await expect(problems).toContainText(said(lang));
    await expect(page.getByText(w.noneOne)).toBeVisible();
    // Nothing to publish, and no preview, until it is mended.
    await expect(page.getByRole('button', { name: w.download })).toHaveCount(0);
    await expect(page.locator('section.check-preview')).toHaveCount(0);
    // The other language says it too, without the file being chosen again.
    await page.locator('#language-switch').click();
    await expect(problems).toContainText(said(other));
    await expect(page.getByText(WORDS[other].noneOne)).toBeVisible();
  });

  test(`a file named as a workbook that is none, and a workbook whose import code does not come, are said so (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.goto(`./check.html?lang=${lang}`);
    const input = page.getByLabel(w.choose);
    const result = page.locator('#check-result');
    // The import's code cut off: said, and the next choice tries again.
    const { xlsx } = edit(changed);
    await page.route('**/iop-import*', (route) => route.abort('internetdisconnected'));
    await input.setInputFiles(xlsx);
    await expect(result).toHaveText(new RegExp(`^edited\\.xlsx .*${w.notLoaded}`));
    await expect(result).toHaveAttribute('role', 'alert');
    await page.unroute('**/iop-import*');
    await input.setInputFiles({ name: 'figures.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('Not a workbook at all.') });
    await expect(result).toHaveText(new RegExp(`^figures\\.xlsx ${w.notWorkbook}`));
    await expect(result).toHaveAttribute('role', 'alert');
    await input.setInputFiles(xlsx);
    await expect(result).toContainText(`edited.xlsx: ${w.ok}`);
    await expect(page.getByRole('button', { name: w.download })).toBeVisible();
  });
}

for (const lang of ['sv', 'en']) {
  test(`a file checked on check.html is compared with the published data: what it changes, by name, and the date it needs (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    const other = lang === 'sv' ? 'en' : 'sv';
    const published = readFileSync(join(root, 'dist/data/iop-ensamkommande.json'), 'utf8');
    const doc = JSON.parse(published);
    const event = doc.timeline.at(-1);
    const view = doc.views.find((v) => v.panels.some((p) => p.marks.some((m) => m.event === event.id)));
    const edited = (updated) => {
      const d = structuredClone(doc);
      d.updated = updated;
      d.figures.find((f) => f.id === figure.id).values[0].value = changed;
      // The event leaves the file, and so its mark leaves the chart of it.
      d.timeline = d.timeline.filter((e) => e.id !== event.id);
      for (const panel of d.views.find((v) => v.id === view.id).panels) panel.marks = panel.marks.filter((m) => m.event !== event.id);
      return JSON.stringify(d, null, 2);
    };
    const choose = (name, text) => page.getByLabel(w.choose).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const compared = page.locator('section.check-compared');
    const heading = compared.getByRole('heading', { level: 2 });
    await page.goto(`./check.html?lang=${lang}`);

    // The published file itself: nothing to publish.
    await choose('same.json', published);
    await expect(heading).toHaveText(`${w.compared} (${dated(doc.updated, lang)})`);
    await expect(compared.locator('p')).toHaveText([w.noChange]);

    // A new date, a figure changed and an event removed: each named, and
    // where the release it replaces is kept.
    await choose('new.json', edited('2027-01-15'));
    await expect(page.locator('#check-result')).toContainText(`new.json: ${w.ok}`);
    await expect(compared.locator('li')).toHaveText([
      `${w.figuresChanged}: ${figure.label[lang]} (${figure.values[0].value} → ${changed})`,
      `${w.eventsRemoved}: ${event.label[lang]}`,
      `${w.chartsChanged}: ${view.title[lang]}`,
    ]);
    await expect(compared).toContainText(`${w.keep} data/releases/${doc.updated}/iop-ensamkommande.json`);
    await expect(compared.locator('.check-not-later')).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    // The other language says the same, without the file being chosen again.
    await page.locator('#language-switch').click();
    await expect(compared.locator('li').first()).toHaveText(`${WORDS[other].figuresChanged}: ${figure.label[other]} (${figure.values[0].value} → ${changed})`);
    await page.locator('#language-switch').click();

    // The same edit under the published date: said, and how to mend it.
    await choose('same-date.json', edited(doc.updated));
    await expect(compared.locator('.check-not-later')).toContainText(`${dated(doc.updated, lang)}, ${w.notLater}`);
    await expect(compared).not.toContainText(w.keep);

    // Another dataset in the same format is not compared with this one.
    await choose('partner.json', published.replace(`"id": "${doc.id}"`, '"id": "a-partners-own-data"'));
    await expect(page.locator('#check-result')).toContainText('partner.json:');
    await expect(page.locator('section.check-preview')).toBeVisible();
    await expect(compared).toHaveCount(0);

    // The published data out of reach: said; the check and preview stand.
    await page.route('**/data/iop-ensamkommande.json', (route) => route.abort('internetdisconnected'));
    await choose('offline.json', edited('2027-01-15'));
    await expect(page.locator('#check-result')).toContainText(`offline.json: ${w.ok}`);
    await expect(page.getByRole('status').filter({ hasText: w.unreached })).toBeVisible();
    await expect(page.locator('section.check-preview')).toBeVisible();
  });
}

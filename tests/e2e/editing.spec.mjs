// The data keeper's round trip, end to end (issue 17): the published workbook
// is edited with openpyxl as a person would in Excel, imported with
// `cargo run --bin import`, checked on check.html, and shown by the dashboard
// with the new figure; a mistake typed into the workbook is named by its sheet,
// row and column, in the editor's language.
import { test, expect } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appStarted } from './app.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist/data/iop-ensamkommande.xlsx');
const data = JSON.parse(readFileSync(join(root, 'data/iop-ensamkommande.json'), 'utf8'));
// A key figure that counts children with one reading: what an editor updates.
const figure = data.figures.find((f) => f.headline && f.unit === 'children' && f.values.length === 1 && typeof f.values[0].value === 'number');
const changed = figure.values[0].value + 7;

/** The published workbook with one cell typed; returns the new file and the cell. */
function edit(value) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-edit-'));
  const xlsx = join(dir, 'edited.xlsx');
  const cell = execFileSync('python3', [join(root, 'tests/readers/edit_workbook.py'), dist, xlsx, figure.id, String(value)]).toString().trim();
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
  sv: { choose: 'Datafil (JSON)', ok: 'inga problem', problem: '1 problem', where: 'bladet figures, rad', what: 'är inte ett tal' },
  en: { choose: 'Data file (JSON)', ok: 'no problems', problem: '1 problem', where: 'sheet figures, row', what: 'is not a number' },
};

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

// The charts in real Chromium: axe, keyboard, contrast, reflow, motion, targets.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appStarted, brokenWords, contrast, embedUrl, inPixels, openEmbed } from './app.mjs';
import { readFileSync } from 'node:fs';

// The bundled file's views, in page order: every chart the data declares.
const CHARTS = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8')).views.map((v) => v.id);

async function ready(page) {
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.locator('figure.chart').first()).toBeVisible();
  await expect(page.locator('figure.chart')).toHaveCount(CHARTS.length);
}

// The URL holds one chart's view, so tables are shown one chart at a time.
async function showTable(page, id) {
  await page.locator(`#chart-${id} a[data-view="table"]`).click();
  await expect(page.locator(`#chart-${id} .table-view`)).toBeVisible();
}

for (const lang of ['sv', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds nothing on the charts (${lang}, ${scheme}, chart and table views)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      const chartView = await new AxeBuilder({ page }).analyze();
      expect(chartView.violations, JSON.stringify(chartView.violations, null, 1)).toEqual([]);
      for (const id of CHARTS) {
        await showTable(page, id);
        const tableView = await new AxeBuilder({ page }).include(`#chart-${id}`).analyze();
        expect(tableView.violations, JSON.stringify(tableView.violations, null, 1)).toEqual([]);
      }
    });
  }
}

// What a mark shows in words, which its accessible name must say too: its
// label and value, or, for a matrix cell, its row's and column's headings.
async function shownText(chart, mark) {
  if ((await mark.getAttribute('role')) === 'gridcell') {
    const cells = chart.locator('.mark');
    const cols = await chart.locator('[role="columnheader"]:not(.matrix-corner)').count();
    const index = await mark.evaluate((m) => [...m.closest('.plot').querySelectorAll('.mark')].indexOf(m));
    const row = await chart.locator('[role="rowheader"]').nth(Math.floor(index / cols)).evaluate((h) => h.firstChild.textContent);
    const column = await chart.locator('[role="columnheader"]:not(.matrix-corner)').nth(index % cols).locator('.matrix-name').textContent();
    expect(await cells.count()).toBeGreaterThan(index);
    return { words: [row.trim(), column.replace(/\s+/g, ' ').trim()], digits: [] };
  }
  const label = await mark.locator('.mark-label, .number-label').allInnerTexts();
  const value = (await mark.locator('.mark-value, .number-value').first().innerText()).trim();
  // A big number with disagreeing sources shows each value: "drygt 270 · 272".
  return { words: label.map((t) => t.trim()), digits: value.split(/\s·\s/).map((v) => v.replace(/\D/g, '')), value };
}

for (const lang of ['sv', 'en']) {
test(`a keyboard walk through every chart names each mark, then Tab leaves (${lang})`, async ({ page }) => {
  await page.goto(`./?lang=${lang}`);
  await ready(page);
  for (const id of CHARTS) {
    const chart = page.locator(`#chart-${id}`);
    const marks = chart.locator('.plot .mark');
    const count = await marks.count();
    expect(count).toBeGreaterThan(1);
    const grid = (await chart.locator('[role="grid"]').count()) > 0;
    const cols = grid ? await chart.locator('[role="columnheader"]:not(.matrix-corner)').count() : count;
    // The plot's Tab stop follows the chart's controls: the chart/table
    // switch, and a time series' sound beside it.
    const listen = chart.locator('.listen-button');
    await ((await listen.count()) ? listen : chart.locator('a[data-view="table"]')).focus();
    await page.keyboard.press('Tab');
    for (let i = 0; i < count; i++) {
      // A list moves with Down; a matrix along its row with Right, then Down
      // and Home to the start of the next row.
      if (i > 0 && !grid) await page.keyboard.press('ArrowDown');
      if (i > 0 && grid && i % cols !== 0) await page.keyboard.press('ArrowRight');
      if (i > 0 && grid && i % cols === 0) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Home');
      }
      const focused = page.locator(':focus');
      await expect(focused).toHaveAttribute('role', grid ? 'gridcell' : 'img');
      await expect(marks.nth(i)).toBeFocused();
      const name = await focused.getAttribute('aria-label');
      const { words, digits, value } = await shownText(chart, marks.nth(i));
      for (const w of words) expect(name, `${name} / ${w}`).toContain(w);
      if (digits && digits.some(Boolean)) for (const d of digits) expect(name.replace(/\D/g, '')).toContain(d);
      else if (value) expect(name).toContain(value);
      // Its tooltip cites its sources as the chart's source line does (name
      // and year, or full date): by the publisher's name alone, two of one
      // publisher's documents read the same.
      const cited = (await chart.locator('figcaption .source-line cite.citation').allInnerTexts()).map((t) => t.trim());
      // (A gap in a series has no figure, and no source.)
      const tipped = (await marks.nth(i).locator(':scope > .tooltip .tooltip-source').allInnerTexts()).flatMap((t) => t.split('; '));
      for (const t of tipped) expect(cited, `${id}, mark ${i}: its tooltip's source`).toContain(t.trim());
      // Exactly one Tab stop in the chart.
      await expect(chart.locator('.plot .mark[tabindex="0"]')).toHaveCount(1);
    }
    await page.keyboard.press(grid ? 'Control+End' : 'End');
    await expect(marks.nth(count - 1)).toBeFocused();
    await page.keyboard.press(grid ? 'Control+Home' : 'Home');
    await expect(marks.nth(0)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).not.toHaveClass(/\bmark\b/);
  }
});
}

test('the who-did-what matrix moves by row and column and keeps to its edges', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  const chart = page.locator('#chart-services');
  const grid = chart.getByRole('grid');
  await expect(grid).toHaveAccessibleName(/Who did what/);
  const cols = await grid.getByRole('columnheader').count() - 1;
  const rows = await grid.getByRole('rowheader').count();
  // When most parties joined is said once, as the grid's description and in
  // its corner, not with the corner's heading; only the rows that differ say theirs.
  await expect(grid).toHaveAccessibleDescription('All joined March 2015 unless noted');
  await expect(grid.locator('.matrix-corner')).toHaveAccessibleName('Party / service');
  await expect(grid.locator('.matrix-corner')).toContainText('All joined March 2015 unless noted');
  await expect(grid.getByRole('rowheader').filter({ hasText: 'joined' })).toHaveText([
    // Two by the view's shorter labels for them.
    'Stadsmissionen joined 2016',
    'Karriär-Kraft joined 2016',
    'FC Gole joined March 2015 (uncertain)',
  ]);
  const cells = grid.getByRole('gridcell');
  await expect(cells).toHaveCount(rows * cols);
  await chart.locator('a[data-view="table"]').focus();
  await page.keyboard.press('Tab');
  await expect(cells.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cells.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cells.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cells.nth(cols)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cells.nth(cols + 2)).toBeFocused();
  await page.keyboard.press('End');
  await expect(cells.nth(2 * cols - 1)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cells.nth(2 * cols - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(cells.nth(cols)).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(cells.nth(rows * cols - 1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cells.nth(rows * cols - 1)).toBeFocused();
  // The filled cell of a sourced activity says so, and Enter shows its source.
  const skyddsvarnet = grid.locator('[data-mark="skyddsvarnet--service-psychosocial"]');
  await expect(skyddsvarnet).toHaveAttribute(
    'aria-label',
    'Skyddsvärnet i Göteborg, Psychosocial support: delivered, according to the sources – Deepened psychosocial support',
  );
  await skyddsvarnet.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/mark=skyddsvarnet--service-psychosocial/);
  await expect(chart.locator('.mark-details')).toContainText('Vårt Göteborg');
  // The keys for a matrix say how its arrows move.
  await expect(chart.locator('.chart-keys')).toContainText('rows and columns');
});

test('Enter selects a mark into the URL and its sources; the URL restores it', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  const mark = page.locator('#chart-context .mark[data-mark="sweden-unaccompanied-asylum-seekers-2015"]');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/chart=context&mark=sweden-unaccompanied-asylum-seekers-2015/);
  await expect(mark).toHaveAttribute('aria-label', '2015: 35,369 children (selected)');
  await expect(page.locator('#chart-context .mark-details')).toContainText('Source: Migrationsinfo 2018');

  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('#chart-context .mark.selected')).toHaveAttribute('data-mark', 'sweden-unaccompanied-asylum-seekers-2015');
  await expect(fresh.locator('#chart-context')).toBeInViewport();
});

// A selection is a detail of the view, not a view: Back leaves the view rather
// than stepping through every mark the reader tried.
test('choosing marks replaces the address: back returns to the view before them', async ({ page }) => {
  await page.goto('./?lang=en&section=sources');
  await appStarted(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await ready(page);
  const year = (y) => page.locator(`#chart-context .mark[data-mark="sweden-unaccompanied-asylum-seekers-${y}"]`);
  for (const y of [2014, 2015, 2016]) {
    await year(y).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`chart=context&mark=sweden-unaccompanied-asylum-seekers-${y}$`));
  }
  await page.goBack();
  await expect(page).toHaveURL(/\?lang=en&section=sources$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await page.goForward();
  await expect(page).toHaveURL(/mark=sweden-unaccompanied-asylum-seekers-2016$/);
  await expect(page.locator('#chart-context .mark.selected')).toHaveAttribute('data-mark', 'sweden-unaccompanied-asylum-seekers-2016');
  // A view change after them still gets its own entry.
  await page.locator('#chart-context a[data-view="table"]').click();
  await expect(page.locator('#chart-context table')).toBeVisible();
  await page.goBack();
  await expect(page.locator('#chart-context .plot')).toBeVisible();
  await expect(page).toHaveURL(/mark=sweden-unaccompanied-asylum-seekers-2016$/);
});

test('the chart/table switch is in the URL, and back returns to the chart', async ({ page }) => {
  await page.goto('./?lang=sv');
  await ready(page);
  await page.locator('#chart-housing a[data-view="table"]').click();
  await expect(page).toHaveURL(/\?lang=sv&chart=housing&view=table$/);
  const table = page.locator('#chart-housing table');
  await expect(table).toBeVisible();
  // Named by its caption for assistive technology; on screen the chart's
  // title right above says it, and the caption is not drawn again.
  await expect(page.getByRole('table', { name: 'Boendeplatser 2015' })).toBeVisible();
  expect(await table.locator('caption').evaluate((c) => c.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  await expect(table.locator('tbody tr[data-mark] td.num')).toHaveText(['95', '410', '200']);
  await page.goBack();
  await expect(page.locator('#chart-housing .plot')).toBeVisible();
  await expect(table).toBeHidden();
  await page.goForward();
  await expect(table).toBeVisible();
  // One chart's table at a time: opening another's returns the first to its chart.
  await page.locator('#chart-money a[data-view="table"]').click();
  await expect(page.locator('#chart-money table')).toBeVisible();
  await expect(table).toBeHidden();
  await page.goto('./?chart=context&view=table&lang=en');
  await expect(page.locator('#chart-context table')).toBeVisible();
  await expect(page.locator('#chart-context tr[data-mark="sweden-unaccompanied-asylum-seekers-2019"] td.num')).toHaveText('no figure');
});

/** The housing chart's October bar (its second mark), scrolled into view,
 *  and its middle, where the pointer tests put the pointer. */
async function octoberBar(page) {
  const mark = page.locator('#chart-housing-mark-1');
  await mark.scrollIntoViewIfNeeded();
  const at = await mark.boundingBox();
  return { mark, middle: [at.x + at.width / 2, at.y + at.height / 2] };
}

/** Hovers a mark, then moves onto its tooltip, where it must stay open and
 *  take the pointer (not let it through to what is under it), and off it,
 *  where it must close. `move(x, y, steps)` moves the pointer there (the
 *  mouse by default). */
async function hoverOntoTooltip(page, move = (x, y, steps) => page.mouse.move(x, y, { steps })) {
  await page.goto('./?lang=en');
  await ready(page);
  const { mark, middle: start } = await octoberBar(page);
  await move(...start, 1);
  const tip = mark.locator('.tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('410');
  // Its middle, where a reader would move to read it.
  const box = await tip.boundingBox();
  const middle = [box.x + box.width / 2, box.y + box.height / 2];
  await move(...middle, 4);
  const under = await page.evaluate(([x, y]) => new Promise((frame) => requestAnimationFrame(() => {
    const hit = document.elementFromPoint(x, y);
    frame(hit?.closest('.tooltip') ? 'its tooltip' : `${hit?.closest('.mark')?.id ?? hit?.tagName}, no tooltip`);
  })), middle);
  expect(under, 'under the pointer moved onto the tooltip').toBe('its tooltip');
  await expect(tip).toBeVisible();
  await move(0, 0, 1);
  await expect(tip).toBeHidden();
}

test('tooltips show on hover and focus, stay while hovered, and close with Esc', async ({ page }) => {
  await hoverOntoTooltip(page);
  const mark = page.locator('#chart-housing [role="img"]').nth(1);
  const tip = mark.locator('.tooltip');
  await mark.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#chart-housing')).toBeFocused();
});

// A click selects a mark: nothing moves, its tooltip stays by the pointer.
// Before, the selected mark's label turned bold and took a line more (this
// one's at 1280 px): the marks under it moved down 24 px as it was clicked,
// and its tooltip with it, not placed again.
test('a click that selects a mark moves no mark, nor its tooltip', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  await ready(page);
  const { mark, middle } = await octoberBar(page);
  const boxes = () => page.locator('#chart-housing .mark').evaluateAll((ms) => ms.map((m) => {
    const r = m.getBoundingClientRect();
    return `${m.id} ${r.top.toFixed(1)} ${r.height.toFixed(1)}`;
  }));
  const marks = await boxes();
  await page.mouse.move(...middle);
  const tip = mark.locator('.tooltip');
  await expect(tip).toBeVisible();
  const before = await tip.boundingBox();
  // A click's press and release come frames apart, as a hand's do.
  await page.mouse.down();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.mouse.up();
  await expect(mark).toHaveClass(/\bselected\b/);
  expect(await boxes()).toEqual(marks);
  expect(await tip.boundingBox()).toEqual(before);
});

// Every mark's tooltip, on a phone and a desktop: inside its chart's box and
// the screen (not over the next chart, past a phone's edge, or out of an
// embed's frame), its words whole. A column near a phone's right edge once
// opened its tooltip 95 px past it; a big number's, as narrow as its
// half-width card, broke its words; one on a chart's last line hung 250 px
// over the next chart.
// With `widths` ([open, then]), each tooltip is opened at the first width and
// looked at after the window has changed to the second, as when a phone is
// turned.
async function tooltipsOutside(page, figures, widths) {
  const out = [];
  for (const figure of await page.locator(figures).all()) {
    for (const mark of await figure.locator('.mark').all()) {
      if (widths) await page.setViewportSize({ width: widths[0], height: 800 });
      // Focus: the keyboard's place for it, under its mark (a pointer's,
      // beside the pointer, is walked in `pointerMisses`).
      await mark.focus();
      const tip = mark.locator(':scope > .tooltip');
      await expect(tip).toBeVisible();
      if (widths) {
        // Placed at the first width, in the frame that shows it.
        await tip.evaluate(() => new Promise((frame) => requestAnimationFrame(frame)));
        await page.setViewportSize({ width: widths[1], height: 800 });
      }
      // As drawn: the app places a tooltip just before the frame that shows it.
      await tip.evaluate(() => new Promise((frame) => requestAnimationFrame(frame)));
      const found = await tip.evaluate(tooltipPast);
      found.push(...(await page.evaluate(brokenWords, '.tooltip')));
      const id = await mark.getAttribute('id');
      out.push(...found.map((f) => `${id}: ${f}`));
    }
  }
  return out;
}

/** How far a tooltip stands past its figure's edges, or the screen's
 *  (["12 px past its right"], none if inside). Runs in the page. */
function tooltipPast(tip) {
  const [t, f] = [tip.getBoundingClientRect(), tip.closest('figure').getBoundingClientRect()];
  const width = document.documentElement.clientWidth;
  const sides = { left: f.left - t.left, right: t.right - Math.min(f.right, width), top: f.top - t.top, bottom: t.bottom - f.bottom };
  return Object.entries(sides).filter(([, by]) => by > 0.5).map(([side, by]) => `${Math.round(by)} px past its ${side}`);
}

/** What is wrong with the tooltips open now, for the mark `id` (none, as
 *  in [], where its own is open alone, inside its chart and the screen), and
 *  its own tooltip where that is the one open (else null). */
async function tooltipOf(page, id) {
  const open = page.locator('.mark > .tooltip');
  const opened = await open.evaluateAll((tips) => tips.map((t) => t.parentElement.id));
  if (opened.length !== 1 || opened[0] !== id) return { open: null, problems: [`opens ${opened.join(', ') || 'no tooltip'}`] };
  return { open, problems: (await open.evaluate(tooltipPast)).map((past) => `its tooltip ${past}`) };
}

// Walks the pointer along every line through two or more marks of each
// chart (straight down and up through their middles, straight across and
// back), 12 px a step (less than half the smallest mark), as a hand moves
// it; at each mark, the tooltip open must be that mark's, inside its chart
// and the screen.
async function pointerMisses(page, figures) {
  const missed = [];
  // The app places a tooltip just before the frame that shows it.
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  for (const figure of await page.locator(figures).all()) {
    const width = page.viewportSize().width;
    const tall = Math.ceil((await figure.boundingBox()).height);
    // The whole chart on the screen, so the pointer reaches every mark.
    await page.setViewportSize({ width, height: Math.max(900, tall + 40) });
    await figure.evaluate((f) => f.scrollIntoView({ block: 'start' }));
    await page.mouse.move(0, 0);
    const lines = await figure.evaluate((f) => {
      const marks = [...f.querySelectorAll('.mark')].map((m) => ({ id: m.id, r: m.getBoundingClientRect() }));
      const distinct = (xs) => xs.filter((x, i) => xs.findIndex((y) => Math.abs(x - y) < 3) === i);
      const down = distinct(marks.map(({ r }) => (r.left + r.right) / 2)).map((x) =>
        marks.filter(({ r }) => r.left < x && x < r.right).sort((a, b) => a.r.top - b.r.top)
          .map(({ id, r }) => ({ id, x, y: (r.top + r.bottom) / 2, edge: r.top })));
      const across = distinct(marks.map(({ r }) => (r.top + r.bottom) / 2)).map((y) =>
        marks.filter(({ r }) => r.top < y && y < r.bottom).sort((a, b) => a.r.left - b.r.left)
          .map(({ id, r }) => ({ id, x: (r.left + r.right) / 2, y, edge: r.left })));
      return [...down.map((l) => ['down', l]), ...across.map((l) => ['across', l])].filter(([, l]) => l.length > 1);
    });
    for (const [way, line] of lines) {
      for (const [dir, stops] of [[way, line], [way === 'down' ? 'up' : 'back', [...line].reverse()]]) {
        // From just before the first mark, outside it: 8 px above or
        // below it, left or right of it (`edge` is its top or left side).
        const [first, second] = stops;
        const start = (mid, edge, next) => (next > mid ? edge - 8 : 2 * mid - edge + 8);
        let at = way === 'down'
          ? { x: first.x, y: start(first.y, first.edge, second.y) }
          : { x: start(first.x, first.edge, second.x), y: first.y };
        await page.mouse.move(0, 0);
        await page.mouse.move(at.x, at.y);
        for (const stop of stops) {
          const steps = Math.max(2, Math.ceil(Math.hypot(stop.x - at.x, stop.y - at.y) / 12));
          await page.mouse.move(stop.x, stop.y, { steps });
          at = stop;
          await frame();
          const found = (await tooltipOf(page, stop.id)).problems.join(', ');
          if (found) missed.push(`${stop.id} (${dir}): ${found}`);
        }
      }
    }
  }
  return missed;
}

// Taps every mark of each chart in turn, as a finger would: each tap must
// reach its mark (not the tooltip the tap before opened over it), open that
// mark's tooltip alone, inside its chart and the screen and above the tapped
// point (below it where only there is room), and select it; a tap beside the
// marks then closes it.
// `tap(x, y)` taps the page there (Playwright's touchscreen by default).
async function tapMisses(page, figures, tap = (x, y) => page.touchscreen.tap(x, y)) {
  const missed = [];
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  for (const figure of await page.locator(figures).all()) {
    for (const mark of await figure.locator('.mark').all()) {
      const id = await mark.getAttribute('id');
      const at = await mark.evaluate((m) => {
        m.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = m.getBoundingClientRect();
        const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
        const hit = document.elementFromPoint(x, y);
        const covered = !m.contains(hit) || hit.closest('.tooltip');
        return { x, y, dx: x - r.left, dy: y - r.top, covered: covered && `covered by ${hit?.closest('.mark')?.id ?? hit?.tagName}'s ${hit?.closest('.tooltip') ? 'tooltip' : 'box'}` };
      });
      if (at.covered) {
        missed.push(`${id}: ${at.covered}`);
        continue;
      }
      await tap(at.x, at.y);
      await frame();
      const { open, problems } = await tooltipOf(page, id);
      missed.push(...problems.map((problem) => `${id}: ${problem}`));
      if (open) {
        // Above the finger where its chart has room for it there, else
        // below it where there is room there (an embed at 320 px, whose
        // frame ends at its chart, may have room on neither side). Measured
        // from where the finger was on its mark: the page may have moved
        // since (a shorter selection's note at the page's end).
        const side = await open.evaluate((t, { dy }) => {
          const [r, f, m] = [t, t.closest('figure'), t.parentElement].map((e) => e.getBoundingClientRect());
          const y = m.top + dy;
          // 12 px: the gap the app keeps between a point and its tooltip;
          // 2 px: the figure's border, which the app keeps clear.
          if (y - 12 - (f.top + 2) >= r.height - 0.5) return r.bottom <= y + 0.5 ? '' : 'not above the finger';
          if (f.bottom - 2 - (y + 12) >= r.height - 0.5) return r.top >= y - 0.5 ? '' : 'not below the finger';
          return '';
        }, at);
        if (side) missed.push(`${id}: its tooltip ${side}`);
      }
      const selected = await page.locator('.mark.selected').evaluateAll((ms) => ms.map((m) => m.id));
      if (selected.join() !== id) missed.push(`${id}: selects ${selected.join(', ') || 'nothing'}`);
    }
    // The heading that names the figure: beside the marks, in the chart's box.
    const title = page.locator(`#${await figure.getAttribute('aria-labelledby')}`);
    await title.scrollIntoViewIfNeeded();
    const box = await title.boundingBox();
    await tap(box.x + box.width / 2, box.y + box.height / 2);
    await frame();
    const left = await page.locator('.mark > .tooltip').count();
    if (left) missed.push(`a tap on the title of ${await figure.getAttribute('id')} leaves ${left} tooltip open`);
  }
  return missed;
}

// A phone has no hover: a tap opens a mark's tooltip. The tooltip kept its
// pointer events, as a hovering pointer needs (to be moved onto it), so a
// tap on it went to its own mark, not the one under it: at 390 px, 67 of the
// dashboard's 114 marks could not be tapped after the mark before them. And
// it opened below and after the point, as for a mouse, under the finger
// and the hand: 87 of the 114 at 390 px.
test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });
  for (const [lang, width] of [['sv', 390], ['en', 320]]) {
    test(`a tap on each mark in turn opens its own tooltip, inside its chart, and selects it (${lang}, ${width} px)`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
      expect(await tapMisses(page, '#main figure.chart')).toEqual([]);
    });
  }
  test('in every embed at 320 px, a tap on each mark in turn opens its own tooltip', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const missed = [];
    for (const id of CHARTS) {
      await openEmbed(page, id, 'sv');
      missed.push(...(await tapMisses(page, 'main figure')).map((m) => `embed ${id}: ${m}`));
    }
    expect(missed).toEqual([]);
  });

  // A tablet with a trackpad or a mouse: the screen has no hover, the
  // pointer has. Its tooltip can be moved onto and read, as on a desktop
  // (before, the screen decided: the tooltip let the pointer through, and
  // closed when the pointer came onto it).
  test('a mouse on a screen without hover can move onto a tooltip and read it', async ({ page }) => {
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    await hoverOntoTooltip(page);
  });
});

// A touch laptop: the screen has hover (a mouse or trackpad), and a finger
// too. The finger's tooltips pass taps through and stand above it, as on a
// phone (before, the screen decided: each tooltip kept its pointer events,
// and a tap on the next mark under it went to the mark before).
test('on a touch laptop, a tap on each mark in turn opens its own tooltip (en, 1280 px)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  await ready(page);
  expect(await page.evaluate(() => matchMedia('(hover: hover)').matches)).toBe(true);
  // A finger on a screen Playwright does not make a touch screen: the touch
  // events a touch laptop's screen sends, through the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  const tap = async (x, y) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  expect(await tapMisses(page, '#main figure.chart', tap)).toEqual([]);
});

// A pen, sent through the DevTools protocol (Playwright has no pen): its
// `move(x, y, steps)` in the air over the screen and its `tap(x, y)` on it.
async function penOf(page) {
  const cdp = await page.context().newCDPSession(page);
  // `pressed`: its tip on the screen (a button down, as Chrome reports a pen).
  const pen = (type, x, y, pressed = false) => {
    const moved = type === 'mouseMoved';
    return cdp.send('Input.dispatchMouseEvent', {
      type, x, y, pointerType: 'pen', button: moved ? 'none' : 'left', buttons: pressed ? 1 : 0, clickCount: moved ? 0 : 1,
    });
  };
  let [x0, y0] = [0, 0];
  return {
    move: async (x, y, steps) => {
      for (let i = 1; i <= steps; i++) await pen('mouseMoved', x0 + ((x - x0) * i) / steps, y0 + ((y - y0) * i) / steps);
      [x0, y0] = [x, y];
    },
    tap: async (x, y) => {
      await pen('mousePressed', x, y, true);
      await pen('mouseReleased', x, y);
      [x0, y0] = [x, y];
    },
  };
}

// A pen that hovers before it touches (a Surface's) points as a mouse does:
// its tooltip can be moved onto and read. Before, any pen counted as a
// finger: its tooltip let it through, and closed when it came onto it.
test('a pen hovering over the screen can move onto a tooltip and read it', async ({ page }) => {
  await hoverOntoTooltip(page, (await penOf(page)).move);
});

// A pen on a screen that does not see it hover (its first event is its
// touch) taps as a finger does: its tooltip stands above the pen and lets
// the next tap through.
test('a pen that touches without hovering first opens a tooltip as a finger does', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  const { mark, middle: [x, y] } = await octoberBar(page);
  await (await penOf(page)).tap(x, y);
  const tip = mark.locator('.tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('data-touch', '');
  const box = await tip.boundingBox();
  expect(box.y + box.height, 'its bottom, above the pen').toBeLessThanOrEqual(y);
  // A tap on its middle goes to what is under it.
  const through = await page.evaluate(([x, y]) => !document.elementFromPoint(x, y)?.closest('.tooltip'), [box.x + box.width / 2, box.y + box.height / 2]);
  expect(through, 'a tap on it goes through').toBe(true);
});

for (const lang of ['sv', 'en']) {
  test(`every tooltip stays inside its chart and the screen, its words whole (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      expect(await tooltipsOutside(page, '#main figure.chart'), `${width} px`).toEqual([]);
    }
  });

  // An embed's frame is as tall as its chart: a tooltip below it is cut. On a
  // phone, and in a wide column, where a short chart (a row of big numbers)
  // has little room above or below its marks: there the reach chart's first
  // big number opened its tooltip 29 px past its figure.
  test(`every embed's tooltips stay inside its chart, at 320 and 900 px (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const width of [320, 900]) {
      await page.setViewportSize({ width, height: 700 });
      for (const id of CHARTS) {
        // The app's marks, not the first view's (which have no tooltips).
        await openEmbed(page, id, lang);
        expect(await tooltipsOutside(page, 'main figure'), `embed ${id} at ${width} px`).toEqual([]);
      }
    }
  });

  // A reader's pointer moved straight down, up or across a chart comes onto
  // each mark in turn and opens that mark's tooltip. Under its mark, a bar's
  // tooltip lay over the next bar (likewise an event's on the timeline, a
  // cell's in the matrix), and a pointer moved down came onto the tooltip,
  // which keeps its own mark's open so a reader can move onto it and read
  // it, instead of onto the next bar: of the housing chart's three bars,
  // only the first could be reached from above.
  // Two charts side by side in Swedish, one column (a phone's width, a mouse
  // on a narrow window) in English: a tooltip's width depends on both.
  const width = lang === 'sv' ? 1280 : 390;
  test(`a pointer moved along the marks opens each one's own tooltip, inside its chart (${lang}, ${width} px)`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    expect(await pointerMisses(page, '#main figure.chart')).toEqual([]);
  });

  // The same in every embed, at 600 and 320 px (a partner's sidebar, read
  // with a mouse). In an embed the chart is the whole frame, so a tooltip has
  // only the chart's room: at 320 px one taller than the room below the last
  // marks (the money chart's, the matrix's last row) stood above them, and a
  // pointer moved up from there came onto it (4 of the walk's stops in each
  // language), until tooltips cited their sources as the source line does,
  // not by their publishers' full names.
  test(`in every embed, a pointer moved along the marks opens each one's own tooltip (${lang}, 600 and 320 px)`, async ({ page }) => {
    test.setTimeout(240_000);
    const missed = [];
    for (const width of [600, 320]) {
      for (const id of CHARTS) {
        await page.setViewportSize({ width, height: 700 });
        await openEmbed(page, id, lang);
        missed.push(...(await pointerMisses(page, 'main figure')).map((m) => `embed ${id} at ${width} px: ${m}`));
      }
    }
    expect(missed).toEqual([]);
  });

  // An embed's frame is as tall as its page. The keys' box, shown while a
  // mark has keyboard focus, stood above the chart as on the dashboard, and
  // so past the frame's top wherever the title and takeaway were shorter than
  // it: for 18 of 36 (six charts at 320, 390 and 600 px, in both languages),
  // by up to 64 px, three of its lines. Reached by the keyboard,
  // at the first mark and at the last, it is whole inside the frame and off
  // the mark in focus.
  test(`an embed's keys stay inside its frame and off the mark in focus, at 320 and 600 px (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = [];
    for (const width of [320, 600]) {
      await page.setViewportSize({ width, height: 700 });
      for (const id of CHARTS) {
        await openEmbed(page, id, lang);
        let presses = 0;
        while (!(await page.evaluate(() => !!document.activeElement?.closest('.plot .mark')))) {
          await page.keyboard.press('Tab');
          presses += 1;
          expect(presses, `embed ${id}: Tab reaches a mark`).toBeLessThanOrEqual(5);
        }
        problems.push(...(await keysAtFirstAndLastMark(page, `${id} at ${width} px`)));
      }
    }
    expect(problems).toEqual([]);
  });

  // On the dashboard the box lies over the chart's controls, above its plot:
  // never over the mark in focus, on a phone or a desktop, and whole inside
  // its chart (at 320 px the matrix's box, which said every chart's keys,
  // stood 44 px above its chart's top, its first lines off the screen when
  // the chart was scrolled to).
  test(`the dashboard's keys keep off the mark in focus, at 320 and 1280 px (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = [];
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      for (const id of CHARTS) {
        await page.locator(`#chart-${id} .plot [tabindex="0"]`).focus();
        problems.push(...(await keysAtFirstAndLastMark(page, `${id} at ${width} px`, { inChart: true })));
      }
    }
    expect(problems).toEqual([]);
  });
}

/** Where the keys' box is misplaced (`keysMisplaced`) once Home and once End
 *  have moved the focus to the first and the last mark of the chart that has
 *  it. */
async function keysAtFirstAndLastMark(page, where, options = {}) {
  const problems = [];
  for (const key of ['Home', 'End']) {
    await page.keyboard.press(key);
    const placed = await page.evaluate(keysMisplaced, options);
    if (placed) problems.push(`${where}, after ${key}: ${placed}`);
  }
  return problems;
}

/** What is wrong with where the keys' box of the chart with keyboard focus
 *  stands ('' if nothing): not shown, past the page's top or bottom (an
 *  embed's frame is as tall as its page), over the mark in focus, or, with
 *  `inChart`, past its chart's edges. Runs in the page. */
function keysMisplaced({ inChart = false } = {}) {
  const keys = document.querySelector('.chart-view:has(.mark:focus-visible) .chart-keys');
  if (!keys) return 'not shown';
  const k = keys.getBoundingClientRect();
  const m = document.activeElement.getBoundingClientRect();
  const bottom = Math.ceil(document.documentElement.getBoundingClientRect().height);
  const out = [];
  if (k.width < 50 || k.height < 20) out.push('not shown');
  if (k.top + scrollY < -0.5) out.push(`${Math.round(-(k.top + scrollY))} px above the page`);
  if (k.bottom + scrollY > bottom + 0.5) out.push(`${Math.round(k.bottom + scrollY - bottom)} px below the page`);
  if (m.top < k.bottom - 0.5 && k.top < m.bottom - 0.5) out.push('over the mark in focus');
  if (inChart) {
    const c = keys.closest('figure.chart').getBoundingClientRect();
    if (k.top < c.top - 0.5) out.push(`${Math.round(c.top - k.top)} px above its chart`);
    if (k.bottom > c.bottom + 0.5) out.push(`${Math.round(k.bottom - c.bottom)} px below its chart`);
  }
  return out.join(', ');
}

// A tooltip open while the window narrows (a phone turned, a window or an
// embed's frame made smaller) is placed again for the new width. It kept the
// place it had been given for the old one: from 900 to 320 px, 75 of the
// embeds' 114 tooltips stood past their chart's edge, by up to 164 px.
test('a tooltip open while the window narrows is placed again inside its chart', async ({ page }) => {
  test.setTimeout(90_000);
  for (const id of CHARTS) {
    await page.setViewportSize({ width: 900, height: 800 });
    await openEmbed(page, id, 'sv');
    expect(await tooltipsOutside(page, 'main figure', [900, 320]), `embed ${id}`).toEqual([]);
  }
});

// Two textures for two meanings: a chart's notes say "hatched bars are
// uncertain figures", and the IOP's 200 new housing places, a secondary mark,
// were hatched too, so they read as uncertain. Secondary marks are dotted; the
// pattern each bar is painted with is read from the page's own styles.
test('secondary marks are dotted, and only uncertain ones hatched', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  const textures = await page.evaluate(() => {
    const texture = (bar) => {
      const id = getComputedStyle(bar).fill.match(/url\("?#([^")]+)/)?.[1];
      const pattern = id && document.getElementById(id);
      return pattern ? [...new Set([...pattern.children].map((c) => c.localName))].sort().join(' ') : 'none';
    };
    const of = (style) => [...document.querySelectorAll(`.chart rect.bar.mark-${style}`)].map(texture);
    return { secondary: of('secondary'), uncertain: of('uncertain') };
  });
  expect(textures.secondary.length).toBeGreaterThanOrEqual(2);
  expect(textures.uncertain.length).toBeGreaterThanOrEqual(1);
  expect(new Set(textures.secondary)).toEqual(new Set(['circle rect']));
  expect(new Set(textures.uncertain)).toEqual(new Set(['line']));
});

for (const scheme of ['light', 'dark']) {
  test(`SVG marks, chart text and the focus ring have enough contrast (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?lang=sv');
    await ready(page);
    await page.locator('#chart-housing [role="img"]').first().focus();
    const samples = await page.evaluate(() => {
      const rgb = (s) => (s.match(/\d+(\.\d+)?/g) || []).slice(0, 3).map(Number);
      const background = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return rgb(c);
        }
        return rgb(getComputedStyle(document.documentElement).backgroundColor);
      };
      const out = [];
      for (const rect of document.querySelectorAll('.chart rect.bar, .chart rect.bar-gap, .chart circle.dot')) {
        const s = getComputedStyle(rect);
        // Patterned marks are outlined; their outline is what meets the background.
        const hollow = s.fill.startsWith('url') || s.fill === 'none' || rect.classList.contains('mark-uncertain');
        const paint = hollow ? s.stroke : s.fill;
        out.push({ kind: 'mark', what: rect.getAttribute('class'), fg: rgb(paint), bg: background(rect.closest('.mark')) });
      }
      for (const el of document.querySelectorAll('.chart .mark-label, .chart .mark-value, .chart .axis-label, .chart .chart-keys, .chart .takeaway, .chart h3, .chart .panel-title, .chart .view-link')) {
        out.push({ kind: 'text', what: el.className || el.tagName, fg: rgb(getComputedStyle(el).color), bg: background(el) });
      }
      const focused = document.activeElement;
      out.push({ kind: 'focus', what: 'focus ring', fg: rgb(getComputedStyle(focused).outlineColor), bg: background(focused.parentElement) });
      return out;
    });
    expect(samples.length).toBeGreaterThan(80);
    const failures = samples
      .map((s) => ({ ...s, ratio: contrast(s.fg, s.bg) }))
      .filter((s) => s.ratio < (s.kind === 'text' ? 4.5 : 3));
    expect(failures).toEqual([]);
  });
}

// A table wider than a phone scrolls sideways in its own box, and its
// panels' headings, which are text, not columns, wrap at the width the reader
// sees: they (and the caption, since left to assistive technology) once ran
// on under the box's edge, to be read only by scrolling ("Unaccompanied
// children in Sweden and Göteborg").
test('no horizontal scrolling at 320 px, in chart and table views; a table\'s titles read without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const hidden = [];
  let wider = 0;
  let titled = 0;
  for (const lang of ['sv', 'en']) {
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    for (const id of CHARTS) {
      await showTable(page, id);
      expect(await overflow(), id).toBeLessThanOrEqual(0);
      const found = await page.locator(`#chart-${id} .table-wrap`).evaluate((wrap) => {
        const box = wrap.getBoundingClientRect();
        const titles = [...wrap.querySelectorAll('.table-group')];
        const cut = titles.filter((t) => {
          const text = document.createRange();
          text.selectNodeContents(t);
          return [...text.getClientRects()].some((r) => r.right > box.right + 0.5 || r.left < box.left - 0.5);
        });
        return { titles: titles.length, cut: cut.map((t) => t.textContent), wider: wrap.scrollWidth > wrap.clientWidth };
      });
      titled += found.titles;
      hidden.push(...found.cut.map((t) => `${id} (${lang}): "${t}"`));
      if (found.wider) wider += 1;
    }
  }
  expect(titled).toBeGreaterThan(0);
  expect(hidden).toEqual([]);
  // The check has a table to bite on: a word longer than the screen
  // ("familjeåterföreningsprocessen", set in bold) scrolls its table.
  expect(wider).toBeGreaterThan(0);
});

/** Chromium's accessibility tree of one element: each node's role and name. */
async function axTree(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId });
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value, name: n.name?.value ?? '' }));
}

// A chart's table on a phone is read without scrolling sideways: a row's name
// and value on one line (the value under it where both do not fit), its
// sources under them. It scrolled sideways on every phone, the sources cut at
// the edge. Laid out so, it is still a table to a screen reader: Chromium's
// own accessibility tree has its rows, its three column headings (the
// sources' one hidden from sight only) and a row heading per row. Wide, the
// three columns stand side by side.
for (const lang of ['sv', 'en']) {
  test(`a chart's table on a phone needs no sideways scrolling, its sources under each row, and stays a table (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    const problems = [];
    for (const id of CHARTS) {
      await showTable(page, id);
      const found = await page.locator(`#chart-${id} .table-wrap`).evaluate((wrap) => {
        const out = [];
        if (wrap.scrollWidth > wrap.clientWidth) out.push(`scrolls sideways: ${wrap.scrollWidth} px in ${wrap.clientWidth}`);
        const edge = wrap.getBoundingClientRect();
        const rows = [...wrap.querySelectorAll('tr[data-mark]')];
        for (const row of rows) {
          const [name, value, sources] = [...row.cells].map((c) => c.getBoundingClientRect());
          const label = row.cells[0].textContent.slice(0, 40);
          if (value.right > edge.right + 0.5 || name.left < edge.left - 0.5) out.push(`${label}: outside the table's box`);
          if (value.left < name.right - 0.5 && value.top < name.bottom - 0.5) out.push(`${label}: the value overlaps the name`);
          if (Math.abs(value.right - row.getBoundingClientRect().right) > 0.5) out.push(`${label}: the value not at the right edge`);
          if (row.cells[2].textContent.trim() && sources.top < Math.max(name.bottom, value.bottom) - 0.5) out.push(`${label}: the sources beside the row, not under it`);
        }
        return { rows: rows.length, out };
      });
      expect(found.rows, id).toBeGreaterThan(0);
      problems.push(...found.out.map((p) => `${id}: ${p}`));
      const ax = await axTree(page, `#chart-${id} table`);
      const count = (role) => ax.filter((n) => n.role === role).length;
      expect(ax[0].role, id).toBe('table');
      expect(ax.filter((n) => n.role === 'columnheader').map((n) => n.name), id).toEqual(
        await page.locator(`#chart-${id} thead th`).allTextContents(),
      );
      expect(count('rowheader'), id).toBeGreaterThanOrEqual(found.rows);
      expect(count('cell'), id).toBe(2 * found.rows);
    }
    expect(problems).toEqual([]);
    // The sources' heading is there for a screen reader, not on screen.
    const heading = page.locator(`#chart-${CHARTS[0]} thead th`).last();
    expect(await heading.evaluate((h) => h.getBoundingClientRect().width)).toBeLessThanOrEqual(1);

    // Where three columns fit, they stand side by side.
    await page.setViewportSize({ width: 1000, height: 800 });
    await openEmbed(page, CHARTS[0], lang, { view: 'table' });
    const wide = await page.locator('main tr[data-mark]').first().evaluate((row) => {
      const [name, value, sources] = [...row.cells].map((c) => c.getBoundingClientRect());
      return { beside: name.right <= value.left + 0.5 && value.right <= sources.left + 0.5, level: Math.abs(name.top - sources.top) < 0.5 };
    });
    expect(wide).toEqual({ beside: true, level: true });
  });
}

// A view may give its figures shorter labels for one chart (the data's
// `label`, "Prognos, mars" under "Göteborg 2015"), as a data desk writes
// them: drawn at the marks, beside their bars in a partner's 600 px column
// and on the desktop overview, each mark's name beginning with the words
// shown and going on with the figure's own label, which the tooltip and the
// table keep.
const DATA = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const SHORTENED = DATA.views.flatMap((v) => v.panels.flatMap((p, panel) =>
  p.marks.flatMap((m, k) => (m.label && m.figure ? [{ view: v.id, panel, k, label: m.label, full: DATA.figures.find((f) => f.id === m.figure).label }] : []))));
for (const lang of ['sv', 'en']) {
  test(`a view's shorter labels stand beside their bars; the tooltip and table keep the figures' own (${lang})`, async ({ page }) => {
    expect(SHORTENED.length).toBeGreaterThan(0);
    for (const [width, url] of [[600, (id) => embedUrl(id, lang)], [1280, () => `./?lang=${lang}`]]) {
      await page.setViewportSize({ width, height: 900 });
      for (const { view, panel, k, label, full } of SHORTENED) {
        await page.goto(url(view));
        await appStarted(page);
        const chart = page.locator(`#chart-${view}`);
        const mark = chart.locator('.plot .panel').nth(panel).locator('.mark').nth(k);
        await expect(mark.locator('.mark-label')).toHaveText(label[lang]);
        const name = await mark.getAttribute('aria-label');
        expect(name.startsWith(`${label[lang]}: `) && name.includes(`– ${full[lang]}`), name).toBe(true);
        const [l, bar] = await Promise.all(['.mark-label', '.mark-bar'].map((q) => mark.locator(q).boundingBox()));
        expect(l.x + l.width, `${view} at ${width} px: "${label[lang]}" beside its bar`).toBeLessThanOrEqual(bar.x);
        expect(Math.abs((l.y + l.height / 2) - (bar.y + bar.height / 2))).toBeLessThan(4);
        await mark.hover();
        await expect(mark.locator('.tooltip strong')).toHaveText(full[lang]);
        await chart.locator('a[data-view="table"]').click();
        await expect(chart.locator('.table-view th[scope="row"]', { hasText: full[lang] })).toHaveCount(1);
      }
    }
  });
}

// An event's shorter label keeps its timeline entry on one line in a
// partner's column, and a party's or a service's heads its row or column of
// a matrix, turned to fit even a phone; each mark's name begins with the
// words shown (a cell's with its row's and column's records in full), and the
// tooltip and the table keep the records' own labels. Found by kind in the
// bundled views, so any the keepers add are tested too.
const PANEL_OF = (kind) => DATA.views.flatMap((v) => v.panels.filter((p) => p.kind === kind).map((p) => ({ view: v.id, marks: p.marks })))[0];
const RECORD = (m) => (m.event ? DATA.timeline.find((e) => e.id === m.event).label
  : m.party ? DATA.partnership.parties.find((p) => p.id === m.party).name
    : DATA.services.find((s) => s.id === m.service).label);
for (const lang of ['sv', 'en']) {
  test(`shorter labels keep timeline entries on one line and head the matrix; names, tooltips and tables keep the records' own (${lang})`, async ({ page }) => {
    const timeline = PANEL_OF('timeline');
    expect(timeline.marks.filter((m) => m.label).length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 600, height: 900 });
    await openEmbed(page, timeline.view, lang);
    const chart = page.locator(`#chart-${timeline.view}`);
    const marks = chart.locator('.plot .mark');
    await expect(marks).toHaveCount(timeline.marks.length);
    // Every entry, shortened or not, one line at 600 px.
    const lines = await marks.locator('.mark-label').evaluateAll((els) => els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }));
    expect(lines).toEqual(timeline.marks.map(() => 1));
    for (const [k, m] of timeline.marks.entries()) {
      const full = RECORD(m)[lang];
      const shown = m.label ? m.label[lang] : full;
      const mark = marks.nth(k);
      await expect(mark.locator('.mark-label')).toHaveText(shown);
      const date = await mark.locator('.mark-value').textContent();
      await expect(mark).toHaveAttribute('aria-label', m.label ? `${date}: ${shown} – ${full}` : `${date}: ${full}`);
      if (m.label) {
        await mark.hover();
        await expect(mark.locator('.tooltip strong')).toHaveText(full);
      }
    }
    await chart.locator('a[data-view="table"]').click();
    for (const m of timeline.marks) await expect(chart.locator('.table-view th[scope="row"]', { hasText: RECORD(m)[lang] })).toHaveCount(1);

    const matrix = PANEL_OF('matrix');
    const heads = (key) => matrix.marks.filter((m) => m[key]).map((m) => (m.label ?? RECORD(m))[lang]);
    expect(matrix.marks.filter((m) => m.label && m.service).length).toBeGreaterThan(0);
    expect(matrix.marks.filter((m) => m.label && m.party).length).toBeGreaterThan(0);
    for (const width of [600, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await openEmbed(page, matrix.view, lang);
      const grid = page.locator(`#chart-${matrix.view} [role="grid"]`);
      const columns = grid.locator('.matrix-column[role="columnheader"]');
      expect(await columns.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual(heads('service'));
      // Turned, not numbered with a list under the matrix, even on a phone.
      const turned = await columns.locator('.matrix-name').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height > 0));
      expect(turned.every(Boolean), `${width} px`).toBe(true);
      const rows = await grid.locator('[role="rowheader"]').evaluateAll((els) => els.map((el) => el.firstChild.textContent));
      expect(rows).toEqual(heads('party'));
    }
    // A cell names its party and service as shown, then those shortened in full.
    const party = matrix.marks.find((m) => m.party && m.label);
    const service = matrix.marks.find((m) => m.service && m.label);
    const cell = page.locator(`#chart-${matrix.view} [data-mark="${party.party}--${service.service}"]`);
    const name = await cell.getAttribute('aria-label');
    expect(name.startsWith(`${party.label[lang]}, ${service.label[lang]}: `), name).toBe(true);
    expect(name.endsWith(` – ${RECORD(party)[lang]}, ${RECORD(service)[lang]}`), name).toBe(true);
    await page.locator(`#chart-${matrix.view} a[data-view="table"]`).click();
    await expect(page.locator(`#chart-${matrix.view} .table-view th[scope="row"]`, { hasText: RECORD(service)[lang] })).toHaveCount(1);
  });
}

test('chart text is at least 12 px and targets at least 24 × 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./?lang=en');
  await ready(page);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.chart *')]
      .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      // Shown: a text one of two ways of saying the same at this width is 0 in size.
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width >= 1 && r.height >= 1; })
      .map((e) => ({ text: e.textContent.slice(0, 30), size: parseFloat(getComputedStyle(e).fontSize) }))
      .filter((e) => e.size < 12),
  );
  expect(small).toEqual([]);
  const targets = async () => {
    for (const target of await page.locator('.chart [role="img"], .chart [role="gridcell"], .chart .view-link').all()) {
      const box = await target.boundingBox();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  };
  await targets();
  // An embed sets its marks as tightly as the size allows, at a partner's
  // column's width (a row of bars beside short labels) and a phone's.
  for (const width of [600, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const id of CHARTS) {
      await openEmbed(page, id, 'en');
      await targets();
    }
  }
});

test('no animation runs when the reader prefers reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?lang=sv');
  await ready(page);
  await page.locator('#chart-reach [role="img"]').first().hover();
  await page.locator('#chart-reach a[data-view="table"]').click();
  const running = await page.evaluate(() => document.getAnimations().length);
  expect(running).toBe(0);
});

test('the timeline and who-did-what charts say what is approximate and what is unknown', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  const timeline = page.locator('#chart-timeline');
  await expect(timeline.locator('.takeaway')).toHaveText(
    'The IOP was signed in March 2015 to run until 2020, but was wound down early, in about 2018.',
  );
  await expect(timeline.locator('.mark[data-mark="wound-down"]')).toHaveAttribute('aria-label', 'about 2018: The partnership is wound down early');
  await expect(timeline.locator('circle.dot.mark-uncertain')).toHaveCount(2);
  // One axis: every dot on the same vertical line, in date order down the page.
  const dots = await timeline.locator('circle.dot').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()));
  expect(new Set(dots.map((d) => Math.round(d.x + d.width / 2))).size).toBe(1);
  expect(dots.every((d, i) => i === 0 || d.y > dots[i - 1].y)).toBe(true);
  const services = page.locator('#chart-services');
  await expect(services.locator('[role="gridcell"][aria-label*=": not known"]')).toHaveCount(75);
  // The headings shown (the view's shorter label for the service), then the service in full.
  await expect(services.locator('.mark[data-mark="roda-korset--service-staff-competence"]')).toHaveAttribute(
    'aria-label',
    'Swedish Red Cross (Röda Korset), Staff competence: delivered, according to the sources – Competence development for staff in the homes',
  );
  // The table reads by service: who delivered it, or that it is not known.
  await showTable(page, 'services');
  const row = services.locator('tr', { has: page.getByRole('rowheader', { name: 'Competence development for staff in the homes' }) });
  await expect(row.locator('td').first()).toHaveText('Swedish Red Cross (Röda Korset)');
  await expect(services.locator('td.num', { hasText: 'provider not known' })).toHaveCount(5);
});

test('a series on its time axis leaves a missing year empty and says so', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  const chart = page.locator('#chart-context');
  const columns = chart.locator('.panel-columns .mark');
  const years = await chart.locator('.columns-axis .axis-label').allInnerTexts();
  expect(years).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020']);
  const gap = chart.locator('.mark[data-mark="sweden-unaccompanied-asylum-seekers-2019"]');
  await expect(gap).toHaveClass(/mark-gap/);
  await expect(gap).toHaveAttribute('aria-label', /^2019: no figure/);
  await expect(gap.locator('rect.bar')).toHaveCount(0);
  // Each column stands on the axis in its year's place, taller for more.
  const boxes = await columns.evaluateAll((ms) => ms.map((m) => {
    const bar = m.querySelector('rect.bar');
    return { x: m.getBoundingClientRect().x, h: bar ? bar.getBoundingClientRect().height : 0 };
  }));
  expect(boxes.every((b, i) => i === 0 || b.x > boxes[i - 1].x)).toBe(true);
  expect(boxes[1].h).toBeGreaterThan(boxes[0].h * 4);
  const uncertain = chart.locator('.mark[data-mark="sweden-unaccompanied-asylum-seekers-2020"]');
  await expect(uncertain).toHaveClass(/mark-uncertain/);
  await expect(uncertain).toHaveAttribute('aria-label', /uncertain/);
});

// A column's value stands on a ring of what is behind it: the grid lines and
// a neighbouring gap's dashed edge that cross its box stop short of its
// letters, in forced colours too (which drop the page's text shadows). Read in
// pixels: the plot as drawn, and again without its lines and marks; around
// every letter's pixel the two must be the same.
for (const [scheme, forcedColors] of [['light', 'none'], ['dark', 'none'], ['light', 'active']]) {
  const theme = forcedColors === 'active' ? 'forced colours' : scheme;
  test(`grid lines and a gap's edge stop short of a column's value (${theme})`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme: scheme, forcedColors });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?lang=en');
    await ready(page);
    const plot = page.locator('.panel-columns').first();
    await plot.scrollIntoViewIfNeeded();
    const { values, crossed } = await plot.evaluate((p) => {
      const origin = p.getBoundingClientRect();
      const values = [...p.querySelectorAll('.mark-value')]
        .filter((v) => v.getBoundingClientRect().height > 0)
        .map((v) => {
          const range = document.createRange();
          range.selectNodeContents(v);
          const r = range.getBoundingClientRect();
          return { text: v.textContent, x: r.x - origin.x, y: r.y - origin.y, w: r.width, h: r.height };
        });
      // What runs across the values' boxes: the grid lines, and the sides of a gap's place.
      const lines = [];
      for (const g of p.querySelectorAll('line.grid')) {
        const r = g.getBoundingClientRect();
        lines.push({ x0: r.left - origin.x, x1: r.right - origin.x, y0: r.top - origin.y, y1: r.bottom - origin.y });
      }
      for (const g of p.querySelectorAll('rect.bar-gap')) {
        const r = g.getBoundingClientRect();
        for (const x of [r.left, r.right]) lines.push({ x0: x - origin.x, x1: x - origin.x, y0: r.top - origin.y, y1: r.bottom - origin.y });
      }
      const crossed = values.filter((v) => lines.some((l) =>
        l.x1 >= v.x && l.x0 <= v.x + v.w && l.y1 >= v.y + 2 && l.y0 <= v.y + v.h - 2)).map((v) => v.text);
      return { values, crossed };
    });
    // The test means something only if a line does cross a value's box.
    expect(crossed.length, JSON.stringify(values)).toBeGreaterThan(0);
    const drawn = await plot.screenshot();
    await plot.evaluate((p) => p.querySelectorAll('.column').forEach((c) => { c.style.visibility = 'hidden'; }));
    const bare = await plot.screenshot();
    const touched = await inPixels(context, [drawn, bare], ([a, b], values) => {
      const at = (d, x, y) => d.data.slice((y * d.width + x) * 4, (y * d.width + x) * 4 + 3);
      const behind = at(b, 1, 1);
      const differ = (p, q, by) => p.some((v, i) => Math.abs(v - q[i]) > by);
      const out = [];
      for (const v of values) {
        let letters = 0;
        for (let y = Math.max(1, Math.floor(v.y)); y < Math.min(b.height - 1, Math.ceil(v.y + v.h)); y++) {
          for (let x = Math.max(1, Math.floor(v.x)); x < Math.min(b.width - 1, Math.ceil(v.x + v.w)); x++) {
            // A letter's pixel: far from the background, with the lines gone.
            if (!differ(at(b, x, y), behind, 100)) continue;
            letters++;
            for (const [dx, dy] of [[-1, 0], [1, 0], [0, -1], [0, 1], [0, 0]]) {
              if (differ(at(a, x + dx, y + dy), at(b, x + dx, y + dy), 12)) out.push(`${v.text} at ${x + dx},${y + dy}`);
            }
          }
        }
        if (!letters) out.push(`${v.text}: no letters found`);
      }
      return out;
    }, values);
    expect(touched.slice(0, 10)).toEqual([]);
  });
}

test('under forced colours the marks are still drawn', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./?lang=sv');
  await ready(page);
  const paints = await page.evaluate(() =>
    [...document.querySelectorAll('.chart rect.bar, .chart circle.dot')].map((e) => {
      const s = getComputedStyle(e);
      return { fill: s.fill, stroke: s.stroke };
    }),
  );
  expect(paints.length).toBeGreaterThan(10);
  for (const p of paints) {
    const visible = (c) => c && c !== 'none' && !c.startsWith('rgba(0, 0, 0, 0)');
    expect(visible(p.fill) || visible(p.stroke), JSON.stringify(p)).toBe(true);
  }
});

// Forced colours paint transparent borders and drop shadows: the room each
// bar keeps for the selection's line once showed as a line beside every bar,
// and a selected column, cell or event looked like the others. The selected
// mark alone is set apart, in every kind of panel.
test('under forced colours the selected mark alone is set apart', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./?lang=sv');
  await ready(page);
  // What sets a mark apart on the page: a line, an outline, a background
  // other than the page's own (a transparent one or Canvas looks the same).
  const look = (m, canvas) => {
    const s = getComputedStyle(m);
    const seen = (c) => c !== canvas && !/^rgba\(.*, 0\)$/.test(c);
    return {
      line: parseFloat(s.borderLeftWidth) > 0 && seen(s.borderLeftColor) ? s.borderLeftColor : 'none',
      outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      background: seen(s.backgroundColor) ? s.backgroundColor : 'none',
    };
  };
  const canvas = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = 'Canvas';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  for (const kind of ['bars', 'share', 'columns', 'matrix', 'timeline']) {
    const marks = page.locator(`main .panel-${kind} .mark`);
    expect(await marks.count(), kind).toBeGreaterThan(0);
    const lines = await marks.evaluateAll((ms) => ms.map((m) => {
      const s = getComputedStyle(m);
      return parseFloat(s.borderLeftWidth) > 0 ? s.borderLeftColor : 'none';
    }));
    expect(lines.filter((l) => l !== 'none' && l !== canvas), `${kind}: a line beside unselected marks`).toEqual([]);
    const before = await marks.first().evaluate(look, canvas);
    await marks.first().click();
    await expect(marks.first()).toHaveClass(/\bselected\b/);
    expect(await marks.first().evaluate(look, canvas), kind).not.toEqual(before);
  }
});

// A source line always names a source: a table row of the matrix for a
// service no one is known to have delivered once read "Sources:" and nothing
// more (it now cites the sources that list the service), and so did the year
// without a figure (which has nothing to cite, so shows no line). Every
// chart and its table in both languages, and the details of a mark without a
// figure (an empty matrix cell, a missing year) as a reader selects it; that
// every other mark cites its sources is checked on the host
// (tests/chart_model.rs).
test('every source line names at least one source', async ({ page }) => {
  test.setTimeout(60_000);
  const empty = [];
  for (const lang of ['sv', 'en']) {
    for (const id of CHARTS) {
      for (const view of ['chart', 'table']) {
        await openEmbed(page, id, lang, { view });
        await expect(page.locator(view === 'table' ? 'main table.chart-table' : 'main .plot').first()).toBeVisible();
        const gap = page.locator('main .mark.mark-gap').first();
        if (view === 'chart' && (await gap.count()) > 0) {
          await gap.click();
          await expect(page.locator('main .mark-details')).toBeVisible();
        }
        const counts = await page.locator('main .source-line').evaluateAll((ls) => ls.map((l) => [l.textContent, l.querySelectorAll('cite').length]));
        empty.push(...counts.filter(([, n]) => n === 0).map(([t]) => `${id} ${view} (${lang}): "${t}"`));
      }
    }
  }
  expect(empty).toEqual([]);
});

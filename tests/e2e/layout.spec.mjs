// Compact and calm, measured: the overview's height on a desktop and a phone,
// and every embed's height at a partner column's width and a phone's, in both
// languages. Heights are taken once the app has drawn every chart.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appStarted, brokenWords, embedUrl, openEmbed, overviewDrawn } from './app.mjs';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const WIDGETS = ['key-figures', ...data.views.map((v) => v.id)];
// The view with a time axis, found by its panel's kind.
const TIME_AXIS = data.views.find((v) => v.panels.some((p) => p.kind === 'columns'));

// The page is served `file` in place of the published data.
const serving = (page, file) => page.route('**/data/iop-ensamkommande.json', (route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) }));

// The time axis at `width`: on the dashboard, or its embed.
const openTimeAxis = async (page, width, lang, embed) => {
  await page.setViewportSize({ width, height: 800 });
  if (embed) await openEmbed(page, TIME_AXIS.id, lang);
  else {
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
  }
};

// The aims: the overview at most 5,000 px at 1280 px and 9,000 px at
// 390 px; an embed at most 600 px at 600 px and 800 px at 320 px.
const OVERVIEW = { 1280: 5000, 390: 9000 };
const EMBED = { 600: 600, 320: 800 };

// Embeds whose content does not fit the aim at a readable size, with the
// ceiling they are held to: the larger of sv and en, plus 3 %, or per
// language where one meets the aim. A widget not listed here is held to the
// aim itself. Measured on 2026-12-06, with an embed's compact type and 24 px
// marks, its controls under the chart and its footer on one line, its sources
// in the footer's small print, the views' shorter labels (the context's
// Göteborg bars beside them at 600 px, every timeline entry on one line there,
// the matrix's headings), a matrix's turned headings as low as their longest
// word and a phone's plot let them and its key over it on a phone, on a
// phone a title a step smaller and each event's date run into its text, and
// bars without an axis under their values: at 320 px the matrix is 1,063
// (eleven parties, each a line above its row of seven cells); at 600 px the
// Swedish matrix is 631 (its headings as tall as "Familjeåterförening"; the
// English one, 579, meets the aim). Each is in the note with its
// figures, and with the ceilings it was held to before (the matrix 686 and
// 1,168, before that 767 and 1,245). The context (876, 857, then 843 for the
// English at 320 px) now meets the aim: 794 px; so does the timeline (695,
// 1,098, 899 and 881 before): 784 px.
const NOT_YET = {
  600: { services: { sv: 650 } },
  320: { services: 1095 },
};

const height = (page) => page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

// A reader's own text spacing, as WCAG 1.4.12 tests it (the W3C's
// bookmarklet): lines 1.5 apart, paragraphs 2 em, letters 0.12 em, words
// 0.16 em. Added as a style sheet of the page's (the CSSOM, which the
// page's style policy allows); returns the letter spacing a heading now has,
// so a test can see that it took.
const withTextSpacing = (page) => page.evaluate(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const h = document.querySelector('figure.chart :is(h1, h2, h3)');
  return parseFloat(getComputedStyle(h).letterSpacing) / parseFloat(getComputedStyle(h).fontSize);
});

// The texts a time axis shows, panel by panel: each element matching
// `selector` that is not 0 high (a label or value that does not fit is), with
// its text's line boxes, and its chart's edges. Runs in the page.
const shownTexts = (selector) => [...document.querySelectorAll('main .panel-columns')].map((panel) => {
  const { left, right } = panel.closest('figure.chart').getBoundingClientRect();
  const texts = [...panel.querySelectorAll(selector)].filter((el) => el.getBoundingClientRect().height >= 1).map((el) => {
    const text = document.createRange();
    text.selectNodeContents(el);
    const rects = [...text.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
    return { text: el.textContent, rects };
  });
  return { chart: { left, right }, texts };
});

/** Texts that leave their chart. */
const leaving = (panels) => panels.flatMap(({ chart, texts }) => texts
  .filter(({ rects }) => rects.some((r) => r.left < chart.left - 0.5 || r.right > chart.right + 0.5))
  .map(({ text }) => `"${text}" leaves its chart`));

// A time axis's values that meet: a value wider than its column ("500
// (uncertain)") once ran over the next place's turned "no figure"; or that
// leave their chart.
const axisLabelsMeeting = async (page) => {
  const panels = await page.evaluate(shownTexts, '.mark-value');
  const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const out = leaving(panels);
  for (const { texts } of panels) {
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (texts[i].rects.some((a) => texts[j].rects.some((b) => meet(a, b)))) {
          out.push(`the labels "${texts[i].text}" and "${texts[j].text}" overlap`);
        }
      }
    }
  }
  return out;
};

// Bars that do not say their values: every bar has its value written beside
// it, shown and whole (a gap its "no figure"), and no axis under them says it
// again ("0 … 3 000" was a line more on every phone).
const barsUnsaid = (page) => page.evaluate(() => [...document.querySelectorAll('main .panel-bars')].flatMap((panel) => {
  const name = panel.closest('figure.chart')?.id ?? 'a chart';
  const out = panel.querySelector('.axis') ? [`${name}: its bars have an axis`] : [];
  for (const mark of panel.querySelectorAll('.mark')) {
    const value = mark.querySelector('.mark-value');
    const box = value?.getBoundingClientRect();
    if (!value || !value.textContent.trim() || !box.width || !box.height || getComputedStyle(value).visibility !== 'visible') {
      out.push(`${name}: "${mark.querySelector('.mark-label')?.textContent}" without its value`);
    }
  }
  return out;
}));

for (const lang of ['sv', 'en']) {
  for (const [width, most] of Object.entries(OVERVIEW)) {
    test(`the overview is at most ${most} px tall at ${width} px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: Number(width), height: 900 });
      await page.goto(`./?lang=${lang}`);
      await expect(page.locator('#first-view')).toHaveCount(0);
      await expect(page.locator('figure.chart .plot')).toHaveCount(data.views.length);
      expect(await height(page)).toBeLessThanOrEqual(most);
      expect(await page.evaluate(brokenWords)).toEqual([]);
      expect(await axisLabelsMeeting(page)).toEqual([]);
      expect(await barsUnsaid(page)).toEqual([]);
    });
  }

  test(`every embed keeps to its height at 600 and 320 px (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    const over = [];
    for (const [width, aim] of Object.entries(EMBED)) {
      await page.setViewportSize({ width: Number(width), height: 700 });
      for (const id of WIDGETS) {
        await page.goto(embedUrl(id, lang));
        await expect(page.locator('main .plot, main [data-figure]').first()).toBeVisible();
        // Measured once the app has the page (its footer is the app's then,
        // not between the build's and the app's).
        await expect(page.locator('html.app-shown')).toHaveCount(1);
        const h = await height(page);
        const ceiling = NOT_YET[width][id];
        const most = (typeof ceiling === 'object' ? ceiling[lang] : ceiling) ?? aim;
        if (h > most) over.push(`${id} at ${width} px: ${h} > ${most}`);
        // The chart/table switch and the notes share one line, down to a
        // phone's 320 px in both languages (a second line is 26-28 px more).
        const split = await page.evaluate(() => {
          const [a, b] = ['main .view-switch', 'main .chart-notes-more > summary'].map((q) => document.querySelector(q)?.getBoundingClientRect());
          return a && b && Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) > 4;
        });
        if (split) over.push(`${id} at ${width} px: the chart/table switch and the notes on two lines`);
        // The way to the dashboard and the licence: one line, down to 320 px
        // (two were 19 px more on every embed).
        const footerLines = await page.locator('body > footer').evaluate((footer) => {
          const range = document.createRange();
          range.selectNodeContents(footer);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
        });
        if (footerLines !== 1) over.push(`${id} at ${width} px: the footer on ${footerLines} lines`);
        over.push(...(await barsUnsaid(page)).map((p) => `${id} at ${width} px: ${p}`));
        // Compact, not cramped: at these widths a bar's track keeps most of the
        // plot (a column of long values squeezed them to a stub once), and its
        // values stay whole and inside the plot.
        const cramped = await page.evaluate(() => {
          const out = [];
          for (const plot of document.querySelectorAll('main .plot')) {
            const box = plot.getBoundingClientRect();
            for (const el of plot.querySelectorAll('.panel-bars .mark-value')) {
              const r = el.getBoundingClientRect();
              if (el.getClientRects().length > 1 || r.left < box.left - 1 || r.right > box.right + 1) {
                out.push(`"${el.textContent}" broken or outside the plot`);
              }
            }
            // Under its label, half the plot at least; beside a short label
            // (the view's "Prognos, mars"), two fifths, as the wide layout's.
            for (const track of plot.querySelectorAll('.panel-bars .mark-bar')) {
              const w = track.getBoundingClientRect().width;
              const label = track.closest('.mark').querySelector('.mark-label').getBoundingClientRect();
              const beside = label.right <= track.getBoundingClientRect().left;
              if (w < box.width * (beside ? 0.4 : 0.5)) out.push(`a bar's track of ${Math.round(w)} px in a plot of ${Math.round(box.width)}`);
            }
          }
          // A timeline keeps one axis: its dots in one column, each beside its
          // date's first line and clear of the text (on a phone the date runs
          // into the event's text).
          for (const panel of document.querySelectorAll('main .panel-timeline')) {
            const xs = new Set();
            for (const mark of panel.querySelectorAll('.mark')) {
              const dot = mark.querySelector('.tl-dot').getBoundingClientRect();
              const date = mark.querySelector('.mark-value').getClientRects()[0];
              xs.add(Math.round(dot.left + dot.width / 2));
              const middle = dot.top + dot.height / 2;
              if (middle < date.top || middle > date.bottom || (dot.right > date.left && dot.left < date.right)) {
                out.push(`the timeline's dot for "${mark.querySelector('.mark-value').textContent}" is not beside its date`);
              }
            }
            if (xs.size > 1) out.push(`the timeline's dots are in ${xs.size} columns`);
            // Its axis (a piece of line per event) runs unbroken from the
            // first dot to the last, through every dot, and clear of the
            // panel's title: on a phone it once began at the panel's top and
            // ran through the title's "2010–2019".
            const marks = [...panel.querySelectorAll('.mark')];
            const pieces = marks.map((mark) => {
              const box = mark.getBoundingClientRect();
              const line = getComputedStyle(mark, '::before');
              const top = box.top + parseFloat(line.top);
              const left = box.left + parseFloat(line.left);
              return { top, bottom: top + parseFloat(line.height), left, right: left + parseFloat(line.borderLeftWidth) };
            });
            const dots = marks.map((mark) => mark.querySelector('.tl-dot').getBoundingClientRect());
            if (pieces.some((p) => ![p.top, p.bottom, p.left, p.right].every(Number.isFinite))) out.push('the timeline has no axis');
            const [first, last] = [pieces[0], pieces.at(-1)];
            if (first.top < dots[0].top || first.top > dots[0].bottom) out.push('the timeline\'s axis does not start at its first dot');
            if (last.bottom < dots.at(-1).top || last.bottom > dots.at(-1).bottom) out.push('the timeline\'s axis does not end at its last dot');
            pieces.forEach((piece, i) => {
              const dot = dots[i];
              if (piece.left < dot.left || piece.right > dot.right) out.push(`the timeline's axis misses the dot of event ${i + 1}`);
              if (i > 0 && Math.abs(piece.top - pieces[i - 1].bottom) > 1) out.push(`the timeline's axis is broken above event ${i + 1}`);
            });
            const title = panel.querySelector('.panel-title')?.getBoundingClientRect();
            if (title && first.top < title.bottom && first.left < title.right && title.left < first.right) {
              out.push('the timeline\'s axis runs through its title');
            }
          }
          // A matrix's turned headings stay in their row, clear of the corner's
          // label (a long Swedish word once ran out of the top and over it).
          for (const head of document.querySelectorAll('main .matrix-head')) {
            const row = head.getBoundingClientRect();
            const corner = head.querySelector('.matrix-corner').getBoundingClientRect();
            for (const span of head.querySelectorAll('.matrix-name')) {
              const text = document.createRange();
              text.selectNodeContents(span);
              const t = text.getBoundingClientRect();
              const overlaps = t.left < corner.right && corner.left < t.right && t.top < corner.bottom && corner.top < t.bottom;
              if (t.top < row.top - 1 || t.bottom > row.bottom + 1 || overlaps) {
                out.push(`the heading "${span.textContent}" runs out of its row or over the corner`);
              }
            }
          }
          return out;
        });
        over.push(...cramped.map((c) => `${id} at ${width} px: ${c}`));
        over.push(...(await page.evaluate(brokenWords)).map((c) => `${id} at ${width} px: ${c}`));
        over.push(...(await axisLabelsMeeting(page)).map((c) => `${id} at ${width} px: ${c}`));
      }
    }
    expect(over).toEqual([]);
  });
}

// Citations whose name's last word and date a line break parts ("Chalmers"
// at one line's end, "2016;" at the next's start) though their line had room
// for both, outside the key figures' narrow cards; runs in the page, given
// the name the file gives each source. Measured on the text as set, whatever
// the markup: the last word and the date's first word ("2016", "augusti",
// "2 november") have one line's top.
const citationsCut = (names) => [...document.querySelectorAll('main .source-line cite')].filter((cite) => !cite.closest('.key-figure')).flatMap((cite) => {
  const name = names[cite.dataset.source];
  const text = cite.textContent;
  const at = name ? text.indexOf(name) : -1;
  if (at < 0 || text.length <= at + name.length) return [];
  const from = at + name.lastIndexOf(' ') + 1;
  const space = text.indexOf(' ', at + name.length + 1);
  const to = space < 0 ? text.length : space;
  // The offsets as a range over the cite's text nodes.
  const range = document.createRange();
  const walker = document.createTreeWalker(cite, NodeFilter.SHOW_TEXT);
  let passed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const end = passed + node.data.length;
    if (from >= passed && from < end) range.setStart(node, from - passed);
    if (to > passed && to <= end) range.setEnd(node, to - passed);
    passed = end;
  }
  const tops = (r) => new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
  const width = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
  // With the space the break took, which is about a third of an em.
  const line = cite.closest('.source-line');
  const room = line.clientWidth - 0.35 * parseFloat(getComputedStyle(cite).fontSize);
  const out = tops(range).size > 1 && width <= room ? [`"${text.slice(from, to)}" parted in "${text.trim()}"`] : [];
  // Nor does a line start with the semicolon after it.
  const texts = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let last = null;
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (cite.contains(node)) { if (node.data.length) last = node; continue; }
    if (!last || !node.data.length) continue;
    if (node.data.startsWith(';')) {
      const semi = document.createRange();
      semi.setStart(last, last.data.length - 1);
      semi.setEnd(node, 1);
      if (tops(semi).size > 1) out.push(`a line starts with the semicolon after "${text.trim()}"`);
    }
    break;
  }
  return out;
});
const citedNames = Object.fromEntries(data.sources.map((s) => [s.id, s.short_name ?? s.publisher]));

// The dashboard's source lines keep each citation's date with its name, on a
// desktop and a phone: the timeline's line once broke "Chalmers / 2016" at
// 1280 px. (A key figure's card and an embed let a citation flow: a whole
// one there costs a line the card or the partner's page has not got.)
test('a short citation keeps its date with its name on the dashboard', async ({ page }) => {
  const cut = [];
  let seen = 0;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of ['sv', 'en']) {
      for (const section of ['', '&section=parties']) {
        await page.goto(`./?lang=${lang}${section}`);
        await (section ? appStarted : overviewDrawn)(page);
        seen += await page.locator('main .source-line cite').count();
        cut.push(...(await page.evaluate(citationsCut, citedNames)).map((c) => `${width} px, ${lang}${section}: ${c}`));
      }
    }
  }
  expect(seen).toBeGreaterThan(100);
  expect(cut).toEqual([]);
});

// A chart's table on a phone: its cells break between words, never inside one
// (a value column kept on one line once squeezed the others to a letter wide,
// "So / ci / al"); the table scrolls sideways in its wrapper instead.
test('every chart\'s table at 320 px cuts no word', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const cut = [];
  for (const lang of ['sv', 'en']) {
    for (const view of data.views) {
      await page.goto(embedUrl(view.id, lang, { view: 'table' }));
      await expect(page.locator('main table.chart-table')).toBeVisible();
      cut.push(...(await page.evaluate(brokenWords, 'main .chart-table th, main .chart-table td')).map((c) => `${view.id} (${lang}): ${c}`));
    }
  }
  expect(cut).toEqual([]);
});

// A time axis's labels: those shown never meet and stay inside their chart;
// the rest are 0 high.
const axisLabels = async (page) => {
  const panels = await page.evaluate(shownTexts, '.columns-axis .axis-label');
  const problems = leaving(panels);
  for (const { texts } of panels) {
    for (let i = 1; i < texts.length; i++) {
      if (texts[i].rects[0].left < texts[i - 1].rects[0].right + 2) problems.push(`"${texts[i - 1].text}" and "${texts[i].text}" meet`);
    }
  }
  return { shown: panels.map(({ texts }) => texts.map(({ text }) => text)), problems };
};

// The reader's text larger (a browser set to 24 px) on a phone, and a longer
// series than the bundled one: the axis labels the periods it has room for.
// At the bundled file's size it once printed every year over its neighbours
// and cut the ends ("201"); a long series showed every eighth label cut to
// its column's width.
test('a time axis labels only the periods it has room for, at any text size and series length', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./?lang=en');
  await appStarted(page);
  const values = () => page.locator('main .panel-columns').first().locator('.mark-value').evaluateAll((els) =>
    els.filter((el) => el.getBoundingClientRect().height >= 1).map((el) => el.textContent));
  let axis = await axisLabels(page);
  expect(axis.problems).toEqual([]);
  expect(axis.shown[0]).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020']);
  expect(await axisLabelsMeeting(page)).toEqual([]);
  expect(await values()).toHaveLength(7);
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '24px'));
  axis = await axisLabels(page);
  expect(axis.problems).toEqual([]);
  expect(axis.shown[0]).toEqual(['2014', '2016', '2018', '2020']);
  // The values that fit beside their columns; the others in the marks' names.
  expect(await axisLabelsMeeting(page)).toEqual([]);
  expect(await values()).toEqual(['35,369', '944', 'no figure']);
  await expect(page.locator('main .panel-columns').first().locator('.mark').nth(3)).toHaveAttribute('aria-label', /1,336/);

  // Forty years of the series.
  const file = JSON.parse(JSON.stringify(data));
  const first = file.series[0].points.find((p) => typeof p.value === 'number');
  file.series[0].points = Array.from({ length: 40 }, (_, i) => ({ ...first, period: String(1985 + i), value: i === 20 ? 9000 : 1000 + 40 * i }));
  await serving(page, file);
  for (const [width, text] of [[320, null], [390, '24px'], [1280, null]]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?lang=sv');
    await appStarted(page);
    await expect(page.locator('main .columns-axis').first().locator('.axis-label')).toHaveCount(40);
    if (text) await page.evaluate((t) => document.documentElement.style.setProperty('font-size', t), text);
    axis = await axisLabels(page);
    expect(axis.problems, `${width} px`).toEqual([]);
    expect(await axisLabelsMeeting(page), `${width} px`).toEqual([]);
    const years = axis.shown[0].map(Number);
    expect(years.length, `${width} px: ${years}`).toBeGreaterThanOrEqual(2);
    const step = years[1] - years[0];
    expect(years.every((y, i) => y % step === 0 && (i === 0 || y - years[i - 1] === step)), `${width} px: ${years}`).toBe(true);
  }
});

// A dense series on a phone: no column's value has room beside its
// neighbours', so the grid lines carry theirs beside the plot, each level
// with its line and clear of the columns; on a wide screen, where every value
// stands on its column, the grid stays quiet, as it does for the bundled
// yearly series even at 320 px (its peak's value shows). A keeper's monthly
// series once showed a phone no number at all, only unlabelled lines.
test('a dense series carries its scale on the grid lines where its columns cannot show their values', async ({ page }) => {
  const scale = () => page.locator('main .panel-columns').first().evaluate((panel) => {
    const box = (el) => el.getBoundingClientRect();
    const shown = (el) => box(el).height >= 1;
    const lines = [...panel.querySelector('.mark svg.column').querySelectorAll('line.grid')].map((l) => box(l).top);
    return {
      width: box(panel.querySelector('.grid-values')).width,
      labels: [...panel.querySelectorAll('.grid-values > span')].map((el) => ({
        text: el.textContent.replace(/\s/g, ' '),
        right: box(el).right,
        middle: (box(el).top + box(el).bottom) / 2,
        top: box(el).top,
        bottom: box(el).bottom,
      })),
      lines,
      columns: box(panel.querySelector('.columns')).left,
      values: [...panel.querySelectorAll('.value-room .mark-value')].filter(shown).map((el) => el.textContent),
    };
  });
  for (const [width, lang] of [[320, 'sv'], [320, 'en'], [1280, 'en']]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const bundled = await scale();
    expect(bundled.width, `bundled, ${width} px (${lang})`).toBe(0);
    expect(bundled.values.length, `bundled, ${width} px (${lang})`).toBeGreaterThan(0);
  }

  const file = JSON.parse(JSON.stringify(data));
  const first = file.series[0].points.find((p) => typeof p.value === 'number');
  const months = [2100, 2600, 3300, 4100, 5200, 6400, 7600, 8500, 9000, 8700, 7900, 6800];
  file.series[0].points = months.map((value, i) => ({ ...first, period: `2015-${String(i + 1).padStart(2, '0')}`, value }));
  await serving(page, file);
  const sv = ['0', '2 500', '5 000', '7 500', '10 000'];
  const en = ['0', '2,500', '5,000', '7,500', '10,000'];
  // The dashboard, and an embed, whose plot is lower.
  for (const [width, lang, ticks, embed] of [[360, 'sv', sv, false], [390, 'en', en, false], [320, 'sv', sv, true]]) {
    await openTimeAxis(page, width, lang, embed);
    const s = await scale();
    const what = `${embed ? 'embed, ' : ''}${width} px (${lang})`;
    expect(s.values, what).toEqual([]);
    expect(s.width, what).toBeGreaterThan(20);
    expect(s.labels.map((l) => l.text), what).toEqual(ticks);
    for (const [i, label] of s.labels.entries()) {
      expect(label.right, `${what}: ${label.text}`).toBeLessThanOrEqual(s.columns);
      expect(Math.abs(label.middle - s.lines[i]), `${what}: ${label.text} off its line`).toBeLessThan(2);
      if (i > 0) expect(label.bottom, `${what}: ${label.text}`).toBeLessThanOrEqual(s.labels[i - 1].top);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  await appStarted(page);
  const wide = await scale();
  expect(wide.width).toBe(0);
  expect(wide.values).toHaveLength(12);
});

// A keeper's short series (a first year alone, then two and three) has
// columns as wide as a series of four's, each centred over its period's
// label (`kinds::columns::column_across`), its value centred on it: one year
// alone was a block across the whole plot, and on a phone the values at the
// plot's ends stood at their places' outer edges, off their columns. The
// bundled seven keep 0.76 of their places.
test('a short series has columns no wider than a series of four periods would', async ({ page }) => {
  const columns = () => page.locator('main .panel-columns').first().evaluate((panel) => {
    const box = (el) => el.getBoundingClientRect();
    const plot = box(panel.querySelector('.columns'));
    return {
      plot: plot.width,
      // Each column with its place's width and its value's middle, if shown.
      columns: [...panel.querySelectorAll('.mark:not(.mark-gap)')].map((m) => {
        // Shown where its room is not 0 high; where its text is, by a range.
        const value = m.querySelector('.value-room .mark-value');
        const text = document.createRange();
        text.selectNodeContents(value);
        const [bar, words] = [box(m.querySelector('rect.bar')), box(text)];
        return { width: bar.width, place: box(m).width, middle: (bar.left + bar.right) / 2, value: box(value).height >= 1 ? (words.left + words.right) / 2 : null };
      }),
      labels: [...panel.querySelectorAll('.axis-label')].map((l) => (box(l).left + box(l).right) / 2),
    };
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=sv');
  await appStarted(page);
  const bundled = await columns();
  for (const [i, c] of bundled.columns.entries()) expect(Math.abs(c.width - c.place * 0.76), `bundled column ${i}`).toBeLessThan(1);

  const first = data.series[0].points.find((p) => typeof p.value === 'number');
  for (const periods of [1, 2, 3]) {
    const file = JSON.parse(JSON.stringify(data));
    file.series[0].points = Array.from({ length: periods }, (_, i) => ({ ...first, period: String(2015 + i), value: 1000 * (i + 1) }));
    await page.unrouteAll();
    await serving(page, file);
    for (const [width, lang, embed] of [[1280, 'sv', false], [360, 'en', false], [320, 'sv', true]]) {
      await openTimeAxis(page, width, lang, embed);
      const s = await columns();
      const what = `${periods} periods, ${embed ? 'embed, ' : ''}${width} px (${lang})`;
      expect(s.columns, what).toHaveLength(periods);
      expect(s.labels, what).toHaveLength(periods);
      for (const [i, c] of s.columns.entries()) {
        // A fifth of the plot, less its share of the spaces between places.
        expect(Math.abs(c.width - c.place * 0.76 * periods / 4), `${what}: column ${i}`).toBeLessThan(1);
        expect(c.width, `${what}: column ${i} ${c.width} of ${s.plot}`).toBeLessThanOrEqual(s.plot * 0.19 + 0.5);
        expect(Math.abs(c.middle - s.labels[i]), `${what}: column ${i} over its label`).toBeLessThan(1);
        // Its value, which fits its place, centred on it (at the plot's
        // ends too, where a value wider than its place keeps to the plot).
        expect(c.value, `${what}: column ${i}'s value`).not.toBeNull();
        expect(Math.abs(c.value - c.middle), `${what}: column ${i}'s value over it`).toBeLessThan(1);
      }
    }
  }
});

// A matrix's column headings at any width and text size: turned where the
// columns are wide enough for their lines, else numbered, with the headings
// listed in order under the matrix. Turned in columns too narrow for them
// (a 320 px phone, or a browser set to 20 px text), they once ran into each
// other and out of their row.
const matrixHeadings = () => [...document.querySelectorAll('main .panel-matrix')].map((panel) => {
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width >= 1 && r.height >= 1; };
  const boxes = (els) => els.filter(shown).map((el) => {
    const text = document.createRange();
    text.selectNodeContents(el);
    const r = text.getBoundingClientRect();
    return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
  const columns = [...panel.querySelectorAll('[role="columnheader"]:not(.matrix-corner)')];
  const chart = panel.closest('figure.chart').getBoundingClientRect();
  return {
    names: columns.map((c) => c.getAttribute('aria-label')),
    turned: boxes(columns.map((c) => c.querySelector('.matrix-name'))),
    numbers: boxes(columns.map((c) => c.querySelector('.matrix-number'))),
    key: [...panel.querySelectorAll('.matrix-key li')].filter(shown).map((li) => li.textContent),
    row: panel.querySelector('.matrix-head').getBoundingClientRect().toJSON(),
    chart: { left: chart.left, right: chart.right },
  };
});

// The matrix with the services' own names as its headings (a view that gives
// them no shorter labels), as long as a keeper's headings come: they turn
// where they fit and are numbered elsewhere. The bundled view's shorter
// headings turn at every one of these sizes.
const longHeadings = structuredClone(data);
for (const v of longHeadings.views) for (const p of v.panels) for (const m of p.marks) if (m.service) delete m.label;
const MATRIX = data.views.flatMap((v) => v.panels.filter((p) => p.kind === 'matrix').map((p) => ({ id: v.id, marks: p.marks })))[0];

for (const lang of ['sv', 'en']) {
  test(`a matrix's headings never meet: turned where they fit, else numbered with a key (${lang})`, async ({ page }) => {
    await serving(page, longHeadings);
    const seen = new Set();
    // With the reader's text spacing too (WCAG 1.4.12): its longer lines and
    // wider line spacing once made the turned headings wider than the room
    // counted for them, and the matrix ran past a 390 px screen (Swedish) or
    // a 320 to 600 px one (English).
    for (const [width, text, spacing] of [[1280, '16px'], [1280, '24px'], [600, '16px'], [390, '16px'], [390, '20px'], [390, '24px'], [320, '16px'], [320, '20px'],
      [1280, '16px', true], [768, '16px', true], [600, '16px', true], [480, '16px', true], [390, '16px', true], [320, '16px', true]]) {
      await page.setViewportSize({ width, height: 800 });
      await openEmbed(page, MATRIX.id, lang);
      await page.evaluate((t) => document.documentElement.style.setProperty('font-size', t), text);
      if (spacing) expect(await withTextSpacing(page)).toBeCloseTo(0.12, 2);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide, `${width} px, ${text} text${spacing ? ', text spacing' : ''}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      for (const m of await page.evaluate(matrixHeadings)) {
        const at = `${width} px, ${text} text${spacing ? ', text spacing' : ''}`;
        const shown = m.turned.length ? m.turned : m.numbers;
        seen.add(`${m.turned.length ? 'turned' : 'numbered'}${spacing ? ', spaced' : ''}`);
        // Each column named by its service for a screen reader, whichever shows.
        expect(m.names, at).toEqual(data.services.map((s) => s.label[lang]));
        // One or the other, for every column.
        expect(shown.map((b) => b.text), at).toEqual(m.turned.length ? m.names : m.names.map((_, i) => String(i + 1)));
        expect(m.turned.length === 0 || m.numbers.length === 0, at).toBe(true);
        // The key lists the headings when the columns are numbered, and only then.
        expect(m.key, at).toEqual(m.turned.length ? [] : m.names);
        for (let i = 1; i < shown.length; i++) {
          expect(shown[i].left, `${at}: "${shown[i - 1].text}" and "${shown[i].text}" meet`).toBeGreaterThanOrEqual(shown[i - 1].right);
        }
        for (const b of shown) {
          expect(b.top >= m.row.top - 1 && b.bottom <= m.row.bottom + 1, `${at}: "${b.text}" leaves its row`).toBe(true);
          expect(b.left >= m.chart.left && b.right <= m.chart.right, `${at}: "${b.text}" leaves its chart`).toBe(true);
        }
      }
    }
    expect([...seen].sort()).toEqual(['numbered', 'numbered, spaced', 'turned', 'turned, spaced']);
  });

  // The bundled headings, each the view's shorter label where it gives one:
  // turned at the sizes above where the services' own names are numbered,
  // within the chart, none meeting.
  test(`a matrix's shorter headings turn even on a phone with large text (${lang})`, async ({ page }) => {
    const headings = MATRIX.marks.filter((m) => m.service).map((m) => (m.label ?? data.services.find((s) => s.id === m.service).label)[lang]);
    for (const [width, text, spacing] of [[1280, '24px'], [600, '16px'], [390, '24px'], [320, '16px'], [320, '20px'], [600, '16px', true], [320, '16px', true]]) {
      await page.setViewportSize({ width, height: 800 });
      await openEmbed(page, MATRIX.id, lang);
      await page.evaluate((t) => document.documentElement.style.setProperty('font-size', t), text);
      if (spacing) expect(await withTextSpacing(page)).toBeCloseTo(0.12, 2);
      const at = `${width} px, ${text} text${spacing ? ', text spacing' : ''}`;
      for (const m of await page.evaluate(matrixHeadings)) {
        expect(m.names, at).toEqual(headings);
        expect(m.turned.map((b) => b.text), at).toEqual(headings);
        expect(m.numbers, at).toEqual([]);
        for (let i = 1; i < m.turned.length; i++) expect(m.turned[i].left, at).toBeGreaterThanOrEqual(m.turned[i - 1].right);
        for (const b of m.turned) expect(b.left >= m.chart.left && b.right <= m.chart.right, `${at}: "${b.text}" leaves its chart`).toBe(true);
      }
    }
  });
}

// A time axis in a partner's sidebar (an embed 250 to 300 px wide) and on a
// small phone with large text: its labels, values and "no figure" never meet
// and stay in the chart. They once did: the turned "no figure" ran down into
// "500 (osäker)" below 320 px, two values a place apart met at 360 px with
// 20 px text (their widths were estimated too lean), and the last year ran
// past the plot's end with 24 px text.
for (const lang of ['sv', 'en']) {
  test(`a time axis keeps its texts apart in a narrow embed, at large text on a small phone and with the reader's text spacing (${lang})`, async ({ page }) => {
    const problems = [];
    const check = async (at) => {
      const axis = await axisLabels(page);
      problems.push(...axis.problems.map((p) => `${at}: ${p}`));
      problems.push(...(await axisLabelsMeeting(page)).map((p) => `${at}: ${p}`));
    };
    for (const width of [250, 280, 300]) {
      await page.setViewportSize({ width, height: 800 });
      await openEmbed(page, TIME_AXIS.id, lang);
      await check(`embed at ${width} px`);
    }
    for (const [width, text] of [[320, '20px'], [340, '24px'], [360, '20px'], [360, '24px']]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await overviewDrawn(page);
      await page.evaluate((t) => document.documentElement.style.setProperty('font-size', t), text);
      await check(`${width} px, ${text} text`);
    }
    // With the reader's text spacing (WCAG 1.4.12), from the narrowest embed
    // to a phone: the spaced letters make every text wider than its letters
    // alone, and the labels and values once met their neighbours at 240-360
    // px ("2 199" and "1 336"; adjacent years). Each is now measured as set.
    for (const [at, url] of [['embed', embedUrl(TIME_AXIS.id, lang)], ['page', `./?lang=${lang}`]]) {
      await page.setViewportSize({ width: 240, height: 800 });
      await page.goto(url);
      await (at === 'page' ? overviewDrawn : appStarted)(page);
      expect(await withTextSpacing(page)).toBeCloseTo(0.12, 2);
      for (let width = 240; width <= 400; width += 20) {
        await page.setViewportSize({ width, height: 800 });
        await check(`${at} at ${width} px, text spacing`);
        const { shown } = await axisLabels(page);
        expect(shown[0].length, `${at} at ${width} px, text spacing: ${shown[0]}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(problems).toEqual([]);
  });
}

// A gap's label keeps to its place at every width an embed may have: level
// inside its dashed box where its longest word fits there, else turned within
// its place. Between 380 and 540 px, Swedish "uppgift saknas" once stood
// level across its box's edges and into the next place (the label turned only
// on plots under 22 rem, whatever the width of its own place).
for (const lang of ['sv', 'en']) {
  test(`a gap's label keeps to its place from 240 to 760 px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 240, height: 800 });
    await openEmbed(page, TIME_AXIS.id, lang);
    const problems = [];
    const seen = new Set();
    for (let width = 240; width <= 760; width += 40) {
      await page.setViewportSize({ width, height: 800 });
      const found = await page.evaluate(() => [...document.querySelectorAll('main .mark-gap')].map((gap) => {
        const place = gap.getBoundingClientRect();
        const box = gap.querySelector('rect.bar-gap').getBoundingClientRect();
        const label = gap.querySelector('.mark-value');
        const turned = getComputedStyle(label).writingMode !== 'horizontal-tb';
        const text = document.createRange();
        text.selectNodeContents(label);
        const out = [...text.getClientRects()].filter((r) => (turned
          ? r.left < place.left - 1 || r.right > place.right + 1 || r.top < place.top
          : r.left < box.left + 1 || r.right > box.right - 1 || r.top < box.top || r.bottom > box.bottom));
        return { turned, out: out.length, label: label.textContent };
      }));
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        seen.add(f.turned ? 'turned' : 'level');
        if (f.out) problems.push(`${width} px: "${f.label}" ${f.turned ? 'turned' : 'level'} leaves its ${f.turned ? 'place' : 'box'}`);
      }
    }
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual(['level', 'turned']);
  });
}

// A phone at one and a half (24 px on 320 px) and twice (32 px on 360 px,
// Android's largest) the text size: the page keeps to the screen, a bar's
// value wraps between its words inside its chart, a
// big number is set smaller rather than cut inside a word, and the chart and
// table switch keeps its words whole. "1,177 miljarder kr", kept on one line,
// once ran 38 px past the screen's edge, a bar axis's "SEK 1.5 billion"
// (bars have none now) past the plot's, a card read "SEK 2.7 / 97 million", and the switch "Diagra /
// m", and a timeline's date that took two lines had them set flush right
// ("22 augusti / 2016") while the event's text under it ran from the left.
// (A label's single word wider than a line, as "Migrationsverket" is at
// twice the size, still breaks: nothing else would fit.)
for (const lang of ['sv', 'en']) {
  test(`at large text on a small phone, values, big numbers and switches stay whole inside their charts (${lang})`, async ({ page }) => {
    const values = 'main .panel-bars .mark-value, main .number-value';
    const problems = [];
    for (const [width, text] of [[320, '24px'], [360, '32px']]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await overviewDrawn(page);
      await page.evaluate((t) => document.documentElement.style.setProperty('font-size', t), text);
      const found = await page.evaluate((selector) => {
        const out = [];
        const { scrollWidth, clientWidth } = document.documentElement;
        if (scrollWidth > clientWidth) out.push(`the page is ${scrollWidth} px wide on a ${clientWidth} px screen`);
        for (const el of document.querySelectorAll(selector)) {
          const chart = el.closest('figure.chart').getBoundingClientRect();
          const { left, right } = el.getBoundingClientRect();
          if (left < chart.left - 0.5 || right > chart.right + 0.5) out.push(`"${el.textContent}" leaves its chart`);
        }
        // Each line of a timeline's date starts where its event's text does.
        for (const date of document.querySelectorAll('main .panel-timeline .mark-value')) {
          const text = document.createRange();
          text.selectNodeContents(date);
          const lines = [...text.getClientRects()];
          const mark = date.closest('.mark');
          const start = mark.getBoundingClientRect().left + parseFloat(getComputedStyle(mark).paddingLeft);
          if (lines.some((l) => Math.abs(l.left - start) > 1)) out.push(`the date "${date.textContent}" is not set from the left`);
        }
        return out;
      }, `${values}, main .view-link`);
      found.push(...(await page.evaluate(brokenWords, `${values}, main .view-link`)));
      problems.push(...found.map((p) => `${width} px, ${text} text: ${p}`));
    }
    expect(await page.locator(values).count()).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });
}

// The reader's text spacing (WCAG 1.4.12) on the whole overview, from a
// phone to a desktop: the page keeps to the screen and every chart's text
// stays inside its chart (its table scrolls in its own box). The matrix's
// headings are held apart above, and a time axis's labels and values from
// 240 to 400 px.
for (const lang of ['sv', 'en']) {
  test(`with the reader's text spacing the overview keeps to the screen and its charts' texts to their charts (${lang})`, async ({ page }) => {
    const problems = [];
    for (const width of [320, 390, 600, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await overviewDrawn(page);
      expect(await withTextSpacing(page)).toBeCloseTo(0.12, 2);
      const { out: found, checked } = await page.evaluate(() => {
        const out = [];
        let checked = 0;
        const { scrollWidth, clientWidth } = document.documentElement;
        if (scrollWidth > clientWidth) out.push(`the page is ${scrollWidth} px wide on a ${clientWidth} px screen`);
        for (const figure of document.querySelectorAll('main figure.chart')) {
          const chart = figure.getBoundingClientRect();
          const walk = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
          for (let node = walk.nextNode(); node; node = walk.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || el.closest('.table-wrap, .visually-hidden, [hidden]')) continue;
            // Shown: every box from the text up to its chart is more than a
            // pixel (a value that does not fit is 0 high, a heading not used
            // 0 wide, the keys 1 px while no mark has keyboard focus).
            let shown = true;
            for (let a = el; a !== figure && shown; a = a.parentElement) {
              const r = a.getBoundingClientRect();
              shown = r.width > 1 && r.height > 1 && getComputedStyle(a).visibility !== 'hidden';
            }
            if (!shown) continue;
            checked += 1;
            const text = document.createRange();
            text.selectNodeContents(node);
            if ([...text.getClientRects()].some((r) => r.width >= 1 && (r.left < chart.left - 0.5 || r.right > chart.right + 0.5))) {
              out.push(`${figure.id}: "${node.textContent.trim().slice(0, 40)}" leaves its chart`);
            }
          }
        }
        return { out, checked };
      });
      expect(checked, `${width} px`).toBeGreaterThan(150);
      problems.push(...found.map((p) => `${width} px: ${p}`));
    }
    expect(problems).toEqual([]);
  });
}

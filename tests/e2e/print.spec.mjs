// Paper: a reader who prints the dashboard or saves it as a PDF gets dark text
// and marks on white whatever their screen's theme (a printer leaves the dark
// background out), none of the controls, which do nothing on paper, and each
// chart whole on one page. Chromium prints the PDF; poppler's pdftotext, a
// reader we did not write, reads it back page by page.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { overviewDrawn } from './app.mjs';

const words = (s) => s.replace(/\s+/g, ' ').trim();

/** Contrast of a CSS rgb() colour against white paper (WCAG 2 formula). */
const onWhite = (css) => {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
};

for (const lang of ['sv', 'en']) {
  test(`the overview prints light, whole and without its controls, from the dark theme (${lang})`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`./?lang=${lang}`);
    await overviewDrawn(page);
    // What the screen offers as controls, in the page's words, and each chart's
    // first and last text: its title and its source line.
    const screen = await page.evaluate(() => ({
      // Words only the controls say: the panels' summaries, a switch's pair.
      controls: [
        ...[...document.querySelectorAll('.chart > details > summary')].map((e) => e.textContent),
        [...document.querySelector('.view-switch').querySelectorAll('a, button')].map((e) => e.textContent).join(' '),
      ],
      charts: [...document.querySelectorAll('#main figure.chart')].map((f) => ({
        title: f.querySelector('h3').textContent,
        sources: [...f.querySelectorAll('.source-line')].at(-1)?.textContent ?? '',
      })),
      textOnScreen: getComputedStyle(document.querySelector('h1')).color,
    }));
    expect(screen.charts.length).toBeGreaterThan(5);
    expect(screen.controls.length).toBeGreaterThan(4);
    const CONTROLS = '.skip-link, .language-nav a, .section-nav a, .view-switch, .chart > details, .chart-keys';
    // The dark theme is on: its text would be unreadable on white.
    expect(onWhite(screen.textOnScreen)).toBeLessThan(2);

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const paper = await page.evaluate(() => {
      const colour = (sel, prop = 'color') => [...document.querySelectorAll(sel)].map((e) => [sel, getComputedStyle(e)[prop]]);
      return [
        ...colour('h1'), ...colour('h2'), ...colour('.chart h3'), ...colour('.takeaway'), ...colour('.key-figure-label'),
        ...colour('.source-line a'), ...colour('.mark-label'), ...colour('.mark-value'), ...colour('.panel-title'),
      ];
    });
    const marks = await page.evaluate(() => [...document.querySelectorAll('.bar.mark-primary, .dot.mark-primary, .cell-mark.mark-primary')]
      .map((e) => getComputedStyle(e).fill));
    expect(paper.length).toBeGreaterThan(20);
    for (const [sel, c] of paper) expect(onWhite(c), `${sel} ${c}`).toBeGreaterThanOrEqual(4.5);
    expect(marks.length).toBeGreaterThan(10);
    for (const c of marks) expect(onWhite(c), c).toBeGreaterThanOrEqual(3);

    // Every control is off the page in print, not only those with words of their own.
    const printed = await page.evaluate((sel) => [...document.querySelectorAll(sel)]
      .filter((e) => e.checkVisibility()).map((e) => e.className || e.tagName), CONTROLS);
    expect(await page.locator(CONTROLS).count()).toBeGreaterThan(10);
    expect(printed).toEqual([]);

    const file = info.outputPath(`overview-${lang}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').split('\f').map(words);
    const all = pages.join(' ');
    for (const control of screen.controls) expect(all, `"${words(control)}" printed`).not.toContain(words(control));
    for (const { title, sources } of screen.charts) {
      const at = pages.findIndex((p) => p.includes(words(title)));
      expect(at, `${title} printed`).toBeGreaterThanOrEqual(0);
      expect(words(sources).length, `${title} has a source line`).toBeGreaterThan(10);
      // The chart's last line is on its title's page, after the title.
      const rest = pages[at].slice(pages[at].indexOf(words(title)));
      expect(rest, `${title}: its sources on the page of its title (${at + 1})`).toContain(words(sources));
    }
  });
}

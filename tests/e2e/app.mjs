// The build's static first view (index.html, embed.html) stays on screen until the
// app has its data, and shares classes with the app's own nodes (`.key-figure`,
// `.period`, `main`). Tests of the app's behaviour wait for it to be gone first.
import { expect } from '@playwright/test';

export async function appStarted(page) {
  await expect(page.locator('#first-view')).toHaveCount(0);
}

/** A widget's embed address as the embed panel writes it for a partner's page:
 *  the theme and the chart or table view named, and the widget's id as the
 *  fragment (the one a page without scripts shows). */
export const embedUrl = (id, lang, { theme = 'light', view = 'chart' } = {}) =>
  `./embed.html?chart=${id}&lang=${lang}&theme=${theme}&view=${view}#${id}`;

/** Opens a widget's embed and waits until the app has taken it over from the
 *  build's first view. */
export async function openEmbed(page, id, lang, options) {
  await page.goto(embedUrl(id, lang, options));
  await appStarted(page);
}

/** Holds back every request matching `pattern` until the function it returns
 *  is called: the page waits as on a slow line, for as long as a test needs. */
export async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The overview with all its charts: the app shows the first with the page
 *  and adds the others one per task, then marks the frame that shows them all
 *  (`iop:all-charts`, what the benchmark times). A test that looks at every
 *  chart waits for that, or it checks however many had come (once 139 texts
 *  of the usual 150-odd, on a loaded machine). */
export async function overviewDrawn(page) {
  await appStarted(page);
  await page.waitForFunction(() => performance.getEntriesByName('iop:all-charts').length > 0);
}

/** Records every layout shift the page makes without input, with when it
 *  happened and what moved, so a shift seen once (under load) says where it
 *  came from. Call before the page loads. */
export async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    const name = (n) => (n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${typeof n.className === 'string' && n.className ? `.${n.className.split(' ').join('.')}` : ''}` : '(gone)');
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        if (e.hadRecentInput) continue;
        const moved = (e.sources ?? []).map((s) => `${name(s.node)} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
        window.__shifts.push({ value: e.value, at: Math.round(e.startTime), moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Asserts that the page recorded no layout shift; the failure lists them. */
export async function expectNoShifts(page, context = '') {
  const shifts = await page.evaluate(() => window.__shifts);
  expect(shifts.map((s) => s.value), `${context} ${JSON.stringify(shifts)}`).toEqual([]);
}

/** Decodes PNG files (Buffers) with the browser's own decoder, in a blank page
 *  of `context` (no page's CSP in the way), and returns what `measure(images,
 *  arg)` makes of their ImageData there: counts and lists, not the pixels. */
export async function inPixels(context, pngs, measure, arg) {
  const reader = await context.newPage();
  try {
    return await reader.evaluate(async ({ images, measure, arg }) => {
      const decode = async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height);
      };
      const decoded = await Promise.all(images.map(decode));
      return new Function(`return (${measure});`)()(decoded, arg);
    }, { images: pngs.map((b) => b.toString('base64')), measure: measure.toString(), arg });
  } finally {
    await reader.close();
  }
}

function luminance([r, g, b]) {
  const f = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** An ISO day ("2026-12-06") as the browser's own calendar writes it in
 *  `locale` ("6 december 2026"): a reader of dates we did not write. */
export function calendarDay(iso, locale) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** WCAG's contrast ratio of two sRGB colours given as [r, g, b]. */
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Words that a line break cuts in two under `selector`, as the page sets
 * them; runs in the page (`page.evaluate(brokenWords)`). Words joined by
 * no-break spaces count as one ("miljoner kr"); a line may end after a dash.
 * Narrow cards once showed "milj / oner kr", a label squeezed beside a long
 * value "resursförvaltningen / s", and a big number's tooltip, as narrow as
 * its card, "samordnartjän / ster". */
export const brokenWords = (selector = 'main .number-value, main .key-figure-value, main .panel-bars .mark-label') => {
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A line may end after a dash ("2015–" / "2017"): that is a word's end.
      for (const m of node.data.matchAll(/[^ \n\t–-]+[–-]?/g)) {
        const word = document.createRange();
        word.setStart(node, m.index);
        word.setEnd(node, m.index + m[0].length);
        if (word.getClientRects().length > 1) out.push(`"${m[0]}" cut at a line's end`);
      }
    }
  }
  return out;
};

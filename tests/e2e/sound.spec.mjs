// A time series heard: the chart's "Listen" plays its periods as tones. The
// page's audio context is swapped for an offline one, so that Chromium's own
// Web Audio renderer renders what the page scheduled into samples, which the
// test reads back: a tone per figure, pitch ordered as the numbers, a rest
// where a year has no figure, a broken tone for an uncertain one.
import { test, expect } from '@playwright/test';
import { appStarted } from './app.mjs';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
// The bundled views with a time series, and that series' points in time order.
const withSeries = data.views.filter((v) => v.panels.some((p) => p.kind === 'columns'));
const view = withSeries[0];
const seriesId = view.panels.find((p) => p.kind === 'columns').marks[0].series;
const points = [...data.series.find((s) => s.id === seriesId).points].sort((a, b) => a.period.localeCompare(b.period));
const WORDS = {
  sv: { listen: 'Lyssna', stop: 'Stoppa ljudet', ended: 'Ljudet är slut.', failed: 'Ljudet kunde inte spelas. Tabellen visar samma siffror.' },
  en: { listen: 'Listen', stop: 'Stop the sound', ended: 'The sound has ended.', failed: 'The sound could not be played. The table shows the same figures.' },
};

/** Before the page's scripts: `AudioContext` is an offline context of four
 *  seconds that keeps itself in `window.__audio` and notes its closing, and
 *  each node's end being waited for is counted (the page waits on its last
 *  note's). */
async function offlineAudio(page) {
  await page.addInitScript(() => {
    window.__audio = [];
    window.AudioContext = class extends OfflineAudioContext {
      constructor() {
        super(1, 44100 * 4, 44100);
        window.__audio.push(this);
      }
      close() {
        this.closed = true;
        return Promise.resolve();
      }
    };
    window.__endsAwaited = 0;
    const ended = Object.getOwnPropertyDescriptor(AudioScheduledSourceNode.prototype, 'onended');
    Object.defineProperty(AudioScheduledSourceNode.prototype, 'onended', {
      ...ended,
      set(f) {
        window.__endsAwaited += 1;
        ended.set.call(this, f);
      },
    });
  });
}

/** The samples the page's last audio context renders, as stretches of sound:
 *  when each starts and how long it lasts (s), and its pitch (Hz) from its
 *  first to its last rising zero crossing. */
async function renderTones(page) {
  return page.evaluate(async () => {
    const buffer = await window.__audio.at(-1).startRendering();
    const x = buffer.getChannelData(0);
    const rate = buffer.sampleRate;
    // A tone's samples pass near zero twice a wave: a stretch goes on across
    // quiet of under 2 ms.
    const join = Math.round(0.002 * rate);
    const spans = [];
    let start = -1;
    let last = -1;
    for (let i = 0; i < x.length; i++) {
      if (Math.abs(x[i]) < 1e-4) continue;
      if (start < 0 || i - last > join) {
        if (start >= 0) spans.push([start, last]);
        start = i;
      }
      last = i;
    }
    if (start >= 0) spans.push([start, last]);
    return spans.map(([a, b]) => {
      const ups = [];
      for (let i = a + 1; i <= b; i++) if (x[i - 1] < 0 && x[i] >= 0) ups.push(i - 1 + x[i - 1] / (x[i - 1] - x[i]));
      return { at: a / rate, length: (b - a) / rate, hz: ((ups.length - 1) * rate) / (ups.at(-1) - ups[0]) };
    });
  });
}

for (const lang of ['sv', 'en']) {
  test(`a time series is heard: a tone per figure, higher for more, a rest for a year without one, a broken tone for an uncertain one (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await offlineAudio(page);
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    // Only the charts with a time series offer it.
    await expect(page.locator('.listen-button')).toHaveCount(withSeries.length);
    const figure = page.locator(`#chart-${view.id}`);
    const button = figure.getByRole('button', { name: w.listen, exact: true });
    await expect(button).toHaveAccessibleDescription(/.{40,}/);
    // By keyboard: beside the chart/table switch, the next Tab stop after it.
    await figure.locator('a[data-view="table"]').focus();
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(figure.getByRole('button', { name: w.stop, exact: true })).toBeFocused();
    // The tools' wasm has scheduled the notes when the page waits for the last.
    await page.waitForFunction(() => window.__endsAwaited === 1);
    const tones = await renderTones(page);

    // Each figure in time order: one tone, or three short pulses if uncertain.
    const heard = [];
    let k = 0;
    points.forEach((p, place) => {
      if (p.value === null) return;
      const n = p.uncertain ? 3 : 1;
      heard.push({ place, value: p.value, uncertain: !!p.uncertain, parts: tones.slice(k, k + n) });
      k += n;
    });
    expect(k, JSON.stringify(tones)).toBe(tones.length);
    const whole = heard.filter((h) => !h.uncertain).map((h) => h.parts[0].length);
    for (const h of heard) {
      if (h.uncertain) {
        // Pulses of one pitch, each far shorter than a whole tone.
        for (const part of h.parts) {
          expect(part.length).toBeLessThan(Math.min(...whole) / 3);
          expect(Math.abs(part.hz / h.parts[0].hz - 1)).toBeLessThan(0.01);
        }
      }
    }
    // Onsets keep the time axis: a period without a figure is a rest as long
    // as a figure's step, so the tone after it comes a step later.
    const step = (heard[1].parts[0].at - heard[0].parts[0].at) / (heard[1].place - heard[0].place);
    expect(step).toBeGreaterThan(0.2);
    for (const h of heard) {
      expect(Math.abs(h.parts[0].at - heard[0].parts[0].at - (h.place - heard[0].place) * step)).toBeLessThan(0.005);
    }
    expect(points.some((p) => p.value === null), 'the bundled series has a year without a figure').toBe(true);
    // Pitch: ordered as the numbers, from A3 up to at most two octaves above,
    // rising evenly with the number (octaves above A3 in proportion to it).
    for (const a of heard) {
      expect(a.parts[0].hz).toBeGreaterThan(219);
      expect(a.parts[0].hz).toBeLessThan(881);
      for (const b of heard) if (a.value < b.value) expect(a.parts[0].hz).toBeLessThan(b.parts[0].hz);
    }
    const top = Math.max(...heard.map((h) => h.value));
    const perValue = heard.filter((h) => h.value >= top / 20).map((h) => Math.log2(h.parts[0].hz / 220) / h.value);
    for (const r of perValue) expect(Math.abs(r / perValue[0] - 1)).toBeLessThan(0.03);

    // Played to its end: the button is "Listen" again, its end is said, and
    // the audio context is let go.
    await expect(figure.getByRole('button', { name: w.listen, exact: true })).toBeFocused();
    await expect(page.locator('#view-status')).toHaveText(w.ended);
    expect(await page.evaluate(() => window.__audio.at(-1).closed)).toBe(true);
  });
}

test('a second press stops the sound, and a chart without a time series offers none', async ({ page }) => {
  await offlineAudio(page);
  await page.goto('./?lang=en');
  await appStarted(page);
  for (const v of data.views.filter((x) => !withSeries.includes(x))) {
    await expect(page.locator(`#chart-${v.id} .listen-button`)).toHaveCount(0);
  }
  const figure = page.locator(`#chart-${view.id}`);
  await figure.getByRole('button', { name: 'Listen', exact: true }).click();
  await page.waitForFunction(() => window.__endsAwaited === 1);
  await figure.getByRole('button', { name: 'Stop the sound', exact: true }).click();
  await expect(figure.getByRole('button', { name: 'Listen', exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.__audio.at(-1).closed)).toBe(true);
  // Played again, a new context is made.
  await figure.getByRole('button', { name: 'Listen', exact: true }).click();
  await page.waitForFunction(() => window.__endsAwaited === 2);
  expect(await page.evaluate(() => window.__audio.length)).toBe(2);
});

test("one sound at a time: a second chart's sound stops the first, whose button says so", async ({ page }) => {
  // The published file with a second chart of the same series (a keeper's
  // copy of the view under another id).
  const twice = structuredClone(data);
  twice.views.push({ ...structuredClone(view), id: `${view.id}-again` });
  await page.route('**/data/iop-ensamkommande.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(twice) }));
  await offlineAudio(page);
  await page.goto('./?lang=en');
  await appStarted(page);
  const [first, second] = [page.locator(`#chart-${view.id}`), page.locator(`#chart-${view.id}-again`)];
  await expect(page.locator('.listen-button')).toHaveCount(withSeries.length + 1);
  await first.getByRole('button', { name: 'Listen', exact: true }).click();
  await page.waitForFunction(() => window.__endsAwaited === 1);
  await second.getByRole('button', { name: 'Listen', exact: true }).click();
  await expect(second.getByRole('button', { name: 'Stop the sound', exact: true })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Listen', exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.__audio.map((a) => !!a.closed))).toEqual([true, false]);
});

test('without Web Audio, the reader is told, in words, and the chart goes on working (sv)', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.AudioContext;
  });
  await page.goto('./?lang=sv');
  await appStarted(page);
  const figure = page.locator(`#chart-${view.id}`);
  await figure.getByRole('button', { name: 'Lyssna', exact: true }).click();
  await expect(figure.locator('.listen-failed')).toHaveText(WORDS.sv.failed);
  await expect(page.locator('#view-status')).toHaveText(WORDS.sv.failed);
  await figure.locator('a[data-view="table"]').click();
  await expect(figure.locator('.table-view')).toBeVisible();
});

test('when the tools cannot be loaded, the sound says it could not be played (en)', async ({ page }) => {
  await offlineAudio(page);
  await page.route(/\/iop-tools-[^/]*\.wasm$/, (route) => route.abort());
  await page.goto('./?lang=en');
  await appStarted(page);
  const figure = page.locator(`#chart-${view.id}`);
  await figure.getByRole('button', { name: 'Listen', exact: true }).click();
  await expect(figure.locator('.listen-failed')).toHaveText(WORDS.en.failed);
  await expect(figure.getByRole('button', { name: 'Listen', exact: true })).toBeVisible();
});

test('without scripts, no sound is offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./?lang=en');
  await expect(page.locator(`#chart-${view.id}`)).toBeVisible();
  // The build writes the button into the page (in each language's first
  // view), where the style sheet keeps it from a page without scripts.
  expect(await page.locator('.listen-button').count()).toBeGreaterThan(0);
  for (const b of await page.locator('.listen-button').all()) await expect(b).toBeHidden();
  await context.close();
});

for (const lang of ['sv', 'en']) {
  test(`the button sits beside the chart/table switch on a 320 px phone; where larger text wraps it, it starts at the chart's edge (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const figure = page.locator(`#chart-${view.id}`);
    const button = figure.getByRole('button', { name: WORDS[lang].listen, exact: true });
    const boxes = async () => ({
      switch: await figure.locator('.view-switch').boundingBox(),
      button: await button.boundingBox(),
      takeaway: await figure.locator('.takeaway').boundingBox(),
    });
    const one = await boxes();
    expect(Math.abs(one.button.y + one.button.height / 2 - (one.switch.y + one.switch.height / 2))).toBeLessThan(2);
    expect(one.button.x).toBeGreaterThanOrEqual(one.switch.x + one.switch.width + 8);
    expect(one.button.x + one.button.width).toBeLessThanOrEqual(one.takeaway.x + one.takeaway.width);
    // Text twice as large: the button takes the next line, flush with the switch.
    await page.evaluate(() => document.styleSheets[0].insertRule('html { font-size: 200% !important; }', document.styleSheets[0].cssRules.length));
    const two = await boxes();
    expect(two.button.y).toBeGreaterThanOrEqual(two.switch.y + two.switch.height);
    expect(Math.abs(two.button.x - two.switch.x)).toBeLessThan(1);
  });
}

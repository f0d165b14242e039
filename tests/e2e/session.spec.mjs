// A reader who keeps the dashboard open: 500 interactions in one page
// (language, sections, chart and table, marks by keyboard, back and forward),
// each waiting for its own effect. After a forced garbage collection the JS
// heap's objects stay within 1.1 times what they were after the first round
// and the document's nodes within 1.2, and no event listener, timer or
// animation frame is left behind. What the app's Rust code holds is counted,
// byte for byte, by the same session in tests/session_memory.rs. The wasm
// memory's size, asserted here until then (it found the leak src/app/relay.rs
// mends), never shrinks: it tells how high the use once went, not what is
// held (one CI run: 1 MB more, nothing held).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appStarted } from './app.mjs';

const data = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.json', import.meta.url), 'utf8'));
const first = data.views[0].id;
const NAMES = {
  sv: { other: 'English', overview: 'Översikt', parties: 'Parter och insatser', sources: 'Källor', table: 'Tabell', chart: 'Diagram' },
  en: { other: 'Svenska', overview: 'Overview', parties: 'Parties and services', sources: 'Sources', table: 'Table', chart: 'Chart' },
};
const ROUNDS = 21; // of 24 interactions: 504

// Every timer and animation frame the page asks for, until it has run or been
// cancelled: the app's (through web-sys) and the page's own.
function trackTimers() {
  const pending = new Map();
  window.__pending = pending;
  window.__created = 0;
  const wrap = (set, clear, once) => {
    const [origSet, origClear] = [window[set], window[clear]];
    window[set] = function (fn, ...rest) {
      let id;
      const call = typeof fn === 'function'
        ? function (...a) { if (once) pending.delete(`${set}:${id}`); return fn.apply(this, a); }
        : fn;
      id = origSet.call(window, call, ...rest);
      window.__created += 1;
      pending.set(`${set}:${id}`, new Error().stack.split('\n').slice(2, 5).join(' | '));
      return id;
    };
    window[clear] = function (id) {
      pending.delete(`${set}:${id}`);
      return origClear.call(window, id);
    };
  };
  wrap('setTimeout', 'clearTimeout', true);
  wrap('setInterval', 'clearInterval', false);
  wrap('requestAnimationFrame', 'cancelAnimationFrame', true);
}

// The heap's bytes by kind of node, from a snapshot (which collects garbage
// first). The page's own objects are every kind but two: `code` (what V8
// compiles as code grows hot) and `native` (the engine's and the browser's
// own: the wasm module's compiled code, a timing record per visit of a
// section). Those two grew by 500 KB over 20 rounds while the objects did not
// move, and so took the heap as a whole from 1.11 to 1.16 times its first
// round's size, near the 1.2 asserted then.
async function heapByKind(cdp) {
  const chunks = [];
  const add = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', add);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', add);
  const { snapshot: { meta }, nodes } = JSON.parse(chunks.join(''));
  const fields = meta.node_fields.length;
  const [type, size] = ['type', 'self_size'].map((f) => meta.node_fields.indexOf(f));
  const kinds = {};
  for (let i = 0; i < nodes.length; i += fields) {
    const kind = meta.node_types[0][nodes[i + type]];
    kinds[kind] = (kinds[kind] ?? 0) + nodes[i + size];
  }
  const { code = 0, native = 0, ...objects } = kinds;
  return { objects: Object.values(objects).reduce((a, b) => a + b, 0), code, native };
}

async function measure(page, cdp) {
  // Let pending frames and the announcer's clear-up run, then collect twice
  // (a finalizer can free more on the second pass).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await heapByKind(cdp);
  const counters = await cdp.send('Memory.getDOMCounters');
  const page_ = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    timers: [...window.__pending.values()],
    created: window.__created,
  }));
  return { heap, domNodes: counters.nodes, listeners: counters.jsEventListeners, ...page_ };
}

for (const start of ['sv', 'en']) {
  test(`500 interactions in one page leave the heap, the nodes and the listeners as they were (${start})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.addInitScript(trackTimers);
    await page.goto(`./?lang=${start}`);
    await appStarted(page);
    const cdp = await page.context().newCDPSession(page);
    let done = 0;
    const act = async (what) => { await what(); done += 1; };

    const round = async () => {
      for (const lang of [start, start === 'sv' ? 'en' : 'sv']) {
        const n = NAMES[lang];
        const chart = page.locator(`#chart-${first}`);
        // Chart and table, then back to the chart.
        await act(async () => {
          await chart.getByRole('link', { name: n.table, exact: true }).click();
          await expect(chart.locator('table')).toBeVisible();
        });
        await act(async () => {
          await chart.getByRole('link', { name: n.chart, exact: true }).click();
          await expect(chart.locator('.plot')).toBeVisible();
        });
        // Marks by keyboard: into the chart, along it and back to the start.
        const marks = chart.locator('.plot .mark');
        await act(async () => {
          await chart.locator('a[data-view="table"]').focus();
          await page.keyboard.press('Tab');
          await expect(marks.nth(0)).toBeFocused();
        });
        await act(async () => { await page.keyboard.press('ArrowDown'); await expect(marks.nth(1)).toBeFocused(); });
        await act(async () => { await page.keyboard.press('End'); await expect(marks.last()).toBeFocused(); });
        await act(async () => { await page.keyboard.press('Home'); await expect(marks.nth(0)).toBeFocused(); });
        // Sections, and back and forward through them.
        const h1 = page.getByRole('heading', { level: 1 });
        await act(async () => {
          await page.getByRole('link', { name: n.parties, exact: true }).click();
          await expect(h1).toHaveText(n.parties);
        });
        await act(async () => {
          await page.getByRole('link', { name: n.sources, exact: true }).click();
          await expect(h1).toHaveText(n.sources);
        });
        await act(async () => { await page.goBack(); await expect(h1).toHaveText(n.parties); });
        await act(async () => { await page.goForward(); await expect(h1).toHaveText(n.sources); });
        await act(async () => {
          await page.getByRole('link', { name: n.overview, exact: true }).click();
          await expect(h1).toHaveText(data.partnership.name[lang]);
          await expect(page.locator('figure.chart')).toHaveCount(data.views.length);
        });
        // The other language.
        await act(async () => {
          await page.getByRole('link', { name: n.other, exact: true }).click();
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'sv' ? 'en' : 'sv');
          await expect(page.locator('figure.chart')).toHaveCount(data.views.length);
        });
      }
    };

    await round();
    const before = await measure(page, cdp);
    for (let i = 1; i < ROUNDS; i++) await round();
    const after = await measure(page, cdp);
    expect(done).toBeGreaterThanOrEqual(500);
    // The probes saw the app at work: its timers and frames.
    expect(after.created).toBeGreaterThan(before.created);
    const report = JSON.stringify({ before: { ...before, timers: before.timers.length }, after: { ...after, timers: after.timers.length } });
    console.log(`session (${start}): ${done} interactions ${report}`);
    expect(after.heap.objects, report).toBeLessThanOrEqual(before.heap.objects * 1.1);
    expect(after.nodes, report).toBeLessThanOrEqual(before.nodes * 1.2);
    expect(after.domNodes, report).toBeLessThanOrEqual(before.domNodes * 1.2);
    expect(after.listeners, report).toBeLessThanOrEqual(before.listeners);
    expect(after.timers, report).toEqual(before.timers);
  });
}

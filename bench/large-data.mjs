// A synthetic large dataset for the benchmark (never published): the bundled
// file's figures a hundred times over, its series ten times, and fifty views
// of every panel kind, so the benchmark shows how the dashboard scales with
// what a publisher might put in a file.
//   node bench/large-data.mjs IN.json OUT.json
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const d = JSON.parse(readFileSync(input, 'utf8'));
const COPIES = 100;
const VIEWS = 50;

const copyText = (t, k) => ({ sv: `${t.sv} (syntetisk kopia ${k})`, en: `${t.en} (synthetic copy ${k})` });
d.title = { sv: `${d.title.sv} – syntetisk stor fil`, en: `${d.title.en} – synthetic large file` };

const figures = [];
for (let k = 1; k <= COPIES; k++) {
  for (const f of d.figures) figures.push({ ...structuredClone(f), id: `${f.id}-x${k}`, label: copyText(f.label, k), headline: k === 1 && !!f.headline });
}
const series = [];
for (let k = 1; k <= 10; k++) {
  for (const s of d.series) series.push({ ...structuredClone(s), id: `${s.id}-x${k}`, label: copyText(s.label, k) });
}

// Figures grouped by unit: one panel never mixes units.
const byUnit = new Map();
for (const f of figures) {
  if (!byUnit.has(f.unit)) byUnit.set(f.unit, []);
  byUnit.get(f.unit).push(f);
}
const units = [...byUnit.keys()];
const single = (f) => f.values.length === 1 && typeof f.values[0].value === 'number';

const views = [];
for (let i = 1; i <= VIEWS; i++) {
  const kind = i % 5;
  const id = `view-${i}`;
  const title = { sv: `Syntetisk vy ${i}`, en: `Synthetic view ${i}` };
  if (kind === 1) {
    views.push({ id, title, takeaway: { sv: `Serien toppade {peak_period:${series[i % series.length].id}} med {peak:${series[i % series.length].id}}.`, en: `The series peaked in {peak_period:${series[i % series.length].id}} at {peak:${series[i % series.length].id}}.` },
      panels: [{ kind: 'bars', marks: [{ series: series[i % series.length].id }] }] });
  } else if (kind === 2) {
    views.push({ id, title, takeaway: { sv: 'Partnerskapet hade {count:events} händelser.', en: 'The partnership had {count:events} events.' },
      panels: [{ kind: 'timeline', marks: d.timeline.map((e) => ({ event: e.id })) }] });
  } else if (kind === 3) {
    views.push({ id, title, takeaway: { sv: '{count:parties} parter och {count:services} insatser.', en: '{count:parties} parties and {count:services} services.' },
      panels: [
        { kind: 'list', marks: d.partnership.parties.map((p) => ({ party: p.id })) },
        { kind: 'list', marks: d.services.map((s) => ({ service: s.id })) },
      ] });
  } else {
    // Bars: three panels of eight figures, each panel of one unit.
    const panels = [0, 1, 2].map((j) => {
      const list = byUnit.get(units[(i + j) % units.length]);
      const start = (i * 8) % Math.max(1, list.length - 8);
      return { kind: 'bars', title: { sv: `Panel ${j + 1}`, en: `Panel ${j + 1}` }, marks: list.slice(start, start + 8).map((f) => ({ figure: f.id })) };
    });
    const first = panels[0].marks.map((m) => figures.find((f) => f.id === m.figure)).find(single);
    const said = first ? `{value:${first.id}}` : '{count:parties}';
    views.push({ id, title, takeaway: { sv: `Bland annat ${said}.`, en: `Among other things, ${said}.` }, panels });
  }
}

Object.assign(d, { figures, series, views });
writeFileSync(output, JSON.stringify(d, null, 2) + '\n');
console.log(`${output}: ${figures.length} figures, ${series.length} series, ${views.length} views, ${(JSON.stringify(d).length / 1e6).toFixed(2)} MB`);

// Size budgets of the built dist/ (sizes only; timings belong to scripts/bench).
//   node scripts/size-budget.mjs [DIR=dist]
// Prints the gzip size of the wasm and of everything the first view loads, with
// the targets of the performance issue and the ceilings this check enforces.
// A ceiling is where the build stands today: it stops regressions while the
// target is not met yet, and comes down with every improvement.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const KB = 1000;
const BUDGETS = {
  wasm: { target: 150 * KB, ceiling: 218 * KB },
  firstView: { target: 200 * KB, ceiling: 244 * KB },
};

const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const files = readdirSync(dir);
const wasm = files.filter((f) => f.endsWith('.wasm'));
if (wasm.length !== 1) {
  console.error(`expected one .wasm in ${dir}, found ${wasm.length}`);
  process.exit(1);
}

// What the dashboard's first view fetches: the page, what it references, and the data.
const html = readFileSync(join(dir, 'index.html'), 'utf8');
// Trunk's minifier leaves attribute values unquoted where it can.
const referenced = [...html.matchAll(/(?:src|href)=(?:"\.\/([^"?#]+)"|\.\/([^\s>"?#]+))/g)].map((m) => m[1] ?? m[2]);
const wasmBindgenJs = files.filter((f) => /^iop-dashboard-[0-9a-f]+\.js$/.test(f));
const firstView = [...new Set(['index.html', ...referenced, ...wasmBindgenJs, ...wasm, 'data/iop-ensamkommande.json'])]
  .filter((f) => existsSync(join(dir, f)));

const rows = firstView.map((f) => [f, gz(f)]);
const total = rows.reduce((s, [, n]) => s + n, 0);
const wasmSize = gz(wasm[0]);
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

console.log('First view, gzip -9:');
for (const [f, n] of rows) console.log(`  ${kb(n).padStart(10)}  ${f}`);
let failed = false;
for (const [name, size, budget] of [['wasm', wasmSize, BUDGETS.wasm], ['first view', total, BUDGETS.firstView]]) {
  const over = size > budget.ceiling;
  failed ||= over;
  const target = size <= budget.target ? 'meets' : 'over';
  console.log(`${name}: ${kb(size)}; target ${kb(budget.target)} (${target}); ceiling ${kb(budget.ceiling)} (${over ? 'EXCEEDED' : 'ok'})`);
}
process.exit(failed ? 1 : 0);

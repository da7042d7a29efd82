#!/usr/bin/env node
/**
 * After `vite build`: how much JavaScript a first visit downloads, per route, gzipped — and a
 * failure when any route's initial JavaScript passes the budget.
 *
 * "Initial" is what the browser must fetch before the page can show: SvelteKit's start and app
 * entries, the root layout, the route's own layouts and page, and every chunk they import
 * statically. Lazily imported chunks (other routes, dynamic imports) are not counted.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1000; // 150 kB gzip, the budget for initial JavaScript

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(frontend, '.svelte-kit/output/client');
const manifest = JSON.parse(readFileSync(join(output, '.vite/manifest.json'), 'utf8'));
const appSource = readFileSync(join(frontend, '.svelte-kit/generated/client-optimized/app.js'), 'utf8');

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipSize = (file) => gzipSync(readFileSync(join(output, file))).length;

// SvelteKit's generated route table: "/path": [page, [layouts], [errors]]; ~n marks a node with a
// server load (none here, but decode it anyway).
// It is a JavaScript literal (with holes and ~n), written by our own build: evaluate it as such.
const table = appSource.match(/export const dictionary = (\{[\s\S]*?\});/);
if (!table) throw new Error('size-report: no route dictionary in the generated app.js');
const dictionary = new Function(`return ${table[1]};`)();

const nodeKey = (index) => `.svelte-kit/generated/client-optimized/nodes/${index < 0 ? ~index : index}.js`;
const entries = Object.keys(manifest).filter(
  (key) =>
    key === '.svelte-kit/generated/client-optimized/app.js' || key.endsWith('/runtime/client/entry.js'),
);
if (entries.length !== 2)
  throw new Error(`size-report: expected the start and app entries, found ${entries}`);

function closure(keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const rows = Object.entries(dictionary).map(([route, [page, layouts = []]]) => {
  const nodes = [0, ...(layouts ?? []).filter((n) => n !== null && n !== undefined), page];
  const files = closure([...entries, ...nodes.map(nodeKey)]);
  const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  return { route, bytes, files: files.size };
});

let totalJs = 0;
let totalCss = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) totalJs += gzipSync(readFileSync(path)).length;
    else if (name.endsWith('.css')) totalCss += gzipSync(readFileSync(path)).length;
  }
};
walk(join(output, '_app/immutable'));

console.log('\nInitial JavaScript per route (gzip):');
for (const { route, bytes, files } of rows.sort((a, b) => b.bytes - a.bytes)) {
  console.log(`  ${route.padEnd(36)} ${kb(bytes).padStart(9)}  (${files} files)`);
}
console.log(`All JavaScript: ${kb(totalJs)} gzip; all CSS: ${kb(totalCss)} gzip.`);

const largest = rows[0];
if (largest.bytes > BUDGET_BYTES) {
  console.error(
    `\nOver budget: ${largest.route} needs ${kb(largest.bytes)} of JavaScript; the budget is ${kb(BUDGET_BYTES)}.`,
  );
  process.exit(1);
}
console.log(`Within budget: at most ${kb(largest.bytes)} of ${kb(BUDGET_BYTES)} initial JavaScript.`);

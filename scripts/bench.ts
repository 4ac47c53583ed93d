/**
 * npm run bench: geocoder and extraction figures. Each figure is the median of RUNS runs; inputs
 * are fixed files and a seeded sample, so runs are comparable. Set BENCH_SKIP_BUILD=1 to skip the
 * (slow) index build timing.
 *
 * The npm script bundles this file with esbuild and runs it on plain node, as the server runs
 * compiled code: under tsx, its loader hooks and keep-names helpers cost a quarter of the speed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle, type Article } from '../lib/articles/parse';
import { extractIncidents } from '../lib/extract/extract';
import { geoparse } from '../lib/geocode/geoparse';
import { loadGazetteer } from '../lib/geocode/load';
import { resolve } from '../lib/geocode/resolve';

const RUNS = 5;
/** Bundled beside this file by the npm script. */
const COLD_LOAD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench/cold-load.js');
const SAMPLE_QUERIES = 20_000;
const MIN_RUN_MS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** mulberry32: a tiny seeded PRNG so the query sample is the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Repeats `work` until MIN_RUN_MS has passed, after one untimed warm-up call; returns units per second. */
function rate(work: () => number): number {
  work();
  let units = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_RUN_MS) {
    units += work();
    elapsed = performance.now() - started;
  }
  return (units / elapsed) * 1000;
}

function articleTexts(): Array<{ file: string; text: string }> {
  const dirs = ['seeds', 'eval/extract/articles'];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') })),
  );
}

function row(label: string, value: string, target = ''): void {
  console.log(`  ${label.padEnd(44)} ${value.padStart(14)}  ${target}`);
}

console.log(`conflict-map bench (median of ${RUNS} runs, node ${process.version})`);
console.log('geocoder');
if (!process.env.BENCH_SKIP_BUILD) {
  const started = performance.now();
  execFileSync('npx', ['tsx', 'scripts/build-data.ts'], { stdio: 'ignore' });
  row('index build (npm run build:data)', `${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const cold = Array.from({ length: RUNS }, () => JSON.parse(execFileSync('node', [COLD_LOAD_SCRIPT], { encoding: 'utf8' })) as { loadMs: number; readyMs: number; heapMB: number; externalMB: number });
row('cold load (read + views)', `${median(cold.map((c) => c.loadMs)).toFixed(1)} ms`, '(target ≤ 300 ms)');
row('cold load to first answer', `${median(cold.map((c) => c.readyMs)).toFixed(1)} ms`);
row('index heap (JS objects)', `${median(cold.map((c) => c.heapMB)).toFixed(1)} MB`, '(target ≤ 150 MB)');
row('index buffer (off-heap ArrayBuffer)', `${median(cold.map((c) => c.externalMB)).toFixed(1)} MB`);

const g = loadGazetteer();
const random = prng(42);
const evalQueries = readFileSync('eval/geocode/cases.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { query: string }).query);
const gazetteerNames = Array.from({ length: SAMPLE_QUERIES - evalQueries.length }, () => g.name(Math.floor(random() * g.placeCount)));
const queries = [...evalQueries, ...gazetteerNames];
const resolves = Array.from({ length: RUNS }, () =>
  rate(() => {
    for (const q of queries) resolve(g, q);
    return queries.length;
  }),
);
row('single resolves per second', `${Math.round(median(resolves)).toLocaleString('en')}`, '(target ≥ 200,000)');

const texts = articleTexts();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
const geoparseRates = Array.from({ length: RUNS }, () =>
  rate(() => {
    for (const t of texts) geoparse(g, t.text);
    return bytes;
  }),
);
row(`geoparse throughput (${texts.length} articles, ${(bytes / 1024).toFixed(0)} KB)`, `${(median(geoparseRates) / 1024).toFixed(0)} KB/s`, '(target ≥ 1024 KB/s)');

console.log('extraction');
const articles: Article[] = texts.flatMap((t) => {
  const r = parseArticle(t.file, t.text);
  return r.ok ? [r.article] : [];
});
const extractRates = Array.from({ length: RUNS }, () =>
  rate(() => {
    for (const a of articles) extractIncidents(a, g);
    return articles.length;
  }),
);
row(`articles per second, one core (${articles.length} articles)`, `${Math.round(median(extractRates))}`, '(target ≥ 200)');

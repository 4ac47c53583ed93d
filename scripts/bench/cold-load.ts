/** Child process of the benchmark: loads the gazetteer once in a fresh process and reports time and memory. */
import { loadGazetteer } from '../../lib/geocode/load';
import { resolve } from '../../lib/geocode/resolve';

const before = process.memoryUsage();
const started = performance.now();
const g = loadGazetteer();
const loadMs = performance.now() - started;
// The first resolve touches the name tables and builds the word sets: part of being ready.
resolve(g, 'Deir ez-Zor');
const readyMs = performance.now() - started;
const after = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    loadMs,
    readyMs,
    heapMB: (after.heapUsed - before.heapUsed) / 1e6,
    externalMB: (after.arrayBuffers - before.arrayBuffers) / 1e6,
  }),
);

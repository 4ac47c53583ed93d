/** npm run ingest -- [DIR|FILE...] (default seeds/): extract and store; re-running changes nothing. */
import { readConfig } from '../lib/config/env';
import { loadGazetteer } from '../lib/geocode/load';
import { articleFiles, ingestFile } from '../lib/pipeline/ingest';
import { openStore } from '../lib/store/open';
import type { IncidentStore } from '../lib/store/sqlite';
import { fail } from './cli-io';

const inputs = process.argv.slice(2);
let store: IncidentStore;
try {
  store = openStore(readConfig());
} catch (error) {
  fail((error as Error).message);
}
const gazetteer = loadGazetteer();
let failed = 0;
const totals = { added: 0, unchanged: 0, merged: 0, removed: 0 };
for (const file of articleFiles(inputs.length ? inputs : ['seeds'])) {
  const result = ingestFile(file, gazetteer, store);
  if (!result.ok) {
    process.stderr.write(`${result.error}\n`);
    failed++;
    continue;
  }
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  const o = result.outcome!;
  totals.added += o.added;
  totals.unchanged += o.unchanged;
  totals.merged += o.merged;
  totals.removed += o.removed;
  process.stderr.write(`${file}: ${result.incidents.length} incident(s): ${o.added} new, ${o.unchanged} unchanged, ${o.merged} merged into other articles' reports, ${o.removed} no longer found\n`);
}
const counts = store.counts();
store.close();
process.stderr.write(`ingest: ${totals.added} new, ${totals.unchanged} unchanged, ${totals.merged} merged, ${totals.removed} removed, ${failed} file(s) failed; database holds ${counts.incidents} incidents from ${counts.articles} articles\n`);
process.exitCode = failed > 0 ? 2 : 0;

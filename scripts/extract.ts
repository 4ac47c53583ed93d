/**
 * npm run --silent extract -- FILE... → one JSON object per article (JSON Lines); never touches the database.
 * `--explain` also writes to stderr what became of each sentence (incident, continuation, rejected and why).
 */
import { loadGazetteer } from '../lib/geocode/load';
import { articleFiles, extractFile } from '../lib/pipeline/ingest';
import { fail } from './cli-io';

const explain = process.argv.includes('--explain');
const inputs = process.argv.slice(2).filter((a) => a !== '--explain');
if (inputs.length === 0) fail('extract: give one or more article files or directories');
const gazetteer = loadGazetteer();
let failed = 0;
for (const file of articleFiles(inputs)) {
  const result = extractFile(file, gazetteer, explain ? { explain: (text, decision) => process.stderr.write(`${decision}\n    ${text.replace(/\s+/g, ' ').slice(0, 160)}\n`) } : {});
  if (!result.ok) {
    process.stderr.write(`${result.error}\n`);
    failed++;
    continue;
  }
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(`${JSON.stringify({ file: result.file, published: result.published, incidents: result.incidents })}\n`);
}
process.exitCode = failed > 0 ? 2 : 0;

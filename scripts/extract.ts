/** npm run --silent extract -- FILE... → one JSON object per article (JSON Lines); never touches the database. */
import { loadGazetteer } from '../lib/geocode/load';
import { articleFiles, extractFile } from '../lib/pipeline/ingest';
import { fail } from './cli-io';

const inputs = process.argv.slice(2);
if (inputs.length === 0) fail('extract: give one or more article files or directories');
const gazetteer = loadGazetteer();
let failed = 0;
for (const file of articleFiles(inputs)) {
  const result = extractFile(file, gazetteer);
  if (!result.ok) {
    process.stderr.write(`${result.error}\n`);
    failed++;
    continue;
  }
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(`${JSON.stringify({ file: result.file, published: result.published, incidents: result.incidents })}\n`);
}
process.exitCode = failed > 0 ? 2 : 0;

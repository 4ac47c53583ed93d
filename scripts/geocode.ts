/**
 * npm run --silent geocode -- "Deir ez-Zor" [--country SY]
 * npm run --silent geocode -- --batch < queries.tsv      (query[<TAB>ISO2] per line → JSON Lines)
 */
import { loadGazetteer } from '../lib/geocode/load';
import { geocodeQuery } from '../lib/geocode/query';
import { fail, readStdin } from './cli-io';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const gazetteer = loadGazetteer();
  if (args[0] === '--batch') {
    const lines = (await readStdin()).split('\n');
    if (lines.at(-1) === '') lines.pop();
    const out: string[] = [];
    lines.forEach((line, i) => {
      const [query = '', country = ''] = line.replace(/\r$/, '').split('\t');
      const answer = geocodeQuery(gazetteer, query, country || null);
      if (!answer.ok) fail(`stdin line ${i + 1}: ${answer.error}`);
      out.push(JSON.stringify(answer.value));
    });
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return;
  }
  const countryAt = args.indexOf('--country');
  const country = countryAt >= 0 ? (args[countryAt + 1] ?? '') : null;
  const query = (countryAt >= 0 ? args.filter((_, i) => i !== countryAt && i !== countryAt + 1) : args).join(' ');
  const answer = geocodeQuery(gazetteer, query, country);
  if (!answer.ok) fail(`geocode: ${answer.error}`);
  process.stdout.write(`${JSON.stringify(answer.value)}\n`);
}

main().catch((error: Error) => fail(`geocode: ${error.message}`, 1));

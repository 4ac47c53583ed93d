/**
 * Golden file: what the extractor finds in every evaluation article, in a compact form a reviewer
 * can read as a diff. `REGEN=1 npx vitest run lib/extract/golden.test.ts` rewrites it after an
 * intended change; any other change in output fails here first.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../articles/parse';
import { loadGazetteer } from '../geocode/load';
import { extractIncidents } from './extract';

const DIR = 'eval/extract/articles';
const GOLDEN = 'eval/extract/golden.json';

function summarize(): Record<string, string[]> {
  const g = loadGazetteer();
  const out: Record<string, string[]> = {};
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const parsed = parseArticle(file, readFileSync(path.join(DIR, file), 'utf8'));
    if (!parsed.ok) {
      out[file] = [`error: ${parsed.error}`];
      continue;
    }
    out[file] = extractIncidents(parsed.article, g).incidents.map((i) =>
      [
        i.sub_event_type,
        i.date ?? 'no date',
        `${i.place.name ?? `?${i.place.text}`} (${i.place.level ?? 'unresolved'})`,
        i.actors.map((a) => `${a.name}/${a.role}`).join(', ') || 'no actors',
        `killed: ${i.fatalities ? i.fatalities.text : '-'}`,
      ].join(' | '),
    );
  }
  return out;
}

describe('extraction golden file', () => {
  it('finds the same incidents in every evaluation article', () => {
    const actual = summarize();
    if (process.env.REGEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});

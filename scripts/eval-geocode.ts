/**
 * npm run eval:geocode: accuracy of resolve() on eval/geocode/cases.jsonl.
 * Towns and landmarks must land within 25 km, admin-1 areas and regions within 150 km, countries
 * need the right code; negatives must stay unresolved. Prints every failure.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { distanceKm } from '../lib/geo/distance';
import { loadGazetteer } from '../lib/geocode/load';
import { resolve } from '../lib/geocode/resolve';
import type { Place, ResolveContext } from '../lib/geocode/types';

const CASES_FILE = 'eval/geocode/cases.jsonl';
const TOLERANCE_KM: Record<string, number> = { city: 25, landmark: 25, admin2: 25, admin1: 150, region: 150 };

const CaseSchema = z.object({
  query: z.string(),
  country: z.string().nullable(),
  near: z.array(z.string()).default([]),
  category: z.string(),
  expect: z.object({ name: z.string(), country: z.string(), level: z.string(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
  note: z.string().optional(),
});
type Case = z.infer<typeof CaseSchema>;

function context(g: ReturnType<typeof loadGazetteer>, c: Case): ResolveContext {
  const near = c.near.map((n) => resolve(g, n, c.country ? { countries: [c.country] } : {}).result).filter((p): p is Place => p !== null);
  const countries = [...new Set([...(c.country ? [c.country] : []), ...near.map((p) => p.country)])];
  return { countries, places: near.filter((p) => p.level !== 'country'), admin1Ids: near.filter((p) => p.level === 'admin1').map((p) => p.id) };
}

function judge(c: Case, result: Place | null): { ok: boolean; why: string } {
  const e = c.expect;
  if (!e) return result ? { ok: false, why: `expected nothing, got ${result.name} (${result.country}, ${result.level})` } : { ok: true, why: '' };
  if (!result) return { ok: false, why: `expected ${e.name} (${e.country}), got nothing` };
  if (e.level === 'country' || e.lat === null || e.lon === null) {
    return result.country === e.country ? { ok: true, why: '' } : { ok: false, why: `expected country ${e.country}, got ${result.name} (${result.country})` };
  }
  const km = distanceKm(result, { lat: e.lat, lon: e.lon });
  const tolerance = TOLERANCE_KM[e.level] ?? 25;
  return km <= tolerance
    ? { ok: true, why: '' }
    : { ok: false, why: `expected ${e.name} (${e.country}, ${e.level}), got ${result.name} (${result.country}, ${result.level}) ${Math.round(km)} km away` };
}

const g = loadGazetteer();
const cases = readFileSync(CASES_FILE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line, i) => {
    const parsed = CaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${CASES_FILE}:${i + 1}: ${parsed.error.issues[0]!.message}`);
    return parsed.data;
  });

const byCategory = new Map<string, { n: number; ok: number }>();
const failures: string[] = [];
for (const c of cases) {
  const r = resolve(g, c.query, context(g, c));
  const verdict = judge(c, r.result);
  const bucket = byCategory.get(c.category) ?? { n: 0, ok: 0 };
  bucket.n++;
  if (verdict.ok) bucket.ok++;
  else failures.push(`  [${c.category}] "${c.query}"${c.country ? ` @${c.country}` : ''}${c.near.length ? ` near ${c.near.join(', ')}` : ''}: ${verdict.why}`);
  byCategory.set(c.category, bucket);
}

const positives = cases.filter((c) => c.expect);
const negatives = cases.filter((c) => !c.expect);
const positivesOk = positives.length - failures.filter((f) => !f.startsWith('  [negative]')).length;
const negativesOk = negatives.length - failures.filter((f) => f.startsWith('  [negative]')).length;
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

console.log(`geocoder evaluation: ${cases.length} queries from ${CASES_FILE}`);
for (const [category, { n, ok }] of [...byCategory].sort()) console.log(`  ${category.padEnd(10)} ${String(ok).padStart(4)}/${String(n).padEnd(4)} ${pct(ok, n)}`);
console.log(`positives correct (25 km towns, 150 km areas, country code for countries): ${positivesOk}/${positives.length} = ${pct(positivesOk, positives.length)}  (target ≥ 97%)`);
console.log(`negatives left unresolved: ${negativesOk}/${negatives.length} = ${pct(negativesOk, negatives.length)}  (target ≥ 95%)`);
console.log(`failures (${failures.length}):`);
for (const f of failures) console.log(f);

/**
 * npm run eval:extract: incident precision and recall on eval/extract/articles, and the accuracy of
 * place, date, event type, actors and fatalities on matched incidents. Lists every miss.
 *
 * A predicted incident matches a gold incident when one of its source spans overlaps one of the
 * gold evidence spans (one-to-one, in article order). Places count as right within 25 km for towns
 * and landmarks, 150 km for admin-1 areas and regions, and by country code when the gold has no point.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseArticle } from '../lib/articles/parse';
import { extractIncidents } from '../lib/extract/extract';
import { trainNaiveBayes } from '../lib/extract/sentence-classifier';
import { classifierExamples } from './classifier-examples';
import { distanceKm } from '../lib/geo/distance';
import { loadGazetteer } from '../lib/geocode/load';
import type { Incident } from '../lib/incidents/schema';

/**
 * `--heldout` scores the sets written without sight of the extractor: eval/extract/heldout (session 1),
 * eval/extract/heldout2 (session 2), eval/extract/heldout3 (session 3), eval/extract/heldout4 (session 4),
 * eval/extract/heldout5 (session 5), eval/extract/heldout6 (session 6), eval/extract/heldout7 (session 7), eval/extract/heldout8 (session 8), eval/extract/heldout9 (session 9), eval/extract/heldout10 and eval/extract/heldout11 (session 10), eval/extract/heldout12 (session 11).
 * `--set=NAME` scores one folder of eval/extract.
 */
const setArg = process.argv.find((a) => a.startsWith('--set='))?.split('=')[1];
const DIRS = setArg ? [`eval/extract/${setArg}`] : process.argv.includes('--heldout') ? ['eval/extract/heldout', 'eval/extract/heldout2', 'eval/extract/heldout3', 'eval/extract/heldout4', 'eval/extract/heldout5', 'eval/extract/heldout6', 'eval/extract/heldout7', 'eval/extract/heldout8', 'eval/extract/heldout9', 'eval/extract/heldout10', 'eval/extract/heldout11', 'eval/extract/heldout12'] : ['eval/extract/articles'];
const DIR = DIRS[0]!;
/**
 * `--cv` scores the development set out of fold: each article is extracted with an
 * incident-sentence model trained on the other articles only, so the model's help is not flattered.
 * `--threshold=X` sets the model's log-odds threshold (default: the extractor's own).
 */
const CROSS_VALIDATE = process.argv.includes('--cv');
const thresholdArg = process.argv.find((a) => a.startsWith('--threshold='))?.split('=')[1];
const THRESHOLD = thresholdArg === undefined ? undefined : Number(thresholdArg);
const cvExamples = CROSS_VALIDATE ? classifierExamples(DIR) : [];
const TOLERANCE_KM: Record<string, number> = { city: 25, landmark: 25, admin2: 25, admin1: 150, region: 150, country: 500 };

const Count = z.object({ min: z.number().nullable(), max: z.number().nullable(), vague: z.boolean() }).nullable();
const GoldSchema = z.object({
  style: z.string(),
  incidents: z.array(
    z.object({
      evidence: z.array(z.string()).min(1),
      event_type: z.string(),
      sub_event_type: z.string(),
      date: z.string().nullable(),
      place: z.object({ name: z.string(), country: z.string(), level: z.string(), lat: z.number().nullable(), lon: z.number().nullable() }),
      actors: z.array(z.object({ name: z.string(), role: z.string() })),
      fatalities: Count,
      injured: Count.optional(),
    }),
  ),
  non_incidents: z.array(z.object({ evidence: z.string(), why: z.string() })),
});
type Gold = z.infer<typeof GoldSchema>;
type GoldIncident = Gold['incidents'][number];

interface Span {
  start: number;
  end: number;
}

function spansOf(text: string, evidence: string[], file: string): Span[] {
  return evidence.map((e) => {
    const start = text.indexOf(e);
    if (start < 0) throw new Error(`${file}: evidence not found in the article: "${e.slice(0, 60)}"`);
    return { start, end: start + e.length };
  });
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function placeRight(p: Incident['place'], gold: GoldIncident['place']): boolean {
  if (gold.lat === null || gold.lon === null) return p.country === gold.country;
  if (p.lat === null || p.lon === null) return false;
  return distanceKm({ lat: p.lat, lon: p.lon }, { lat: gold.lat, lon: gold.lon }) <= (TOLERANCE_KM[gold.level] ?? 25);
}

function countRight(c: Incident['fatalities'], gold: z.infer<typeof Count> | undefined): boolean {
  if (!gold) return c === null;
  if (!c) return false;
  if (gold.vague) return c.vague;
  return !c.vague && c.min === gold.min && c.max === gold.max;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function actorsRight(actors: Incident['actors'], gold: GoldIncident['actors']): boolean {
  const key = (list: Array<{ name: string; role: string }>, role: string) => list.filter((a) => a.role === role).map((a) => norm(a.name)).sort().join('|');
  return key(actors, 'actor1') === key(gold, 'actor1') && (gold.some((a) => a.role === 'actor2') ? key(actors, 'actor2') === key(gold, 'actor2') : true);
}

function describeCount(c: { min: number | null; max: number | null; vague: boolean } | null | undefined): string {
  if (!c) return 'none';
  return c.vague ? 'vague' : `${c.min ?? '?'}–${c.max ?? '?'}`;
}

const g = loadGazetteer();
const files = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f)),
);
const totals = { predicted: 0, gold: 0, matched: 0, place: 0, date: 0, event: 0, subEvent: 0, actors: 0, fatalities: 0 };
const misses: string[] = [];

for (const filePath of files) {
  const file = path.basename(filePath);
  const text = readFileSync(filePath, 'utf8');
  const gold = GoldSchema.parse(JSON.parse(readFileSync(filePath.replace(/\.txt$/, '.gold.json'), 'utf8')));
  const parsed = parseArticle(file, text);
  if (!parsed.ok) {
    misses.push(`${file}: could not parse: ${parsed.error}`);
    totals.gold += gold.incidents.length;
    continue;
  }
  const model = CROSS_VALIDATE ? trainNaiveBayes(cvExamples.filter((e) => e.file !== file)) : undefined;
  const predicted = extractIncidents(parsed.article, g, { model, threshold: THRESHOLD }).incidents;
  const goldSpans = gold.incidents.map((i) => spansOf(parsed.article.text, i.evidence, file));
  const nonIncidentSpans = gold.non_incidents.map((n) => ({ n, span: spansOf(parsed.article.text, [n.evidence], file)[0]! }));
  totals.predicted += predicted.length;
  totals.gold += gold.incidents.length;
  const used = new Set<number>();

  for (const p of predicted) {
    const pSpans = (p.sources ?? [p.source]).map((s) => ({ start: s.start, end: s.end }));
    const gi = goldSpans.findIndex((spans, i) => !used.has(i) && spans.some((gs) => pSpans.some((ps) => overlaps(gs, ps))));
    if (gi < 0) {
      const distractor = nonIncidentSpans.find(({ span }) => pSpans.some((ps) => overlaps(span, ps)));
      misses.push(`${file}: false incident (${p.sub_event_type}${distractor ? `, gold says ${distractor.n.why}` : ''}): "${p.source.quote.slice(0, 100)}"`);
      continue;
    }
    used.add(gi);
    totals.matched++;
    const gl = gold.incidents[gi]!;
    const where = `${file}: "${gl.evidence[0]!.slice(0, 60)}…"`;
    if (placeRight(p.place, gl.place)) totals.place++;
    else misses.push(`${where} place: expected ${gl.place.name} (${gl.place.country}, ${gl.place.level}), got ${p.place.name ?? `unresolved "${p.place.text}"`} (${p.place.country}, ${p.place.level})`);
    if (p.date === gl.date) totals.date++;
    else misses.push(`${where} date: expected ${gl.date}, got ${p.date}`);
    if (p.event_type === gl.event_type) totals.event++;
    else misses.push(`${where} event type: expected ${gl.event_type}, got ${p.event_type}`);
    if (p.sub_event_type === gl.sub_event_type) totals.subEvent++;
    else misses.push(`${where} sub-event: expected ${gl.sub_event_type}, got ${p.sub_event_type}`);
    if (actorsRight(p.actors, gl.actors)) totals.actors++;
    else misses.push(`${where} actors: expected ${gl.actors.map((a) => `${a.name}/${a.role}`).join(', ')}; got ${p.actors.map((a) => `${a.name}/${a.role}`).join(', ') || 'none'}`);
    if (countRight(p.fatalities, gl.fatalities)) totals.fatalities++;
    else misses.push(`${where} fatalities: expected ${describeCount(gl.fatalities)}, got ${describeCount(p.fatalities)} ("${p.fatalities?.text ?? ''}")`);
  }
  gold.incidents.forEach((gl, i) => {
    if (!used.has(i)) misses.push(`${file}: missed incident (${gl.sub_event_type}): "${gl.evidence[0]!.slice(0, 100)}"`);
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const pct = (a: number) => `${totals.matched ? ((100 * a) / totals.matched).toFixed(1) : 'n/a'}%`;
console.log(`extraction evaluation${CROSS_VALIDATE ? ' (out of fold)' : ''}${THRESHOLD !== undefined ? `, model threshold ${THRESHOLD}` : ''}: ${files.length} articles, ${totals.gold} gold incidents, ${totals.predicted} predicted, ${totals.matched} matched`);
console.log(`  incident precision  ${ratio(totals.matched, totals.predicted)}   (target ≥ 0.90)`);
console.log(`  incident recall     ${ratio(totals.matched, totals.gold)}   (target ≥ 0.90)`);
console.log(`  of matched incidents: place ${pct(totals.place)} (target ≥ 95%), fatalities ${pct(totals.fatalities)} (target ≥ 95%), event type ${pct(totals.event)} (target ≥ 90%),`);
console.log(`                        sub-event ${pct(totals.subEvent)}, date ${pct(totals.date)}, actors ${pct(totals.actors)}`);
console.log(`misses (${misses.length}):`);
for (const m of misses) console.log(`  ${m}`);

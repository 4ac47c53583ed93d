/**
 * extractIncidents(article, gazetteer): the incidents an article reports, each with its evidence.
 *
 * Per sentence: detect an event trigger (events.ts), drop history/threats/aggregates/forecasts
 * (distractors.ts), narrow diplomatic sentences to the clause that carries the violence, then link
 * the place (the sentence's own, else its section heading's, else its paragraph's, else the
 * article's dominant place), the actors with roles, the casualties and the date.
 */
import { createHash } from 'node:crypto';
import type { Article, Sentence } from '../articles/parse';
import type { Gazetteer } from '../geocode/gazetteer-file';
import { geoparse, type PlaceMention } from '../geocode/geoparse';
import type { Place } from '../geocode/types';
import type { Actor, Incident, PlaceRef } from '../incidents/schema';
import { findActors, findCivilianVictims, type ActorMention } from './actors';
import { parseFatalities, parseInjured } from './casualties';
import { incidentDate } from './dates';
import { isDiplomatic, rejectReason } from './distractors';
import { detectEvent, type EventRule } from './events';

export interface Extraction {
  incidents: Incident[];
  warnings: string[];
}

interface Scope {
  text: string;
  start: number;
  end: number;
}

const PRECISION_BY_LEVEL: Record<Place['level'], 1 | 2 | 3> = { landmark: 1, city: 1, admin2: 2, region: 2, admin1: 3, country: 3 };
/** A place after these words is where someone came from or went, not where the incident was. */
const ORIGIN_DESTINATION_RE = /\b(?:from|to|toward|towards|fled to|flew to|returned to|travell?ed to)\s+(?:the\s+)?$/i;

/** In a diplomatic sentence, the clause that reports violence on its own ("following a deadly attack in Moscow"). */
function violentClause(sentence: Sentence): Scope | null {
  const re = /[^,;—]+/g;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const clause = m[0];
    if (detectEvent(clause) && !isDiplomatic(clause)) {
      const lead = clause.length - clause.trimStart().length;
      return { text: clause.trim(), start: sentence.start + m.index + lead, end: sentence.start + m.index + lead + clause.trim().length };
    }
  }
  return null;
}

function within(m: PlaceMention, start: number, end: number): boolean {
  return m.start >= start && m.end <= end;
}

/** The most specific resolved place in a span, skipping origins and destinations. */
function placeIn(article: Article, mentions: PlaceMention[], start: number, end: number): PlaceMention | null {
  const candidates = mentions.filter(
    (m) => within(m, start, end) && !ORIGIN_DESTINATION_RE.test(article.text.slice(Math.max(0, m.start - 20), m.start)),
  );
  const order = ['landmark', 'city', 'admin2', 'admin1', 'region', 'country'];
  return candidates.sort((a, b) => order.indexOf(a.place?.level ?? 'country') - order.indexOf(b.place?.level ?? 'country'))[0] ?? null;
}

function dominantPlace(mentions: PlaceMention[]): PlaceMention | null {
  const counts = new Map<string, { n: number; m: PlaceMention }>();
  for (const m of mentions) {
    if (!m.place || m.place.level === 'country') continue;
    const entry = counts.get(m.place.id) ?? { n: 0, m };
    entry.n++;
    counts.set(m.place.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.m ?? null;
}

function linkPlace(article: Article, mentions: PlaceMention[], scope: Scope, sentence: Sentence): PlaceMention | null {
  const own = placeIn(article, mentions, scope.start, scope.end);
  if (own && own.place?.level !== 'country') return own;
  const headingBlock = [...article.blocks.slice(0, sentence.block)].reverse().find((b) => b.kind === 'heading');
  const fromHeading = headingBlock ? placeIn(article, mentions, headingBlock.start, headingBlock.end) : null;
  if (fromHeading && fromHeading.place?.level !== 'country') return fromHeading;
  const block = article.blocks[sentence.block]!;
  const fromParagraph = placeIn(article, mentions, block.start, block.end);
  if (fromParagraph && fromParagraph.place?.level !== 'country') return fromParagraph;
  return own ?? dominantPlace(mentions) ?? fromParagraph;
}

function placeRef(mention: PlaceMention | null): PlaceRef {
  const p = mention?.place;
  if (!p) return { text: mention?.text ?? '', name: null, country: null, admin1: null, level: null, lat: null, lon: null, geo_precision: null, id: null };
  const ref: PlaceRef = { text: mention!.text, name: p.name, country: p.country, admin1: p.admin1, level: p.level, lat: p.lat, lon: p.lon, geo_precision: PRECISION_BY_LEVEL[p.level], id: p.id };
  if (p.bbox && p.level !== 'city' && p.level !== 'landmark') ref.bbox = p.bbox;
  return ref;
}

/**
 * Roles from the sentence's shape: in "X repelled an attack by Y and Z", Y initiates (actor1),
 * Z fights with Y (associated) and X is the other side (actor2). Otherwise the first actor named
 * is the initiator.
 */
function assignRoles(scope: string, mentions: ActorMention[], victims: string | null): Actor[] {
  const unique = mentions.filter((m, i) => mentions.findIndex((o) => o.name === m.name) === i);
  const actors: Actor[] = [];
  const by = /\b(?:attack|assault|offensive|ambush|strike)s? by\s/i.exec(scope);
  if (by) {
    const attackers = unique.filter((m) => m.start >= by.index);
    const defenders = unique.filter((m) => m.start < by.index);
    attackers.forEach((m, i) => actors.push({ name: m.name, role: i === 0 ? 'actor1' : 'associated' }));
    defenders.forEach((m, i) => actors.push({ name: m.name, role: i === 0 ? 'actor2' : 'associated' }));
  } else {
    unique.forEach((m, i) => actors.push({ name: m.name, role: i === 0 ? 'actor1' : i === 1 && !victims ? 'actor2' : 'associated' }));
  }
  if (victims) actors.push({ name: 'Civilians', role: 'victim' });
  return actors;
}

/** Violence by armed actors on civilians is ACLED's "Violence against civilians", whatever the verb. */
function refineEvent(rule: EventRule, victims: string | null, armedActors: number): Pick<Incident, 'event_type' | 'sub_event_type'> {
  if (rule.sub_event_type === 'Armed clash' && victims && armedActors <= 1) return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
  if (rule.sub_event_type === 'Attack' && !victims && armedActors >= 2) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  return { event_type: rule.event_type, sub_event_type: rule.sub_event_type };
}

function titleFor(rule: EventRule, actors: Actor[], victims: string | null, place: PlaceRef): string {
  const actor1 = actors.find((a) => a.role === 'actor1')?.name;
  const actor2 = actors.find((a) => a.role === 'actor2')?.name;
  const noun = rule.noun;
  const who = actor1 && actor2 ? `${actor1} ${noun} with ${actor2}` : actor1 ? `${actor1} ${noun}` : noun[0]!.toUpperCase() + noun.slice(1);
  const on = victims ? ` on ${victims}` : '';
  const where = place.name ? `, ${place.name}` : '';
  return `${who}${on}${where}`;
}

export function articleDigest(article: Article): string {
  return createHash('sha256').update(article.text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Same article text + same evidence + same event type → same id, on any machine. */
function incidentId(digest: string, quote: string, subEvent: string): string {
  return createHash('sha256').update(`${digest}|${quote.replace(/\s+/g, ' ')}|${subEvent}`).digest('hex').slice(0, 16);
}

function sameIncident(a: Incident, b: Incident): boolean {
  if (a.sub_event_type !== b.sub_event_type || !a.place.id || a.place.id !== b.place.id) return false;
  const fa = a.fatalities;
  const fb = b.fatalities;
  return !fa || !fb || fa.vague || fb.vague || (fa.min === fb.min && fa.max === fb.max);
}

export function extractIncidents(article: Article, gazetteer: Gazetteer): Extraction {
  const warnings = [...article.warnings];
  const { mentions } = geoparse(gazetteer, article.text);
  const publishedYear = article.published ? Number(article.published.slice(0, 4)) : null;
  const digest = articleDigest(article);
  const incidents: Incident[] = [];

  for (const sentence of article.sentences) {
    const rule0 = detectEvent(sentence.text);
    if (!rule0) continue;
    if (rejectReason(sentence.text, publishedYear)) continue;
    const scope: Scope | null = isDiplomatic(sentence.text) ? violentClause(sentence) : sentence;
    if (!scope) continue;
    const rule = detectEvent(scope.text) ?? rule0;
    const actorMentions = findActors(scope.text);
    const victims = findCivilianVictims(scope.text);
    const actors = assignRoles(scope.text, actorMentions, victims);
    const armed = actors.filter((a) => a.role !== 'victim').length;
    const event = refineEvent(rule, victims, armed);
    const mention = linkPlace(article, mentions, scope, sentence);
    const place = placeRef(mention);
    if (!place.id) warnings.push(`${article.file}: no known place for the incident in "${scope.text.slice(0, 80)}…"; kept as unresolved`);
    const { date, precision } = incidentDate(scope.text, article.published);
    const incident: Incident = {
      id: incidentId(digest, scope.text, event.sub_event_type),
      title: titleFor(rule, actors, victims, place),
      date,
      date_precision: precision,
      ...event,
      actors,
      fatalities: parseFatalities(scope.text),
      injured: parseInjured(scope.text),
      place,
      source: { file: article.file, url: article.urls[0] ?? null, published: article.published, quote: scope.text, start: scope.start, end: scope.end },
    };
    const duplicate = incidents.find((i) => sameIncident(i, incident));
    if (duplicate) duplicate.sources = [...(duplicate.sources ?? [duplicate.source]), incident.source];
    else incidents.push(incident);
  }
  return { incidents, warnings };
}

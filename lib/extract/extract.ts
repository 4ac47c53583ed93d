/**
 * extractIncidents(article, gazetteer): the incidents an article reports, each with its evidence.
 *
 * Per sentence: detect an event trigger (events.ts) and drop history, threats, aggregates,
 * forecasts and statements (distractors.ts); in a diplomatic sentence keep only the clause that
 * carries the violence. A sentence with neither a place nor a named actor of its own continues the
 * incident before it ("The strike killed ten…", "Al-Shabaab said it was behind the attack") and
 * fills in what that incident lacks instead of becoming a new one. Place: the sentence's own, else
 * its heading's, else its paragraph's, else the article's dominant place.
 */
import { createHash } from 'node:crypto';
import type { Article, Sentence } from '../articles/parse';
import type { Gazetteer } from '../geocode/gazetteer-file';
import { geoparse, type PlaceMention } from '../geocode/geoparse';
import type { Place } from '../geocode/types';
import { isSameIncident } from '../incidents/same-incident';
import type { Actor, Incident, PlaceRef, Source } from '../incidents/schema';
import { CLAIM_RE, countryName, findActors, findCivilianVictims, GROUP_REFERENCE_RE, isNonState, UNIDENTIFIED, type ActorMention } from './actors';
import { parseFatalities, parseInjured, parseTollUpdate } from './casualties';
import { incidentDate } from './dates';
import { BACK_REFERENCE_RE, isDiplomatic, LOOSE_BACK_REFERENCE_RE, rejectReason } from './distractors';
import { detectEvent, type EventRule } from './events';
import { incidentLogOdds, type NaiveBayesModel } from './sentence-classifier';
import incidentModel from '../../data/models/incident-sentence.json' with { type: 'json' };

const INCIDENT_MODEL = incidentModel as unknown as NaiveBayesModel;
/**
 * Log-odds below which the model vetoes a candidate. Chosen by leave-one-article-out cross-validation
 * on the development set (`npm run eval:extract -- --cv --threshold=X`): −4…−3 maximise out-of-fold F1.
 */
const MODEL_THRESHOLD = -3;

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
const LEVEL_ORDER = ['landmark', 'city', 'admin2', 'admin1', 'region', 'country'];
/** A place after these words is where someone came from or went, not where the incident was. */
const ORIGIN_DESTINATION_RE = /\b(?:from|toward|towards|fled to|flew to|flown to|returned to|travell?ed to|evacuated to|moved to|headed to|based in|-based)\s+(?:the\s+)?$/i;
/** A place after these words is where the incident happened. */
const LOCATIVE_RE = /\b(?:in|at|near|outside|inside|on|into|of|around|across|north of|south of|east of|west of|entered|captured|recaptured|retook|struck|hit|shelled|bombed|attacked|stormed|seized|overran|raided)\s+(?:the\s+)?(?:\w+\s+)?$/i;
/** Where talks or statements happened is not where the incident did ("after talks in Kunming"). */
const VENUE_BEFORE_RE = /\b(?:talks|meeting|negotiations|summit|conference|hosted|mediated|brokered|press|statement|said)\b[^.]{0,35}$/i;
const ATTRIBUTION_RE = /,?\s+according to\b/i;
/** A last clause like ", the army said" or ", police told reporters" names who reported, not who acted. */
const TRAILING_SAID_RE = /,\s+((?:[\w'’-]+\s+){0,7}?(?:said|says|reported|added|told reporters|announced|confirmed))\b[^,]*$/i;
const BLAMING_RE = /\bblam(?:ing|ed) ((?:the )?[\w'’ -]{2,60}?) for\b/i;

/** Where the reporting attribution of a sentence begins (its length when there is none). */
function attributionStart(sentence: string): number {
  const according = ATTRIBUTION_RE.exec(sentence);
  const said = TRAILING_SAID_RE.exec(sentence);
  return Math.min(according?.index ?? sentence.length, said?.index ?? sentence.length);
}
const TERRAIN_AFTER_RE = /^\s+(?:River|river|Sea|sea|Gulf|gulf|Lake|lake|Valley|valley|Mountains?|mountains?|Strait|strait)\b/;
const SETTLEMENT_BEFORE_RE = /\b(?:city|town|village|port|capital|district|neighbourhood|neighborhood|suburb|camp) of\s+$/i;
/** "MOGADISHU - " or "BEIRUT (Reuters) —": the place of filing, not necessarily of the incident. */
const DATELINE_RE = /^\s*[A-Z][A-Z .'-]+(?:\([^)]*\))?\s*[-—–]\s/;

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

interface Located {
  mentions: PlaceMention[];
  countries: string[];
  datelineEnd: number;
}

/** Ranks the places in a span: where the incident happened first, then the finest. */
function placeIn(article: Article, located: Located, start: number, end: number): PlaceMention | null {
  const inSpan = located.mentions.filter((m) => m.start >= start && m.end <= end && m.start >= located.datelineEnd);
  const best = rankPlaces(article, located, inSpan.filter((m) => m.place));
  // With no known place in the span, an unknown name in a place's position is the (unresolved) place.
  return best ?? inSpan.find((m) => !m.place) ?? null;
}

function rankPlaces(article: Article, located: Located, mentions: PlaceMention[]): PlaceMention | null {
  // "in Burkina Faso's Sanmatenga province": the country only frames the finer place.
  const finer = mentions.filter((m) => m.place?.level !== 'country');
  const scored = (finer.length > 0 ? finer : mentions)
    .filter((m) => !ORIGIN_DESTINATION_RE.test(article.text.slice(Math.max(0, m.start - 25), m.start)))
    .filter((m) => !VENUE_BEFORE_RE.test(article.text.slice(Math.max(0, m.start - 30), m.start)))
    .map((m) => {
      const before = article.text.slice(Math.max(0, m.start - 25), m.start);
      const p = m.place!;
      const after = article.text.slice(m.end, m.end + 12);
      // "the Dnipro River", "the Red Sea": water and terrain, not where people were.
      if (TERRAIN_AFTER_RE.test(after)) return { m, score: -Infinity };
      const score =
        (LOCATIVE_RE.test(before) ? 3 : 0) +
        (SETTLEMENT_BEFORE_RE.test(before) ? 1 : 0) +
        (located.countries.indexOf(p.country) === 0 ? 1 : 0) +
        p.score -
        LEVEL_ORDER.indexOf(p.level) * 0.4;
      return { m, score };
    });
  scored.sort((a, b) => b.score - a.score || a.m.start - b.m.start);
  const best = scored[0];
  return best && best.score > -Infinity ? best.m : null;
}

function dominantPlace(located: Located): PlaceMention | null {
  const counts = new Map<string, { n: number; m: PlaceMention }>();
  for (const m of located.mentions) {
    if (!m.place || m.place.level === 'country') continue;
    const entry = counts.get(m.place.id) ?? { n: 0, m };
    entry.n++;
    counts.set(m.place.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.m ?? null;
}

/** The first province or region the article names in its main country: the frame for places it cannot resolve. */
function framingArea(located: Located): PlaceMention | null {
  const main = located.countries[0];
  return located.mentions.find((m) => m.place && (m.place.level === 'admin1' || m.place.level === 'region') && m.place.country === main) ?? null;
}

function linkPlace(article: Article, located: Located, scope: Scope, sentence: Sentence): PlaceMention | null {
  const own = placeIn(article, located, scope.start, scope.end);
  if (own?.place && own.place.level !== 'country') return own;
  // "in the villages of Kishishe and Bambo, in Rutshuru territory": unknown to the gazetteer, so the
  // incident is placed at the province the article frames it in, at province precision.
  if (own && !own.place) return framingArea(located) ?? own;
  const headingBlock = [...article.blocks.slice(0, sentence.block)].reverse().find((b) => b.kind === 'heading');
  const fromHeading = headingBlock ? placeIn(article, located, headingBlock.start, headingBlock.end) : null;
  if (fromHeading?.place && fromHeading.place.level !== 'country') return fromHeading;
  const block = article.blocks[sentence.block]!;
  const fromParagraph = placeIn(article, located, block.start, block.end);
  if (fromParagraph?.place && fromParagraph.place.level !== 'country') return fromParagraph;
  if (fromParagraph && !fromParagraph.place) return framingArea(located) ?? fromParagraph;
  // Only a country in the sentence: the place the article keeps returning to in that country is
  // the better guess (a wire story about Mogadishu that says "in Somalia" once).
  const dominant = dominantPlace(located);
  if (own?.place && dominant?.place?.country === own.place.country) return dominant;
  return own ?? dominant ?? fromParagraph;
}

/** "20 km west of Mekelle", "near Kherson", "on the outskirts of Goma": near the town, not in it (ACLED geo-precision 2). */
const NEAR_BEFORE_RE = /\b(?:near|outside|outskirts of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of|km (?:from|of))\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$/i;

function placeRef(article: Article, mention: PlaceMention | null): PlaceRef {
  const p = mention?.place;
  if (!p) return { text: mention?.text ?? '', name: null, country: null, admin1: null, level: null, lat: null, lon: null, geo_precision: null, id: null };
  const near = (p.level === 'city' || p.level === 'landmark') && NEAR_BEFORE_RE.test(article.text.slice(Math.max(0, mention!.start - 30), mention!.start));
  const ref: PlaceRef = { text: mention!.text, name: p.name, country: p.country, admin1: p.admin1, level: p.level, lat: p.lat, lon: p.lon, geo_precision: near ? 2 : PRECISION_BY_LEVEL[p.level], id: p.id };
  if (p.bbox && p.level !== 'city' && p.level !== 'landmark') ref.bbox = p.bbox;
  return ref;
}

/** "attacks by X", "killed by X", "blamed on X": the agent of a passive or nominal event. */
const BY_AGENT_RE = /\b(?:[a-z]+ed|attacks?|strikes?|raids?|assaults?|offensive|bombardment|shelling|ambush)\s+(?:\w+\s+)?by\s|\bblamed on\s/i;
/** Two sides named together ("fighting between the army and the RSF", "X and Y signed") are opponents, not allies. */
const OPPONENT_EVENTS = new Set(['Armed clash', 'Agreement']);

/** Events whose initiator ACLED records as "Unidentified Armed Group" when the text names none. */
const NEEDS_PERPETRATOR = new Set(['Attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb', 'Abduction/forced disappearance', 'Sexual violence']);

/**
 * Roles from the sentence's shape. Actors named before the event word, or after "by", initiate it
 * (actor1, then associated); actors after it are the other side (actor2, then associated). In
 * "X repelled an attack by Y and Z", Y initiates, Z is associated and X is the other side. With no
 * initiator named for an attack, ACLED's "Unidentified Armed Group" stands in.
 */
function assignRoles(scope: string, rule: EventRule, mentions: ActorMention[], victims: string | null): Actor[] {
  const unique = mentions.filter((m, i) => mentions.findIndex((o) => o.name === m.name) === i);
  const by = BY_AGENT_RE.exec(scope);
  const trigger = rule.trigger.exec(scope);
  const pivot = by ? by.index : (trigger?.index ?? scope.length);
  const initiators = by ? unique.filter((m) => m.start >= by.index) : unique.filter((m) => m.start < pivot);
  const others = unique.filter((m) => !initiators.includes(m));
  if (initiators.length === 0 && NEEDS_PERPETRATOR.has(rule.sub_event_type) && (others.length > 0 || victims)) {
    initiators.push({ name: UNIDENTIFIED, category: 'Political militias', start: 0, end: 0 });
  }
  if (OPPONENT_EVENTS.has(rule.sub_event_type) && others.length === 0 && initiators.length >= 2) others.push(initiators.splice(1, 1)[0]!);
  const actors: Actor[] = [];
  initiators.forEach((m, i) => {
    actors.push({ name: m.name, role: i === 0 ? 'actor1' : 'associated' });
  });
  others.forEach((m, i) => {
    actors.push({ name: m.name, role: i === 0 && initiators.length > 0 ? 'actor2' : i === 0 ? 'actor1' : 'associated' });
  });
  const victimEvent = VICTIM_EVENTS.has(rule.event_type) || VICTIM_SUB_EVENTS.has(rule.sub_event_type);
  if (victims && victimEvent && !actors.some((a) => a.name === 'Civilians')) actors.push({ name: 'Civilians', role: 'victim' });
  return actors;
}

/** Sub-event types in which the civilians a sentence names are victims (not bystanders or celebrants). */
const VICTIM_EVENTS = new Set(['Violence against civilians', 'Explosions/Remote violence', 'Riots']);
const VICTIM_SUB_EVENTS = new Set(['Armed clash']);

/** ACLED's coding of who does what: civilians attacked are "Violence against civilians", crowds are protesters or rioters. */
const STATE_FORCES_RE = /^(?:Military|Police) Forces of /;

const TWO_SIDES_RE = /\b(?:the two sides|both sides|the rival (?:forces|groups|factions))\b/i;
const FIGHT_RE = /\b(?:fought|fighting|clash(?:es|ed)?|battles?|gunfights?|exchanged fire|firefights?)\b/i;

function refineEvent(scope: string, rule: EventRule, victims: string | null, armedActors: number, roles: Actor[]): Pick<Incident, 'event_type' | 'sub_event_type'> {
  // Territory changes hands: to state forces it is regained, to anyone else it is overtaken.
  const initiator = roles.find((a) => a.role === 'actor1')?.name ?? '';
  if (rule.sub_event_type === 'Non-state actor overtakes territory' && STATE_FORCES_RE.test(initiator)) return { event_type: 'Battles', sub_event_type: 'Government regains territory' };
  if (rule.sub_event_type === 'Government regains territory' && initiator && !STATE_FORCES_RE.test(initiator)) return { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' };
  // An "encounter" that harms civilians is an attack on them; two sides fighting stays a battle.
  if (rule.sub_event_type === 'Armed clash' && victims && armedActors <= 1 && !FIGHT_RE.test(scope)) return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
  if (rule.sub_event_type === 'Attack' && !victims && armedActors >= 2) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  return { event_type: rule.event_type, sub_event_type: rule.sub_event_type };
}

/** Protesters and rioters are actors of their own events (ACLED actor types 6 and 5). */
function crowdActors(event: Pick<Incident, 'event_type' | 'sub_event_type'>, actors: Actor[]): Actor[] {
  if (event.event_type !== 'Riots' && event.event_type !== 'Protests') return actors;
  const crowd = event.event_type === 'Riots' ? 'Rioters' : 'Protesters';
  // A named group rioting ("Israeli settlers rampaged") stays the initiator; ACLED does not rename it.
  const group = actors.find((a) => a.role === 'actor1' && !STATE_FORCES_RE.test(a.name) && a.name !== 'Protesters' && a.name !== 'Rioters' && a.name !== UNIDENTIFIED);
  if (event.event_type === 'Riots' && group) return actors;
  const others = actors.filter((a) => a.name !== 'Protesters' && a.name !== 'Rioters' && a.role !== 'victim');
  const forceFirst = event.sub_event_type === 'Excessive force against protesters';
  const state = others.filter((a) => /^(?:Military|Police) Forces of/.test(a.name));
  if (forceFirst) return [...state.map((a, i) => ({ name: a.name, role: i === 0 ? 'actor1' : 'associated' }) as Actor), { name: crowd, role: 'actor2' }];
  return [{ name: crowd, role: 'actor1' }, ...state.map((a, i) => ({ name: a.name, role: i === 0 ? 'actor2' : 'associated' }) as Actor)];
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

function sharesWord(text: string, name: string): boolean {
  const words = new Set(name.toLowerCase().split(/\W+/).filter((w) => w.length > 3));
  return text.toLowerCase().split(/\W+/).some((w) => words.has(w));
}

export function articleDigest(article: Article): string {
  return createHash('sha256').update(article.text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Same article text + same evidence + same event type → same id, on any machine. */
function incidentId(digest: string, quote: string, subEvent: string): string {
  return createHash('sha256').update(`${digest}|${quote.replace(/\s+/g, ' ')}|${subEvent}`).digest('hex').slice(0, 16);
}

/** Within one article the test is stricter than across articles: the same sub-event type, and no two different stated days. */
function sameIncident(a: Incident, b: Incident): boolean {
  const differentDays = a.date !== null && b.date !== null && a.date !== b.date && a.date_precision === 'day' && b.date_precision === 'day';
  return a.sub_event_type === b.sub_event_type && !differentDays && isSameIncident(a, b);
}

function sourceOf(article: Article, scope: Scope): Source {
  return { file: article.file, url: article.urls[0] ?? null, published: article.published, quote: scope.text, start: scope.start, end: scope.end };
}

/** A continuing sentence fills what the incident it continues lacks, and is kept as evidence. */
function enrich(incident: Incident, article: Article, scope: Scope, actors: Actor[], claim = false): void {
  let added = false;
  // Arrests, agreements and other strategic developments take no toll from neighbouring sentences, only a stated zero.
  const parsed = parseFatalities(scope.text);
  const fatalities = incident.event_type === 'Strategic developments' && parsed?.max !== 0 ? null : parsed;
  if (!incident.fatalities && fatalities) {
    incident.fatalities = fatalities;
    added = true;
  }
  const injured = parseInjured(scope.text);
  if (!incident.injured && injured) {
    incident.injured = injured;
    added = true;
  }
  const initiator = actors.find((a) => a.role === 'actor1');
  const current = incident.actors.find((a) => a.role === 'actor1');
  if (initiator && (!current || (claim && current.name !== initiator.name))) {
    // A claim outranks the sentence's guess: the claimant initiates, a named first actor becomes the other side.
    const rest = incident.actors.filter((a) => a.name !== initiator.name && a.role !== 'actor1' && a.name !== UNIDENTIFIED);
    const demoted = current && current.name !== UNIDENTIFIED && !rest.some((a) => a.role === 'actor2') ? [{ name: current.name, role: 'actor2' as const }] : [];
    incident.actors = [initiator, ...demoted, ...rest];
    added = true;
  }
  if (added) incident.sources = [...(incident.sources ?? [incident.source]), sourceOf(article, scope)];
}

/**
 * The incident's date: its own sentence, else the nearest earlier date in its paragraph, else the
 * lead paragraph's (wire stories date the main event once, in the lead).
 */
function dateFor(article: Article, sentence: Sentence): ReturnType<typeof incidentDate> {
  const own = incidentDate(sentence.text, article.published);
  // A sentence with its own date ("On Wednesday") keeps it, even when it cannot be resolved.
  if (own.date || own.stated) return own;
  const lead = article.blocks.findIndex((b) => b.kind === 'paragraph');
  const earlier = article.sentences.filter((s) => (s.block === sentence.block || s.block === lead) && s.start < sentence.start).reverse();
  for (const s of earlier) {
    if (rejectReason(s.text, null) === 'history') continue;
    const d = incidentDate(s.text, article.published);
    if (d.date) return d;
  }
  return own;
}

/** "…, hours after a gunman shot dead two brothers": a second, earlier incident told in a trailing clause. */
const AFTER_CLAUSE_RE = /,?\s+(?:hours|days|a day|minutes|shortly|a week|two days|a few hours) after\s+/i;

function splitAfterClause(sentence: Sentence): Scope[] {
  const m = AFTER_CLAUSE_RE.exec(sentence.text);
  if (!m) return [sentence];
  const tail = sentence.text.slice(m.index + m[0].length);
  const head = sentence.text.slice(0, m.index);
  if (!detectEvent(tail) || !detectEvent(head)) return [sentence];
  const tailStart = sentence.start + m.index + m[0].length;
  return [
    { text: head, start: sentence.start, end: sentence.start + head.length },
    { text: tail, start: tailStart, end: tailStart + tail.length },
  ];
}

interface Extractor {
  article: Article;
  located: Located;
  country: string | null;
  digest: string;
  incidents: Incident[];
  warnings: string[];
  lastGroup: ActorMention | null;
  last: { incident: Incident; block: number } | null;
  model: NaiveBayesModel;
  threshold: number;
}

/** One scope (a sentence or a clause of it) that passed the distractor checks: a new incident, or more about the last one. */
function handleScope(x: Extractor, sentence: Sentence, scope: Scope, rule: EventRule, mentions: ActorMention[]): void {
  const { article, located } = x;
  const scopeActors = [...mentions];
  // "The rebels raped…": the group named before. "Cartel gunmen" after "the Sinaloa Cartel": that cartel.
  if (x.lastGroup && GROUP_REFERENCE_RE.test(scope.text) && !scopeActors.some((a) => isNonState(a.category))) scopeActors.unshift({ ...x.lastGroup, start: 0, end: 0 });
  if (x.lastGroup) {
    const group = x.lastGroup;
    const i = scopeActors.findIndex((a) => a.name === UNIDENTIFIED && sharesWord(scope.text.slice(a.start, a.end), group.name));
    if (i >= 0) scopeActors[i] = { ...group, start: scopeActors[i]!.start, end: scopeActors[i]!.end };
  }
  const ownPlace = placeIn(article, located, scope.start, scope.end);
  // "Police" in a Bogotá sentence are Colombia's, whatever country the article mentions most.
  const placeCountry = ownPlace?.place?.country;
  if (placeCountry) {
    for (const [i, a] of scopeActors.entries()) if (a.domestic) scopeActors[i] = { ...a, name: `${a.domestic} Forces of ${countryName(placeCountry)}` };
  }
  // "The two sides fought…": the sides of the incident before.
  if (scopeActors.length === 0 && TWO_SIDES_RE.test(scope.text) && x.last) {
    for (const a of x.last.incident.actors.filter((r) => r.role === 'actor1' || r.role === 'actor2')) scopeActors.push({ name: a.name, category: 'Rebel groups', start: 0, end: 0 });
  }
  const victims = findCivilianVictims(scope.text);
  const roles = assignRoles(scope.text, rule, scopeActors, victims);
  const last = x.last;
  // A country alone ("Iraqi officials said…", "in Syria") does not anchor a new incident.
  // "Gunmen" alone is not distinctive: a generic actor without a place continues the story.
  const anchored = (ownPlace !== null && ownPlace.place?.level !== 'country') || scopeActors.some((a) => a.name !== UNIDENTIFIED);
  // An unanchored sentence continues the incident before it, unless it reports another kind of
  // event with its own toll ("On Thursday, a suicide bomber struck crowds…, killing 170"), or
  // happened on another day ("On Sunday, the two sides fought with tanks…").
  const ownDate = incidentDate(scope.text, article.published);
  const otherDay = last !== null && ownDate.date !== null && last.incident.date !== null && ownDate.date !== last.incident.date && ownDate.precision === 'day' && last.incident.date_precision === 'day';
  const otherEvent = last !== null && (otherDay || (rule.sub_event_type !== 'Attack' && rule.sub_event_type !== last.incident.sub_event_type && parseFatalities(scope.text) !== null));
  // A toll "in fighting" with nothing of its own refers back even if it names a later day ("…still going on on Saturday").
  const loosely = !anchored && LOOSE_BACK_REFERENCE_RE.test(scope.text);
  const refersBack = BACK_REFERENCE_RE.test(scope.text) && !otherDay;
  const continuesLast = last !== null && last.block >= sentence.block - 1 && (loosely || refersBack || (!anchored && !otherEvent));
  if (continuesLast) {
    enrich(last!.incident, article, scope, roles);
    return;
  }
  if (!anchored && !otherEvent) return;
  // Last check: the learned model vetoes sentences that read like background, history or comment.
  if (incidentLogOdds(x.model, sentence.text) < x.threshold) return;
  const armed = roles.filter((a) => a.role !== 'victim').length;
  const event = refineEvent(scope.text, rule, victims, armed, roles);
  const actors = crowdActors(event, roles);
  const mention = linkPlace(article, located, scope, sentence);
  const place = placeRef(article, mention);
  const unknownName = located.mentions.find((m) => !m.place && m.start >= scope.start && m.end <= scope.end);
  if (!place.id) x.warnings.push(`${article.file}: no known place for the incident in "${scope.text.slice(0, 80)}…"; kept as unresolved`);
  else if (unknownName) x.warnings.push(`${article.file}: "${unknownName.text}" is not in the gazetteer; the incident is placed at ${place.name} (${place.level})`);
  const { date, precision } = ownDate.date || ownDate.stated ? ownDate : dateFor(article, sentence);
  const incident: Incident = {
    id: incidentId(x.digest, scope.text, event.sub_event_type),
    title: titleFor(rule, actors, victims, place),
    date,
    date_precision: precision,
    ...event,
    actors,
    fatalities: parseFatalities(scope.text),
    injured: parseInjured(scope.text),
    place,
    source: sourceOf(article, scope),
  };
  const duplicate = x.incidents.find((i) => sameIncident(i, incident));
  if (duplicate) {
    duplicate.sources = [...(duplicate.sources ?? [duplicate.source]), incident.source];
    x.last = { incident: duplicate, block: sentence.block };
  } else {
    x.incidents.push(incident);
    x.last = { incident, block: sentence.block };
  }
}

export interface ExtractOptions {
  /** The incident-sentence model (default: the shipped one) and its decision threshold in log-odds. */
  model?: NaiveBayesModel;
  threshold?: number;
}

export function extractIncidents(article: Article, gazetteer: Gazetteer, options: ExtractOptions = {}): Extraction {
  const parsed = geoparse(gazetteer, article.text);
  const firstParagraph = article.blocks.find((b) => b.kind === 'paragraph');
  const dateline = firstParagraph ? DATELINE_RE.exec(firstParagraph.text) : null;
  const x: Extractor = {
    article,
    located: { mentions: parsed.mentions, countries: parsed.countries, datelineEnd: dateline && firstParagraph ? firstParagraph.start + dateline[0].length : 0 },
    country: parsed.countries[0] ?? null,
    digest: articleDigest(article),
    incidents: [],
    warnings: [...article.warnings],
    lastGroup: null,
    last: null,
    model: options.model ?? INCIDENT_MODEL,
    threshold: options.threshold ?? MODEL_THRESHOLD,
  };
  const publishedYear = article.published ? Number(article.published.slice(0, 4)) : null;
  const publishedMonth = article.published ? Number(article.published.slice(5, 7)) : null;

  for (const sentence of article.sentences) {
    // "…, according to the SDF", "…, the army said": the source of a report is not a party to it.
    const attribution = attributionStart(sentence.text);
    const actorMentions = findActors(sentence.text, x.country).filter((a) => a.start < attribution);
    // "…, blaming settlers for the killing": the blamed party initiates.
    const blamed = BLAMING_RE.exec(sentence.text);
    if (blamed) {
      const culprit = findActors(blamed[1]!, x.country)[0];
      if (culprit) actorMentions.unshift({ ...culprit, start: 0, end: 0 });
    }
    const namedGroup = [...actorMentions].reverse().find((a) => isNonState(a.category) && a.name !== UNIDENTIFIED);
    const rule0 = detectEvent(sentence.text);
    const last = x.last;
    // "Al-Shabaab said it was behind the attack": the claim names the previous incident's initiator.
    if (CLAIM_RE.test(sentence.text) && last && namedGroup) {
      enrich(last.incident, article, sentence, [{ name: namedGroup.name, role: 'actor1' }], true);
      x.lastGroup = namedGroup;
      continue;
    }
    if (namedGroup) x.lastGroup = namedGroup;
    // "The toll rose to seven": a later count for the incident before.
    const update = last && last.block >= sentence.block - 2 ? parseTollUpdate(sentence.text) : null;
    if (update && last) {
      last.incident.fatalities = update;
      last.incident.sources = [...(last.incident.sources ?? [last.incident.source]), sourceOf(article, sentence)];
      continue;
    }
    if (!rule0) {
      // "No casualties were reported.": a toll without an event word belongs to the incident before.
      if (last && last.block >= sentence.block - 1 && (parseFatalities(sentence.text) || parseInjured(sentence.text)) && !rejectReason(sentence.text, publishedYear, publishedMonth)) {
        enrich(last.incident, article, sentence, []);
      }
      continue;
    }
    if (rejectReason(sentence.text, publishedYear, publishedMonth)) continue;
    if (isDiplomatic(sentence.text)) {
      const clause = violentClause(sentence);
      if (clause) handleScope(x, sentence, clause, detectEvent(clause.text) ?? rule0, findActors(clause.text, x.country));
      continue;
    }
    const scopes = splitAfterClause(sentence);
    if (scopes.length === 1) {
      handleScope(x, sentence, sentence, rule0, actorMentions);
      continue;
    }
    // The trailing "after …" clause happened first; each clause is its own incident.
    for (const scope of [...scopes].reverse()) {
      const clauseRule = detectEvent(scope.text) ?? rule0;
      const offset = scope.start - sentence.start;
      const clauseActors = actorMentions.filter((a) => a.start >= offset && a.end <= offset + scope.text.length).map((a) => ({ ...a, start: a.start - offset, end: a.end - offset }));
      handleScope(x, sentence, scope, clauseRule, clauseActors);
    }
  }
  return { incidents: x.incidents, warnings: x.warnings };
}

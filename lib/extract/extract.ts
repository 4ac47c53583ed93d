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
import type { PlaceMention } from '../geocode/geoparse';
import { geoparse } from '../geocode/geoparse';
import { isSameIncident } from '../incidents/same-incident';
import type { Actor, Casualties, Incident, PlaceRef, Source, SubEventType } from '../incidents/schema';
import { CLAIM_RE, countryName, findActors, findCivilianVictims, GROUP_REFERENCE_RE, isNonState, targetedState, UNIDENTIFIED, type ActorMention } from './actors';
import { asOwnToll, LONE_ATTACKER_DIED_RE, parseFatalities, parseInjured, parseTollUpdate } from './casualties';
import { ENTRY_DAY_RE, incidentDate } from './dates';
import { BACK_REFERENCE_RE, isDiplomatic, LOOSE_BACK_REFERENCE_RE, rejectReason } from './distractors';
import { detectEvent, EVENT_RULES, isTollStatement, RIOT_ACTS, ruleFor, type EventRule } from './events';
import { linkPlace, placeIn, placeRef, type Located, type Scope } from './place-link';
import { assignRoles, crowdActors, refineEvent, STATE_FORCES_RE, TWO_SIDES_RE } from './roles';
import { incidentLogOdds, type NaiveBayesModel } from './sentence-classifier';
import incidentModel from '../../data/models/incident-sentence.json' with { type: 'json' };

const INCIDENT_MODEL = incidentModel as unknown as NaiveBayesModel;
/**
 * Log-odds below which the model vetoes a candidate. Chosen by leave-one-article-out cross-validation
 * on the development set (`npm run eval:extract -- --cv --threshold=X`): −2 gives the best out-of-fold
 * F1 with 112 articles (0.844; −3 with 52 and 97 articles, −4 with 82) and with 157 (0.790). The optimum is flat from −4 to 0.
 * With 205 articles: −3 → 0.769, −2.5 → 0.770, −2 → 0.767. With 221: −3.5 → 0.773, −3 → 0.775, −2.5 → 0.774,
 * −2 → 0.770. −3.5 is taken, within that noise, because the model retrained on 221 articles scores seed 000's
 * Deir ez-Zor clash ("In a related development, the SDF reported a deadly encounter…") at −3.3.
 */
export const MODEL_THRESHOLD = -3.5;

export interface Extraction {
  incidents: Incident[];
  warnings: string[];
}

const ATTRIBUTION_RE = /,?\s+according to\b/i;
/**
 * A last clause like ", the army said" or ", police told reporters" names who reported, not who acted;
 * so does a comment after it (", a state official said on Tuesday, more than doubling an earlier toll given by police").
 */
const TRAILING_SAID_RE = /,\s+((?:[\w'’-]+\s+){0,7}?(?:said|says|reported|added|told reporters|announced|confirmed))\b[^,]*(?:,\s+(?:more than|up from|[\w-]+ing)\b[^,]*)?$/i;
const BLAMING_RE = /\bblam(?:ing|ed) ((?:the )?[\w'’ -]{2,60}?) for\b/i;
/** "…blamed the attack on the Islamic State West Africa Province (ISWAP)": who an incident reported before is laid at. */
const BLAMED_ON_RE = /\bblamed (?:the|Sunday's|Saturday's|Friday's|Thursday's|Wednesday's|Tuesday's|Monday's) (?:\w+ )?(?:attack|bombing|blast|killings?|massacre|assault|raid|ambush|shooting) on ((?:the )?[^,.;]{2,80})/i;
/** "Kashmir Tigers, a group police consider a front for…, claimed the attack": the claim's subject. */
const CLAIMANT_RE = /^((?:The )?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+|wal-[\p{L}'’-]+|of|the)){0,7})(?:\s+\([^)]{1,12}\))?(?:,[^,]{1,90},)?\s+(?:has\s+|had\s+|later\s+)?(?:claimed|said)\b/u;

/** The group that claims: a known actor in the claim's subject, else the subject's name as written. */
function claimantOf(sentence: string, country: string | null): string | null {
  const subject = CLAIMANT_RE.exec(sentence)?.[1];
  if (!subject) return null;
  const known = findActors(subject, country).find((a) => isNonState(a.category) && a.name !== UNIDENTIFIED);
  if (known) return known.name;
  // A bare state or officialdom ("The Pentagon", "Police") reports; it does not claim.
  return /\b(?:Tigers|Front|Brigades?|Army|Movement|Group|Organi[sz]ation|Battalion|Legion|Mujahideen|Jihad|Ansar|Jama'?at|Tehreek|Lashkar|Jaish|Harakat|Hizb|Liberation|Resistance)\b/.test(subject) ? subject.replace(/^The /, '') : null;
}

/** Where the reporting attribution of a sentence begins (its length when there is none). */
function attributionStart(sentence: string): number {
  const according = ATTRIBUTION_RE.exec(sentence);
  const said = TRAILING_SAID_RE.exec(sentence);
  return Math.min(according?.index ?? sentence.length, said?.index ?? sentence.length);
}
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

/** "ADF attack on worshippers, Komanda": named after the event as coded, not the word that found it ("stormed" reads as a clash). */
function titleFor(rule: EventRule, subEventType: string, actors: Actor[], victims: string | null, place: PlaceRef): string {
  const actor1 = actors.find((a) => a.role === 'actor1')?.name;
  const actor2 = actors.find((a) => a.role === 'actor2')?.name;
  const noun = rule.sub_event_type === subEventType ? rule.noun : (EVENT_RULES.find((r) => r.sub_event_type === subEventType) ?? rule).noun;
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
function sameIncident(a: Incident, b: Incident, oneSentence: () => boolean = () => false, borrowed: (i: Incident) => boolean = () => false): boolean {
  const stated = (i: Incident) => i.date !== null && i.date_precision === 'day' && !borrowed(i);
  const differentDays = a.date !== b.date && stated(a) && stated(b);
  const crowds = CROWD_SEVERITY.includes(a.sub_event_type) && CROWD_SEVERITY.includes(b.sub_event_type);
  // Whatever police do to a crowd that day is part of its event, deadly force against rioters too (the codebook).
  const sameKind = a.sub_event_type === b.sub_event_type || crowds || crowdArrests(a, b);
  // A retelling may name the province where the lead named the region around it.
  const b2 = nestedAreas(a.place, b.place) ? { ...b, place: a.place } : b;
  if (sameKind) return !differentDays && isSameIncident(a, { ...b2, event_type: a.event_type });
  // Missiles shot down over the place a salvo hit that day are part of that attack (the codebook).
  // So is the violence of a day of unrest ("students fought back…", "killed in the unrest") at the crowd's place.
  // Not two clauses of one sentence, which the splitter has just told apart ("…struck Baalbek, hours after Hezbollah shot down a drone").
  if ((interceptionOf(a, b) || crowdViolence(a, b)) && !oneSentence()) return !differentDays && isSameIncident(a, { ...b2, event_type: a.event_type });
  // An assault retold in other words ("gunmen stormed…", "the bombers…") on the same stated day at the same place is one event.
  const sameDay = a.date !== null && a.date === b.date && a.date_precision === 'day' && b.date_precision === 'day';
  // Two different counts are two events (a bombing's dead, then the gunfight's), not one retold.
  const tollsAgree = !isCount(a.fatalities) || !isCount(b.fatalities) || a.fatalities!.min === b.fatalities!.min;
  return sameDay && tollsAgree && ASSAULT_KINDS.has(a.sub_event_type) && ASSAULT_KINDS.has(b.sub_event_type) && isSameIncident(a, { ...b2, event_type: a.event_type });
}

const FIRED_KINDS = new Set(['Air/drone strike', 'Shelling/artillery/missile attack']);

function interceptionOf(a: Incident, b: Incident): boolean {
  const intercepted = (i: Incident) => i.sub_event_type === 'Disrupted weapons use';
  return (intercepted(a) && FIRED_KINDS.has(b.sub_event_type)) || (intercepted(b) && FIRED_KINDS.has(a.sub_event_type));
}

/** Whether an attack's report says something got through: a toll, injuries, or what was hit. */
const GOT_THROUGH_RE = /\b(?:hit|struck|landed|damaged|destroyed|killed|wounded|injured|set (?:\w+ )?on fire|slammed|crashed)\b/i;

const CROWD_WORDS_RE = /\b(?:protest(?:ers|ors|s)?|demonstrat(?:ors|ions?)|students|crowds?|rioters|mourners|marchers|unrest|riots?)\b/i;

function crowdViolence(crowd: Incident, later: Incident): boolean {
  return CROWD_SEVERITY.includes(crowd.sub_event_type) && (later.sub_event_type === 'Attack' || later.sub_event_type === 'Armed clash') && CROWD_WORDS_RE.test(later.source.quote);
}

/** "Most of the missiles were intercepted", "shot down several others": some got through. */
const PARTLY_STOPPED_RE = /\b(?:most|some|several|many|a (?:large )?number|majority|all but \w+)\b(?: of (?:the|them))?[^.]{0,40}\b(?:intercepted|shot down|downed|destroyed)\b|\b(?:shot down|intercepted|downed|destroyed) (?:most|some|several|many|the rest)\b|\bothers\b/i;

/**
 * Two areas of one story, one inside the other ("western Niger" and Tillabéri region, "northern
 * Burkina Faso" and Seno province): a retelling may name either.
 */
function nestedAreas(a: PlaceRef, b: PlaceRef): boolean {
  if (!a.id || !b.id || a.id === b.id || a.country !== b.country || a.lat === null || b.lat === null) return false;
  // Only a coarser area holds a finer one (two neighbouring provinces' boxes overlap); a country is too coarse to say.
  const inside = (p: PlaceRef, area: PlaceRef) =>
    area.level !== 'country' && LEVEL_RANK[area.level!]! > LEVEL_RANK[p.level!]! && area.bbox !== undefined && inBounds(area.bbox, { lat: p.lat!, lon: p.lon! });
  return a.geo_precision !== 1 && b.geo_precision !== 1 && (inside(a, b) || inside(b, a));
}

/** "…284 people had been detained" after a protest: police action against that crowd (the codebook), not an arrest event of its own. */
const CROWD_DETAINED_RE = /\b(?:protesters|protestors|demonstrators|marchers|rioters|them|people|students|activists)\b/i;

function crowdArrests(crowd: Incident, arrest: Incident): boolean {
  return CROWD_SEVERITY.includes(crowd.sub_event_type) && arrest.sub_event_type === 'Arrests' && CROWD_DETAINED_RE.test(arrest.source.quote);
}

/** Sub-events one armed assault is often told as, sentence by sentence. */
const ASSAULT_KINDS = new Set(['Attack', 'Armed clash', 'Suicide bomb', 'Remote explosive/landmine/IED', 'Grenade']);

/**
 * A protest that police later broke up is one event, coded by what it became (ACLED's protest
 * sub-events, mildest first); a crowd that turned violent is a riot whatever the police then did.
 */
const CROWD_SEVERITY = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters', 'Violent demonstration'];

/** "They threw stones over the walls", "Some of them broke down the doors": the crowd told before turned violent. */
const CROWD_TURNED_RE = new RegExp(String.raw`^(?:\d{1,2}[:.]\d{2}\s+)?(?:They|Some(?: of them)?|Many(?: of them)?|Others|A few|(?:Groups?|Hundreds|Dozens) of (?:young )?(?:men|youths|people)|(?:The |Some )?(?:protesters|protestors|demonstrators|crowds?|marchers|youths))\b[^.]{0,80}?\b${RIOT_ACTS}`, 'i');

/** Whether the story is still on the incident's day: no sentence since its last report states another ("On Tuesday, crowds…"). */
function sameStoryDay(x: Extractor, sentence: Sentence, incident: Incident): boolean {
  if (!incident.date || incident.date_precision !== 'day') return true;
  const since = Math.max(...[incident.source, ...(incident.sources ?? [])].map((s) => s.start));
  return x.article.sentences.every((s) => {
    if (s.start <= since || s.start > sentence.start) return true;
    const own = sentenceDate(x, s);
    return !own.date || own.precision !== 'day' || own.date === incident.date;
  });
}

/** A crowd event told further: it takes the most severe of ACLED's crowd sub-events it reached, and that sub-event's actors. */
function escalateCrowd(incident: Incident, subEventType: string): void {
  // Only a crowd sub-event past the incident's own gets here.
  const rule = ruleFor(subEventType as SubEventType);
  incident.event_type = rule.event_type;
  incident.sub_event_type = subEventType;
  incident.actors = crowdActors(rule, incident.actors);
  incident.title = titleFor(rule, subEventType, incident.actors, null, incident.place);
}

/** Whether a crowd event would become a more severe crowd sub-event (cheap: checked before the day is). */
function escalates(incident: Incident, subEventType: string): boolean {
  return CROWD_SEVERITY.includes(incident.sub_event_type) && CROWD_SEVERITY.indexOf(subEventType) > CROWD_SEVERITY.indexOf(incident.sub_event_type);
}

function sourceOf(article: Article, scope: Scope): Source {
  return { file: article.file, url: article.urls[0] ?? null, published: article.published, quote: scope.text, start: scope.start, end: scope.end };
}

/** Sub-event types that ACLED codes apart even when they happen during another event. */
const SEPARATE_KINDS = new Set(['Sexual violence', 'Abduction/forced disappearance', 'Arrests', 'Disrupted weapons use']);

/** How many paragraphs back "the attack" may refer (live blogs repeat the story several entries later). */
const BACK_REFERENCE_REACH = 3;

/** "…and killed four of the assailants": ACLED counts every death of the event, attackers' too. */
const ATTACKERS_KILLED_RE = /\bkill(?:ed|ing)\s+(?:\w+\s+){1,3}?(?:of\s+)?(?:the\s+)?(?:assailants|attackers|militants|gunmen|insurgents|bombers|fighters)\b|\b(?:assailants|attackers|gunmen|bombers)\s+(?:were|was)\s+(?:also\s+)?(?:killed|shot dead)\b/i;
/** A count that already includes the attacker: his own death, or "not including the bomber" added in by the parser. */
const ATTACKER_COUNTED_RE = new RegExp(`${ATTACKERS_KILLED_RE.source}|${LONE_ATTACKER_DIED_RE.source}`, 'i');

function isCount(c: Casualties): boolean {
  return c !== null && !c.vague && (c.min !== null || c.max !== null);
}

/** The number a count states (its lower bound when it has one), or null for no count or a vague word. */
function countOf(c: Casualties): number | null {
  return isCount(c) ? (c!.min ?? c!.max) : null;
}

/** "A member of the group was also killed", "five soldiers also died": more dead, not a revision. */
const ALSO_DEAD_RE = /\b(?:also (?:died|been killed|killed|shot dead)|(?:was|were) also (?:killed|shot dead))\b/i;
/** "He was shot dead by police": the lone attacker, killed by the forces that answered the attack. */
const PERPETRATOR_KILLED_RE = /^(?:He|She|The (?:gunman|attacker|assailant|shooter|bomber|suspect))\s+(?:was|had been)\s+(?:later\s+)?(?:shot dead|killed|shot and killed)\s+by\s+(?:the\s+)?(?:police|security forces|soldiers|troops|guards|officers)\b/;
/** The two sides a toll may count: fighters of armed groups, or state forces. */
const COMBATANT_DEAD_RE = /\b(?:militants|insurgents|rebels|fighters|attackers|assailants|gunmen|jihadists|separatists|bombers|Maoists)\b/i;
const FORCES_DEAD_RE = /\b(?:soldiers?|troops|police(?:men)?|commandos?|officers?|security personnel|paramilitar(?:y|ies)|servicem[ae]n|guards?|peacekeepers?)\b/i;

/** Whose deaths a toll counts, read from its words and the few after it in the sentence that stated it. */
function tollSide(toll: NonNullable<Casualties>, quotes: string[]): 'combatants' | 'forces' | null {
  const quote = quotes.find((q) => q.includes(toll.text));
  const words = quote ? quote.slice(quote.indexOf(toll.text), quote.indexOf(toll.text) + toll.text.length + 30) : toll.text;
  const combatants = COMBATANT_DEAD_RE.test(words);
  const forces = FORCES_DEAD_RE.test(words);
  return combatants === forces ? null : combatants ? 'combatants' : 'forces';
}

function sumTolls(a: NonNullable<Casualties>, b: NonNullable<Casualties>): Casualties {
  const sum = (x: number | null, y: number | null) => (x === null || y === null ? null : x + y);
  return { min: sum(a.min, b.min), max: sum(a.max, b.max), text: `${a.text}; ${b.text}`, vague: false };
}

/** A repeat fills in what the first report lacked: any toll beats none, a number beats a vague word. */
function filledToll(current: Casualties, added: Casualties): Casualties {
  if (!added) return current;
  if (!current) return added;
  return !isCount(current) && isCount(added) ? added : current;
}

/**
 * The toll once a continuing sentence is read: a number replaces a vague word; the attackers' own
 * dead, and the dead of the other side, add to the first count; a higher count that refers back to
 * the same event is a revision.
 */
function combinedToll(incident: Incident, added: Casualties, text: string, restated = false): Casualties {
  const current = incident.fatalities;
  const lone = PERPETRATOR_KILLED_RE.exec(text);
  const stateInitiated = incident.actors.some((a) => a.role === 'actor1' && STATE_FORCES_RE.test(a.name));
  const attacker = lone && !stateInitiated ? { min: 1, max: 1, text: lone[0], vague: false } : null;
  const more = added ?? attacker;
  if (!more || !current || !isCount(more) || !isCount(current)) return filledToll(current, more);
  if (attacker && !ATTACKER_COUNTED_RE.test(current.text)) return sumTolls(current, attacker);
  if (ATTACKERS_KILLED_RE.test(text) && !ATTACKER_COUNTED_RE.test(current.text)) return sumTolls(current, more);
  if (ALSO_DEAD_RE.test(text)) return sumTolls(current, more);
  const quotes = [incident.source, ...(incident.sources ?? [])].map((s) => s.quote);
  const before = tollSide(current, quotes);
  const after = tollSide(more, [text]);
  if (before && after && before !== after) return sumTolls(current, more);
  // "…put the official toll at 121": a count stated as the toll is the incident's, revised.
  const revision = restated || BACK_REFERENCE_RE.test(text) || TOLL_NOUN_RE.test(more.text) || REVISED_COUNT_RE.test(text);
  if (revision && (more.min ?? more.max ?? 0) > (current.min ?? current.max ?? 0)) return more;
  return current;
}

const TOLL_NOUN_RE = /\b(?:toll|number of (?:dead|deaths|people killed))\b/i;
/** "Updated toll: the ministry now says nine people were killed": a later count of the same dead. */
const REVISED_COUNT_RE = /\b(?:updated|revised|new|latest) (?:death )?toll\b|\bnow (?:says?|puts?|reports?|counts?)\b/i;

const WAS_HIT_RE = /\b(?:was|were|had been|have been|has been) (?:hit|struck|targeted|damaged|destroyed)\b/i;

const SAME_DAY_RE = /^(?:\d{1,2}[:.]\d{2}\s+)?(?:(?:Hours|Minutes|Moments) later|Later that (?:day|night|evening|afternoon|morning)|That (?:same )?(?:evening|night|afternoon|morning)|The same (?:day|night|evening)|Earlier (?:that|the same) day|(?:Earlier|Later) in the day)\b/i;

/** "The following day, …", "Two days later, …": another day of the story, counted from the last day it told. */
const DAYS_LATER_RE = /^(?:\d{1,2}[:.]\d{2}\s+)?(?:(?:On )?the (?:following|next) (?:day|morning|night|evening|afternoon)|The day after|(?:A|One) day later|(Two|Three|Four|Five) days later)\b/i;
const LATER_DAYS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

function daysLater(text: string): number | null {
  const m = DAYS_LATER_RE.exec(text);
  return m ? (m[1] ? LATER_DAYS[m[1].toLowerCase()]! : 1) : null;
}

/** Finest first, as ACLED ranks locations. */
const LEVEL_RANK: Record<string, number> = { landmark: 0, city: 1, admin2: 2, admin1: 3, region: 4, country: 5 };

/**
 * "…its offices near Koya, east of Erbil, had been hit": a continuation that names a finer place
 * inside the incident's area (a region, province or country) tells where it happened.
 */
function refinePlace(incident: Incident, article: Article, mention: PlaceMention | null): void {
  const finer = mention?.place;
  const current = incident.place;
  if (!finer || !current.level || current.country !== finer.country) return;
  if (current.level === 'city' || current.level === 'landmark' || LEVEL_RANK[finer.level]! >= LEVEL_RANK[current.level]!) return;
  if (current.bbox && !inBounds(current.bbox, finer)) return;
  incident.place = placeRef(article, mention);
}

/**
 * A continuing sentence fills what the incident it continues lacks, and is kept as evidence. A
 * `claim` names the initiator; a `restated` toll revises the count upward.
 */
function enrich(incident: Incident, article: Article, scope: Scope, actors: Actor[], how: { claim?: boolean; restated?: boolean } = {}): void {
  const { claim = false, restated = false } = how;
  let added = false;
  // Arrests, agreements and other strategic developments take no toll from neighbouring sentences, only a stated zero.
  const parsed = parseFatalities(scope.text);
  const fatalities = incident.event_type === 'Strategic developments' && parsed?.max !== 0 ? null : parsed;
  const toll = combinedToll(incident, fatalities, scope.text, restated);
  if (toll !== incident.fatalities) {
    incident.fatalities = toll;
    added = true;
  }
  // "The fighting broke out on Tuesday": a continuation may be the first to date the incident.
  const stated = incident.date ? null : incidentDate(scope.text, article.published);
  if (stated?.date && stated.precision === 'day') {
    incident.date = stated.date;
    incident.date_precision = stated.precision;
    added = true;
  }
  const injured = parseInjured(scope.text);
  if (!incident.injured && injured) {
    incident.injured = injured;
    added = true;
  }
  const initiator = actors.find((a) => a.role === 'actor1');
  const current = incident.actors.find((a) => a.role === 'actor1');
  // Who claims a salvo that was shot down fired it: the other side of an interception.
  if (claim && initiator && incident.sub_event_type === 'Disrupted weapons use') {
    if (!incident.actors.some((a) => a.role === 'actor2')) incident.actors = [...incident.actors.filter((a) => a.name !== initiator.name), { name: initiator.name, role: 'actor2' }];
  } else if (initiator && (!current || (claim && current.name !== initiator.name))) {
    // A claim outranks the sentence's guess: the claimant initiates, a named first actor becomes the other side.
    const rest = incident.actors.filter((a) => a.name !== initiator.name && a.role !== 'actor1' && a.name !== UNIDENTIFIED);
    const demoted = current && current.name !== UNIDENTIFIED && !rest.some((a) => a.role === 'actor2') ? [{ name: current.name, role: 'actor2' as const }] : [];
    incident.actors = [initiator, ...demoted, ...rest];
    added = true;
  }
  if (added) incident.sources = [...(incident.sources ?? [incident.source]), sourceOf(article, scope)];
}

/** "…on Monday, a day after thousands stormed Congress": the earlier clause's day, counted back from the sentence's. */
function earlierBy(found: ReturnType<typeof incidentDate>, days: number | undefined): ReturnType<typeof incidentDate> {
  return days !== undefined && found.date && found.precision === 'day' ? { ...found, date: daysEarlier(found.date, days) } : found;
}

/** How many paragraphs back an undated sentence looks for the day its story is on. */
const LOOK_BACK_PARAGRAPHS = 3;

/** More than a year before the report's year. */
function yearsBefore(date: string, published: string | null): boolean {
  return published !== null && Number(date.slice(0, 4)) < Number(published.slice(0, 4)) - 1;
}

/** A sentence's own date, read once per article however many incidents look at it (chrono-node is the slow part). */
function sentenceDate(x: Extractor, s: Sentence): ReturnType<typeof incidentDate> {
  let d = x.sentenceDates.get(s.start);
  if (!d) {
    d = incidentDate(s.text, x.article.published);
    x.sentenceDates.set(s.start, d);
  }
  return d;
}

/**
 * The incident's date: its own sentence, else the nearest earlier date in its paragraph or the few
 * before it (within its section), else the lead paragraph's (wire stories date the main event once,
 * in the lead); a live blog's entry looks only within itself, then at the blog's day. `fromBlock` is
 * the paragraph it was read from when the sentence states none itself.
 */
function dateFor(x: Extractor, sentence: Sentence): ReturnType<typeof incidentDate> & { fromBlock?: number } {
  const { article } = x;
  const own = incidentDate(sentence.text, article.published);
  // A sentence with its own date ("On Wednesday") keeps it, even when it cannot be resolved.
  if (own.date || own.stated) return own;
  // A live blog's entry stamped with a time only ("10:48 …") is dated by its own sentences, else by the blog's day.
  const entry = article.published !== null && ENTRY_TIME_RE.test(article.blocks[sentence.block]?.text.trimStart() ?? '');
  const lead = article.blocks.findIndex((b) => b.kind === 'paragraph');
  // The story's paragraphs back to its last heading, at most LOOK_BACK_PARAGRAPHS of them.
  const looked = new Set<number>(entry ? [sentence.block] : [sentence.block, lead]);
  for (let i = sentence.block - 1, n = 0; !entry && i >= 0 && n < LOOK_BACK_PARAGRAPHS && article.blocks[i]!.kind !== 'heading'; i--) {
    if (article.blocks[i]!.kind === 'paragraph' && !looked.has(i)) {
      looked.add(i);
      n++;
    }
  }
  const earlier = article.sentences.filter((s) => looked.has(s.block) && s.start < sentence.start).reverse();
  for (const s of earlier) {
    if (rejectReason(s.text, null) === 'history') continue;
    const d = sentenceDate(x, s);
    // "…killed there on August 15, 1975": a date years before the report is history and dates nothing after it.
    if (d.date && !yearsBefore(d.date, article.published)) return { ...d, fromBlock: s.block };
  }
  // The blog's day: the last day it stamped on an entry ("Wednesday 06:40"), else its date line.
  if (entry && article.published) {
    const stamped = article.sentences.findLast((s) => s.block < sentence.block && ENTRY_DAY_RE.test(s.text.trimStart()));
    const day = stamped ? incidentDate(stamped.text, article.published) : { date: article.published.slice(0, 10), precision: 'day' as const };
    if (day.date) return { ...day, fromBlock: sentence.block };
  }
  return own;
}

/** A live blog's entry stamped with a time only. */
const ENTRY_TIME_RE = /^\d{1,2}[:.]\d{2}\s/;

/**
 * "…, but Israel kept troops at five hilltop positions": a second event of another kind in the same
 * sentence. ", and …" joins two events only when each clause names its own day ("killed dozens on
 * Saturday night, …, and the last insurgent group agreed on Sunday to hand over the town").
 */
const CONTRAST_RE = /,\s+but\s+|;\s+/;
const AND_RE = /,\s+and\s+/g;

/** Day words; a sentence needs two before ", and" is worth dating clause by clause (chrono-node is the slow part). */
const DAY_WORD_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

function splitContrast(sentence: Sentence, published: string | null): Scope[] {
  const twoDays = (sentence.text.match(DAY_WORD_RE)?.length ?? 0) >= 2;
  const m = CONTRAST_RE.exec(sentence.text) ?? (twoDays ? [...sentence.text.matchAll(AND_RE)] : []).find((a) => daysApart(sentence.text.slice(0, a.index), sentence.text.slice(a.index + a[0].length), published));
  if (!m) return [sentence];
  const head = sentence.text.slice(0, m.index);
  const tail = sentence.text.slice(m.index + m[0].length);
  const [a, b] = [detectEvent(head), detectEvent(tail)];
  if (!a || !b || a.sub_event_type === b.sub_event_type || b.sub_event_type === 'Attack') return [sentence];
  const tailStart = sentence.start + m.index + m[0].length;
  return [
    { text: head, start: sentence.start, end: sentence.start + head.length },
    { text: tail, start: tailStart, end: tailStart + tail.length },
  ];
}

function daysApart(head: string, tail: string, published: string | null): boolean {
  const [a, b] = [incidentDate(head, published), incidentDate(tail, published)];
  return a.date !== null && b.date !== null && a.date !== b.date;
}

/** "…, hours after a gunman shot dead two brothers": a second, earlier incident told in a trailing clause. */
const AFTER_CLAUSE_RE = /,?\s+(?:hours|days|a day|minutes|shortly|a week|two days|a few hours) after\s+|(?<=\b(?:erupted|began|started|broke out|flared(?: up)?))\s+after\s+/i;

const TIME_OF_DAY_RE = /^(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|midnight|noon|midday|(?:Friday |evening |morning )?prayers)\b/i;

/** How many days before the sentence's own day an "…, a day after …" clause happened ("hours after": the same day). */
const DAYS_BEFORE: Record<string, number> = { hours: 0, minutes: 0, shortly: 0, 'a few hours': 0, 'a day': 1, 'two days': 2, 'a week': 7 };

/** A clause of a sentence; an earlier event told in an "after" clause knows how many days earlier it was, when the text says. */
type Clause = Scope & { daysBefore?: number };

function splitAfterClause(sentence: Sentence): Clause[] {
  const m = AFTER_CLAUSE_RE.exec(sentence.text);
  if (!m) return [sentence];
  const tail = sentence.text.slice(m.index + m[0].length);
  // "began shortly after dawn": a time of day, not an earlier event.
  if (TIME_OF_DAY_RE.test(tail)) return [sentence];
  const head = sentence.text.slice(0, m.index);
  // "…, a day after the video surfaced, and said three more men had been detained": what the head's
  // subject went on to say is not part of the earlier event.
  const earlier = tail.split(/,\s+and\s+(?:said|says|added|announced|reported)\b/)[0]!;
  if (!detectEvent(earlier)) return [sentence];
  const tailStart = sentence.start + m.index + m[0].length;
  const lag = /^,?\s+(.+?) after\s+$/i.exec(m[0])?.[1]?.toLowerCase();
  const earlierClause = { text: tail, start: tailStart, end: tailStart + tail.length, daysBefore: lag === undefined ? undefined : DAYS_BEFORE[lag] };
  // "Authorities extended a curfew on Friday, two days after a mob attacked a rally": only the earlier event is one.
  if (!detectEvent(head) && !BACK_REFERENCE_RE.test(head)) return lag !== undefined && m[0].startsWith(',') ? [earlierClause] : [sentence];
  // "The violence erupted after …": the head refers back, the tail is the event that set it off.
  return [{ text: head, start: sentence.start, end: sentence.start + head.length }, earlierClause];
}

/** The latest violent incident at a place (not a country) that the sentence names, if any. */
function incidentNamedIn(x: Extractor, sentence: Sentence): Incident | undefined {
  const named = new Set(x.located.mentions.filter((m) => m.place && m.place.level !== 'country' && m.start >= sentence.start && m.end <= sentence.end).map((m) => m.place!.id));
  // A toll is a violent event's: not an interception or an arrest told at the same place since.
  return x.incidents.findLast((i) => i.place.id !== null && named.has(i.place.id) && i.event_type !== 'Strategic developments');
}

/**
 * The incident a rising count belongs to. When the last incident already has a count, an earlier one
 * whose count sits closer below the new figure is the one being updated ("the dead now number 11",
 * hours after a 9 at Majdal Shams and a 4 in Kfar Kila since).
 */
function risingCountOf(x: Extractor, update: NonNullable<Casualties>, last: Incident): Incident {
  const figure = countOf(update);
  const lastCount = countOf(last.fatalities);
  if (figure === null || lastCount === null) return last;
  let best = last;
  let gap = lastCount < figure ? figure - lastCount : Number.POSITIVE_INFINITY;
  for (const incident of x.incidents) {
    const count = countOf(incident.fatalities);
    if (count !== null && count < figure && figure - count < gap) {
      best = incident;
      gap = figure - count;
    }
  }
  return best;
}

/** Older than this when reported, an event the story does not open with is background. */
const HISTORY_AGE_DAYS = 30;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** The day `days` before an ISO date. */
function daysEarlier(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
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
  /** The last incident that can carry a toll (not an arrest or an agreement told after it). */
  lastViolent: { incident: Incident; block: number } | null;
  statesNamed?: Set<string>;
  /** Dates of the article's sentences, by start offset, as `dateFor` reads them. */
  sentenceDates: Map<number, ReturnType<typeof incidentDate>>;
  /** Incidents dated by the story around them, not by their own words: a retelling's stated day may correct them. */
  borrowedDates: WeakSet<Incident>;
  /** Incidents told only by a lead-in ("The assault came at about 10 p.m. on Sunday"): the next sentence tells what happened. */
  leadIns: WeakSet<Incident>;
  /** The last paragraph each incident was told in. */
  toldIn: WeakMap<Incident, number>;
  model: NaiveBayesModel;
  threshold: number;
  explain: (text: string, decision: string) => void;
}

/** The state forces an article names anywhere, found once per article. */
function statesNamed(x: Extractor): Set<string> {
  x.statesNamed ??= new Set(findActors(x.article.text, x.country).filter((a) => a.category === 'State forces').map((a) => a.name));
  return x.statesNamed;
}

/**
 * The other side when the text implies it: a town taken by a non-state group is taken from the
 * state whose forces the article names; missiles fired "at Israel" are aimed at Israel's forces.
 */
function withOtherSide(x: Extractor, scope: Scope, event: Pick<Incident, 'event_type' | 'sub_event_type'>, actors: Actor[], placeCountry: string | null): Actor[] {
  if (actors.some((a) => a.role === 'actor2')) return actors;
  const actor1 = actors.find((a) => a.role === 'actor1');
  let other: string | null = null;
  if (event.sub_event_type === 'Non-state actor overtakes territory' && placeCountry) {
    const state = `Military Forces of ${countryName(placeCountry)}`;
    if (statesNamed(x).has(state)) other = state;
  } else if (event.event_type === 'Explosions/Remote violence') {
    other = targetedState(scope.text);
  }
  return other && actor1 && !actors.some((a) => a.name === other) ? [...actors, { name: other, role: 'actor2' }] : actors;
}

/** "…as Israeli forces withdrew", "without a shot being fired": the other side left, nobody fought for the place. */
const WITHDRAWAL_RE = /\b(?:withdr(?:ew|awn|awal)|pulled (?:out|back)|abandoned|retreated|without (?:a fight|a shot|firing a shot|(?:any )?resistance)|no resistance|handed (?:over|back)|handover)\b/i;
const FOUGHT_RE = /(?<!\b(?:no|without) (?:serious |heavy |real |any )?)\b(?:fought|fighting|clash(?:es|ed)?|battles?|battled|gunfights?|gunfire|shooting|shots|exchanged fire|firefights?|shell(?:ing|ed)|killed|wounded|ambush(?:ed)?|strikes?|assaults?|overr(?:an|un)|stormed)\b/i;
const TERRITORY_TAKEN = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

/** A place entered as the other side withdrew, with no fighting told, changed hands without violence (ACLED). */
function handedOver(article: Article, sentence: Sentence, event: Pick<Incident, 'event_type' | 'sub_event_type'>): Pick<Incident, 'event_type' | 'sub_event_type'> {
  if (!TERRITORY_TAKEN.has(event.sub_event_type)) return event;
  // The paragraph, and the sentence that opens the next one ("The militants withdrew before the troops arrived").
  const next = article.sentences.find((s) => s.block > sentence.block);
  const told = `${article.blocks[sentence.block]?.text ?? sentence.text}\n${next && next.block === sentence.block + 1 ? next.text : ''}`;
  return WITHDRAWAL_RE.test(told) && !FOUGHT_RE.test(told) ? { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' } : event;
}

/** "the Turkish strikes", "those air raids", "the blast": an incident named back by the kind of weapon it was. */
const NAMED_KIND_RE = /\b(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(air ?strikes?|air raids?|drone strikes?|strikes|shelling|bombardment|bombings?|blasts?|explosions?)\b/i;
const KINDS_NAMED: Array<[RegExp, string[]]> = [
  [/^(?:air ?strikes?|air raids?|drone strikes?)$/i, ['Air/drone strike']],
  [/^strikes$/i, ['Air/drone strike', 'Shelling/artillery/missile attack']],
  [/^(?:shelling|bombardment)$/i, ['Shelling/artillery/missile attack', 'Air/drone strike']],
  [/^(?:bombings?|blasts?|explosions?)$/i, ['Remote explosive/landmine/IED', 'Suicide bomb']],
];

/** A weapon named back ("the Turkish strikes") is distinctive enough to reach further back than "the attack". */
const NAMED_BACK_REACH = 8;

/** The earlier incident (not the last: that one the story simply continues) a sentence names back by its kind, in the same country and on no other day. */
function namedBack(x: Extractor, scope: Scope, ownPlace: PlaceMention | null, ownDate: ReturnType<typeof incidentDate>, block: number): Incident | null {
  const noun = NAMED_KIND_RE.exec(scope.text)?.[1];
  if (!noun) return null;
  const kinds = KINDS_NAMED.find(([re]) => re.test(noun))?.[1] ?? [];
  const country = ownPlace?.place?.country ?? null;
  return (
    x.incidents.findLast(
      (i) =>
        i !== x.last?.incident &&
        kinds.includes(i.sub_event_type) &&
        (x.toldIn.get(i) ?? -1) >= block - NAMED_BACK_REACH &&
        (country === null || i.place.country === country) &&
        (!ownDate.date || !i.date || ownDate.date === i.date),
    ) ?? null
  );
}

/** Readings that give way to a change of territory when the sentence says a named place was taken. */
const TAKEN_BY_FORCE = new Set(['Arrests', 'Armed clash', 'Attack']);
const CAPTURED_BEFORE_RE = /\b(?:captured|seized|took)\s+(?:the\s+)?(?:(?:strategic\s+)?(?:town|city|village|port|district) of\s+)?$/i;

/** "The rebels said they had captured Saraqeb", "seized the port of Mocímboa": a place taken is territory, not an arrest or a clash. */
function capturesPlace(x: Extractor, scope: Scope): boolean {
  // "…fought in Goma, a day after the group said it had seized the city": a capture told in a subordinate clause is another event.
  const subordinate = scope.text.search(/\b(?:after|before|since|when)\b/i);
  const end = subordinate < 0 ? scope.end : scope.start + subordinate;
  return x.located.mentions.some(
    (m) => m.place && m.place.level !== 'country' && m.start >= scope.start && m.end <= end && CAPTURED_BEFORE_RE.test(x.article.text.slice(Math.max(0, m.start - 40), m.start)),
  );
}

/**
 * One scope (a sentence or a clause of it) that passed the distractor checks: a new incident, or
 * more about the last one. `separate` marks a clause the sentence itself sets apart as another
 * event ("…, hours after a gunman shot dead two brothers in the town"): it is never a continuation.
 */
function handleScope(x: Extractor, sentence: Sentence, scope: Clause, detected: EventRule, mentions: ActorMention[], separate = false): void {
  const { article, located } = x;
  const rule = TAKEN_BY_FORCE.has(detected.sub_event_type) && capturesPlace(x, scope) ? ruleFor('Non-state actor overtakes territory') : detected;
  const scopeActors = [...mentions];
  // "The rebels raped…": the group named before. "Cartel gunmen" after "the Sinaloa Cartel": that cartel.
  const referredGroup = x.lastGroup && GROUP_REFERENCE_RE.test(scope.text) && !scopeActors.some((a) => isNonState(a.category)) ? { ...x.lastGroup, start: 0, end: 0 } : null;
  if (referredGroup) scopeActors.unshift(referredGroup);
  if (x.lastGroup) {
    const group = x.lastGroup;
    const i = scopeActors.findIndex((a) => a.name === UNIDENTIFIED && sharesWord(scope.text.slice(a.start, a.end), group.name));
    if (i >= 0) scopeActors[i] = { ...group, start: scopeActors[i]!.start, end: scopeActors[i]!.end };
  }
  const remote = rule.event_type === 'Explosions/Remote violence';
  const ownPlace = placeIn(article, located, scope.start, scope.end, remote);
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
  // An agreement between states ("India and Pakistan agreed…") is anchored by the countries that made it.
  const statesAgree = rule.sub_event_type === 'Agreement' && located.mentions.some((m) => m.place?.level === 'country' && m.start >= scope.start && m.end <= scope.end);
  // "The attackers…" names the group told before: that is the story going on, not a new anchor.
  const anchored = separate || statesAgree || (ownPlace !== null && ownPlace.place?.level !== 'country') || scopeActors.some((a) => a.name !== UNIDENTIFIED && a !== referredGroup);
  // An unanchored sentence continues the incident before it, unless it reports another kind of
  // event with its own toll ("On Thursday, a suicide bomber struck crowds…, killing 170"), or
  // happened on another day ("On Sunday, the two sides fought with tanks…").
  const ownDate = incidentDate(scope.text, article.published);
  const later = last !== null && ownDate.date === null ? daysLater(scope.text) : null;
  const otherDay = later !== null || (last !== null && ownDate.date !== null && last.incident.date !== null && ownDate.date !== last.incident.date && ownDate.precision === 'day' && last.incident.date_precision === 'day');
  const otherEvent = last !== null && (otherDay || (rule.sub_event_type !== 'Attack' && rule.sub_event_type !== last.incident.sub_event_type && parseFatalities(scope.text) !== null));
  // A toll "in fighting" with nothing of its own refers back even if it names a later day ("…still going on on Saturday").
  const loosely = !anchored && LOOSE_BACK_REFERENCE_RE.test(scope.text);
  // "…raped at least 22 women during the attacks" refers back, but is an incident of its own kind.
  // "One of the gunmen was killed and eight were detained": captures in a fight's aftermath are that fight's.
  const capturedInFight = rule.sub_event_type === 'Arrests' && last?.incident.event_type === 'Battles' && BACK_REFERENCE_RE.test(scope.text) && parseFatalities(scope.text) !== null;
  const ownKind = last !== null && SEPARATE_KINDS.has(rule.sub_event_type) && rule.sub_event_type !== last.incident.sub_event_type && !capturedInFight;
  const refersBack = BACK_REFERENCE_RE.test(scope.text) && !otherDay && !ownKind;
  // An explicit back-reference ("repulsed the attack", "in the blast") reaches further than a bare
  // continuation, and with nothing of its own (a live blog's later entry) back to the last incident.
  // "Hours later, …", "Earlier in the day, …": another moment of the day is another incident.
  const laterMoment = SAME_DAY_RE.test(scope.text);
  const continuesLast = !separate && !ownKind && !laterMoment && last !== null && ((refersBack && (!anchored || last.block >= sentence.block - BACK_REFERENCE_REACH)) || (last.block >= sentence.block - 1 && (loosely || (!anchored && !otherEvent))));
  if (continuesLast) {
    // "Police fired tear gas to disperse them": what the crowd event became.
    const became = refineEvent(scope.text, rule, victims, roles.filter((a) => a.role !== 'victim').length, roles).sub_event_type;
    if (escalates(last!.incident, became) && sameStoryDay(x, sentence, last!.incident)) escalateCrowd(last!.incident, became);
    enrich(last!.incident, article, scope, roles);
    // "The clashes began on Tuesday evening": the incident's day is now stated, no longer the story's.
    if (ownDate.date && last!.incident.date === ownDate.date) x.borrowedDates.delete(last!.incident);
    refinePlace(last!.incident, article, ownPlace);
    // The story is still on this incident: the next sentence's reach counts from here.
    last!.block = sentence.block;
    x.toldIn.set(last!.incident, sentence.block);
    x.explain(scope.text, `continues: ${last!.incident.title}`);
    return;
  }
  // "…said the Turkish strikes had hit bakeries…, killing 12 civilians": more about an earlier incident the sentence names by its kind.
  const named = separate || ownKind || laterMoment ? null : namedBack(x, scope, ownPlace, ownDate, sentence.block);
  if (named) {
    enrich(named, article, scope, roles);
    x.toldIn.set(named, sentence.block);
    x.last = { incident: named, block: sentence.block };
    x.explain(scope.text, `continues (named back): ${named.title}`);
    return;
  }
  // The first incident of a story may be told before any place ("Shortly after eight, a jet bombed the
  // crowd"): it takes the article's place rather than being lost.
  const opensStory = last === null && x.incidents.length === 0;
  if (!anchored && !otherEvent && !ownKind && !opensStory) {
    x.explain(scope.text, 'dropped: no place or named actor of its own, and no incident before it to continue');
    return;
  }
  // Last check: the learned model vetoes sentences that read like background, history or comment.
  const odds = incidentLogOdds(x.model, scope.text);
  if (odds < x.threshold) {
    x.explain(scope.text, `vetoed by the sentence model (log-odds ${odds.toFixed(1)})`);
    return;
  }
  const armed = roles.filter((a) => a.role !== 'victim').length;
  const event = handedOver(article, sentence, refineEvent(scope.text, rule, victims, armed, roles));
  const actors = withOtherSide(x, scope, event, crowdActors(event, roles), ownPlace?.place?.country ?? null);
  const mention = linkPlace(article, located, scope, sentence, remote);
  const place = placeRef(article, mention);
  const unknownName = located.mentions.find((m) => !m.place && m.start >= scope.start && m.end <= scope.end);
  if (!place.id) x.warnings.push(`${article.file}: no known place for the incident in "${scope.text.slice(0, 80)}…"; kept as unresolved`);
  else if (unknownName) x.warnings.push(`${article.file}: "${unknownName.text}" is not in the gazetteer; the incident is placed at ${place.name} (${place.level})`);
  // "Hours later, rioters attacked another hotel": the day of the incident before; "The following day": the day after it.
  // The day before is the story's: the last day told before this sentence, an incident's or not ("…stabbed on July 29. The following evening…").
  const storyDay = later !== null ? dateFor(x, sentence) : null;
  const relativeDay =
    later !== null && storyDay?.date && storyDay.precision === 'day'
      ? { date: daysEarlier(storyDay.date, -later), precision: storyDay.precision }
      : laterMoment && last?.incident.date
        ? { date: last.incident.date, precision: last.incident.date_precision }
        : null;
  const around = ownDate.date || ownDate.stated || relativeDay ? null : dateFor(x, sentence);
  const { date, precision } = ownDate.date || ownDate.stated ? ownDate : (relativeDay ?? earlierBy(around!, scope.daysBefore));
  const incident: Incident = {
    id: incidentId(x.digest, scope.text, event.sub_event_type),
    title: titleFor(rule, event.sub_event_type, actors, victims, place),
    date,
    date_precision: precision,
    ...event,
    actors,
    // "A second person has died…" opening a story counts the story's dead; after other incidents, it is this one's death.
    fatalities: x.incidents.length > 0 ? asOwnToll(parseFatalities(scope.text)) : parseFatalities(scope.text),
    injured: parseInjured(scope.text),
    place,
    source: sourceOf(article, scope),
  };
  // Read from another paragraph (the lead, a few paragraphs back): the story's day, which a retelling may correct.
  const borrowedDate = around !== null && around.fromBlock !== sentence.block && scope.daysBefore === undefined;
  // "On June 14, the governor was killed…" in a November report is background (the codebook's rule of thumb),
  // unless the story opens with it, as a feature about a past event does.
  const age = !borrowedDate && date && article.published ? daysBetween(date, article.published.slice(0, 10)) : 0;
  if (age > HISTORY_AGE_DAYS && x.incidents.length > 0) {
    x.explain(scope.text, `rejected: history (${age} days before the report)`);
    return;
  }
  record(x, scope, incident, sentence.block, borrowedDate);
  // "…struck targets in northern Iraq and northeast Syria", "in Bordeaux and Montpellier": one event per location, as ACLED codes them.
  for (const other of alsoIn(x, scope, mention)) {
    const place = placeRef(article, other);
    record(x, scope, { ...incident, id: incidentId(x.digest, `${scope.text}|${place.id}`, event.sub_event_type), title: titleFor(rule, event.sub_event_type, actors, victims, place), place }, sentence.block, borrowedDate);
  }
}

const IN_BEFORE_RE = /\b(?:in|across|inside)\s+(?:the\s+)?$/i;
const AND_BETWEEN_RE = /^,?\s+and\s+(?:in\s+)?(?:the\s+)?$/i;

/**
 * Places joined to the incident's own by "and" where it happened too: another country, or another
 * town when the incident's own place is a town ("in Bordeaux and Montpellier").
 */
function alsoIn(x: Extractor, scope: Scope, main: PlaceMention | null): PlaceMention[] {
  if (!main?.place || main.start < scope.start || main.end > scope.end) return [];
  // Only places where it happened ("in northern Iraq and Syria"), not actors ("intercepted by Israel and the United States").
  if (!IN_BEFORE_RE.test(x.article.text.slice(Math.max(0, main.start - 20), main.start))) return [];
  const others: PlaceMention[] = [];
  let previous = main;
  for (const m of x.located.mentions) {
    if (m.start < main.end || m.end > scope.end || !m.place) continue;
    if (!AND_BETWEEN_RE.test(x.article.text.slice(previous.end, m.start))) break;
    const otherCountry = m.place.country !== main.place.country && !others.some((o) => o.place!.country === m.place!.country);
    const otherTown = main.place.level === 'city' && m.place.level === 'city' && m.place.id !== main.place.id && !others.some((o) => o.place!.id === m.place!.id);
    if (otherCountry || otherTown) others.push(m);
    previous = m;
  }
  return others;
}

/** "…have been killed since Tuesday", "…in the unrest": a tally over many events, not one event's toll. */
const RUNNING_TALLY_RE = /\b(?:since|so far|across|in the (?:past|last)|in the (?:campaign|unrest|violence|fighting|war|conflict|offensive|crackdown|clashes|protests))\b|\b(?:has|have) been killed\b(?![^.]{0,40}\bin the (?:attack|shooting|strike|blast|bombing|raid|explosion|ambush|assault)\b|\s+by (?:[\w-]+ )?(?:fire|gunfire)\b)/i;

/** Whether a place lies inside an incident's place: the same place, or within its area's bounds. */
function within(place: Pick<PlaceRef, 'id' | 'bbox'>, point: { id: string; lat: number; lon: number }): boolean {
  return place.id === point.id || (place.bbox !== undefined && inBounds(place.bbox, point));
}

/** Whether a point lies in a [west, south, east, north] box. */
function inBounds(box: [number, number, number, number], point: { lat: number; lon: number }): boolean {
  return point.lon >= box[0] && point.lon <= box[2] && point.lat >= box[1] && point.lat <= box[3];
}

/**
 * The incident a toll statement restates: the latest one at the place it names (a roundup returns
 * to "Kathmandu" after other towns), else the last violent one the story is still on. Never one
 * that happened on another stated day.
 */
/** "On Thursday, the deputy minister said 20 people had been killed": the day is the statement's, not the deaths'. */
const SAID_ON_DAY_RE = /^(?:On|Late on|Early on|By) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: \w+)?, [^,.]{0,80}?\b(?:said|says|told|announced|reported|confirmed)\b/;

function restatedIncident(x: Extractor, sentence: Sentence): { incident: Incident; block: number } | null {
  const stated = SAID_ON_DAY_RE.test(sentence.text) ? { date: null, precision: null } : incidentDate(sentence.text, x.article.published);
  const sameDay = (i: Incident) => !(stated.date && stated.precision === 'day' && i.date && i.date_precision === 'day' && i.date !== stated.date);
  const own = placeIn(x.article, x.located, sentence.start, sentence.end)?.place;
  if (own && own.level !== 'country') {
    const there = x.incidents.filter((i) => i.event_type !== 'Strategic developments' && sameDay(i) && within(i.place, own));
    // "Updated toll: nine killed in Jenin": the incident there whose count it raises, before a later one with none.
    const figure = REVISED_COUNT_RE.test(sentence.text) ? countOf(parseFatalities(sentence.text)) : null;
    const raised = figure === null ? undefined : there.findLast((i) => (countOf(i.fatalities) ?? Number.POSITIVE_INFINITY) < figure);
    const at = raised ?? there.at(-1);
    return at ? { incident: at, block: sentence.block } : null;
  }
  const last = x.lastViolent;
  return last && last.block >= sentence.block - BACK_REFERENCE_REACH && sameDay(last.incident) ? last : null;
}

/** Whether two quotes are clauses of one sentence: nothing ends a sentence between them. */
function sameSentence(text: string, a: Source, b: Source): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.file === second.file && second.start >= first.end && !/[.!?]["”’)]?\s/.test(text.slice(first.end - 1, second.start));
}

/**
 * "The deadliest attack came on Sunday evening…", "The sharpest clashes came on Friday night.": a
 * sentence that announces an event by its time and leaves the telling to the next one. Not "The raid
 * came a day after…", which ties it to another event.
 */
const LEAD_IN_RE = /^(?:\d{1,2}[:.]\d{2}\s+)?The (?:[\w-]+ ){0,2}(?:attacks?|assault|raid|ambush|bombing|blast|explosion|strikes?|massacre|killings?|shooting|clashes|violence|fighting) (?:came|began|started|took place|unfolded|erupted|broke out)\b(?!(?:\s+[\w-]+){0,3}\s+(?:after|as|amid|since|days?|hours?|weeks?|months?)\b)/i;

/** A lead-in tells nothing but when: "The attack began at 7 p.m., when two car bombs exploded" tells what too. */
function isLeadIn(text: string): boolean {
  const lead = LEAD_IN_RE.exec(text);
  return lead !== null && detectEvent(text.slice(lead[0].length)) === null;
}

/** The lead-in takes the telling's event, actors and finer place; it keeps its own stated day. */
function tellLeadIn(leadIn: Incident, telling: Incident): void {
  const keepDate = leadIn.date_precision === 'day';
  const finer = telling.place.level && leadIn.place.level && LEVEL_RANK[leadIn.place.level]! < LEVEL_RANK[telling.place.level]! ? leadIn.place : telling.place;
  Object.assign(leadIn, {
    event_type: telling.event_type,
    sub_event_type: telling.sub_event_type,
    actors: telling.actors,
    title: telling.title,
    place: finer,
    fatalities: filledToll(telling.fatalities, leadIn.fatalities),
    injured: filledToll(telling.injured, leadIn.injured),
    sources: [...(leadIn.sources ?? [leadIn.source]), ...(telling.sources ?? [telling.source])],
  });
  if (!keepDate) Object.assign(leadIn, { date: telling.date, date_precision: telling.date_precision });
}

/** A new incident, or one more report of an incident already found in the article. */
function record(x: Extractor, scope: Scope, incident: Incident, block: number, borrowedDate = false): void {
  const leadIn = x.last && x.leadIns.has(x.last.incident) && x.last.block >= block - 1 ? x.last.incident : null;
  if (leadIn && incident.event_type !== 'Strategic developments') {
    x.leadIns.delete(leadIn);
    tellLeadIn(leadIn, incident);
    x.explain(scope.text, `tells: ${leadIn.title}`);
    x.last = { incident: leadIn, block };
    x.lastViolent = x.last;
    return;
  }
  if (borrowedDate) x.borrowedDates.add(incident);
  const borrowed = (i: Incident) => x.borrowedDates.has(i);
  const oneSentence = (i: Incident) => sameSentence(x.article.text, i.source, incident.source);
  const duplicate = x.incidents.find((i) => sameIncident(i, incident, () => oneSentence(i), borrowed)) ?? x.incidents.findLast((i) => retold(x, i, incident, block, oneSentence(i)));
  if (duplicate) {
    x.explain(scope.text, `repeats: ${duplicate.title}`);
    // "54 soldiers were killed when…" dated by the article, then "Before dawn on Friday, May 26, …": the stated day.
    if (borrowed(duplicate) && !borrowedDate && incident.date && incident.date_precision === 'day') {
      duplicate.date = incident.date;
      duplicate.date_precision = incident.date_precision;
      x.borrowedDates.delete(duplicate);
    }
    absorb(duplicate, incident);
    x.toldIn.set(duplicate, block);
    x.last = { incident: duplicate, block };
    if (duplicate.event_type !== 'Strategic developments') x.lastViolent = x.last;
  } else {
    x.explain(scope.text, `incident: ${incident.title}`);
    x.incidents.push(incident);
    x.toldIn.set(incident, block);
    if (isLeadIn(scope.text) && !incident.actors.some((a) => a.role === 'actor1')) x.leadIns.add(incident);
    x.last = { incident, block };
    if (incident.event_type !== 'Strategic developments') x.lastViolent = x.last;
  }
}

const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

/**
 * A violent event retold in other words in the same or the next paragraph ("Gunmen stormed the
 * complex…" after "two attackers killed five at the headquarters"): another sub-event type, but the
 * same place and day, no toll of its own that differs, and nothing that marks it as a new event.
 */
function retold(x: Extractor, told: Incident, candidate: Incident, block: number, oneSentence: boolean): boolean {
  if (oneSentence || !VIOLENT_TYPES.has(told.event_type) || !VIOLENT_TYPES.has(candidate.event_type)) return false;
  // "Hours later…", "…said separately": the text marks another event. So does a riot that became a gun battle.
  const text = candidate.source.quote;
  if (SAME_DAY_RE.test(text) || DAYS_LATER_RE.test(text) || ANOTHER_EVENT_RE.test(text)) return false;
  if ((told.event_type === 'Riots') !== (candidate.event_type === 'Riots') && (told.event_type === 'Battles' || candidate.event_type === 'Battles')) return false;
  // Aircraft striking during a ground raid is an event of its own (ACLED codes the air strike apart).
  if ((told.sub_event_type === 'Air/drone strike') !== (candidate.sub_event_type === 'Air/drone strike')) return false;
  const near = (x.toldIn.get(told) ?? -99) >= block - RETOLD_REACH;
  // Even a day read from the story around it: a live blog's noon entry is not Monday's riot.
  const differentDays = told.date !== candidate.date;
  const ownToll = isCount(candidate.fatalities) && countOf(candidate.fatalities) !== countOf(told.fatalities);
  return near && !differentDays && !ownToll && isSameIncident(told, { ...candidate, event_type: told.event_type });
}
const RETOLD_REACH = 1;
const ANOTHER_EVENT_RE = /\b(?:separately|another|elsewhere|meanwhile|in a separate)\b|^(?:\d{1,2}[:.]\d{2}\s+)?(?:Later|Earlier) on\b/i;

/** A second report of the same incident adds its source and whatever the first report lacked. */
function absorb(kept: Incident, repeat: Incident): void {
  kept.sources = [...(kept.sources ?? [kept.source]), repeat.source];
  if (interceptionOf(kept, repeat)) {
    // One salvo: an attack if anything got through, else an interception (actor1 the defender).
    const attack = kept.sub_event_type === 'Disrupted weapons use' ? repeat : kept;
    const defence = attack === kept ? repeat : kept;
    const landed = (isCount(attack.fatalities) && attack.fatalities!.min! > 0) || GOT_THROUGH_RE.test(attack.source.quote) || PARTLY_STOPPED_RE.test(defence.source.quote);
    if (landed && attack === repeat) {
      Object.assign(kept, { event_type: repeat.event_type, sub_event_type: repeat.sub_event_type, actors: repeat.actors, title: repeat.title });
      // Where it hit (Domodedovo), not the region the drones were shot down over.
      if (repeat.place.level && kept.place.level && LEVEL_RANK[repeat.place.level]! < LEVEL_RANK[kept.place.level]!) kept.place = repeat.place;
    }
    if (!landed) {
      // Who shot them down is actor1; who fired them, the other side.
      const firers = attack.actors.filter((a) => a.role === 'actor1');
      const defenders = defence.actors.filter((a) => a.role !== 'victim' && !firers.some((f) => f.name === a.name));
      const actors = [...defenders.slice(0, 1).map((a) => ({ ...a, role: 'actor1' as const })), ...firers.map((a) => ({ ...a, role: 'actor2' as const }))];
      Object.assign(kept, { event_type: defence.event_type, sub_event_type: defence.sub_event_type, actors, title: defence.title });
    }
  } else if (repeat.sub_event_type === 'Arrests' && CROWD_SEVERITY.includes(kept.sub_event_type)) {
    // Arrests at a peaceful protest make it a protest with intervention; the arresting force is its other side.
    if (kept.sub_event_type === 'Peaceful protest') kept.sub_event_type = 'Protest with intervention';
    const force = repeat.actors.find((a) => STATE_FORCES_RE.test(a.name));
    if (force && !kept.actors.some((a) => a.role === 'actor2')) kept.actors = [...kept.actors, { name: force.name, role: 'actor2' }];
  } else if (CROWD_SEVERITY.indexOf(repeat.sub_event_type) > CROWD_SEVERITY.indexOf(kept.sub_event_type)) {
    kept.event_type = repeat.event_type;
    kept.sub_event_type = repeat.sub_event_type;
    const crowd = repeat.event_type === 'Riots' ? 'Protesters' : 'Rioters';
    kept.actors = [...repeat.actors, ...kept.actors.filter((a) => a.name !== crowd && !repeat.actors.some((r) => r.name === a.name))];
    kept.title = repeat.title;
  } else if (CROWD_SEVERITY.includes(kept.sub_event_type) && !kept.actors.some((a) => a.role === 'actor2')) {
    // The police who broke up a riot are its other side.
    const force = repeat.actors.find((a) => STATE_FORCES_RE.test(a.name));
    if (force) kept.actors = [...kept.actors, { name: force.name, role: 'actor2' }];
  }
  // A retelling that names a finer place inside the kept one's area ("Seno province" after "northern Burkina Faso") tells where.
  if (nestedAreas(kept.place, repeat.place) && LEVEL_RANK[repeat.place.level!]! < LEVEL_RANK[kept.place.level!]!) kept.place = repeat.place;
  kept.fatalities = filledToll(kept.fatalities, repeat.fatalities);
  kept.injured = filledToll(kept.injured, repeat.injured);
  if (!kept.date && repeat.date) {
    kept.date = repeat.date;
    kept.date_precision = repeat.date_precision;
  }
  if (!kept.actors.some((a) => a.role === 'actor1')) kept.actors = [...repeat.actors.filter((a) => a.role === 'actor1'), ...kept.actors];
}

/** The actor mentions inside one clause, with offsets relative to it. */
function clauseActors(mentions: ActorMention[], sentence: Sentence, scope: Scope): ActorMention[] {
  const offset = scope.start - sentence.start;
  return mentions.filter((a) => a.start >= offset && a.end <= offset + scope.text.length).map((a) => ({ ...a, start: a.start - offset, end: a.end - offset }));
}

export interface ExtractOptions {
  /** The incident-sentence model (default: the shipped one) and its decision threshold in log-odds. */
  model?: NaiveBayesModel;
  threshold?: number;
  /** Called with what became of each sentence or clause: for `extract --explain` and for tuning. */
  explain?: (text: string, decision: string) => void;
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
    lastViolent: null,
    sentenceDates: new Map(),
    borrowedDates: new WeakSet(),
    leadIns: new WeakSet(),
    toldIn: new WeakMap(),
    model: options.model ?? INCIDENT_MODEL,
    threshold: options.threshold ?? MODEL_THRESHOLD,
    explain: options.explain ?? (() => {}),
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
    // "Government forces took Harardhere": a place taken is an event even with no other event word.
    const rule0 = detectEvent(sentence.text) ?? (capturesPlace(x, sentence) ? ruleFor('Non-state actor overtakes territory') : null);
    const last = x.last;
    // "Al-Shabaab said it was behind the attack", "the government blamed the attack on ISWAP": the
    // claim (or the blame) names the previous incident's initiator; a group the dictionary lacks is named as written.
    const blamedOn = BLAMED_ON_RE.exec(sentence.text);
    const claimant = blamedOn ? (findActors(blamedOn[1]!, x.country).find((a) => isNonState(a.category))?.name ?? null) : CLAIM_RE.test(sentence.text) ? (claimantOf(sentence.text, x.country) ?? namedGroup?.name ?? null) : null;
    if (claimant && last) {
      enrich(last.incident, article, sentence, [{ name: claimant, role: 'actor1' }], { claim: true });
      if (namedGroup) x.lastGroup = namedGroup;
      x.explain(sentence.text, `claim: ${claimant} for ${last.incident.title}`);
      continue;
    }
    if (namedGroup) x.lastGroup = namedGroup;
    // "The toll rose to seven": a later count for the incident before.
    const update = last ? parseTollUpdate(sentence.text) : null;
    // "A second commando died when he stepped on a bomb": a death in an event of another kind is that event's.
    const deathElsewhere = update !== null && asOwnToll(update) !== update && rule0 !== null && rule0.event_type !== last?.incident.event_type;
    if (update && last && !deathElsewhere) {
      // "The Zaporizhzhia toll has risen to three", in a live blog that has moved on: the incident at the place it names.
      const updated = incidentNamedIn(x, sentence) ?? risingCountOf(x, update, last.incident);
      updated.fatalities = update;
      updated.sources = [...(updated.sources ?? [updated.source]), sourceOf(article, sentence)];
      x.explain(sentence.text, `toll update: ${updated.title}`);
      continue;
    }
    // "They threw stones over the walls": the protest just told became a riot (ACLED codes the event by what it became).
    if (last && last.block >= sentence.block - 1 && escalates(last.incident, 'Violent demonstration') && CROWD_TURNED_RE.test(sentence.text) && sameStoryDay(x, sentence, last.incident)) {
      escalateCrowd(last.incident, 'Violent demonstration');
      enrich(last.incident, article, sentence, []);
      if (!last.incident.sources?.some((s) => s.start === sentence.start)) last.incident.sources = [...(last.incident.sources ?? [last.incident.source]), sourceOf(article, sentence)];
      last.block = sentence.block;
      x.explain(sentence.text, `turned violent: ${last.incident.title}`);
      continue;
    }
    if (!rule0) {
      // "No casualties were reported.": a toll without an event word belongs to the incident before
      // (the last violent one: "…, and rebels agreed to leave. At least 40 people had died" is the attack's toll).
      // A stated zero ("no casualties") still belongs to the interception or arrest right before it.
      const statedZero = parseFatalities(sentence.text)?.max === 0;
      const tolled = last?.incident.event_type === 'Strategic developments' && !statedZero ? x.lastViolent : last;
      if (tolled && tolled.block >= sentence.block - 1 && (parseFatalities(sentence.text) || parseInjured(sentence.text)) && !rejectReason(sentence.text, publishedYear, publishedMonth)) {
        enrich(tolled.incident, article, sentence, []);
      }
      // "…said its offices near Koya had been hit": where the incident before struck.
      if (last && last.block === sentence.block && WAS_HIT_RE.test(sentence.text)) {
        const named = x.located.mentions.find((m) => m.place && m.start >= sentence.start && m.end <= sentence.end && m.place.level !== 'country');
        refinePlace(last.incident, article, named ?? null);
      }
      x.explain(sentence.text, 'no event');
      continue;
    }
    // Ambient noise ("explosions echoed…") is background, unless air defences were at work in it.
    const found = rejectReason(sentence.text, publishedYear, publishedMonth);
    const reason = found === 'background' && rule0.sub_event_type === 'Disrupted weapons use' ? null : found;
    if (reason) {
      x.explain(sentence.text, `rejected: ${reason}`);
      continue;
    }
    // "Seventeen people were killed in Kathmandu, hospitals said": the toll of an incident already told.
    const restated = isTollStatement(sentence.text) && !RUNNING_TALLY_RE.test(sentence.text) ? restatedIncident(x, sentence) : null;
    if (restated) {
      enrich(restated.incident, article, sentence, [], { restated: true });
      restated.block = sentence.block;
      x.toldIn.set(restated.incident, sentence.block);
      x.last = restated;
      x.explain(sentence.text, `toll of: ${restated.incident.title}`);
      continue;
    }
    const contrast = splitContrast(sentence, article.published);
    if (contrast.length > 1) {
      // Two events of different kinds, in the order told; an agreement may be diplomatic, nothing else may.
      for (const scope of contrast) {
        const rule = detectEvent(scope.text) ?? rule0;
        if (rule.sub_event_type !== 'Agreement' && isDiplomatic(scope.text)) x.explain(scope.text, 'rejected: diplomacy');
        else handleScope(x, sentence, scope, rule, clauseActors(actorMentions, sentence, scope), scope !== contrast[0]);
      }
      continue;
    }
    // An agreement is diplomacy by nature; anything else in a diplomatic sentence needs a violent clause of its own.
    if (rule0.sub_event_type !== 'Agreement' && isDiplomatic(sentence.text)) {
      const clause = violentClause(sentence);
      if (clause) handleScope(x, sentence, clause, detectEvent(clause.text) ?? rule0, findActors(clause.text, x.country));
      else x.explain(sentence.text, 'rejected: diplomacy');
      continue;
    }
    const scopes = splitAfterClause(sentence);
    if (scopes.length === 1 && scopes[0] === sentence) {
      handleScope(x, sentence, sentence, rule0, actorMentions);
      continue;
    }
    // The trailing "after …" clause happened first; each clause is its own incident.
    for (const scope of [...scopes].reverse()) {
      handleScope(x, sentence, scope, detectEvent(scope.text) ?? rule0, clauseActors(actorMentions, sentence, scope), scope !== scopes[0]);
    }
  }
  return { incidents: x.incidents, warnings: x.warnings };
}

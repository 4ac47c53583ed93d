/**
 * geoparse(text): the place mentions in a text, with character spans, resolved jointly.
 *
 * Candidates are runs of capitalised words (with the lowercase Arabic articles and particles that
 * sit inside names: "Deir ez-Zor", "Ain al-Arab"), widened by the modifiers of phrase.ts
 * ("northern", "province", "countryside"). Runs that name people or organisations, metonyms
 * ("the Kremlin said") and sentence-initial common words are rejected. The document's countries
 * (named or implied by demonyms such as "Syrian") become the context for every other mention, and
 * confidently resolved places support their neighbours in a second pass.
 */
import type { Gazetteer } from './gazetteer-file';
import { distanceKm } from '../geo/distance';
import { nameKey } from './normalize';
import { capitalOf, resolve, seatOf } from './resolve';
import type { Place, ResolveContext } from './types';
import demonymData from '../../data/curated/places.json' with { type: 'json' };

export interface PlaceMention {
  /** The span as written. */
  text: string;
  start: number;
  end: number;
  place: Place | null;
}

export interface GeoparseResult {
  mentions: PlaceMention[];
  /** ISO alpha-2 countries the document is about, most mentioned first. */
  countries: string[];
}

/** Demonym → country; null for peoples without one country ("Kurdish"), which are still not places. */
const DEMONYMS = new Map(Object.entries(demonymData.demonyms as Record<string, string | null>).map(([word, code]) => [word.toLowerCase(), code]));
/** Levels a common English word may name in running text ("Turkey", "Chad"), where "Man" or "Hit" may not. */
const COMMON_WORD_LEVELS = new Set(['country', 'admin1']);
const POSSESSIVE_RE = /['’]s$/;

const NAME_WORD = String.raw`[A-Z][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*`;
const PARTICLE = `(?:al|el|ez|ed|es|ad|ar|as|ash|an|at|az|de|du|da|do|dos|das|di|del|della|la|le|bin|ibn|abu|bani|ben|of)`;
const DIRECTION = `(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)`;
const AREA_WORD = `(?:province|governorate|oblast|region|state|district|countryside|county|prefecture|department|city|town|village|camp|refugee camp)`;
/** One candidate: [direction] Name (particle- Name | Name)* [area word]. */
const MENTION_RE = new RegExp(
  // Words of one name are joined by spaces on one line: a heading ("KYRGYZSTAN") and the dateline below it are two names.
  String.raw`(?:\b(${DIRECTION})[ \t]+)?(${NAME_WORD}(?:(?:[ \t]+|-)(?:${PARTICLE}[- \t])?${NAME_WORD})*)(?:[ \t]+(${AREA_WORD})\b)?`,
  'gu',
);
/** After a landmark, these make it the government it stands for ("the Kremlin said"). */
const METONYM_FOLLOWER = /^\s*(?:'s\s+|’s\s+)?(?:said|says|statement|spokes\w*|announced|readout|press|official|officials|denied|confirmed|accused|warned|added)\b/i;
/** After a national capital, these make it the government ("Moscow says", "Moscow has repurposed…"); "Kyiv officials" may still be in Kyiv. */
const CAPITAL_METONYM_FOLLOWER = /^\s*(?:said|says|announced|denied|denies|confirmed|accused|accuses|warned|warns|added|rejects|rejected|blames|blamed|insists|insisted|claims|claimed|demands|demanded|responded|(?:has|had) (?!been\b)\w+ed)\b/i;
/** Capitalised titles that open a person's name ("Governor Claudio Castro"). */
const NAME_TITLES = 'President|Minister|Governor|Mayor|Senator|Judge|Bishop|Imam|General|Lieutenant|Major|Captain|Colonel|King|Queen|Prince|Sheikh';
/** A run that opens with a title and goes on with a name. */
const PERSON_TITLE_OPENING = new RegExp(`^(?:${NAME_TITLES})\\s+\\p{Lu}`, 'u');
/** A title, abbreviation or role just before a name. */
const PERSON_TITLES = new RegExp(`(?:${NAME_TITLES}|Mr|Mrs|Ms|Dr|Gen|Lt|Maj|Capt|Col|leader|commander|spokesman|spokeswoman|spokesperson|envoy|counterpart|chief|secretary|candidate|lawmaker|activist)\\.?\\s+$`);
const MAX_NAME_WORDS = 5;
/** A given name, then "da", "de", "dos"… : what follows in the same run is a family name. */
const SURNAME_PARTICLE_BEFORE_RE = /^\p{Lu}[\p{Ll}'’]+\s(?:.*\s)?(?:da|de|do|dos|das|di|del|della)\s$/u;
const NAME_START_RE = new RegExp(String.raw`^(?:\p{Lu}|${DIRECTION}\s)`, 'u');

interface Candidate {
  start: number;
  end: number;
  text: string;
  atSentenceStart: boolean;
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 10), index);
  if (/[.!?:"“”\n]\s*$/.test(before)) return true;
  return index < 10 && /^\s*$/.test(before);
}

/** Sub-spans of a run, longest first from each start, so "Khan Younis" wins over "Khan". */
function* subSpans(text: string, start: number, end: number): Generator<Candidate> {
  const words: Array<{ s: number; e: number }> = [];
  const wordRe = /\S+/g;
  const run = text.slice(start, end);
  for (let m = wordRe.exec(run); m; m = wordRe.exec(run)) words.push({ s: start + m.index, e: start + m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i; j--) {
      const s = words[i]!.s;
      const last = words[j - 1]!;
      const e = POSSESSIVE_RE.test(text.slice(last.s, last.e)) ? last.e - 2 : last.e;
      yield { start: s, end: e, text: text.slice(s, e), atSentenceStart: isSentenceStart(text, s) };
    }
  }
}

/** "Governor Claudio Castro", "President Bashar al-Assad": a run after (or opening with) a title is a person's name. */
function isTitledPerson(text: string, run: Candidate): boolean {
  return PERSON_TITLES.test(text.slice(Math.max(0, run.start - 30), run.start)) || PERSON_TITLE_OPENING.test(run.text);
}

/** Names of people and organisations: the whole span is taken, so no part of it becomes a place. */
function namesNonPlace(g: Gazetteer, c: Candidate): boolean {
  const key = nameKey(c.text);
  return g.notPlaceKeys.has(key) || DEMONYMS.has(key);
}

function rejected(g: Gazetteer, text: string, c: Candidate): boolean {
  const key = nameKey(c.text);
  // "President Assad", "Syrian counterpart Bashar": a name after a title is a person.
  if (PERSON_TITLES.test(text.slice(Math.max(0, c.start - 30), c.start))) return true;
  // A capitalised common word at the start of a sentence is just a word ("Police said…").
  if (c.atSentenceStart && g.commonWords.has(key)) return true;
  return key.length < 3;
}

const MINOR_SCORE = 0.8;

function isMinor(place: Place, context: GeoparseContext): boolean {
  if (place.level === 'country' || place.level === 'region') return false;
  const countries = context.countries ?? [];
  // A province abroad inside a name ("José Aldemar Rojas" ~ Rojas, Latvia) is a surname, not a place.
  if (place.level === 'admin1') return (context.main ?? []).length > 0 && !context.main!.includes(place.country);
  return place.score < MINOR_SCORE || (countries.length > 0 && !countries.includes(place.country));
}

/** A village named by only part of a capitalised run is a first name ("Yagel Yaniv"), not the village. */
function isVillage(place: Place): boolean {
  return place.level === 'city' && (place.population ?? 0) < SMALL_TOWN;
}

/** A generic feature word inside a longer name ("Bay" of "Manda Bay") is not the place of that name. */
/** "Addis Ababa's Meskel Square": the town owns the square. */
const POSSESSIVE_AFTER_RE = /^['’]s\b/;
const STREET_RUN_RE = /\s(?:Road|Street|Avenue|Boulevard|Highway|Square|Lane)$/;
const FEATURE_WORD_RE = /^(?:Bay|Beach|Islands?|Lake|River|Valley|Mountains?|Hills?|Park|Square|Camp|Port|Gate|Bridge|Coast|Gulf|Sea|Desert|Forest|Plains?|Creek|Point|Cape|Harbou?r|Road|Street|Avenue|Market|Airport|Station|Base|Prison|Falls)$/;

/** How many of the document's leading countries count as "what it is about". */
const MAIN_COUNTRIES = 2;
const UNCERTAIN_SCORE = 0.75;

/** A confidently placed town supports an uncertain place this close to it. */
const SUPPORT_KM = 50;
/** Cities this populous are known by name the world over. */
const WORLD_CITY = 1_000_000;
/** Towns this populous are worth naming in a story about another country. */
const NOTABLE_ABROAD = 100_000;
/** A village abroad shares its name with something nearer the story ("Lido Beach", New York). */
const SMALL_TOWN = 10_000;

/** The resolve context plus the countries the document is mainly about. */
interface GeoparseContext extends ResolveContext {
  main?: string[];
  /** Countries the text names or implies with a demonym. */
  named?: string[];
}

function isUncertainElsewhere(place: Place, context: GeoparseContext): boolean {
  const main = context.main ?? (context.countries ?? []).slice(0, MAIN_COUNTRIES);
  if (main.length === 0 || main.includes(place.country)) return false;
  // "Argo district" in a Badakhshan story is not Sudan's Argo: a district abroad needs its country named.
  if (place.level === 'admin2') return !!context.named && !context.named.includes(place.country);
  if (place.level !== 'city' && place.level !== 'landmark') return false;
  // A world city or a capital by its own name ("Copenhagen", "Kuwait City") is itself, whichever country the story is about.
  if (place.match === 'name' && ((place.population ?? 0) >= WORLD_CITY || place.capital)) return false;
  // A place beside a confidently placed town ("Dahiyeh" next to "Beirut") is supported by it.
  if (context.places?.some((p) => p.country === place.country && distanceKm(p, place) < SUPPORT_KM && (p.lat !== place.lat || p.lon !== place.lon))) return false;
  // A town in a country the text never names, in a story about another: "Palma" in a Mozambique
  // report is not Palma de Mallorca, however large.
  if (context.named && !context.named.includes(place.country)) return true;
  // A town of a country the text names (a roundup's "AFGHANISTAN" section): only a guess or a village is doubtful.
  if (context.named?.includes(place.country)) return place.score < UNCERTAIN_SCORE || (place.population ?? 0) < SMALL_TOWN;
  // A guess, or a small town known only by an alternate name ("Ruto" is listed for Routot, France).
  return (
    place.score < UNCERTAIN_SCORE ||
    (place.population ?? 0) < SMALL_TOWN ||
    (place.match !== 'name' && (place.population ?? 0) < NOTABLE_ABROAD) ||
    (place.level === 'landmark' && place.match !== 'name')
  );
}

function countryNamed(g: Gazetteer, key: string): string | null {
  if (g.notPlaceKeys.has(key)) return null;
  // Any listed name of a country counts ("Kyrgyzstan" is an alternate of the Kyrgyz Republic).
  for (const p of g.exact(key)) if (g.level(p.place) === 'country') return g.country(p.place);
  return null;
}

const DIRECTION_PREFIX_RE = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+/i;

function documentCountries(g: Gazetteer, runs: Candidate[]): string[] {
  const counts = new Map<string, number>();
  const bump = (code: string, by: number) => counts.set(code, (counts.get(code) ?? 0) + by);
  for (const run of runs) {
    for (const word of run.text.split(/\s+/)) {
      const code = DEMONYMS.get(nameKey(word.replace(POSSESSIVE_RE, '')));
      if (code) bump(code, 0.5);
    }
    // A named country ("Syria", "Syria's"): a look-up in the exact table, not a full resolve, since
    // both passes below resolve every run anyway.
    // "north-eastern Jordan" names Jordan as much as "Jordan" does.
    const country = countryNamed(g, nameKey(run.text.replace(POSSESSIVE_RE, '').replace(DIRECTION_PREFIX_RE, '')));
    if (country) bump(country, 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** Capitalised function words that open sentences and headlines but never start a place name. */
const LEADING_FUNCTION_WORDS_RE = /^(?:(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|Or|As|After|Before|While|When|Where|Since|During|With|Without|Under|Over|Near|Across|Inside|Outside|Both|Some|Many|Most|Several|This|That|These|Those|Its|Their|His|Her)\s+)+/;

function findRuns(text: string): Candidate[] {
  const runs: Candidate[] = [];
  for (const m of text.matchAll(MENTION_RE)) {
    // "The village", "In Rawalpindi": the function word is not part of the name.
    const lead = m[1] ? null : LEADING_FUNCTION_WORDS_RE.exec(m[0]);
    const skip = lead ? lead[0].length : 0;
    const start = m.index + skip;
    const end = m.index + m[0].length;
    if (end - start < 2 || !/^[\p{Lu}\p{Ll}]/u.test(text.slice(start, end))) continue;
    if (skip > 0 && !/^\p{Lu}/u.test(text.slice(start, end))) continue;
    runs.push({ start, end, text: text.slice(start, end), atSentenceStart: isSentenceStart(text, start + (m[1] ? m[1].length + 1 : 0)) || skip > 0 });
  }
  return runs;
}

/** The mentions of one run: the longest resolvable sub-spans, left to right, not overlapping. */
function mentionsInRun(g: Gazetteer, text: string, run: Candidate, context: GeoparseContext): PlaceMention[] {
  if (isTitledPerson(text, run)) return [];
  const found: PlaceMention[] = [];
  let covered = run.start;
  for (const c of subSpans(text, run.start, run.end)) {
    if (c.start < covered) continue;
    // A name starts with a capital ("city" alone, of "the Saudi city", is not one) or a direction.
    if (!NAME_START_RE.test(c.text)) continue;
    if (namesNonPlace(g, c)) {
      covered = c.end;
      continue;
    }
    if (rejected(g, text, c)) continue;
    const landmarkMetonym = METONYM_FOLLOWER.test(text.slice(c.end, c.end + 30));
    const r = resolve(g, c.text, context);
    if (!r.result) continue;
    // "a van", "Van" at a sentence's start: a common word. "in Van", in a story about Turkey: the town.
    const inStoryCountry = (context.main ?? []).includes(r.result.country) && LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 12), c.start));
    if (g.commonWords.has(nameKey(c.text)) && !COMMON_WORD_LEVELS.has(r.result.level) && !inStoryCountry) continue;
    // A minor place that is only part of a longer capitalised run is a person's or an
    // organisation's name ("Omar al-Bashir", "Tom Fletcher"), unless the document is about its country.
    if (c.end - c.start < run.end - run.start && (isMinor(r.result, context) || FEATURE_WORD_RE.test(c.text) || isVillage(r.result))) continue;
    // "Amarildo da Costa de Oliveira": after a Romance particle, the end of a name no place
    // matches as a whole is a surname ("Oliveira", a Brazilian town), not where anything happened.
    if (c.end === run.end && c.start > run.start && SURNAME_PARTICLE_BEFORE_RE.test(text.slice(run.start, c.start))) continue;
    // "Habib Bourguiba Avenue": a street named after a person or a town is not that town.
    if (c.end < run.end && STREET_RUN_RE.test(run.text) && !POSSESSIVE_AFTER_RE.test(text.slice(c.end, run.end))) continue;
    // An uncertain town far from what the document is about is a guess, not a mention ("Ruto" ~ Routot, France).
    if (isUncertainElsewhere(r.result, context)) continue;
    const capitalMetonym = r.result.capital === true && CAPITAL_METONYM_FOLLOWER.test(text.slice(c.end, c.end + 30));
    if ((r.result.level === 'landmark' && landmarkMetonym) || capitalMetonym) {
      covered = c.end;
      continue;
    }
    found.push({ text: c.text, start: c.start, end: c.end, place: r.result });
    covered = c.end;
  }
  // "in Xyzzyville": a name in a place's position that the gazetteer does not know is reported as
  // an unresolved mention, never silently dropped.
  if (found.length === 0 && LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, run.start - 12), run.start)) && !namesNonPlace(g, run) && !rejected(g, text, run)) {
    found.push({ text: run.text, start: run.start, end: run.end, place: null });
  }
  return found;
}

const LOCATIVE_BEFORE_RE = /\b(?:in|at|near|outside|(?:village|town|city|district|area|camp|neighbourhood|neighborhood) of)\s+(?:the\s+)?$/;

/** Countries of confidently resolved mentions, most weight first; a named country counts double. */
function mentionCountries(mentions: PlaceMention[], seed: string[]): Array<[string, number]> {
  const weight = new Map<string, number>(seed.map((c, i) => [c, 0.5 / (i + 1)]));
  for (const m of mentions) {
    if (!m.place || m.place.score < CONFIDENT_SCORE) continue;
    // A village does not vote: "Lido Beach" (New York, 3,000 people) must not make a Mogadishu story American.
    if (m.place.level === 'city' && (m.place.population ?? 0) < SMALL_TOWN) continue;
    weight.set(m.place.country, (weight.get(m.place.country) ?? 0) + (m.place.level === 'country' ? 2 : 1));
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1]);
}

/** The countries a document is about: the leader, and a second one only if it is nearly as present. */
function mainCountries(weighted: Array<[string, number]>): string[] {
  const top = weighted[0]?.[1] ?? 0;
  return weighted.filter(([, w], i) => i === 0 || (i < MAIN_COUNTRIES && w >= top * SECOND_COUNTRY_SHARE)).map(([c]) => c);
}

/** A second country is "what the document is about" when it has at least this share of the first's weight. */
const SECOND_COUNTRY_SHARE = 0.5;

const CONFIDENT_SCORE = 0.8;

/** "Villavicencio, 59, had just…": a name followed by an age is a person's. */
const AGE_AFTER_RE = /^,\s+\d{1,3},/;

/**
 * The surnames the text shows to be people's: a run after a title ("candidate Villavicencio") or
 * before an age. One name keeps one sense through an article, so its other mentions are not towns.
 */
function personSurnames(text: string, runs: Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const run of runs) {
    if (!isTitledPerson(text, run) && !AGE_AFTER_RE.test(text.slice(run.end, run.end + 6))) continue;
    surnames.add(nameKey(run.text.split(/\s+/).pop()!));
  }
  return surnames;
}

export function geoparse(g: Gazetteer, text: string): GeoparseResult {
  const runs = findRuns(text);
  const seed = documentCountries(g, runs);
  const firstPass = runs.flatMap((run) => mentionsInRun(g, text, run, { countries: seed }));
  // Second pass: confident places support the others ("Hama" next to "Idlib" is the Syrian one).
  const weighted = mentionCountries(firstPass, seed);
  const countries = weighted.map(([c]) => c);
  const confident = firstPass.filter((m) => m.place && m.place.score >= CONFIDENT_SCORE && m.place.level !== 'country').map((m) => m.place!);
  const context: GeoparseContext = {
    main: mainCountries(weighted),
    named: seed,
    countries,
    admin1Ids: confident.filter((p) => p.level === 'admin1').map((p) => p.id),
    places: confident,
  };
  const surnames = personSurnames(text, runs);
  const mentions = preferNamedAreas(text, runs.flatMap((run) => mentionsInRun(g, text, run, context)))
    .filter((m) => !(m.place?.level === 'city' && surnames.has(nameKey(m.text))))
    .map((m) => capitalNamed(g, text, m));
  return { mentions, countries };
}

/**
 * "in Nigeria's capital", "East Java's capital", "the South Sulawesi capital", "the capital of
 * Helmand" with no name after it: the capital city (a country's) or seat town (an admin-1
 * area's), spanning the whole phrase.
 */
const CAPITAL_AFTER_RE = /^(?:['’]s)?\s+(?:(?:provincial|regional|state)\s+)?capital\b(?!,?\s+\p{Lu})/u;
const THE_BEFORE_RE = /\bthe\s+$/i;
const CAPITAL_OF_BEFORE_RE = /\b(?:(?:provincial|regional|state)\s+)?capital of\s+(?:the\s+)?$/i;
const NAME_AFTER_RE = /^,?\s+\p{Lu}/u;

function capitalNamed(g: Gazetteer, text: string, m: PlaceMention): PlaceMention {
  const area = m.place;
  if (area?.level !== 'country' && area?.level !== 'admin1') return m;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = CAPITAL_AFTER_RE.exec(text.slice(m.end, m.end + 40));
  // "Nigeria capital" is not English; "the East Java capital" is, and "East Java's capital" always.
  const afterForm = after && (/^['’]/.test(after[0]) || THE_BEFORE_RE.test(before)) ? after : null;
  // "the capital of Borno State, Maiduguri": the capital is named, and is its own mention.
  const ofForm = afterForm || NAME_AFTER_RE.test(text.slice(m.end, m.end + 3)) ? null : CAPITAL_OF_BEFORE_RE.exec(before);
  if (!afterForm && !ofForm) return m;
  const capital = area.level === 'country' ? capitalOf(g, area.country) : seatOf(g, area);
  if (!capital) return m;
  const start = ofForm ? m.start - ofForm[0].length : m.start;
  const end = afterForm ? m.end + afterForm[0].length : m.end;
  return { text: text.slice(start, end), start, end, place: capital };
}

const AREA_WORD_RE = /\s+(?:region|province|governorate|oblast|state|district|county|prefecture)$/i;
const CITY_CUE_BEFORE_RE = /\b(?:city|town) of\s+$/i;
const CITY_CUE_AFTER_RE = /^\s+(?:city|town)\b/i;

/** A city this large keeps its own name: "Kharkiv" after "Kharkiv region" is still usually the city. */
const CITY_KEEPS_NAME = 100_000;

/**
 * One sense per document: once an article names "Sagaing region", a bare "Sagaing" is that region
 * too (the honest, coarser reading), unless the text calls it a city or town, or it is a large city.
 */
function preferNamedAreas(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const areas = new Map<string, Place>();
  for (const m of mentions) {
    if (m.place?.level === 'admin1' && AREA_WORD_RE.test(m.text)) areas.set(nameKey(m.text.replace(AREA_WORD_RE, '')), m.place);
  }
  if (areas.size === 0) return mentions;
  return mentions.map((m) => {
    const area = m.place?.level === 'city' && (m.place.population ?? 0) < CITY_KEEPS_NAME ? areas.get(nameKey(m.text)) : undefined;
    if (!area || area.country !== m.place!.country) return m;
    if (CITY_CUE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 12), m.start)) || CITY_CUE_AFTER_RE.test(text.slice(m.end, m.end + 6))) return m;
    return { ...m, place: area };
  });
}

/**
 * resolve(name, context): one place name → the best place plus ranked alternatives.
 *
 * Order of evidence: the exact name (folded case, diacritics and punctuation), then the name
 * without its modifiers ("Raqa province" → Raqa, as an area), then the transliteration key.
 * Candidates are scored by match quality, the kind of place the phrase asks for, the document's
 * context (countries, provinces, nearby places) and a prior from rank and population.
 */
import { distanceKm } from '../geo/distance';
import type { Gazetteer } from './gazetteer-file';
import { RANK } from './gazetteer-file';
import { nameKey, translitKey } from './normalize';
import { hasModifierWords, parsePlacePhrase, type AreaKind, type Direction } from './phrase';
import { PART_DIRECTIONS, regionOf } from './region';
import type { Place, PlaceLevel, ResolveContext, Resolution } from './types';

/** Below this the best candidate is not trusted and the answer is null. */
const MIN_SCORE = 0.2;
const MAX_ALTERNATIVES = 3;
/** Places this populous (or administrative seats) may answer to a common English word. */
const NOTABLE_POPULATION = 100_000;
/** Names shorter than this are never matched fuzzily; fuzzy keys shorter than MIN_FUZZY_KEY only reach notable places. */
const MIN_FUZZY_NAME = 4;
const MIN_FUZZY_KEY = 4;
/** Distance within which an already-resolved place of the document supports a candidate. */
const NEARBY_KM = 150;

const MATCH_WEIGHT = { primary: 3, alternate: 2, fuzzy: 0 } as const;
/** Up to this much is added to a fuzzy candidate for looking like the query. */
const FUZZY_CLOSENESS_WEIGHT = 4;
/** A fuzzy candidate must be at least this close to the query (1 − normalised edit distance). */
const MIN_FUZZY_CLOSENESS = 0.6;

interface Candidate {
  place: number;
  match: keyof typeof MATCH_WEIGHT;
  raw: number;
  /** For fuzzy matches: 1 − normalised edit distance to the query. */
  closeness: number;
}

function isNotable(g: Gazetteer, i: number): boolean {
  const level = g.level(i);
  return level !== 'city' || g.population(i) >= NOTABLE_POPULATION || g.rank(i) >= RANK.adminSeat;
}

/** Log-population prior, with administrative rank standing in for the many zero-population places. */
function prior(g: Gazetteer, i: number): number {
  const level = g.level(i);
  if (level === 'country') return 10;
  if (level === 'admin1' || level === 'region') return 4.5;
  const population = g.population(i);
  return Math.log10(population + 1) * 0.8 + g.rank(i) * 0.6;
}

function levelFit(level: PlaceLevel, kind: AreaKind | null, notable: boolean): number {
  if (kind === 'admin1') return level === 'admin1' || level === 'region' ? 6 : level === 'country' ? -4 : -2;
  if (kind === 'city') return level === 'city' || level === 'landmark' ? 2 : -2;
  if (kind === 'admin2') return level === 'city' ? 1 : level === 'admin1' ? 0.5 : -2;
  // A bare name means the notable town rather than the province named after it ("Idlib", "Raqqa"),
  // but not a hamlet that shares a province's name ("Tamaulipas").
  return level === 'city' && notable ? 2 : 0;
}

function contextFit(g: Gazetteer, i: number, context: ResolveContext): number {
  if (!context.countries?.length && !context.admin1Ids?.length && !context.places?.length) return 0;
  let fit = 0;
  const country = g.country(i);
  const countries = context.countries ?? [];
  const at = countries.indexOf(country);
  if (at === 0) fit += 4;
  else if (at > 0) fit += 2.5;
  else if (countries.length > 0) fit -= 1;
  const admin1 = g.admin1Index(i);
  if (admin1 >= 0 && context.admin1Ids?.includes(g.admin1[admin1]!.id)) fit += 2;
  if (context.places?.some((p) => distanceKm(p, { lat: g.lat(i), lon: g.lon(i) }) < NEARBY_KM)) fit += 1.5;
  return fit;
}

function candidatesFor(g: Gazetteer, key: string, fuzzyAllowed: boolean, countries: string[]): Candidate[] {
  // Postings are unique per place within a key (gazetteer-file.ts), so no de-duplication here.
  const k = g.exactKey(key);
  const exact = g.exactPostings;
  const candidates: Candidate[] = [];
  let hasArea = false;
  let inContext = false;
  for (let j = k < 0 ? 0 : g.exactStart(k), end = k < 0 ? 0 : g.exactStart(k + 1); j < end; j++) {
    const v = exact[j]!;
    const place = v >>> 1;
    candidates.push({ place, match: v & 1 ? 'primary' : 'alternate', raw: 0, closeness: 1 });
    if (!hasArea && g.level(place) === 'admin1') hasArea = true;
    if (!inContext && countries.length > 0 && countries.includes(g.country(place))) inContext = true;
  }
  if (!fuzzyAllowed || key.length < MIN_FUZZY_NAME) return candidates;
  const exactCount = candidates.length;
  // The fuzzy table can only add something when nothing is listed, when a province is listed (its
  // seat town), or when nothing listed is in the document's country: skip it otherwise (hot path).
  if (exactCount > 0 && !hasArea && (inContext || countries.length === 0)) return candidates;
  const exactAreas = new Set<number>();
  const exactPlaces = new Set<number>();
  for (const c of candidates) {
    exactPlaces.add(c.place);
    if (g.level(c.place) === 'admin1') exactAreas.add(g.admin1Index(c.place));
  }
  const fuzzyKey = translitKey(key);
  const fk = g.fuzzyKey(fuzzyKey);
  const fuzzy = g.fuzzyPostings;
  for (let j = fk < 0 ? 0 : g.fuzzyStart(fk), end = fk < 0 ? 0 : g.fuzzyStart(fk + 1); j < end; j++) {
    const place = fuzzy[j]! >>> 1;
    if (exactPlaces.has(place)) continue;
    if (fuzzyKey.length < MIN_FUZZY_KEY && !isNotable(g, place)) continue;
    // With exact matches in hand, a fuzzy one may only add the seat town of an exactly named
    // province ("Al-Raqqa" is listed for the governorate, but reporters mean the city), or a place
    // in the document's country when no exact match is there ("Suwayda" beside Daraa is Syrian).
    const seatOfExactArea = exactAreas.has(g.admin1Index(place)) && g.rank(place) >= RANK.adminSeat;
    const inContextInstead = !inContext && countries.includes(g.country(place));
    if (exactCount > 0 && !seatOfExactArea && !inContextInstead) continue;
    candidates.push({ place, match: 'fuzzy', raw: 0, closeness: 0 });
  }
  return candidates;
}

/** 1 − normalised Levenshtein distance: separates "Raqa"→Raqqah from "Raqa"→Ranchi. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return 1 - prev[b.length]! / Math.max(a.length, b.length);
}

/** A fuzzy candidate's closeness to the query, on names without their Arabic articles. */
function fuzzyCloseness(g: Gazetteer, query: string, place: number): number {
  const strip = (k: string) => k.replace(/^(?:al|el|ar|as|ash|ad|az|ez|an|at) /, '');
  return similarity(strip(query), strip(nameKey(g.name(place))));
}

const MATCH_NAMES = { primary: 'name', alternate: 'alternate', fuzzy: 'transliteration' } as const;

function toPlace(g: Gazetteer, c: Candidate, score: number, direction: Direction | null, kind: AreaKind | null): Place {
  const i = c.place;
  const level = g.level(i);
  const admin1 = g.admin1Index(i);
  const base: Place = {
    name: g.name(i),
    country: g.country(i),
    admin1: level === 'admin1' ? g.name(i) : admin1 >= 0 ? g.admin1[admin1]!.name : null,
    level: kind === 'admin2' && level === 'city' ? 'admin2' : level,
    lat: Math.round(g.lat(i) * 1e5) / 1e5,
    lon: Math.round(g.lon(i) * 1e5) / 1e5,
    score: Math.round(score * 1000) / 1000,
    id: g.id(i),
    // Every field set in one literal keeps one object shape for V8 (undefined fields are left out of JSON).
    bbox: g.bbox(i),
    population: level === 'city' ? g.population(i) : undefined,
    match: MATCH_NAMES[c.match],
    capital: level === 'city' && g.rank(i) === RANK.capital ? true : undefined,
  };
  return direction ? regionOf(base, direction, g.partCentre(i, PART_DIRECTIONS.indexOf(direction))) : base;
}

/** Softmax over raw scores: the winner's share says how clearly it beats the alternatives. */
function shares(raws: number[]): number[] {
  let max = -Infinity;
  for (const r of raws) if (r > max) max = r;
  let total = 0;
  const out = raws.map((r) => {
    const e = Math.exp(r - max);
    total += e;
    return e;
  });
  for (let i = 0; i < out.length; i++) out[i]! /= total;
  return out;
}

interface LookUp {
  key: string;
  candidates: Candidate[];
  kind: AreaKind | null;
  direction: Direction | null;
}

/**
 * The candidates for a query, trying in turn: the query as written ("South Sudan", "North Kivu"),
 * the name without status and area words ("occupied West Bank" → West Bank, with the area kind),
 * then without its direction too ("northern Syria" → Syria, as its northern part).
 */
function attempt(g: Gazetteer, key: string, fuzzy: boolean, countries: string[], kind: AreaKind | null, direction: Direction | null): LookUp {
  return { key, candidates: candidatesFor(g, key, fuzzy && !g.commonWords.has(key), countries), kind, direction };
}

function hasExact(l: LookUp): boolean {
  for (const c of l.candidates) if (c.match !== 'fuzzy') return true;
  return false;
}

/**
 * The candidates for a query, trying in turn: the query as written ("South Sudan", "North Kivu"),
 * the name without status and area words ("occupied West Bank" → West Bank, with the area kind),
 * then without its direction too ("northern Syria" → Syria, as its northern part). Transliteration
 * look-ups are spent only on the name that is finally tried: "Raqa province" is never fuzzy-matched whole.
 */
function lookUp(g: Gazetteer, query: string, fullKey: string, countries: string[]): LookUp | null {
  const modified = hasModifierWords(fullKey);
  const full = attempt(g, fullKey, !modified, countries, null, null);
  if (!modified) return full.candidates.length > 0 ? full : null;
  if (hasExact(full)) return full;
  const phrase = parsePlacePhrase(query);
  const nameKeyed = nameKey(phrase.name);
  if (nameKeyed !== fullKey && nameKeyed !== '' && !g.notPlaceKeys.has(nameKeyed)) {
    const named = attempt(g, nameKeyed, false, countries, phrase.kind, null);
    if (hasExact(named)) return named;
  }
  const coreKey = nameKey(phrase.core);
  if (coreKey !== '' && !g.notPlaceKeys.has(coreKey)) {
    const core = attempt(g, coreKey, true, countries, phrase.kind, phrase.direction);
    if (core.candidates.length > 0) return core;
  }
  return full.candidates.length > 0 ? full : null;
}

export function resolve(g: Gazetteer, query: string, context: ResolveContext = {}): Resolution {
  const empty: Resolution = { query, result: null, alternatives: [] };
  const fullKey = nameKey(query);
  if (!fullKey || g.notPlaceKeys.has(fullKey)) return empty;

  const found = lookUp(g, query, fullKey, context.countries ?? []);
  if (!found) return empty;
  const { key, kind, direction } = found;
  let candidates = found.candidates;
  // A common word ("Police", "Reading") names a place only when the place is notable.
  if (g.commonWords.has(key)) candidates = candidates.filter((c) => isNotable(g, c.place));
  if (candidates.some((c) => c.match === 'fuzzy')) {
    // A transliteration key also gathers names that merely share consonants ("Tayyip" ~ Taipei).
    for (const c of candidates) if (c.match === 'fuzzy') c.closeness = fuzzyCloseness(g, key, c.place);
    candidates = candidates.filter((c) => c.match !== 'fuzzy' || c.closeness >= MIN_FUZZY_CLOSENESS);
  }
  if (candidates.length === 0) return empty;
  for (const c of candidates) {
    const closeness = c.match === 'fuzzy' ? FUZZY_CLOSENESS_WEIGHT * c.closeness : 0;
    c.raw = MATCH_WEIGHT[c.match] + closeness + levelFit(g.level(c.place), kind, isNotable(g, c.place)) + contextFit(g, c.place, context) + prior(g, c.place);
  }
  candidates.sort((a, b) => b.raw - a.raw);
  const top = candidates.slice(0, MAX_ALTERNATIVES + 1);
  const share = shares(top.map((c) => c.raw));
  const best = top[0]!;
  // Fuzzy-only answers are capped: a transliteration guess is never as sure as a listed name.
  const confidence = share[0]! * (best.match === 'fuzzy' ? 0.7 : 1);
  // A transliteration guess needs support: the document's country, or (with no country known) a notable place.
  const countries = context.countries ?? [];
  const fuzzyWithoutSupport =
    best.match === 'fuzzy' && (countries.length > 0 ? !countries.includes(g.country(best.place)) : !isNotable(g, best.place));
  const places = top.map((c, i) => toPlace(g, c, i === 0 ? confidence : share[i]!, direction, kind));
  if (confidence < MIN_SCORE || fuzzyWithoutSupport) return { query, result: null, alternatives: places };
  return { query, result: places[0]!, alternatives: places.slice(1) };
}

const capitals = new WeakMap<Gazetteer, Map<string, number>>();

/** The national capital of a country (GeoNames PPLC), for "Nigeria's capital"; null when GeoNames lists none. */
export function capitalOf(g: Gazetteer, country: string): Place | null {
  let byCountry = capitals.get(g);
  if (!byCountry) {
    byCountry = new Map();
    for (let i = 0; i < g.placeCount; i++) if (g.level(i) === 'city' && g.rank(i) === RANK.capital && !byCountry.has(g.country(i))) byCountry.set(g.country(i), i);
    capitals.set(g, byCountry);
  }
  const i = byCountry.get(country);
  return i === undefined ? null : toPlace(g, { place: i, match: 'primary', raw: 0, closeness: 1 }, 1, null, null);
}

const seats = new WeakMap<Gazetteer, Map<number, number>>();

/**
 * The seat of an admin-1 area (GeoNames PPLA, or the national capital when it is the area's
 * seat), for "East Java's capital"; the most populous when GeoNames lists several. Null when
 * `area` is not an admin-1 area or GeoNames lists no seat in it.
 */
export function seatOf(g: Gazetteer, area: Place): Place | null {
  if (area.level !== 'admin1') return null;
  let byArea = seats.get(g);
  if (!byArea) {
    byArea = new Map();
    for (let i = 0; i < g.placeCount; i++) {
      if (g.level(i) !== 'city' || g.rank(i) < RANK.adminSeat) continue;
      const a = g.admin1Index(i);
      const held = byArea.get(a);
      if (a >= 0 && (held === undefined || g.population(i) > g.population(held))) byArea.set(a, i);
    }
    seats.set(g, byArea);
  }
  const a = g.admin1.findIndex((e) => e.id === area.id);
  const i = byArea.get(a);
  return i === undefined ? null : toPlace(g, { place: i, match: 'primary', raw: 0, closeness: 1 }, 1, null, null);
}


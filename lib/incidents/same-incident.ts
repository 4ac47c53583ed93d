/**
 * Whether two incident records report the same event: the test used to merge repeated reports,
 * within one article and across articles, into one incident that lists every source.
 *
 * Same event type; dates equal, or within a day when one report's "on Friday" and another's
 * "overnight" meet, or unknown in one of them when the articles were published within days of each
 * other; places that can be the same (towns within a few kilometres, or a town inside the area the
 * other report names); and fatalities that do not contradict each other.
 */
import { distanceKm } from '../geo/distance';
import type { Incident, PlaceRef } from './schema';

/** Two town-level reports this close are one place (a town and its outskirts). */
const SAME_TOWN_KM = 15;
/** Reports with unknown dates are compared only if published this close together. */
const PUBLISHED_WITHIN_DAYS = 3;
const DAY_MS = 86_400_000;

function days(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

function datesCompatible(a: Incident, b: Incident): boolean {
  if (a.date && b.date) return days(a.date, b.date) <= 1;
  const pa = a.source.published;
  const pb = b.source.published;
  return !!pa && !!pb && days(pa, pb) <= PUBLISHED_WITHIN_DAYS;
}

function inBox(p: PlaceRef, box: [number, number, number, number]): boolean {
  return p.lat !== null && p.lon !== null && p.lon >= box[0] && p.lon <= box[2] && p.lat >= box[1] && p.lat <= box[3];
}

function placesCompatible(a: PlaceRef, b: PlaceRef): boolean {
  if (!a.id || !b.id) return false;
  if (a.id === b.id) return true;
  if (a.country !== b.country) return false;
  const aPoint = a.geo_precision === 1;
  const bPoint = b.geo_precision === 1;
  if (aPoint && bPoint) return distanceKm({ lat: a.lat!, lon: a.lon! }, { lat: b.lat!, lon: b.lon! }) <= SAME_TOWN_KM;
  // A town and the province (or region) around it: the finer report sits inside the coarser one.
  const [point, area] = aPoint ? [a, b] : bPoint ? [b, a] : [null, null];
  if (!point || !area) return false;
  if (area.level === 'admin1' && point.admin1 && point.admin1 === area.name) return true;
  return !!area.bbox && inBox(point, area.bbox);
}

function fatalitiesCompatible(a: Incident, b: Incident): boolean {
  const fa = a.fatalities;
  const fb = b.fatalities;
  if (!fa || !fb || fa.vague || fb.vague) return true;
  // Tolls rise as reports come in: ranges that overlap, or a later "at least" above an earlier count.
  const loA = fa.min ?? 0;
  const hiA = fa.max ?? Infinity;
  const loB = fb.min ?? 0;
  const hiB = fb.max ?? Infinity;
  return loA <= hiB * 1.5 && loB <= hiA * 1.5;
}

export function isSameIncident(a: Incident, b: Incident): boolean {
  return a.event_type === b.event_type && datesCompatible(a, b) && placesCompatible(a.place, b.place) && fatalitiesCompatible(a, b);
}

/** The finer of two reports' places: a town beats the province it lies in. */
export function finerPlace(a: PlaceRef, b: PlaceRef): PlaceRef {
  return (b.geo_precision ?? 4) < (a.geo_precision ?? 4) ? b : a;
}

/**
 * Incidents as GeoJSON (RFC 7946, [lon, lat]) and as CSV with ACLED's column names, so analysts
 * can load them next to ACLED data.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { actorCategory, INTER_CODES } from '../extract/actors';
import type { Incident } from './schema';

export function toFeatureCollection(incidents: Incident[]): FeatureCollection<Point | null, Incident> {
  const features: Array<Feature<Point | null, Incident>> = incidents.map((incident) => ({
    type: 'Feature',
    id: incident.id,
    // Unresolved places have no geometry: kept, not dropped (RFC 7946 §3.2 allows null).
    geometry: incident.place.lat !== null && incident.place.lon !== null ? { type: 'Point', coordinates: [incident.place.lon, incident.place.lat] } : null,
    properties: incident,
  }));
  return { type: 'FeatureCollection', features };
}

/** ACLED column names (a subset: the ones the text supports). */
export const CSV_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2',
  'assoc_actor_2', 'inter2', 'civilian_targeting', 'iso', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities', 'fatalities_text', 'injured_text',
] as const;

const TIME_PRECISION = { day: 1, week: 2, month: 2, year: 3 } as const;

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Cells starting with = + - @ are formulas in spreadsheets: prefix them so they stay text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function inter(name: string): number | null {
  const category = name ? actorCategory(name.split('; ')[0]!) : null;
  return category ? INTER_CODES[category] : null;
}

function names(incident: Incident, role: string): string {
  return incident.actors.filter((a) => a.role === role).map((a) => a.name).join('; ');
}

export function toCsv(incidents: Incident[]): string {
  const rows = incidents.map((i) => {
    const values: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      event_id_cnty: i.id,
      event_date: i.date,
      year: i.date ? Number(i.date.slice(0, 4)) : null,
      time_precision: i.date_precision ? TIME_PRECISION[i.date_precision] : null,
      event_type: i.event_type,
      sub_event_type: i.sub_event_type,
      actor1: names(i, 'actor1'),
      assoc_actor_1: names(i, 'associated'),
      inter1: inter(names(i, 'actor1')),
      actor2: names(i, 'actor2') || names(i, 'victim'),
      assoc_actor_2: '',
      inter2: inter(names(i, 'actor2') || names(i, 'victim')),
      civilian_targeting: i.actors.some((a) => a.role === 'victim') ? 'Civilian targeting' : '',
      iso: i.place.country,
      country: i.place.country,
      admin1: i.place.admin1,
      location: i.place.name ?? i.place.text,
      latitude: i.place.lat,
      longitude: i.place.lon,
      geo_precision: i.place.geo_precision,
      source: i.source.file,
      // As ACLED notes say when a location is coded to the area around an unknown village.
      notes: i.place.unresolved ? `Reported location "${i.place.unresolved}" is not in the gazetteer; coded to ${i.place.name}. ${i.source.quote}` : i.source.quote,
      // ACLED's fatalities column is a single conservative number: the stated minimum, 0 when vague.
      fatalities: i.fatalities ? (i.fatalities.min ?? 0) : 0,
      fatalities_text: i.fatalities?.text ?? '',
      injured_text: i.injured?.text ?? '',
    };
    return CSV_COLUMNS.map((c) => csvCell(values[c])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
